"""The register's order: each case's stage and next deadline, the most urgent first.

A case is judged as the wizard judges it (``draft.judge``); its next deadline is the stage's
(lawgen.law.stages), counted in days from today. A draft that cannot be judged yet has no deadline and goes
after every case that has one. Judging is cached per case version: the list is redrawn on every keystroke of
a search.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lawgen.i18n import Msg
from lawgen.law.limitation import NEAR_DAYS  # shown in red within this many days (and when passed)
from lawgen.store import CaseRecord
from lawgen.wizard.draft import judge


@dataclass(frozen=True)
class Urgency:
    stage: Msg | None  # None: the draft cannot be judged yet
    deadline: Msg | None  # the next deadline's title
    date: dt.date | None
    days_left: int | None
    estimate: bool = False

    @property
    def urgent(self) -> bool:
        return self.awaiting_a_date or (self.days_left is not None and self.days_left <= NEAR_DAYS)

    @property
    def awaiting_a_date(self) -> bool:
        """A deadline is named whose day depends on a stage not recorded yet."""
        return self.deadline is not None and self.date is None


def days_left(day: dt.date, today: dt.date) -> int:
    """Days from today, the volunteer's day, to ``day`` (negative once passed): the one count the register,
    the claim cards and the panel show, whatever day the case was prepared on."""
    return (day - today).days


NONE = Urgency(None, None, None, None)
_cache: dict[tuple[str, int, dt.date], Urgency] = {}


def urgency(record: CaseRecord, today: dt.date) -> Urgency:
    """The case's urgency, judged now if not known yet (about 50 ms a case)."""
    if record.damaged:
        return NONE
    key = (record.id, record.version, today)
    if key not in _cache:
        if len(_cache) > 5000:
            _cache.clear()
        _cache[key] = _judged(record, today)
    return _cache[key]


def known(record: CaseRecord, today: dt.date) -> Urgency | None:
    """The case's urgency if already judged (a damaged case: none to judge), else None."""
    return NONE if record.damaged else _cache.get((record.id, record.version, today))


def _judged(record: CaseRecord, today: dt.date) -> Urgency:
    try:
        verdict = judge(record.draft, today)
    except Exception:  # noqa: BLE001 - a draft the law cannot judge is listed without a deadline, never a crash
        return NONE
    if verdict.assessment is None or verdict.assessment.stage is None:
        return NONE
    stage = verdict.assessment.stage
    if stage.awaiting_a_date:  # a deadline whose day waits on a stage to record: maybe the nearest
        return Urgency(stage.title, stage.awaiting_a_date[0].title, None, None)
    following = stage.next_deadline
    if following is None or following.date is None:
        return Urgency(stage.title, None, None, None)
    return Urgency(stage.title, following.title, following.date, days_left(following.date, today),
                   following.estimate)


def by_urgency(records: list[CaseRecord], today: dt.date) -> list[CaseRecord]:
    """Cases with a deadline by its date (the nearest first, passed ones at the top), then the others in
    the register's own order (most recently updated first), damaged rows last. Cases not judged yet count
    as without a deadline (the register judges them in the background and sorts again)."""
    def order(item: tuple[int, CaseRecord]) -> tuple:
        position, record = item
        found = known(record, today) or NONE
        return (record.damaged, not found.awaiting_a_date, found.date is None, found.date or dt.date.max,
                position)

    return [record for _, record in sorted(enumerate(records), key=order)]
