"""The case's deadlines as a calendar for the worker's phone (RFC 5545 ``.ics``, written with icalendar).

One all-day event per dated deadline not yet passed — the stage's (lawgen.law.stages) and the timeline's,
and the day a demand letter in the packet asks the employer to pay by — each with two reminders (VALARM): a
week before and the day before, at 09:00. An estimated date is marked in its title, and its text says what
is estimated: the year whose holiday arrangement is not published yet, or a start day not recorded. The
calendar holds only what the worker needs to act: the step, the date, the article and the employer's name;
never an ID number, a phone number or an address.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Collection
from dataclasses import dataclass

from icalendar import Alarm, Calendar, Event, vText

from lawgen import __version__
from lawgen.documents.citations import cite
from lawgen.documents.stage_documents import demand_pay_by
from lawgen.i18n import N_, Msg, MsgList, msg, translate
from lawgen.law import Assessment
from lawgen.law.stages import Stage

CALENDAR_FILE = "期限提醒.ics"
# Before an all-day event's start (its midnight): 09:00 seven days before, and 09:00 the day before.
BEFORE_FILING = frozenset({Stage.not_filed, Stage.demanded, Stage.mediated})
REMINDERS = (dt.timedelta(days=-7, hours=9), dt.timedelta(days=-1, hours=9))


class _Text(vText):
    """A TEXT value escaped as RFC 5545 §3.3.11 says: «\\» «;» «,» escaped and a line break as «\\n».
    icalendar first reads a typed backslash-N as a line break (its own shorthand), so an employer named
    «A\\NB» would show on two lines in every calendar; here what was typed is what a calendar shows."""

    def to_ical(self) -> bytes:
        escaped = (str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                   .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n"))
        return escaped.encode(self.encoding)


@dataclass(frozen=True)
class CalendarEntry:
    key: str
    title: Msg
    date: dt.date
    estimate: bool
    basis: tuple[str, ...]
    note: Msg | None
    worker_acts: bool


def calendar_entries(assessment: Assessment, documents: Collection[str] = ()) -> list[CalendarEntry]:
    """Every dated deadline of the case from its judging day on, by date: the stage's, while nothing is
    filed yet the timeline's other filing deadlines too (the inspection complaint's), and the demand
    letter's day to pay when ``documents`` (the packet's kinds) hold one."""
    entries: dict[str, CalendarEntry] = {}
    if "demand_letter" in documents:
        entries["demand_pay_by"] = CalendarEntry(
            "demand_pay_by", msg("催告函的付款期限届满"), demand_pay_by(assessment), False,
            (N_("劳动争议调解仲裁法第二十七条第二款"),),
            msg("催告函写明的付款日，是你自己定的，不是法律规定的期限；单位到期不付的，可以申请劳动仲裁。"
                "催告函的寄送凭证要留好：能证明送到，仲裁时效自催告之日起重新计算"), False)
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
        entries.update(_later_arbitration_deadlines(assessment, entries.get("file_arbitration")))
        filing_days = {e.date for key, e in entries.items() if key.startswith("file_arbitration")}
        entries.update(_unclaimed_deadlines(assessment, filing_days))
    ahead = [e for e in entries.values() if e.date >= assessment.judged_on]
    return sorted(ahead, key=lambda e: (e.date, e.key))


def _later_arbitration_deadlines(assessment: Assessment,
                                 first: CalendarEntry | None) -> dict[str, CalendarEntry]:
    """The claims' arbitration deadlines after the case's first (which the timeline gives): one event per
    distinct date, named by the claims it is for, so the phone still reminds once the first date passed.
    A claim whose views differ (legal-facts §14.2) has its earliest open date and its last chance."""
    claims_by_day: dict[dt.date, list[str]] = {}
    safe_days = {c.limitation.deadline for c in assessment.claims if c.limitation}  # each claim's safest date
    basis_by_day: dict[dt.date, dict[str, None]] = {}
    for claim in assessment.claims:
        limitation = claim.limitation
        if limitation is None or limitation.deadline is None:
            continue
        for day in dict.fromkeys((limitation.deadline, limitation.last_day)):
            if day < assessment.judged_on or (first is not None and day == first.date):
                continue
            claims_by_day.setdefault(day, [])
            if claim.title not in claims_by_day[day]:
                claims_by_day[day].append(claim.title)
            basis_by_day.setdefault(day, {}).update(dict.fromkeys(limitation.basis))
    later = {}
    for day, titles in claims_by_day.items():
        # only a last chance under another view (§14.2) on this day: said so, not as the claims' deadline
        other_view = day not in safe_days
        named = MsgList(tuple(Msg(title) for title in titles), "、", ", ")
        key = f"file_arbitration_{day.isoformat()}"
        estimate = any(view.estimate and view.deadline == day for claim in assessment.claims
                       if claim.limitation for view in claim.limitation.views)
        note = (msg("按其他观点的最后机会：部分仲裁委员会按这一观点受理，请不要等到这一天") if other_view
                else msg("这些请求最迟在这一天当天申请劳动仲裁；更早的期限过后，它们仍可以申请"))
        title = msg("申请劳动仲裁（{claims}）的时效届满", claims=named)
        later[key] = CalendarEntry(key, title, day, estimate,
                                   tuple(basis_by_day[day]), note, True)
    return later


def _unclaimed_deadlines(assessment: Assessment, filing_days: set[dt.date]) -> dict[str, CalendarEntry]:
    """The claims the facts point to that the case does not make (law.unclaimed): their own arbitration
    dates, named as not yet claimed, since some of it can be lost while the worker decides whether to add
    them — the earliest date not passed and, where views differ (legal-facts §14.2), the last chance; a day
    the claims made already have an arbitration event on is not repeated."""
    entries = {}
    for found in assessment.unclaimed:
        own = found.claim.limitation
        if own is None or own.deadline is None:
            continue
        for day in dict.fromkeys((own.deadline, own.last_day)):
            if day < assessment.judged_on or day in filing_days:
                continue
            key = f"unclaimed_{found.claim.kind.value}_{day.isoformat()}"
            last_chance = day == own.other_view_day
            note = (msg("按其他观点的最后机会：部分仲裁委员会按这一观点受理，请不要等到这一天") if last_chance
                    else msg("这一项材料里还没写；要不要加，和志愿者商量，越早申请越好"))
            estimate = any(view.estimate and view.deadline == day for view in own.views)
            title = msg("还没主张的“{claim}”：申请劳动仲裁的时效", claim=found.claim.title)
            entries[key] = CalendarEntry(key, title, day, estimate, own.basis, note, True)
    return entries


def case_calendar(assessment: Assessment, lang: str = "zh", documents: Collection[str] = ()) -> bytes | None:
    """The ``.ics`` file's bytes, or None when the case has no dated deadline ahead; ``documents``: the
    packet's document kinds (a demand letter adds its day to pay)."""
    entries = calendar_entries(assessment, documents)
    if not entries:
        return None
    employer = assessment.case.respondents[0].name
    calendar = Calendar()
    calendar.add("prodid", f"-//lawgen {__version__}//{translate('劳动争议期限提醒', lang)}//ZH")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # a text value (RFC 5545 §3.3.11): its «,» «;» «\\» escaped as SUMMARY's are (icalendar escapes only
    # the properties it knows as text); every text below is a _Text, so a typed «\\N» stays as typed
    calendar.add("x-wr-calname", _Text(msg("劳动争议期限：{employer}", employer=employer).render(lang)))
    # Reproducible: the same case judged on the same day gives the same file (DTSTAMP is UTC, RFC 5545).
    stamp = dt.datetime.combine(assessment.judged_on, dt.time(0, 0), tzinfo=dt.UTC)
    case_key = _case_key(assessment)
    for entry in entries:
        calendar.add_component(_event(entry, stamp, case_key, employer, lang, _estimated(assessment, entry)))
    return calendar.to_ical()


