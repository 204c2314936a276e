"""What the law would like to know and does not: structured, so each interface words it its own way.

A law message never says how to supply a fact (no option names, no field paths): it carries a ``Hint`` naming
the fact (``need``) or the parameter, and the CLI, the wizard or a document decides what to print. Documents
print none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from lawgen.i18n import Msg


class Need(StrEnum):
    """A fact of the case that would change a verdict."""

    knew_on = "knew_on"  # when the worker knew of the infringement (调解仲裁法第二十七条第一款)
    interruptions = "interruptions"  # demands, complaints, the employer agreeing to pay (第二十七条第二款)
    leave_year = "leave_year"  # which year's annual leave is unpaid
    award_date = "award_date"  # the day the award was made (final-award cap, 第四十七条)
    received_on = "received_on"  # the day the award was received (15 days to sue)
    parameter = "parameter"  # a parameter value a newer official notice gives
    relationship_answer = "relationship_answer"  # a relationship question the order records bear on


@dataclass(frozen=True)
class Hint:
    need: Need
    message: Msg  # plain words for a person: what to find out and why
    parameter: str | None = None  # with Need.parameter: the parameter's name

    def as_json(self, lang: str = "zh") -> dict[str, str | None]:
        return {"need": self.need.value, "parameter": self.parameter, "message": self.message.render(lang)}
