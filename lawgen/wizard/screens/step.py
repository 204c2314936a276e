"""The steps of the wizard: one screen, one page per step, the live assessment (or help) beside them.

Pages are composed the first time they are shown (and the rest in idle moments after the first) and kept,
so a step change only shows another page. Every edit goes into the session's draft at once; the assessment
is computed off the UI thread by the app, and the panel keeps the last result until the next arrives. A
step is left only when the case has no errors under the paths the step owns.
"""

from __future__ import annotations

import time
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Button, ContentSwitcher, Header, Select, Static

from lawgen.case import CaseError, ClaimKind
from lawgen.i18n import N_, translate
from lawgen.wizard.claim_summary import claim_text
from lawgen.wizard.draft import (
    Verdict,
    decline_suggestion,
    declined_suggestions,
    drop_helper_schedule,
    get_path,
    has_prefix,
    set_path,
)
from lawgen.wizard.glossary import explain
from lawgen.wizard.heap import keep_composed, release_composed
from lawgen.wizard.messages import KEYS_HELP, colon, worded
from lawgen.wizard.screens.dialogs import ConfirmScreen
from lawgen.wizard.screens.records_import import IMPORT_BINDING, RecordsImport
from lawgen.wizard.steps import STEP_IDS, Step, date_order_errors, describe_path, step_by_id, visible_steps
from lawgen.wizard.widgets.assessment_panel import AssessmentPanel
from lawgen.wizard.widgets.bindings import translate_bindings
from lawgen.wizard.widgets.fields import FieldRow
from lawgen.wizard.widgets.footer import StableFooter
from lawgen.wizard.widgets.more import HelpText
from lawgen.wizard.widgets.pages import ItemCard, StepPage, allowed_claim_keys
from lawgen.wizard.widgets.progress import StepProgress

NO_OVERTIME_HOURS = N_("还没有加班时数：用上面的“按排班算加班时数”填入，或按 Ctrl+O 导入订单记录")
PREMOUNT_DELAY = 0.2  # seconds of idle before the next unseen page is composed
TYPING_PAUSE = 0.6  # seconds without a key before the next unseen page is composed


