"""Inside a claim card: the overtime helper (hours a day on which days, or a weekly schedule → the claim's
three hour fields) and the unpaid-wage offer (monthly wage × the period → the amount, one key).

Both only read the draft and the law (``wizard.claim_helpers``); what they fill goes through the card's own
fields, as if typed, so the draft, the check and the autosave see an ordinary edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, Input, Label, Static

from lawgen.i18n import N_, translate
from lawgen.law.computation import figure
from lawgen.money import MoneyError, format_amount, parse_money, round_fen
from lawgen.wizard.claim_helpers import Unreadable, overtime_proposal, unpaid_wage_proposal
from lawgen.wizard.widgets.fields import FieldInput, RowText

HOUR_KEYS = ("weekday_hours", "rest_day_hours", "holiday_hours")
SCHEDULE_KEYS = ("oh-day-hours", "oh-weekdays", "oh-week")  # the helper's own fields
SCHEDULE_HINT = N_("每周哪几天：1-6 即周一至周六，1,3,5 即周一、三、五，也可写“周一至周五”“每天”；"
                   "每天时数不同的，写每周排班：周一到周日七个数，例如 10 10 10 10 10 12 0")


class _CardPart(Vertical):
    def __init__(self, lang: str, classes: str) -> None:
        super().__init__(classes=classes)
        self.lang = lang

    def t(self, text: str) -> str:
        return translate(text, self.lang)

    @property
    def card(self):
        from lawgen.wizard.widgets.pages import ItemCard

        return next(a for a in self.ancestors if isinstance(a, ItemCard))

    @property
    def draft(self) -> dict[str, Any]:
        return self.app.session.draft

    def show_result(self, result: Static, text: str, style: str = "") -> None:
        """Write the result line only when it changes: an update lays out the whole page again, and the
        helpers are refreshed at every keystroke in the card and every assessment."""
        if result.__dict__.get("_lawgen_shown") == (text, style):
            return
        result.__dict__["_lawgen_shown"] = (text, style)
        result.update(Text(text, style=style) if style else text)

    def fill(self, key: str, text: str) -> None:
        """Put ``text`` into the card's field ``key``, applied at once (a key pressed next sees it)."""
        from lawgen.wizard.steps import to_json

        for row in self.card.rows():
            if row.spec.key == key:
                row.control.value = text
                apply = getattr(self.screen, "apply_edit", None)
                if apply is not None:
                    apply(row, to_json(row.spec.kind, text))
                return


