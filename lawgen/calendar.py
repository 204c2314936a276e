"""The case's deadlines as a calendar for the worker's phone (RFC 5545 ``.ics``, written with icalendar).

One all-day event per dated deadline not yet passed — the stage's (lawgen.law.stages) and the timeline's —
each with two reminders (VALARM): a week before and the day before, at 09:00. A date in a year whose holiday
arrangement is not published is marked as an estimate in its title and text. The calendar holds only what
the worker needs to act: the step, the date, the article and the employer's name; never an ID number, a
phone number or an address.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from icalendar import Alarm, Calendar, Event

from lawgen import __version__
from lawgen.i18n import Msg, msg, translate
from lawgen.law import Assessment
from lawgen.law.stages import Stage

CALENDAR_FILE = "期限提醒.ics"
# Before an all-day event's start (its midnight): 09:00 seven days before, and 09:00 the day before.
BEFORE_FILING = frozenset({Stage.not_filed, Stage.demanded, Stage.mediated})
REMINDERS = (dt.timedelta(days=-7, hours=9), dt.timedelta(days=-1, hours=9))


@dataclass(frozen=True)
class CalendarEntry:
    key: str
    title: Msg
    date: dt.date
    estimate: bool
    basis: tuple[str, ...]
    note: Msg | None
    worker_acts: bool


def calendar_entries(assessment: Assessment) -> list[CalendarEntry]:
    """Every dated deadline of the case from its judging day on, by date: the stage's, and while nothing
    is filed yet the timeline's other filing deadlines too (the inspection complaint's)."""
    entries: dict[str, CalendarEntry] = {}
    stage = assessment.stage
    for deadline in stage.deadlines if stage else ():
        if deadline.date:
            entries[deadline.key] = CalendarEntry(deadline.key, deadline.title, deadline.date,
                                                  deadline.estimate, deadline.basis, deadline.note,
                                                  deadline.worker_acts)
    if stage is None or stage.stage in BEFORE_FILING:
        for step in assessment.timeline:
            if step.date and step.key.startswith("file_") and step.key not in entries:
                entries[step.key] = CalendarEntry(step.key, step.title, step.date, step.estimate,
                                                  step.basis, step.note, True)
    ahead = [e for e in entries.values() if e.date >= assessment.judged_on]
    return sorted(ahead, key=lambda e: (e.date, e.key))


def case_calendar(assessment: Assessment, lang: str = "zh") -> bytes | None:
    """The ``.ics`` file's bytes, or None when the case has no dated deadline ahead."""
    entries = calendar_entries(assessment)
    if not entries:
        return None
    employer = assessment.case.respondents[0].name
    calendar = Calendar()
    calendar.add("prodid", f"-//lawgen {__version__}//{translate('劳动争议期限提醒', lang)}//ZH")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", msg("劳动争议期限：{employer}", employer=employer).render(lang))
    # Reproducible: the same case judged on the same day gives the same file (DTSTAMP is UTC, RFC 5545).
    stamp = dt.datetime.combine(assessment.judged_on, dt.time(0, 0), tzinfo=dt.UTC)
    case_key = _case_key(assessment)
    for entry in entries:
        calendar.add_component(_event(entry, stamp, case_key, employer, lang))
    return calendar.to_ical()


def _event(entry: CalendarEntry, stamp: dt.datetime, case_key: str, employer: str, lang: str) -> Event:
    title = entry.title.render(lang)
    if entry.estimate:
        title = msg("{title}（估算日期）", title=title).render(lang)
    lines = [msg("案件：与{employer}的劳动争议", employer=employer).render(lang)]
    if entry.note:
        lines.append(entry.note.render(lang))
    if entry.basis:
        lines.append(msg("依据：{basis}", basis=("、" if lang == "zh" else ", ").join(
            translate(b, lang) for b in entry.basis)).render(lang))
    if entry.estimate:
        lines.append(msg("这一日期是估算：当年的节假日安排尚未公布，或起算日未记录；按最早可能的日期提醒，"
                         "请以实际送达和公布的安排为准").render(lang))
    if not entry.worker_acts:
        lines.append(msg("这是对方或机关的期限，请留意结果").render(lang))
    event = Event()
    event.add("uid", f"{case_key}-{entry.key}-{entry.date.isoformat()}@lawgen")
    event.add("dtstamp", stamp)
    event.add("dtstart", entry.date)
    event.add("dtend", entry.date + dt.timedelta(days=1))
    event.add("summary", title)
    event.add("description", "\n".join(lines))
    event.add("transp", "TRANSPARENT")
    if entry.estimate:
        event.add("categories", [msg("估算").render(lang)])
    for before in REMINDERS:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", title)
        alarm.add("trigger", before)
        event.add_component(alarm)
    return event


def _case_key(assessment: Assessment) -> str:
    """A stable key for the case's events (a re-import updates them rather than doubling them), from the
    employer side and the dates of the work only: nothing of the worker's."""
    case = assessment.case
    employment = case.employment
    who = "|".join([*(r.name for r in case.respondents), employment.start_date.isoformat(),
                    employment.end_date.isoformat() if employment.end_date else ""])
    return hashlib.sha256(who.encode("utf-8")).hexdigest()[:16]
