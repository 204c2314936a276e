"""What can be wrong with a records file: the whole file (``RecordsError``) or one row (``RowProblem``)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from lawgen.i18n import Msg


class Remedy(Enum):
    """What the user may do besides mending the file: each interface says how in its own words (an option
    on the command line, a key in the case file, a tick box in the wizard)."""

    skip_bad_rows = "skip_bad_rows"  # agree that only the good rows are counted
    name_columns = "name_columns"  # say which column holds what


class RecordsError(ValueError):
    """The file cannot be used at all: nothing is counted, the message says what to do."""

    def __init__(self, message: Msg, remedy: Remedy | None = None) -> None:
        super().__init__(message.render())
        self.message = message
        self.remedy = remedy


@dataclass(frozen=True)
class RowProblem:
    """A row that is not counted (or, for a duplicate, counted once), with its row number as a spreadsheet
    shows it, so the volunteer can find and fix it."""

    row: int
    message: Msg
    counted_once: bool = False  # a duplicate: the first copy is counted, this one is not

    def render(self, lang: str = "zh") -> str:
        return Msg("第{row}行：{problem}", {"row": self.row, "problem": self.message}).render(lang)