class OvertimeHelper(_CardPart):
    """按排班算加班时数: for a worker without order records."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang, "overtime-helper")
        self.proposal = None
        self._prefill: tuple[str, str] | None = None  # hours given before the fields were mounted
        # its parts by reference: every assessment refreshes the result, and a query walks the helper
        placeholders = {"oh-day-hours": N_("例如 10"), "oh-weekdays": N_("例如 1-6"),
                        "oh-week": N_("七个数，从周一起")}
        self._inputs = {key: FieldInput(placeholder=self.t(text), compact=True, select_on_focus=False,
                                   classes=f"field-input {key}") for key, text in placeholders.items()}
        self._result = RowText("", classes="helper-result", markup=False)
        self._button = Button(self.t("填入加班时数"), classes="helper-fill oh-fill", compact=True,
                              disabled=True)

    def compose(self) -> ComposeResult:
        yield RowText(self.t("按排班算加班时数（没有订单记录时；有记录的按 Ctrl+O 导入）"),
                      classes="helper-title")
        for key, label in (("oh-day-hours", N_("每天干几小时")), ("oh-weekdays", N_("每周哪几天")),
                           ("oh-week", N_("或每周排班"))):
            # label and input straight in the helper's grid (wizard.tcss): no container per line
            yield Label(self.t(label), classes="field-label")
            yield self._inputs[key]
        yield self._result
        yield self._button

    def on_mount(self) -> None:
        from lawgen.wizard.draft import helper_schedule

        card = self.card
        kept = {} if card.spare else helper_schedule(self.draft, card.index)
        for key, text in kept.items():  # what was typed before the case was closed
            if key in SCHEDULE_KEYS:
                self.query_one(f".{key}", Input).value = text
        if self._prefill is not None:
            self._fill_schedule(*self._prefill)
        # once mounted (``is_mounted`` turns true after this handler): a helper mounted into a card when its
        # claim became an overtime claim may miss the assessment that refreshed the card meanwhile
        self.call_later(self.refresh_result)

    def prefill(self, day_hours: str, weekdays: str) -> None:
        """The hours the worker gave on the work step, when nothing is typed here yet (an accepted
        suggestion): the volunteer checks them and fills the claim's hours with one key. A helper whose
        fields are still being composed (the card's kind was set a moment ago) takes them once mounted."""
        if not self.is_mounted:
            self._prefill = (day_hours, weekdays)
            return
        self._fill_schedule(day_hours, weekdays)

    def _fill_schedule(self, day_hours: str, weekdays: str) -> None:
        self._prefill = None
        if any(self.typed(key) for key in ("oh-day-hours", "oh-weekdays", "oh-week")):
            return
        self._inputs["oh-day-hours"].value = day_hours
        self._inputs["oh-weekdays"].value = weekdays
        self.refresh_result()

    def typed(self, key: str) -> str:
        return self._inputs[key].value

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        from lawgen.wizard.draft import set_helper_schedule

        event.stop()  # not a field of the case, but kept with it (wizard.draft.HELPER_SCHEDULES)
        card = self.card
        if not card.spare and set_helper_schedule(self.draft, card.index,
                                                  {key: self.typed(key) for key in SCHEDULE_KEYS}):
            self.app.draft_changed()
        self.refresh_result()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.proposal is not None:
            self._fill()

    def refresh_result(self) -> None:
        """Recompute from what is typed and the claim's period (which may have changed meanwhile); hidden
        (not an overtime claim), nothing: the card refreshes it when it is shown."""
        if not self.is_mounted or not self.display:
            return
        result, button = self._result, self._button
        try:
            self.proposal = overtime_proposal(self.draft, self.card.item, self.typed("oh-day-hours"),
                                              self.typed("oh-weekdays"), self.typed("oh-week"))
        except Unreadable as problem:
            self.proposal = None
            self.show_result(result, problem.message.render(self.lang), "bold red")
            button.disabled = True
            return
        if self.proposal is None:
            self.show_result(result, self.t(SCHEDULE_HINT), "dim")
            button.disabled = True
            return
        self.show_result(result, "\n".join(line.render(self.lang) for line in self.proposal.lines()))
        button.disabled = False

    @on(Button.Pressed, ".oh-fill")
    def _fill_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self._fill()

    def _fill(self) -> None:
        self.refresh_result()
        if self.proposal is None:
            return
        for key, hours in zip(HOUR_KEYS, self.proposal.result.hours, strict=True):
            self.fill(key, figure(hours) if hours else "")
        claim = self.card.item
        first, last = self.proposal.result.first, self.proposal.result.last
        if not claim.get("from"):
            self.fill("from", first.isoformat())
        if not claim.get("to"):
            self.fill("to", last.isoformat())
        self.notify(self.t("已填入加班时数，金额和公式见这项请求下方"))


class WageOffer(_CardPart):
    """拖欠工资: the amount the monthly wage gives for the period, taken with one key."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang, "wage-offer")
        self.amount = None
        self.wanted = False  # the claim is an unpaid-wage claim (set by the card)
        self._result = Static("", classes="helper-result", markup=False)

    def compose(self) -> ComposeResult:
        yield self._result

    def on_mount(self) -> None:
        self.refresh_offer()

    def refresh_offer(self) -> None:
        if not self.is_mounted:
            return
        if not self.wanted:  # not an unpaid-wage claim: nothing offered, nothing computed
            self.amount, self.display = None, False
            return
        try:
            computation = unpaid_wage_proposal(self.draft, self.card.item)
        except Unreadable:  # a parameter not known for the date: nothing offered
            computation = None
        self.amount = round_fen(computation.amount) if computation else None
        self.display = self.wanted and computation is not None
        if computation is None:
            return
        typed = self.card.item.get("amount")
        if typed in (None, ""):
            text = self.t("金额空着时按 Enter，填入按月工资计算的{amount}元").format(
                amount=format_amount(self.amount))
        elif _same_amount(typed, self.amount):
            text = self.t("按月工资计算：{amount}元").format(amount=format_amount(self.amount))
        else:
            text = self.t("按月工资计算为{amount}元；已填写的金额不同，以劳动者实际被拖欠的数额为准").format(
                amount=format_amount(self.amount))
        text += "\n" + computation.formula.render(self.lang)
        self.show_result(self._result, text)

    def take(self) -> None:
        self.refresh_offer()
        if self.amount is not None:
            self.fill("amount", format(self.amount, "f"))


def _same_amount(typed: object, amount: Decimal) -> bool:
    """Whether what was typed («12000», «12000.0») is the offered amount (12000.00)."""
    try:
        return parse_money(typed) == amount
    except MoneyError:
        return False
