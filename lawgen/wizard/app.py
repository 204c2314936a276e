"""The wizard app: the case register, one screen per step, review and generation.

``create_app(data_dir, lang, today)`` builds it with a data folder and a clock, so tests run the real app
against a temporary register on a fixed date. The open case lives in ``App.session``; every screen edits
its draft, and the app saves it (debounced while typing, at once when a step is left).

Saving never loses what was typed. A save that fails (a full disk) leaves the draft in memory, says so and
is retried; a save refused because another wizard changed or erased the case meanwhile keeps both texts:
what was typed here becomes a new case beside the other one.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import copy
import datetime as dt
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual import events, work
from textual.app import App
from textual.binding import Binding
from textual.timer import Timer

from lawgen.actors import Role
from lawgen.i18n import N_, normalize_language, translate
from lawgen.store import (
    CaseChanged,
    CaseConflict,
    CaseGone,
    CaseStatus,
    CaseStore,
    RegisterError,
    default_data_dir,
)
from lawgen.wizard import heap
from lawgen.wizard.draft import Verdict, case_errors, judge, new_draft, pruned, untouched
from lawgen.wizard.key_order import KeysInOrder
from lawgen.wizard.palette import WizardCommands
from lawgen.wizard.screens.register import RegisterScreen
from lawgen.wizard.widgets.bindings import translate_bindings

AUTOSAVE_DELAY = 0.4  # seconds after the last keystroke; a crash loses at most the field being typed
VERDICT_DELAY = 0.12  # seconds after the last keystroke before the draft is assessed again

KEPT_IN_WINDOW = N_("您填写的内容仍保留在本窗口中；腾出磁盘空间后按 Ctrl+S 保存（继续填写也会自动重试）。")
SAVED_AGAIN = N_("已保存：之前未能保存的内容现已存入登记簿")
NOT_CLOSED = N_("案件还没有保存，所以没有关闭。腾出磁盘空间后按 Ctrl+S 保存。")
QUIT_UNSAVED = N_("案件还没有保存。再按一次 Ctrl+Q 将放弃未保存的内容并退出。")
KEPT_BOTH = N_("这个案件已在另一个窗口中修改。为了不覆盖那边的修改，您在这里的版本已另存为一个新案件，"
               "两份都保留在案件列表中。")
KEPT_ERASED = N_("这个案件已在另一个窗口中删除。您在这里填写的内容已另存为一个新案件，没有丢失。")
GONE_ELSEWHERE = N_("这个案件已在另一个窗口中删除。如果继续填写，内容会另存为一个新案件。")
ADOPTED = N_("另一个窗口更新了这个案件，现在显示的是最新内容。")
HIDDEN = N_("（错误内容不显示：可能含有个人信息）")


@dataclass
class Session:
    """The case being worked on."""

    case_id: str
    draft: dict[str, Any]
    status: CaseStatus = CaseStatus.draft
    step: str = ""
    dirty: bool = False  # edited since the last save that reached the register
    version: int = 1  # the register's version of the case this draft was read or saved as
    unsaved: bool = False  # the last save failed: the draft here is the only copy
    gone: bool = False  # another wizard erased the case (already said)
    number: int = 0  # the case's number in the register, which names its packet folder


class WizardApp(KeysInOrder, App):
    CSS_PATH = "wizard.tcss"
    COMMANDS = App.COMMANDS | {WizardCommands}
    BINDINGS = [Binding("ctrl+q", "quit", N_("退出"), priority=True)]

    async def on_event(self, event: events.Event) -> None:
        """A paste loses the escape sequences and controls it carried (they mangled the field); the rest of
        the text is kept."""
        if isinstance(event, events.Paste) and not event.is_forwarded:
            from lawgen.wizard.outside_text import pasted

            event.text = pasted(event.text)
        if isinstance(event, events.Key | events.Paste) and not event.is_forwarded:
            self.last_typed = time.monotonic()  # the pages not shown yet are composed when typing pauses
        await super().on_event(event)

    def get_key_display(self, binding: Binding) -> str:
        """Keys as a volunteer knows them: F1, Esc, Ctrl+Q (widgets.footer.key_display)."""
        from lawgen.wizard.widgets.footer import key_display

        return binding.key_display or key_display(binding.key)

    def __init__(self, data_dir: Path, lang: str = "zh", today: dt.date | None = None,
                 warm_office: bool | None = None, packets_dir: Path | None = None, store=None) -> None:
        super().__init__()
        from lawgen.wizard import linebreak, outside_text, reflow, styled_once, whole_chars

        outside_text.install()  # a stored name's escape sequence drawn as letters, never obeyed
        linebreak.install()  # no line starts with «）» or «，» (Chinese line-breaking rules)
        whole_chars.install()  # «截图打印» drawn whole where an open list lies over the buttons beside it
        reflow.install()  # one full layout per update after a scroll, not two
        styled_once.install()  # a widget styled once, at its mount (not as it is built, nor again when shown)
        # LibreOffice kept running for the PDFs (documents.office); by default not in a headless app (tests).
        self.warm_office = warm_office
        self.office = None
        self.data_dir = Path(data_dir)
        # Served to a browser (``lawgen serve``): packets go to this private folder and are downloaded, and
        # no screen reads or writes a path on the server.
        self.packets_dir = packets_dir
        self.lang = normalize_language(lang)
        self.clock = today
        self.store = store if store is not None else CaseStore(self.data_dir)
        self.session: Session | None = None
        self._save_timer: Timer | None = None
        self._quit_unsaved = False  # ctrl+q was pressed once with the case unsaved
        self.premount = True  # compose the later steps' pages in idle moments (tests may turn it off)
        self.premounting = 0  # pages or spare cards being composed in the background now
        self.last_typed = 0.0  # time.monotonic() of the last key or paste
        self._verdict_timer: Timer | None = None
        self._verdict_generation = 0
        self.last_verdict: Verdict | None = None  # kept on screen while the next one is computed
        self._judged: dict[str, Any] | None = None  # the copy of the draft the last verdict judged
        self._pages_stale = False  # the draft was replaced by another window's version: compose anew

    @property
    def served(self) -> bool:
        return self.packets_dir is not None

    @property
    def supervising(self) -> bool:
        """A supervising lawyer's wizard: it reads and comments on cases, never edits one."""
        actor = getattr(self.store, "actor", None)
        return actor is not None and actor.role is Role.lawyer

    @property
    def today(self) -> dt.date:
        return self.clock or dt.date.today()

    def t(self, text: str) -> str:
        return translate(text, self.lang)

    def on_mount(self) -> None:
        from lawgen.wizard.outside_text import NeutralWrite

        if self._driver is not None and not isinstance(self._driver.write, NeutralWrite):
            self._driver.write = NeutralWrite(self._driver.write)  # a name's RLO shown as typed, not obeyed
        self.title = self.t("lawgen 工资追索向导")
        translate_bindings(self, self.lang)
        if self.supervising:
            from lawgen.wizard.screens.supervision import SupervisionScreen

            self.push_screen(SupervisionScreen())  # a supervising lawyer reads and comments, never edits
        else:
            self.push_screen(RegisterScreen())

    # --- cases ---------------------------------------------------------------------------------------

    def new_case(self) -> None:
        if not self.close_case():
            return
        draft = new_draft(self.today)
        try:
            case_id = self.store.create(draft, step="start")
        except RegisterError as error:
            self.notify(error.message.render(self.lang), severity="error", markup=False)
            return
        self.session = Session(case_id, draft, step="start", number=self._number(case_id))
        self.last_verdict = self._judged = None
        self.show_step("start")

    def open_case(self, case_id: str) -> None:
        if not self.close_case():
            return
        try:
            record = self.store.get(case_id)
        except RegisterError as error:
            self.notify(error.message.render(self.lang), severity="error", markup=False)
            return
        if record is None or record.damaged:
            return
        self.session = Session(record.id, record.draft, record.status, record.step or "start",
                               version=record.version, number=record.number)
        self.last_verdict = self._judged = None
        self.show_step(self.session.step)

    def _number(self, case_id: str) -> int:
        try:
            record = self.store.get(case_id)
        except RegisterError:
            return 0
        return record.number if record else 0

    def show_step(self, step_id: str, from_review: bool = False) -> None:
        """Show a step (or ``review``/``generate``) in place of whatever wizard screen is showing."""
        if step_id in ("review", "generate") or not self.premount:
            self.start_office()  # else once every page is composed (StepScreen._premount), not before
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

            reuse = not (from_review or self._pages_stale)
            self._pages_stale = False
            if isinstance(self.screen, StepScreen) and reuse and not self.screen.from_review:
                self.run_worker(self.screen.show_page(step_id))  # the same screen, another page
                return
            screen = StepScreen(step_id, from_review=from_review)
        if isinstance(self.screen, RegisterScreen):
            # a case opens: no full collection of all the app holds while its first page is composed
            heap.composing()
            self.push_screen(screen)
            self.call_after_refresh(heap.composed)
        else:
            self.switch_screen(screen)

    def start_office(self) -> None:
        """A case is open: start LibreOffice and prepare the templates in the background, so generating
        costs only the rendering and the layout. Not while the case's first page is being composed: on a
        busy two-core machine the office and the templates' preparation (a thread holding the GIL) made
        the first page take 12 s instead of 4; the step screen starts them once its pages are composed,
        and the review and generating screens at once."""
        if self.office is None and (not self.is_headless if self.warm_office is None else self.warm_office):
            from lawgen.documents.office import WarmOffice
            from lawgen.documents.packet import prepare

            self.office = WarmOffice()
            self.office.start()
            threading.Thread(target=prepare, name="lawgen-prepare", daemon=True).start()

    def close_case(self) -> bool:
        """Save and go back to the register; a case that cannot be saved stays open (False). A case left
        with nothing typed is removed: «n» then Esc left an empty «（未填姓名）» row (volunteer)."""
        if not self.save_now():
            self.notify(self.t(NOT_CLOSED), severity="error", markup=False)
            return False
        if self.session is not None and untouched(self.session.draft):
            with contextlib.suppress(RegisterError):  # a register that refuses it keeps an empty row
                self.store.delete(self.session.case_id)
        self.session = None
        while not isinstance(self.screen, RegisterScreen) and len(self.screen_stack) > 1:
            self.pop_screen()
        return True

    def verdict(self) -> Verdict:
        """The assessment of the draft as it is now: the last one computed when the draft has not changed
        since (a step is left without assessing it again on the UI thread), else computed here."""
        assert self.session is not None
        if self.last_verdict is not None and self._judged == self.session.draft:
            return self.last_verdict
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
        verdict = judge(draft, self.today, claims_alone=True)  # the cards' amounts while one is typed
        self.call_from_thread(self._verdict_ready, verdict, generation, draft)

    def _verdict_ready(self, verdict: Verdict, generation: int, draft: dict[str, Any]) -> None:
        if generation != self._verdict_generation or self.session is None:
            return  # typing went on: a newer assessment is on its way
        self.last_verdict, self._judged = verdict, draft
        show = getattr(self.screen, "show_verdict", None)
        if show is not None:
            show(verdict)

    def save_now(self, step: str | None = None, status: CaseStatus | None = None) -> bool:
        """Write the open case to the register if anything changed; False when that failed (the draft is
        then kept here and marked unsaved)."""
        session = self.session
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        if session is None:
            return True
        moved = step is not None and step != session.step
        marked = status is not None and status is not session.status
        if not (session.dirty or moved or marked or session.unsaved):
            return True  # nothing new: no write, so no version bump another wizard would trip over
        session.step = step or session.step
        session.status = status or session.status
        draft = pruned(session.draft)
        if status is None and (session.status is not CaseStatus.generated or session.dirty):
            session.status = CaseStatus.draft if case_errors(draft) else CaseStatus.complete
        try:
            session.version = self.store.save(session.case_id, draft, status=session.status,
                                              step=session.step, version=session.version)
        except CaseConflict as conflict:
            return self._resolve_conflict(session, draft, conflict)
        except RegisterError as error:
            return self._save_failed(session, error)
        self._saved(session)
        return True

    def _saved(self, session: Session) -> None:
        session.dirty = False
        if session.unsaved:
            session.unsaved = False
            self.sub_title = ""
            self.notify(self.t(SAVED_AGAIN))

    def _save_failed(self, session: Session, error: RegisterError) -> bool:
        """Keep the draft in memory, show that it is unsaved; the toast only once per failing streak."""
        if not session.unsaved:
            session.unsaved = True
            self.sub_title = error.message.render(self.lang)  # in the header until it is saved
            self.notify(f"{error.message.render(self.lang)}\n{self.t(KEPT_IN_WINDOW)}", severity="error",
                        timeout=20, markup=False)
        return False

    def _resolve_conflict(self, session: Session, draft: dict[str, Any], conflict: CaseConflict) -> bool:
        """Another wizard saved or erased the case since this one read it. What was typed here is kept as a
        new case (both texts stay); with nothing typed here, the newer version is taken instead."""
        was_changed = isinstance(conflict, CaseChanged)
        typed_here = session.dirty
        if not typed_here and was_changed:
            record = self.store.get(session.case_id)
            if record is not None and not record.damaged:
                session.draft, session.version, session.status = record.draft, record.version, record.status
                self._pages_stale = True  # the pages kept so far show the stale text
                self.notify(self.t(ADOPTED), severity="warning", timeout=15, markup=False)
                try:  # the step moved to, on top of the newer version
                    session.version = self.store.save(session.case_id, record.draft, step=session.step,
                                                      version=session.version)
                except RegisterError as error:  # a third writer, or a full disk: kept here, said
                    return self._save_failed(session, error)
                self._saved(session)
                return True
        if not typed_here and isinstance(conflict, CaseGone):
            if not session.gone:
                session.gone = True
                self.notify(self.t(GONE_ELSEWHERE), severity="warning", timeout=15, markup=False)
            session.unsaved = False
            return True
        try:
            case_id = self.store.create(draft, session.status, step=session.step)
        except RegisterError as error:
            return self._save_failed(session, error)
        session.case_id, session.version, session.gone = case_id, 1, False
        session.number = self._number(case_id)
        self._saved(session)
        self.notify(self.t(KEPT_BOTH if was_changed else KEPT_ERASED), severity="warning", timeout=20,
                    markup=False)
        return True

    def save_requested(self) -> None:
        """Ctrl+S: save now (retrying a failed save) and say how it went."""
        if self.save_now():
            self.notify(self.t("已保存"))
        else:
            self.notify(self.t(KEPT_IN_WINDOW), severity="error", markup=False)

    def mark_generated(self, files: list[Path] | None = None) -> None:
        """The packet is written: the case is marked generated, and its files (with each folder's packet
        marker and calendar) are remembered so that erasing the case removes them."""
        from lawgen.documents.packet import MARKER, packet_files

        session = self.session
        assert session is not None
        self.save_now(step="generate", status=CaseStatus.generated)
        files = files or []
        folders = {Path(path).parent for path in files}
        # every file of the packet, the calendar written beside the documents included
        written = [*files, *(path for folder in folders for path in packet_files(folder)),
                   *(folder / MARKER for folder in folders)]
        with contextlib.suppress(RegisterError):  # a full disk was already said by the save
            self.store.record_files(session.case_id, written)

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

    def show_supervision(self, kind: str) -> None:
        """The open case's comments (``comments``) or its redacted export (``redacted``), after a save so
        that the export holds what was just typed."""
        from lawgen.wizard.screens.supervision import CommentsScreen, RedactedExportScreen

        if self.session is None:
            return
        self.save_now()
        try:
            record = self.store.get(self.session.case_id)
        except RegisterError as error:
            self.notify(error.message.render(self.lang), severity="error", markup=False)
            return
        if record is not None and not record.damaged:
            self.push_screen((CommentsScreen if kind == "comments" else RedactedExportScreen)(record))

    def show_term(self, name: str) -> None:
        from lawgen.wizard.glossary import explain
        from lawgen.wizard.screens.dialogs import PreviewScreen

        self.push_screen(PreviewScreen(self.t(name), explain(name, self.lang).replace("**", ""), self.lang))

    async def action_quit(self) -> None:
        if not self.save_now() and not self._quit_unsaved:
            self._quit_unsaved = True
            self.notify(self.t(QUIT_UNSAVED), severity="error", markup=False)
            return
        while self.premounting:  # a page being composed in the background finishes first: a clean exit
            await asyncio.sleep(0.02)
        self.exit()

    def _fatal_error(self) -> None:
        """An error nothing else caught. Textual's own report prints every frame's local variables and the
        error's text: here that is the case, ID and phone numbers. This report keeps where it happened and
        the kind of error, and drops both."""
        import sys

        from rich.segment import Segments
        from rich.traceback import Traceback

        error = sys.exc_info()[1] or self._exception
        if error is None:
            return super()._fatal_error()
        trace = Traceback.extract(type(error), error, error.__traceback__, show_locals=False)
        _scrub(trace.stacks, self.t(HIDDEN))
        self.bell()
        report = Traceback(trace, width=None)
        self._exit_renderables.append(Segments(self.console.render(report, self.console.options)))
        self._close_messages_no_wait()

    def on_unmount(self) -> None:
        if self._verdict_timer is not None:
            self._verdict_timer.stop()
        self.save_now()
        self.session = None  # a worker or timer finishing after this has nothing left to save
        self.store.close()
        if self.office is not None:
            self.office.close()


