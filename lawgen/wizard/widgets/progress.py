"""Where the volunteer is: "步骤 3/10 · 被申请人" and a row of dots."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from lawgen.i18n import translate


class StepProgress(Static):
    def __init__(self, index: int, total: int, title: str, lang: str) -> None:
        super().__init__(classes="progress")
        self.index, self.total, self.title, self.lang = index, total, title, lang

    def on_mount(self) -> None:
        label = translate("步骤 {n}/{total} · {title}", self.lang).format(
            n=self.index + 1, total=self.total, title=translate(self.title, self.lang))
        text = Text(label + "  ", style="bold")
        text.append("●" * (self.index + 1), style="green")
        text.append("○" * (self.total - self.index - 1), style="dim")
        self.update(text)