def _estimated(assessment: Assessment, entry: CalendarEntry) -> Msg | None:
    """What an estimated date estimates: the holidays of a year whose arrangement is not published (a last
    day on a holiday moves to the next working day, 民事诉讼法第八十五条), else the day it runs from."""
    if not entry.estimate:
        return None
    if assessment.calendar.arrangement(entry.date.year) is None:
        return msg("这一日期是估算：{year}年的节假日安排（国务院办公厅的放假通知）还没有公布，期限最后一天"
                   "遇到节假日要顺延，现在只按法定节日算；通知公布后请再核对", year=entry.date.year)
    return msg("这一日期是估算：起算的日子（如收到文书的日子）没有记录，按最早可能的日子提醒，"
               "请以实际收到的日子为准")


def _event(entry: CalendarEntry, stamp: dt.datetime, case_key: str, employer: str, lang: str,
           estimated: Msg | None) -> Event:
    title = entry.title.render(lang)
    if entry.estimate:
        title = msg("{title}（估算日期）", title=title).render(lang)
    lines = [msg("案件：与{employer}的劳动争议", employer=employer).render(lang)]
    if entry.note:
        lines.append(entry.note.render(lang))
    if entry.basis:
        # Chinese as the filings cite: each statute once, its articles in rising order
        basis = cite(entry.basis) if lang == "zh" else ", ".join(translate(b, lang) for b in entry.basis)
        lines.append(msg("依据：{basis}", basis=basis).render(lang))
    if estimated is not None:
        lines.append(estimated.render(lang))
    if not entry.worker_acts:
        lines.append(msg("这是对方或机关的期限，请留意结果").render(lang))
    event = Event()
    event.add("uid", f"{case_key}-{entry.key}-{entry.date.isoformat()}@lawgen")
    event.add("dtstamp", stamp)
    event.add("dtstart", entry.date)
    event.add("dtend", entry.date + dt.timedelta(days=1))
    event.add("summary", _Text(title))
    event.add("description", _Text("\n".join(lines)))
    event.add("transp", "TRANSPARENT")
    if entry.estimate:
        event.add("categories", [msg("估算").render(lang)])
    for before in REMINDERS:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", _Text(title))
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
