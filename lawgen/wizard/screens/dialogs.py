"""Small modal dialogs: confirm, ask for a file path (showing errors until it works), preview a text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from lawgen.i18n import N_, translate
from lawgen.wizard.widgets.bindings import translate_bindings


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = [Binding("escape", "cancel", N_("取消"))]

    def __init__(self, question: str, lang: str, confirm_label: str = N_("确定")) -> None:
        super().__init__()
        self.question, self.lang, self.confirm_label = question, lang, confirm_label

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.lang)
        with Vertical(classes="dialog"):
            yield Static(self.question, classes="question", markup=False)  # it quotes the worker's name
            with Horizontal(classes="dialog-buttons"):
                yield Button(translate("取消", self.lang), id="cancel")
                yield Button(translate(self.confirm_label, self.lang), id="confirm", variant="error")

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()  # the safe choice is the default

    @on(Button.Pressed, "#confirm")
    def _confirm(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)


class PathScreen(ModalScreen[Path | None]):
    """Ask for a file path; ``attempt(path)`` does the work and returns error lines (none = done)."""

    BINDINGS = [Binding("escape", "cancel", N_("取消"))]

    def __init__(self, title: str, default: str, attempt: Callable[[Path], list[str]], lang: str,
                 action_label: str) -> None:
        super().__init__()
        self.title_text, self.default, self.attempt = title, default, attempt
        self.lang, self.action_label = lang, action_label

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.lang)
        with Vertical(classes="dialog wide"):
            yield Label(self.title_text, classes="question", markup=False)
            yield Input(self.default, id="path")
            with VerticalScroll(id="path-errors-box"):
                yield Static("", id="path-errors", classes="-error", markup=False)  # errors quote the file
            with Horizontal(classes="dialog-buttons"):
                yield Button(translate("取消", self.lang), id="cancel")
                yield Button(translate(self.action_label, self.lang), id="go", variant="primary")

    @on(Input.Submitted)
    @on(Button.Pressed, "#go")
    def _go(self) -> None:
        text = self.query_one("#path", Input).value.strip()
        if not text:
            return
        path = Path(text).expanduser()
        errors = self.attempt(path)
        if errors:
            self.query_one("#path-errors", Static).update("\n".join(errors))
            return
        self.dismiss(path)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class PreviewScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape", "close", N_("关闭"))]

    def __init__(self, title: str, text: str, lang: str) -> None:
        super().__init__()
        self.title_text, self.text, self.lang = title, text, lang

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.lang)
        with Vertical(classes="dialog preview"):
            yield Label(self.title_text, classes="question", markup=False)
            with VerticalScroll():
                yield Static(self.text, markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(translate("关闭", self.lang), id="close")

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.dismiss(None)
