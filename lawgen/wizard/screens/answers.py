"""What the worker asks aloud — must I go to arbitration first, how long, does small claims apply, what a
final award means, what is my last day — answered on screen with the same text as the worker's one-page
summary in the packet (``lawgen.documents.summary.worker_answers``: one home for the answers)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from lawgen.i18n import N_, translate
from lawgen.wizard.draft import Verdict
from lawgen.wizard.widgets.bindings import translate_bindings


def answers_text(verdict: Verdict, lang: str) -> Text:
    """The summary's questions and answers (Chinese, as printed for the worker), or what is missing."""
    text = Text()
    if verdict.assessment is None:
        text.append(translate("案件填写完整后，这里回答劳动者最常问的问题。", lang), style="dim")
        return text
    from lawgen.documents.summary import worker_answers

    if lang != "zh":
        text.append(translate("以下是劳动者一页说明的原文（中文，与文书中的一页说明相同）。", lang) + "\n\n",
                    style="dim")
    for question, answer in worker_answers(verdict.assessment):
        text.append(question + "\n", style="bold")
        text.append(answer + "\n\n")
    return text


class AnswersScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f4", "close", N_("关闭"))]
    AUTO_FOCUS = "#answers-scroll"  # ↑↓ PgUp PgDn read on at once; Esc or F4 closes

    def __init__(self, verdict: Verdict, lang: str) -> None:
        super().__init__()
        self.verdict, self.lang = verdict, lang

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.lang)
        with Vertical(classes="dialog preview"):
            yield Label(translate("劳动者常问的问题", self.lang), classes="question")
            with VerticalScroll(id="answers-scroll"):
                yield Static(answers_text(self.verdict, self.lang), id="answers")
            # one line kept for it, so the buttons do not move when it goes (the last answer reached)
            yield Static("", id="answers-more", classes="more")
            with Horizontal(classes="dialog-buttons"):
                yield Button(translate("关闭", self.lang), id="close")

    def on_mount(self) -> None:
        scroll = self.query_one("#answers-scroll", VerticalScroll)
        self.watch(scroll, "scroll_y", self._show_more, init=False)
        self.call_after_refresh(self._show_more)

    def on_resize(self) -> None:
        self.call_after_refresh(self._show_more)

    def _show_more(self, *_args) -> None:
        """«↓ 更多» under the answers while the last ones lie below (at 80×24 the last day did)."""
        from lawgen.wizard.widgets.more import more_text

        if self.is_attached:
            self.query_one("#answers-more", Static).update(
                more_text(self.query_one("#answers-scroll", VerticalScroll), self.lang))

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.dismiss(None)
