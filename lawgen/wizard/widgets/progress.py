"""Where the volunteer is: "步骤 3/13 · 被申请人" and a row of dots.

The total counts every step the answers can open from the start, so it never moves while a case is typed
(an end date opening «怎么结束的» must not turn 1/12 into 1/13); a step the answers skip is a dim dash."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import Static

from lawgen.i18n import translate


class StepProgress(Static):
    def __init__(self, step_id: str, title: str, lang: str, draft: dict[str, Any] | None = None) -> None:
        super().__init__(classes="progress")
        self.lang = lang
        self._state = (step_id, title, draft or {})

    def on_mount(self) -> None:
        self.show_step(*self._state)

    def show_step(self, step_id: str, title: str, draft: dict[str, Any]) -> None:
        """``step_id`` is a step's id, or ``review``/``generate`` for the last two screens."""
        from lawgen.wizard.steps import STEPS, visible_steps

        ids = [step.id for step in STEPS] + ["review", "generate"]
        shown = {step.id for step in visible_steps(draft)} | {"review", "generate"}
        index = ids.index(step_id) if step_id in ids else 0
        label = translate("步骤 {n}/{total} · {title}", self.lang).format(
            n=index + 1, total=len(ids), title=translate(title, self.lang))
        text = Text(label + "  ", style="bold")
        for position, each in enumerate(ids):
            if each not in shown:
                text.append("–", style="dim")  # skipped for this case (no end date: no «怎么结束的»)
            else:
                text.append("●" if position <= index else "○", style="green" if position <= index else "dim")
        if text.plain != getattr(self, "_shown", None):  # redrawn after every assessment: only when it moved
            self._shown = text.plain
            self.update(text)