class StepScreen(RecordsImport, Screen):
    BINDINGS = [
        IMPORT_BINDING,
        Binding("f1", "toggle_help", N_("帮助")),
        Binding("ctrl+s", "save", N_("保存"), show=False),  # saved at every edit; the button stays
        Binding("f2", "back", N_("上一步")),
        Binding("f3", "next", N_("下一步")),
        Binding("f4", "answers", N_("问答")),
        Binding("f6", "focus_panel", N_("评估栏"), priority=True),  # over the text area's select-line
        Binding("ctrl+n", "add_item", N_("添加")),
        Binding("escape", "close", N_("列表")),
        # The footer holds the keys of a step at 80 columns: quitting (the app's ctrl+q) still works.
        Binding("ctrl+q", "app.quit", N_("退出"), show=False, priority=True),
    ]

    def __init__(self, step_id: str, from_review: bool = False) -> None:
        super().__init__()
        self.step: Step = step_by_id(step_id)
        self.from_review = from_review
        self.lang = self.app.lang
        self.showing_errors: set[str] = set()  # steps whose errors are shown (after a refused F3)

    @property
    def draft(self) -> dict[str, Any]:
        return self.app.session.draft

    @property
    def index(self) -> int:
        return STEP_IDS.index(self.step.id)

    def t(self, text: str) -> str:
        return translate(text, self.lang)

    # --- showing -------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.lang)
        self.step.prepare(self.draft)
        yield Header()
        progress = StepProgress(self.step.id, self.step.title, self.lang, self.draft)
        progress.id = "progress"  # found by id on every assessment
        yield progress
        with Horizontal(id="body"):
            with ContentSwitcher(id="pages", initial=f"page-{self.step.id}"):
                yield StepPage(self.step, self.draft, self.lang)
            with ContentSwitcher(id="side", initial="panel"):
                yield AssessmentPanel(self.lang, id="panel")
                yield HelpText(self.lang, id="help-panel")
        with Horizontal(id="actions"):
            yield Button(self.t("上一步"), id="back", disabled=self.index == 0)
            yield Button(self.t("保存"), id="save")
            if self.from_review:
                yield Button(self.t("返回核对"), id="to-review", variant="success")
            yield Button(self.t("下一步"), id="next", variant="primary")
        # compact: F1 … Ctrl+N Esc fit 80 columns; ctrl+p still opens the palette (F1 help says so)
        yield StableFooter(show_command_palette=False, compact=True)

    def on_mount(self) -> None:
        panel = self.query_one("#panel", AssessmentPanel)
        panel.border_subtitle = self.t("F6 翻看")  # the warnings below the fold are reached by keyboard
        panel.show(self.app.last_verdict)
        self._after_show()
        self.app.request_verdict(at_once=True)
        if not self.from_review and self.app.premount:  # a correction from the review: one step, back
            self.set_timer(PREMOUNT_DELAY, self._premount)

    def on_unmount(self) -> None:
        release_composed()  # this screen's pages are left: collect them (and the cards removed meanwhile)

    @property
    def page(self) -> StepPage:
        return self.query_one(f"#page-{self.step.id}", StepPage)

    def _composed(self, step_id: str) -> bool:
        """Whether the step's page exists: by the switcher's index of its children, not a query that
        matches every widget of every page against a selector."""
        try:
            self.query_one("#pages", ContentSwitcher).get_child_by_id(f"page-{step_id}")
        except NoMatches:
            return False
        return True

    def pages(self) -> list[StepPage]:
        return list(self.query(StepPage).results(StepPage))

    async def show_page(self, step_id: str) -> None:
        """Show another step: compose its page if it was never shown, keep every page as it was left."""
        step = step_by_id(step_id)
        step.prepare(self.draft)
        switcher = self.query_one("#pages", ContentSwitcher)
        if not self._composed(step.id):
            page = StepPage(step, self.draft, self.lang)
            page.display = False
            await switcher.mount(page)
        self.step = step
        switcher.current = f"page-{step.id}"
        self.query_one("#progress", StepProgress).show_step(step.id, step.title, self.draft)
        self.query_one("#back", Button).disabled = self.index == 0
        self._after_show()
        self.show_verdict(self.app.last_verdict)

    async def _rebuild_items(self) -> None:
        """The draft changed under the page (order records imported): compose this step's page anew."""
        switcher = self.query_one("#pages", ContentSwitcher)
        await self.page.remove()
        self.step.prepare(self.draft)
        await switcher.mount(StepPage(self.step, self.draft, self.lang))
        switcher.current = f"page-{self.step.id}"
        self._after_show()

    def _after_show(self) -> None:
        focused = self.page.__dict__.get("_lawgen_focus")
        target = focused if focused is not None and focused.is_attached and focused.display else None
        if target is not None:
            target.focus(scroll_visible=False)
            if self.step.id == "claims":
                self.run_worker(self.refresh_suggestions())  # the facts may have changed meanwhile
        elif self.step.id == "claims":  # keys typed meanwhile wait for the focus it sets
            self.app.keys_wait_for(self.run_worker(self._show_claims_first_time()))
        else:
            first = self.page.first_row()
            if first is not None:
                first.focus_input()
        if self.query_one("#side", ContentSwitcher).current == "help-panel":
            self._show_help()
        self._spare_later()

    async def _show_claims_first_time(self) -> None:
        await self.refresh_suggestions()
        self._focus_suggestion_or_claim()

    async def _premount(self) -> None:
        """Compose one page not shown yet, then wait for the next idle moment: later steps open at once."""
        if not self.is_attached or not self.is_current or self.app.session is None or self.app._exit:
            return
        if time.monotonic() - self.app.last_typed < TYPING_PAUSE:
            # a page takes a second to compose on a busy machine: not between two keys of a word
            self.set_timer(PREMOUNT_DELAY, self._premount)
            return
        switcher = self.query_one("#pages", ContentSwitcher)
        for step in visible_steps(self.draft):
            if not self._composed(step.id):
                step.prepare(self.draft)
                page = StepPage(step, self.draft, self.lang)
                page.display = False  # a switcher shows only the pages it is told to
                self.app.premounting += 1
                try:
                    await switcher.mount(page)
                finally:
                    self.app.premounting -= 1
                self.set_timer(PREMOUNT_DELAY, self._premount)
                return
        keep_composed()  # every page is composed: full collections no longer walk them
        self.app.start_office()  # and the office for the packet starts now, not while the pages were made

    def on_descendant_focus(self, event) -> None:
        """Remember where the volunteer is on each page; the help follows the field."""
        for page in event.widget.ancestors:
            if isinstance(page, StepPage):
                page.__dict__["_lawgen_focus"] = event.widget
                self.call_after_refresh(self._reveal_notes, event.widget, page)
                break
        if self.query_one("#side", ContentSwitcher).current == "help-panel" and not isinstance(
                event.widget, HelpText):  # read with F6: it keeps the field's help it shows
            self._show_help()

    def _reveal_notes(self, widget, page: StepPage) -> None:
        """After the focus scrolled to a field: its whole row in view (the message under the input), and
        after a claim's last field the claim's own lines under it (amount, basis, its limitation), which
        at 80×24 otherwise lay between two Tab stops, never on screen. The field wins where both do not
        fit; nothing scrolls while they are in view."""
        if self.focused is not widget or not page.is_attached or not page.display:
            return
        row = next((a for a in widget.ancestors if isinstance(a, FieldRow)), None)
        if row is None:
            return
        card = next((a for a in row.ancestors if isinstance(a, ItemCard)), None)
        if card is not None and card.is_claim:
            shown = [other for other in card.rows() if other.display]
            if shown and shown[-1] is row:
                page.scroll_to_widget(card.amount_line(), animate=False, immediate=True)
        page.scroll_to_widget(row, animate=False, immediate=True)

    # --- editing -------------------------------------------------------------------------------------

    @on(FieldRow.Edited)
    def _edited(self, event: FieldRow.Edited) -> None:
        self.apply_edit(event.row, event.value)

    def apply_edit(self, row: FieldRow, value: Any) -> None:
        if get_path(self.draft, row.path) == value:
            return  # a widget announcing the value it was given, or an edit applied already
        set_path(self.draft, row.path, value)
        if row.path.startswith("claims[") and row.path.endswith(".kind"):
            self._kind_changed(row)
        elif row.path.startswith("claims["):  # the card's offers follow its period now, not after the panel
            card = next((a for a in row.ancestors if isinstance(a, ItemCard)), None)
            if card is not None:
                card.refresh_helpers()
        self.app.draft_changed()

    def _kind_changed(self, kind_row: FieldRow) -> None:
        """A claim's fields depend on its kind: its card shows the new kind's fields; values the kind does
        not take leave the draft (the case file forbids them) but stay in their hidden widgets."""
        card = next(a for a in kind_row.ancestors if isinstance(a, ItemCard))
        claim = get_path(self.draft, card.base())
        kind = claim.get("kind")
        allowed = allowed_claim_keys(kind)
        for key in [k for k in claim if k not in allowed]:
            del claim[key]
        for row in card.apply_kind(kind):
            value = row.value
            if row.spec.key != "kind" and value is not None:
                claim[row.spec.key] = value
        self.run_worker(self.refresh_suggestions())

    # --- suggested claims ----------------------------------------------------------------------------

    async def refresh_suggestions(self) -> None:
        """One line per claim the facts suggest: accept (enter) or decline, each one key. Lines are removed
        and added one by one, never rebuilt, so the line in focus stays."""
        from lawgen.wizard.screens.suggest import SuggestionRow
        from lawgen.wizard.suggestions import suggested_claims

        box = self._suggestion_box()
        wanted = suggested_claims(self.draft, declined_suggestions(self.draft))
        kinds = {s.kind.value for s in wanted}
        rows = [row for row in box.children if isinstance(row, SuggestionRow)]
        for row in rows:
            if row.kind not in kinds:
                row.display = False  # out of the Tab order now, not once Textual has taken it apart
                await row.remove()
        shown = {row.kind for row in rows}
        new = [SuggestionRow(s, self.lang) for s in wanted if s.kind.value not in shown]
        if new:
            await box.mount_all(new)

    def _suggestion_box(self):
        # by the page's id first: a descendant selector would be matched against every widget on screen
        return self.query_one("#page-claims", StepPage).query_one(".suggestions")

    def _focus_after(self, line) -> None:
        """Before a suggestion line goes: the focus moves on at once (keys typed meanwhile land there) — to
        the next line's 添加, or, when none is left, the first empty field of the first claim needing one."""
        line.display = False  # its buttons are no Tab stops from this key on (a Tab typed on its heels)
        lines = [row for row in self._suggestion_box().children if row is not line and row.display]
        if lines:
            lines[0].query_one(".suggest-accept", Button).focus()
            return
        self._focus_first_claim_gap()

    def _focus_first_claim_gap(self) -> None:
        for card in self.page.cards():
            shown = [row for row in card.rows() if row.display]
            needs = any(row.spec.required and row.value is None for row in shown)
            if needs or card is self.page.cards()[-1]:
                # its first empty field, in screen order (a period before its amount)
                next((row for row in shown if row.value is None), shown[0]).focus_input()
                return

    def _focus_suggestion_or_claim(self) -> None:
        buttons = self.page.query(".suggest-accept")
        if buttons:
            buttons.first(Button).focus()
        else:
            self._focus_first_claim_gap()

    @on(Button.Pressed, ".suggest-accept")
    async def _accept_suggestion(self, event: Button.Pressed) -> None:
        line = event.button.parent
        kind = line.kind
        claims = get_path(self.draft, "claims")
        empty = next((c for c in self.page.cards() if not get_path(self.draft, c.base()).get("kind")), None)
        if empty is not None:  # the empty claim the step starts with takes the kind
            get_path(self.draft, empty.base())["kind"] = kind
            empty.query(FieldRow).first(FieldRow).query_one(Select).value = kind
            empty.apply_kind(kind)
            self._prefill_overtime(empty, kind)
            self._focus_after(line)
        else:
            claims.append({"kind": kind})
            others = [row for row in line.parent.children if row is not line]
            if others:
                self._focus_after(line)
            card = await self._card_for(len(claims) - 1, claims[-1])
            select = card.rows()[0].query_one(Select)
            if select.value != kind:  # the spare: composed empty
                select.value = kind
            card.apply_kind(kind)
            self._prefill_overtime(card, kind)
            if not others:
                self._focus_first_claim_gap()
            await self._replenish_spare()
        self.app.draft_changed()
        await self.refresh_suggestions()

    def _prefill_overtime(self, card: ItemCard, kind: str) -> None:
        """An accepted overtime suggestion: its helper starts from the hours given on the work step."""
        from lawgen.wizard.suggestions import usual_hours

        usual = usual_hours(self.draft)
        helper = card.overtime_helper() if kind == ClaimKind.overtime.value else None
        if helper is not None and usual is not None:
            helper.prefill(f"{usual.hours:g}", usual.weekdays())  # kept until its fields are mounted

    @on(Button.Pressed, ".suggest-decline")
    async def _decline_suggestion(self, event: Button.Pressed) -> None:
        line = event.button.parent
        decline_suggestion(self.draft, line.kind)
        self.app.draft_changed()  # saved with the case: a reopened case does not offer it again
        self._focus_after(line)
        await self.refresh_suggestions()

    async def action_add_item(self) -> None:
        if self.step.items is not None:
            await self._add_item()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "add_item":
            # shown on the steps with a list only, and not while a choice list is open (it does nothing
            # then, and «Esc 关闭菜单» took its place on an 80-column footer)
            return self.step.items is not None and not _list_open(self.focused)
        if action == "import_records":
            return self.step.id == "claims"  # order records fill an overtime claim
        return True

    @on(Button.Pressed, ".add-item")
    async def _add_item(self) -> None:
        items = self.step.items
        assert items is not None
        entries = get_path(self.draft, items.path)
        if not isinstance(entries, list):
            entries = []
            set_path(self.draft, items.path, entries)
        entries.append({})
        self.app.draft_changed()
        card = await self._card_for(len(entries) - 1, entries[-1])
        card.rows()[0].focus_input(scroll_visible=False)
        await self._replenish_spare()
        self.call_after_refresh(card.scroll_visible, animate=False)  # once it has its place on the page

    async def _card_for(self, index: int, item: dict[str, Any]) -> ItemCard:
        """The card of a new item: the spare, shown without waiting (the caller moves the focus into it
        before any other key is handled), else one composed now."""
        page = self.page
        items = self.step.items
        assert items is not None
        card = page.take_spare(index, item)
        if card is None:
            card = ItemCard(items, index, item, self.lang)
            await page.mount_card(card)
        return card

    async def _replenish_spare(self) -> None:
        """After an add, with the focus in the new card: the next spare, in the next idle moment (or now,
        when nothing is composed in the background)."""
        if not self.app.premount:
            await self.page.prepare_spare()
        else:
            self._spare_later()

    def _spare_later(self) -> None:
        # counted from the screen update that shows the key's effect: on a busy machine the timer would
        # otherwise run out first, and the volunteer would wait for the spare before seeing the add
        if self.app.premount and self.step.items is not None:
            self.call_after_refresh(self.set_timer, PREMOUNT_DELAY, self._prepare_spare)

    async def _prepare_spare(self) -> None:
        """In an idle moment: the shown page's spare card, so the next add shows it instead of composing."""
        if not self.is_attached or not self.is_current or self.app.session is None or self.app._exit:
            return
        if self.step.items is None:
            return
        self.app.premounting += 1
        try:
            await self.page.prepare_spare()
        finally:
            self.app.premounting -= 1
        keep_composed()

    @on(Button.Pressed, ".remove")
    def _remove_item(self, event: Button.Pressed) -> None:
        card = next(a for a in event.button.ancestors if isinstance(a, ItemCard))
        label = self.t(card.items.item_label).format(n=card.index + 1)

        async def confirmed(yes: bool | None) -> None:
            if not yes:
                event.button.focus()
                return
            await self.remove_card(card)

        self.app.push_screen(ConfirmScreen(self.t("删除{item}？").format(item=label), self.lang), confirmed)

    async def remove_card(self, card: ItemCard) -> None:
        """Remove one item; the cards after it take its place, and focus goes to the card now there."""
        del get_path(self.draft, card.items.path)[card.index]
        if card.is_claim:
            drop_helper_schedule(self.draft, card.index)  # the later claims' schedules move up with them
        cards = self.page.cards()
        position = cards.index(card)
        later = cards[position + 1:]
        card.removed = True  # out of the page's cards while Textual takes its widgets apart
        await card.remove()
        for number, other in enumerate(later, start=position):
            other.renumber(number)
        self.app.draft_changed()
        remaining = self.page.cards()
        if remaining:
            target = remaining[min(position, len(remaining) - 1)]
            target.query_one(".remove", Button).focus()
        else:
            self.page.query_one(".add-item", Button).focus()

    # --- the assessment ------------------------------------------------------------------------------

    def show_verdict(self, verdict: Verdict | None) -> None:
        """The app's newest assessment of the draft (computed off the UI thread)."""
        if verdict is None or not self.is_attached:
            return  # an assessment that arrives while this screen is being closed has nothing to show on
        # by id (a lookup), not by type: a type query matches every widget of every page, 1,000 or so
        panel = self.query_one_optional("#panel", AssessmentPanel)
        if panel is None:
            return  # still being composed (or torn down): the next assessment finds the panel
        panel.show(verdict)
        progress = self.query_one_optional("#progress", StepProgress)
        if progress is not None:  # an answer may open a step
            progress.show_step(self.step.id, self.step.title, self.draft)
        page = self.page
        if page.shown_verdict is verdict:
            return  # this page shows it already (a step change back to it): nothing to redo
        page.shown_verdict = verdict
        if self.step.id == "claims":
            self._show_claim_amounts(verdict)
        if self.step.id in self.showing_errors:
            self.show_errors(page_errors(self.step, verdict.errors, self.page.rows(), self.lang, self.draft))

    def _show_claim_amounts(self, verdict: Verdict) -> None:
        # a complete claim shows its amount while another card is still being typed (Verdict.claim)
        for card in self.page.cards():
            claim = verdict.claim(card.index)
            card.refresh_helpers()
            # amount, formula, basis and the claim's own limitation warning (wizard.claim_summary)
            text = claim_text(claim, self.lang, self.app.today)
            if claim is not None and claim.kind is ClaimKind.overtime and not claim.amount:
                text.append("\n" + self.t(NO_OVERTIME_HOURS), style="bold yellow")
            line = card.amount_line()
            if line.__dict__.get("_lawgen_shown") != text:  # an update lays the whole page out again
                line.__dict__["_lawgen_shown"] = text
                line.update(text)
        # the amounts above may have grown (the first assessment): the field being typed stays in view
        self.call_after_refresh(self._focus_in_view)

    def _focus_in_view(self) -> None:
        focused = self.focused
        if focused is None or not self.is_current or not self._composed(self.step.id):
            return
        page = self.page
        if page in focused.ancestors and not page.region.contains_region(focused.region):
            page.scroll_to_widget(focused, animate=False)  # no scroll at all while it is in view

    # --- validation and moving -----------------------------------------------------------------------

    def show_errors(self, errors: list[tuple[FieldRow | None, str]]) -> None:
        """Each error under its field; those without a field at the top of the page."""
        loose: list[str] = []
        marked: set[int] = set()
        for row, text in errors:
            if row is None:
                loose.append(text)
            elif id(row) not in marked:
                row.show_error(text)
                marked.add(id(row))
        for row in self.page.rows():
            if id(row) not in marked and row._message and row.has_class("-invalid"):
                row.show_error(None)
        top = self.page.query_one(".step-errors", Static)
        top.update("\n".join(loose))
        top.set_class(bool(loose), "-error")

    def _check(self) -> bool:
        verdict = self.app.verdict()  # now, not the debounced one: the step is being left
        errors = page_errors(self.step, verdict.errors, self.page.rows(), self.lang, self.draft)
        self.showing_errors.add(self.step.id)
        self.show_errors(errors)
        if errors:
            text = self.t("这一步还有{n}处要改正（已保存，可稍后再改）").format(n=len(errors))
            self.notify(text, severity="warning")
            first = next((row for row, _ in errors if row is not None), None)
            if first is not None:
                first.focus_input()
            self.app.save_now()
        return not errors

    async def action_next(self) -> None:
        if not self._check():
            return
        if self.from_review:
            self.app.show_step("review")
            return
        following = next_step_id(self.step, self.draft)
        if following == "review":
            self.app.show_step("review")
        else:
            await self.show_page(following)
            self._save_after_refresh(following)

    async def action_back(self) -> None:
        steps = visible_steps(self.draft)
        ids = [s.id for s in steps]
        if self.step.id in ids and ids.index(self.step.id) > 0:
            previous = ids[ids.index(self.step.id) - 1]
            await self.show_page(previous)
            self._save_after_refresh(previous)

    def _save_after_refresh(self, step_id: str) -> None:
        """The step the case is at goes to the register once the new page is on screen: the write (a few
        milliseconds of SQLite) is not part of what the volunteer waits for. A save that found another
        window's newer version and took it (nothing was typed here) shows that version's pages."""
        app = self.app

        def save() -> None:
            app.save_now(step=step_id)
            if app._pages_stale and self.is_current and app.session is not None:
                app.show_step(step_id)

        self.call_after_refresh(save)

    def action_save(self) -> None:
        self.app.save_requested()

    def action_close(self) -> None:
        self.app.close_case()

    def action_answers(self) -> None:
        from lawgen.wizard.screens.answers import AnswersScreen

        self.app.push_screen(AnswersScreen(self.app.verdict(), self.lang))

    def action_focus_panel(self) -> None:
        """F6: into the assessment beside the form (↑↓ and PgUp/PgDn scroll its warnings), and back to the
        field that was being typed."""
        side = self.query_one("#side", ContentSwitcher)
        panel = self.query_one("#panel", AssessmentPanel)
        if side.current == "help-panel" and not panel.has_focus:  # the help shown: F6 goes into it
            panel = self.query_one(HelpText)
        if panel.has_focus:
            back = self.page.__dict__.get("_lawgen_focus")
            if back is not None and back.is_attached and back.display:
                back.focus(scroll_visible=False)
            else:
                first = self.page.first_row()
                if first is not None:
                    first.focus_input()
            return
        if isinstance(panel, AssessmentPanel):
            side.current = "panel"
        panel.focus(scroll_visible=False)

    def action_toggle_help(self) -> None:
        """F1: the side panel shows help for this step and the field in focus, or the assessment again. The
        form keeps its place, so the field being typed stays in view on the smallest terminal."""
        side = self.query_one("#side", ContentSwitcher)
        side.current = "panel" if side.current == "help-panel" else "help-panel"
        if side.current == "help-panel":
            self._show_help()

    def _show_help(self) -> None:
        parts = [self.t(self.step.help)]
        focused = self.focused
        row = next((a for a in focused.ancestors if isinstance(a, FieldRow)), None) if focused else None
        if row is not None:
            parts = [explain(term, self.lang) for term in row.spec.terms] + parts
        helper = self.query_one("#help-panel", HelpText)
        text = "\n\n".join([*parts, self.t(KEYS_HELP)])
        if getattr(helper, "_lawgen_text", None) != text:
            helper._lawgen_text = text
            helper.shown_text(text)

    @on(Button.Pressed, "#next")
    async def _next_pressed(self) -> None:
        await self.action_next()

    @on(Button.Pressed, "#back")
    async def _back_pressed(self) -> None:
        await self.action_back()

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#to-review")
    async def _review_pressed(self) -> None:
        await self.action_next()


