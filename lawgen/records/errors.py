"""What can be wrong with a records file: the whole file (``RecordsError``) or one row (``RowProblem``)."""

from __future__ import annotations

from dataclasses import dataclass

from lawgen.i18n import Msg


class RecordsError(ValueError):
    """The file cannot be used at all: nothing is counted, the message says what to do."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.render())
        self.message = message


@dataclass(frozen=True)
class RowProblem:
    """A row that is not counted (or, for a duplicate, counted once), with its row number as a spreadsheet
    shows it, so the volunteer can find and fix it."""

    row: int
    message: Msg
    counted_once: bool = False  # a duplicate: the first copy is counted, this one is not

    def render(self, lang: str = "zh") -> str:
        return Msg("第{row}行：{problem}", {"row": self.row, "problem": self.message}).render(lang)
