"""Recording a stage of a case from the register in one step: which stage, on which day (and an amount where
the stage has one). ``attempt`` records it and returns the error lines (none = done)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from lawgen.case import ERROR_MESSAGES, CaseError
from lawgen.i18n import N_, msg, translate
from lawgen.lenient import read_date
from lawgen.stage_record import EVENTS
from lawgen.wizard.messages import WORDED, worded
from lawgen.wizard.widgets.bindings import translate_bindings

# The stage dates a "not before" error can name, in the volunteer's words (the file's field names are not).
STAGE_DATES = {
    "applied_on": N_("申请仲裁的日期"), "accepted_on": N_("仲裁受理的日期"), "hearing_on": N_("开庭的日期"),
    "award_date": N_("裁决作出的日期"), "received_on": N_("收到裁决书的日期"),
    "signed_on": N_("调解协议的日期"),
    "filed_on": N_("起诉的日期"), "judgment_on": N_("判决的日期"), "start_date": N_("入职日期"),
}

Attempt = Callable[[str, str, str], list[str]]  # (event, date as typed, amount as typed) -> errors


def takes_amount(event: str) -> bool:
    return any(option.lstrip("!") == "amount" for option in EVENTS[event][1])


def needs_amount(event: str) -> bool:
    return "!amount" in EVENTS[event][1]


def stage_error(error: CaseError, lang: str) -> str:
    """A refused stage in the volunteer's words: a date it may not precede is named as people say it."""
    other = str(error.message.params.get("other", ""))
    last = other.rsplit(".", 1)[-1]
    if error.message.template == ERROR_MESSAGES["date_before"] and last in STAGE_DATES:
        return msg(WORDED["date_before"], other=msg(STAGE_DATES[last])).render(lang)
    return worded(error, lang)


def recorded_line(event: str, on: str, lang: str) -> str:
    """The confirmation after a stage is recorded: which stage, on which day (as it was stored)."""
    from lawgen.text import chinese_date

    day = dt.date.fromisoformat(on)
    shown = chinese_date(day) if lang == "zh" else day.isoformat()
    stage = translate(EVENTS[event][0], lang)
    return translate("已记录：{stage}，{day}", lang).format(stage=stage, day=shown)


class StageScreen(ModalScreen[str | None]):
    """Dismissed with the confirmation line when the stage is recorded, None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", N_("取消"))]

    def __init__(self, title: str, today: dt.date, attempt: Attempt, lang: str) -> None:
        super().__init__()
        self.title_text, self.today, self.attempt, self.lang = title, today, attempt, lang

    def t(self, text: str) -> str:
        return translate(text, self.lang)

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.lang)
        with Vertical(classes="dialog wide"):
            yield Label(self.title_text, classes="question", markup=False)
            yield Select([(self.t(title), key) for key, (title, _) in EVENTS.items()], id="stage-event",
                         prompt=self.t("选择阶段"), allow_blank=True)
            yield Label(self.t("日期"), classes="stage-label")
            yield Input(self.today.isoformat(), id="stage-on", placeholder=self.t("例如 2026-11-28"))
            yield Label(self.t("金额（调解、判决、付款时填写）"), classes="stage-label")
            yield Input("", id="stage-amount", placeholder=self.t("例如 6000"))
            yield Static("", id="stage-errors", classes="-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.t("取消"), id="cancel")
                yield Button(self.t("记录"), id="go", variant="primary")

    @on(Input.Submitted)
    @on(Button.Pressed, "#go")
    def _go(self) -> None:
        event = self.query_one("#stage-event", Select).value
        errors = self.query_one("#stage-errors", Static)
        if not isinstance(event, str):
            errors.update(self.t("请选择阶段"))
            return
        amount = self.query_one("#stage-amount", Input).value.strip() if takes_amount(event) else ""
        if needs_amount(event) and not amount:
            errors.update(self.t("请填写金额"))
            return
        on = read_date(self.query_one("#stage-on", Input).value)
        problems = self.attempt(event, on, amount)
        if problems:
            errors.update("\n".join(problems))
            return
        self.dismiss(recorded_line(event, on, self.lang))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
