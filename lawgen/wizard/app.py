"""The wizard app: the case register, one screen per step, review and generation.

``create_app(data_dir, lang, today)`` builds it with a data folder and a clock, so tests run the real app
against a temporary register on a fixed date. The open case lives in ``App.session``; every screen edits
its draft, and the app saves it (debounced while typing, at once when a step is left).
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.timer import Timer

from lawgen.i18n import N_, normalize_language, translate
from lawgen.store import CaseStatus, CaseStore, default_data_dir
from lawgen.wizard.draft import Verdict, case_errors, judge, new_draft, pruned
from lawgen.wizard.palette import WizardCommands
from lawgen.wizard.screens.register import RegisterScreen
from lawgen.wizard.widgets.bindings import translate_bindings

AUTOSAVE_DELAY = 0.4  # seconds after the last keystroke; a crash loses at most the field being typed
VERDICT_DELAY = 0.12  # seconds after the last keystroke before the draft is assessed again


@dataclass
class Session:
    """The case being worked on."""

    case_id: str
    draft: dict[str, Any]
    status: CaseStatus = CaseStatus.draft
    step: str = ""
    dirty: bool = False
    declined: set[str] = field(default_factory=set)  # suggested claim kinds the worker did not want


class WizardApp(App):
    CSS_PATH = "wizard.tcss"
    COMMANDS = App.COMMANDS | {WizardCommands}
    BINDINGS = [Binding("ctrl+q", "quit", N_("退出"), priority=True)]

    def __init__(self, data_dir: Path, lang: str = "zh", today: dt.date | None = None) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.lang = normalize_language(lang)
        self.clock = today
        self.store = CaseStore(self.data_dir)
        self.session: Session | None = None
        self._save_timer: Timer | None = None
        self._verdict_timer: Timer | None = None
        self._verdict_generation = 0
        self.last_verdict: Verdict | None = None  # kept on screen while the next one is computed

    @property
    def today(self) -> dt.date:
        return self.clock or dt.date.today()

    def t(self, text: str) -> str:
        return translate(text, self.lang)

    def on_mount(self) -> None:
        self.title = self.t("lawgen 工资追索向导")
        translate_bindings(self, self.lang)
        self.push_screen(RegisterScreen())

    # --- cases ---------------------------------------------------------------------------------------

    def new_case(self) -> None:
        self.close_case()
        draft = new_draft(self.today)
        case_id = self.store.create(draft, step="start")
        self.session = Session(case_id, draft, step="start")
        self.last_verdict = None
        self.show_step("start")

    def open_case(self, case_id: str) -> None:
        self.close_case()
        record = self.store.get(case_id)
        if record is None or record.damaged:
            return
        self.session = Session(record.id, record.draft, record.status, record.step or "start")
        self.last_verdict = None
        self.show_step(self.session.step)

    def show_step(self, step_id: str, from_review: bool = False) -> None:
        """Show a step (or ``review``/``generate``) in place of whatever wizard screen is showing."""
        if step_id == "generate" and self.verdict().errors:
            step_id = "review"  # edited since it was generated: check it again first
        self.save_now(step=step_id)
        if step_id == "review":
            from lawgen.wizard.screens.review import ReviewScreen  # loaded when a case opens

            screen = ReviewScreen()
        elif step_id == "generate":
            from lawgen.wizard.screens.review import GenerateScreen

            screen = GenerateScreen()
        else:
            from lawgen.wizard.screens.step import StepScreen

            if isinstance(self.screen, StepScreen) and not from_review and not self.screen.from_review:
                self.run_worker(self.screen.show_page(step_id))  # the same screen, another page
                return
            screen = StepScreen(step_id, from_review=from_review)
        if isinstance(self.screen, RegisterScreen):
            self.push_screen(screen)
        else:
            self.switch_screen(screen)

    def close_case(self) -> None:
        self.save_now()
        self.session = None
        while not isinstance(self.screen, RegisterScreen) and len(self.screen_stack) > 1:
            self.pop_screen()

    def verdict(self) -> Verdict:
        assert self.session is not None
        return judge(self.session.draft, self.today)

    # --- saving --------------------------------------------------------------------------------------

    def draft_changed(self) -> None:
        """Called on every edit: assess again and save shortly after typing stops."""
        if self.session is None:
            return
        self.session.dirty = True
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(AUTOSAVE_DELAY, self.save_now)
        self.request_verdict()

    # --- the assessment, off the UI thread -----------------------------------------------------------

    def request_verdict(self, at_once: bool = False) -> None:
        """Assess the draft shortly after typing stops; the screens keep the last result meanwhile."""
        if self._verdict_timer is not None:
            self._verdict_timer.stop()
            self._verdict_timer = None
        if at_once:
            self.call_later(self._start_verdict)
        else:
            self._verdict_timer = self.set_timer(VERDICT_DELAY, self._start_verdict)

    def _start_verdict(self) -> None:
        if self.session is None:
            return
        self._verdict_generation += 1
        self._judge(copy.deepcopy(self.session.draft), self._verdict_generation)

    @work(thread=True, group="verdict")
    def _judge(self, draft: dict[str, Any], generation: int) -> None:
        verdict = judge(draft, self.today)
        self.call_from_thread(self._verdict_ready, verdict, generation)

    def _verdict_ready(self, verdict: Verdict, generation: int) -> None:
        if generation != self._verdict_generation or self.session is None:
            return  # typing went on: a newer assessment is on its way
        self.last_verdict = verdict
        show = getattr(self.screen, "show_verdict", None)
        if show is not None:
            show(verdict)

    def save_now(self, step: str | None = None) -> None:
        session = self.session
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        if session is None:
            return
        if step is not None:
            session.step = step
        draft = pruned(session.draft)
        if session.status is not CaseStatus.generated or session.dirty:
            session.status = CaseStatus.draft if case_errors(draft) else CaseStatus.complete
        self.store.save(session.case_id, draft, status=session.status, step=session.step)
        session.dirty = False

    def mark_generated(self) -> None:
        assert self.session is not None
        self.session.status = CaseStatus.generated
        self.store.save(self.session.case_id, pruned(self.session.draft), status=CaseStatus.generated,
                        step="generate")

    # --- language ------------------------------------------------------------------------------------

    async def set_language(self, lang: str) -> None:
        self.lang = normalize_language(lang)
        self.title = self.t("lawgen 工资追索向导")
        translate_bindings(self, self.lang)
        self.save_now()
        for screen in self.screen_stack[1:]:
            if hasattr(screen, "lang"):
                screen.lang = self.lang
                await screen.recompose()

    def action_command_palette(self) -> None:
        """Textual's palette, with its prompt and keys in the UI language."""
        from textual.command import CommandPalette

        from lawgen.wizard.widgets.bindings import textual_text

        if self.use_command_palette and not CommandPalette.is_open(self):
            palette = CommandPalette(placeholder=textual_text("Search for commands…", self.lang),
                                     id="--command-palette")
            translate_bindings(palette, self.lang)
            self.push_screen(palette)

    def show_term(self, name: str) -> None:
        from lawgen.wizard.glossary import explain
        from lawgen.wizard.screens.dialogs import PreviewScreen

        self.push_screen(PreviewScreen(self.t(name), explain(name, self.lang).replace("**", ""), self.lang))

    async def action_quit(self) -> None:
        self.save_now()
        self.exit()

    def on_unmount(self) -> None:
        if self._verdict_timer is not None:
            self._verdict_timer.stop()
        self.save_now()
        self.session = None  # a worker or timer finishing after this has nothing left to save
        self.store.close()


def create_app(data_dir: Path | None = None, lang: str = "zh", today: dt.date | None = None) -> WizardApp:
    return WizardApp(Path(data_dir) if data_dir else default_data_dir(), lang, today)


def run_wizard(args: argparse.Namespace) -> int:
    import sys

    from lawgen.store import RegisterError

    lang = getattr(args, "lang", "zh") or "zh"
    try:
        app = create_app(getattr(args, "data_dir", None), lang)
    except RegisterError as error:  # a refused or unusable register: its message, never a traceback
        print(error.message.render(normalize_language(lang)), file=sys.stderr)
        return 2
    app.run()
    return 0
