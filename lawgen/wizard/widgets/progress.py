"""Where the volunteer is: "步骤 3/12 · 被申请人" and a row of dots, over the steps this case asks."""

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
        from lawgen.wizard.steps import visible_steps

        ids = [step.id for step in visible_steps(draft)] + ["review", "generate"]
        index = ids.index(step_id) if step_id in ids else 0
        total = len(ids)
        label = translate("步骤 {n}/{total} · {title}", self.lang).format(
            n=index + 1, total=total, title=translate(title, self.lang))
        text = Text(label + "  ", style="bold")
        text.append("●" * (index + 1), style="green")
        text.append("○" * (total - index - 1), style="dim")
        self.update(text)