def _list_open(focused) -> bool:
    """Whether the focus is in a Select's open list (its overlay)."""
    from textual.widgets._select import SelectOverlay

    return isinstance(focused, SelectOverlay)


def next_step_id(step: Step, draft: dict[str, Any]) -> str:
    ids = [s.id for s in visible_steps(draft)]
    if step.id not in ids or ids.index(step.id) + 1 >= len(ids):
        return "review"
    return ids[ids.index(step.id) + 1]


def page_errors(step: Step, errors: tuple[CaseError, ...], rows: list[FieldRow], lang: str,
                draft: dict[str, Any]) -> list[tuple[FieldRow | None, str]]:
    """Every error of a step at once: what is typed but cannot be read, what is required but empty, then
    the case's own errors under the step's paths — each with the row it belongs to, or none."""
    found: list[tuple[FieldRow | None, str]] = []
    seen: set[str] = set()
    for row in rows:
        text = row.typed_error()
        if text is None and row.spec.required and row.value in (None, ""):
            text = translate("缺少必填项", lang)
        if text is not None:
            found.append((row, text))
            seen.add(row.path)
    by_path = {row.path: row for row in rows}
    for error in (*date_order_errors(list(by_path), draft), *errors):
        if error.path in seen or not any(has_prefix(error.path, owned) for owned in step.owns):
            continue
        row = by_path.get(error.path)
        text = worded(error, lang)
        where = describe_path(error.path, lang)
        found.append((row, text if row is not None else f"{where}{colon(lang)}{text}"))
        seen.add(error.path)
    return found