def _scrub(stacks, hidden: str) -> None:
    for stack in stacks:
        stack.exc_value, stack.syntax_error, stack.notes = hidden, None, []
        for frame in stack.frames:
            frame.locals = None
        _scrub([s for group in stack.exceptions for s in group.stacks], hidden)


def create_app(data_dir: Path | None = None, lang: str = "zh", today: dt.date | None = None) -> WizardApp:
    return WizardApp(Path(data_dir) if data_dir else default_data_dir(), lang, today)


def run_wizard(args: argparse.Namespace) -> int:
    import sys

    from lawgen.store import RegisterError

    lang = getattr(args, "lang", "zh") or "zh"
    try:
        if getattr(args, "register", None):  # the shared register, as this station's volunteer
            import getpass

            from lawgen.actors import Actor
            from lawgen.store import open_register

            store = open_register(args.register, Actor(getpass.getuser(), args.station or "local"))
            data_dir = getattr(args, "data_dir", None) or default_data_dir()
            app = WizardApp(Path(data_dir), lang, store=store)
        else:
            app = create_app(getattr(args, "data_dir", None), lang)
    except RegisterError as error:  # a refused or unusable register: its message, never a traceback
        print(error.message.render(normalize_language(lang)), file=sys.stderr)
        return 2
    app.run()
    return app.return_code or 0  # an error that ended the wizard is not a success (Textual sets 1)
    return 0
