"""One step of the wizard: its fields (and list of items), the "learn more" panel, and the live assessment.

The screen shows what the ``Step`` describes, writes every edit into the session's draft, and leaves the
step only when the case has no errors under the paths the step owns.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, Collapsible, Footer, Header, Markdown, Static

from lawgen.case import CLAIM_FIELDS, CaseError, ClaimKind
from lawgen.i18n import N_, translate
from lawgen.wizard.draft import get_path, set_path
from lawgen.wizard.screens.dialogs import ConfirmScreen
from lawgen.wizard.steps import STEP_COUNT, STEP_IDS, Step, claim_fields, step_by_id, step_errors
from lawgen.wizard.widgets.assessment_panel import AssessmentPanel
from lawgen.wizard.widgets.bindings import translate_bindings
from lawgen.wizard.widgets.fields import FieldRow
from lawgen.wizard.widgets.progress import StepProgress

VERDICT_DELAY = 0.25


class StepScreen(Screen):
    BINDINGS = [
        Binding("f1", "toggle_help", N_("了解更多")),
        Binding("ctrl+s", "save", N_("保存")),
        Binding("f2", "back", N_("上一步")),
        Binding("f3", "next", N_("下一步")),
        Binding("escape", "close", N_("案件列表")),
    ]

    def __init__(self, step_id: str, from_review: bool = False) -> None:
        super().__init__()
        self.step: Step = step_by_id(step_id)
        self.index = STEP_IDS.index(self.step.id)
        self.from_review = from_review
        self.lang = self.app.lang
        self._verdict_timer: Timer | None = None
        self.showing_errors = False

    @property
    def draft(self) -> dict[str, Any]:
        return self.app.session.draft

    def t(self, text: str) -> str:
        return translate(text, self.lang)

    # --- showing -------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.lang)
        step = self.step
        step.prepare(self.draft)
        yield Header()
        yield StepProgress(self.index, STEP_COUNT, step.title, self.lang)
        with Horizontal(id="body"):
            with VerticalScroll(id="form"):
                yield Static(self.t(step.intro), classes="intro")
                with Collapsible(title=self.t("了解更多（F1）"), id="help"):
                    yield Markdown(self.t(step.help))
                yield Static("", id="step-errors", markup=False)  # errors may quote the case
                for spec in step.fields:
                    yield FieldRow(spec, spec.key, get_path(self.draft, spec.key), self.lang, step.questions)
                if step.items:
                    with Vertical(id="items"):
                        yield from self._cards()
                    yield Button(self.t(step.items.add_label), id="add-item", variant="primary")
            yield AssessmentPanel(self.lang, id="panel")
        with Horizontal(id="actions"):
            yield Button(self.t("上一步"), id="back", disabled=self.index == 0)
            yield Button(self.t("保存"), id="save")
            if self.from_review:
                yield Button(self.t("返回核对"), id="to-review", variant="success")
            yield Button(self.t("下一步"), id="next", variant="primary")
        yield Footer()

    def _cards(self) -> ComposeResult:
        items = self.step.items
        assert items is not None
        for index, item in enumerate(get_path(self.draft, items.path) or []):
            yield self._card(index, item)

    def _card(self, index: int, item: dict[str, Any]) -> Vertical:
        items = self.step.items
        assert items is not None
        base = f"{items.path}[{index}]"
        specs = claim_fields(item.get("kind")) if items.path == "claims" else items.fields
        rows = [FieldRow(spec, f"{base}.{spec.key}", item.get(spec.key), self.lang) for spec in specs]
        if items.path == "claims":
            rows.append(Static("", id=f"claim-amount-{index}", classes="claim-amount"))
        rows.append(Button(self.t("删除"), id=f"remove-{index}", classes="remove", variant="error",
                           compact=True))
        card = Vertical(*rows, classes="item-card")
        card.border_title = self.t(items.item_label).format(n=index + 1)
        return card

    def on_mount(self) -> None:
        self.refresh_verdict()
        first = self.query(FieldRow).first(FieldRow) if self.query(FieldRow) else None
        if first is not None:
            first.focus_input()

    # --- editing -------------------------------------------------------------------------------------

    @on(FieldRow.Edited)
    async def _edited(self, event: FieldRow.Edited) -> None:
        if get_path(self.draft, event.path) == event.value:
            return  # a widget announcing the value it was given
        set_path(self.draft, event.path, event.value)
        if event.path.startswith("claims[") and event.path.endswith(".kind"):
            await self._kind_changed(event.path)
        self.app.draft_changed()
        if self._verdict_timer is not None:
            self._verdict_timer.stop()
        self._verdict_timer = self.set_timer(VERDICT_DELAY, self.refresh_verdict)

    async def _kind_changed(self, path: str) -> None:
        """A claim's fields depend on its kind: drop the ones the new kind does not take, rebuild the card."""
        claim = get_path(self.draft, path.rsplit(".", 1)[0])
        kind = claim.get("kind")
        if kind in ClaimKind.__members__:
            allowed = CLAIM_FIELDS[ClaimKind(kind)][0] | {"kind"}
            for key in [k for k in claim if k not in allowed]:
                del claim[key]
        await self._rebuild_items()

    async def _rebuild_items(self) -> None:
        container = self.query_one("#items", Vertical)
        await container.remove_children()
        await container.mount_all(list(self._cards()))

    @on(Button.Pressed, "#add-item")
    async def _add_item(self) -> None:
        items = self.step.items
        assert items is not None
        entries = get_path(self.draft, items.path)
        if not isinstance(entries, list):
            entries = []
            set_path(self.draft, items.path, entries)
        entries.append({})
        self.app.draft_changed()
        await self._rebuild_items()
        self.query_one("#items").children[-1].query(FieldRow).first().focus_input()
        self.refresh_verdict()

    @on(Button.Pressed, ".remove")
    def _remove_item(self, event: Button.Pressed) -> None:
        items = self.step.items
        assert items is not None and event.button.id
        index = int(event.button.id.removeprefix("remove-"))
        label = self.t(items.item_label).format(n=index + 1)

        async def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            del get_path(self.draft, items.path)[index]
            self.app.draft_changed()
            await self._rebuild_items()
            self.refresh_verdict()

        self.app.push_screen(ConfirmScreen(self.t("删除{item}？").format(item=label), self.lang), confirmed)

    # --- the assessment ------------------------------------------------------------------------------

    def refresh_verdict(self) -> None:
        verdict = self.app.verdict()
        self.query_one(AssessmentPanel).show(verdict)
        if self.step.id == "claims":
            self._show_claim_amounts(verdict)
        if self.showing_errors:
            self.show_errors(step_errors(self.step, self.draft))

    def _show_claim_amounts(self, verdict) -> None:
        claims = verdict.assessment.claims if verdict.assessment else ()
        for line in self.query(".claim-amount").results(Static):
            index = int(line.id.removeprefix("claim-amount-"))
            claim = claims[index] if index < len(claims) else None
            if claim is None:
                line.update(Text(self.t("金额：填写完整后自动计算"), style="dim"))
            elif claim.amount is None:
                line.update(Text(self.t("非金钱请求"), style="dim"))
            else:
                text = Text(self.t("金额：") + f"{claim.amount:,.2f} " + self.t("元"), style="bold green")
                if claim.formula_msg:
                    text.append("\n" + claim.formula_msg.render(self.lang))
                line.update(text)

    # --- validation and moving -----------------------------------------------------------------------

    def show_errors(self, errors: list[CaseError]) -> None:
        """Each error under its field; those without a field (a missing list) at the top of the step."""
        rows = {row.path: row for row in self.query(FieldRow)}
        loose: list[str] = []
        shown: set[str] = set()
        for error in errors:
            row = rows.get(error.path)
            if row is not None and error.path not in shown:
                row.show_error(error.message.render(self.lang))
                shown.add(error.path)
            elif row is None:
                loose.append(error.message.render(self.lang))
        for path, row in rows.items():
            if path not in shown:
                row.show_error(None)
        top = self.query_one("#step-errors", Static)
        top.update("\n".join(loose))
        top.set_class(bool(loose), "-error")

    def _check(self) -> bool:
        errors = step_errors(self.step, self.draft)
        self.showing_errors = True
        self.show_errors(errors)
        if errors:
            self.notify(self.t("请先改正标出的错误（已保存，可稍后再改）"), severity="warning")
            rows = {row.path: row for row in self.query(FieldRow)}
            first = next((rows[e.path] for e in errors if e.path in rows), None)
            if first is not None:
                first.focus_input()
                first.scroll_visible()
            self.app.save_now()
        return not errors

    def action_next(self) -> None:
        if not self._check():
            return
        following = STEP_IDS[self.index + 1] if self.index + 1 < len(STEP_IDS) else "review"
        self.app.show_step("review" if self.from_review else following)

    def action_back(self) -> None:
        if self.index > 0:
            self.app.show_step(STEP_IDS[self.index - 1])

    def action_save(self) -> None:
        self.app.save_requested()

    def action_close(self) -> None:
        self.app.close_case()

    def action_toggle_help(self) -> None:
        help_panel = self.query_one("#help", Collapsible)
        help_panel.collapsed = not help_panel.collapsed

    @on(Button.Pressed, "#next")
    def _next_pressed(self) -> None:
        self.action_next()

    @on(Button.Pressed, "#back")
    def _back_pressed(self) -> None:
        self.action_back()

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#to-review")
    def _review_pressed(self) -> None:
        self.action_next()
