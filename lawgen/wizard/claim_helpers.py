"""What a claim card offers to fill in, computed by the law: overtime hours from the worker's weekly
schedule (``lawgen.law.schedule``) and an unpaid-wage amount from the monthly wage and the period
(``lawgen.law.period_wages``). No Textual here, and no rule: this module reads what was typed and asks the
law.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from lawgen.i18n import N_, Msg, MsgList, msg
from lawgen.law.computation import Computation, figure
from lawgen.law.day_class import DAY_CLASS_LABELS
from lawgen.law.schedule import ScheduledOvertime, scheduled_overtime
from lawgen.wizard.draft import get_path

DAY_HOURS_MAX = Decimal(24)
WEEKDAY_NAMES = (N_("周一"), N_("周二"), N_("周三"), N_("周四"), N_("周五"), N_("周六"), N_("周日"))
_CHINESE_DAYS = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "日": "7", "天": "7",
                 "七": "7"}


class Unreadable(ValueError):
    def __init__(self, message: Msg) -> None:
        super().__init__(message.template)
        self.message = message


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def read_hours(text: str) -> Decimal:
    """One day's hours: ``10``, ``10.5``, ``10小时``; 0 to 24."""
    body = re.sub(r"(个)?(小时|钟头|h)$", "", _plain(text), flags=re.IGNORECASE).strip()
    try:
        hours = Decimal(body)
    except InvalidOperation:
        raise Unreadable(msg("每天的小时数请写数字，例如 10 或 10.5")) from None
    if not hours.is_finite() or hours < 0 or hours > DAY_HOURS_MAX:
        raise Unreadable(msg("每天的小时数应在0到24之间"))
    return hours


def read_weekdays(text: str) -> frozenset[int]:
    """Days of the week, Monday 1 … Sunday 7: ``1-6``, ``1,3,5``, ``123456``, ``周一至周六``, ``每天``."""
    plain = _plain(text)
    if plain in ("每天", "天天", "全周", "daily", "every day"):
        return frozenset(range(1, 8))
    plain = re.sub(r"星期|礼拜|周", "", plain)
    plain = "".join(_CHINESE_DAYS.get(c, c) for c in plain)
    plain = re.sub(r"\s*(至|到|~|～|－|—|–)\s*", "-", plain)
    days: set[int] = set()
    for part in re.split(r"[,，、;；\s]+", plain):
        if not part:
            continue
        if re.fullmatch(r"[1-7]-[1-7]", part):
            first, last = int(part[0]), int(part[2])
            if first > last:
                raise Unreadable(msg("每周哪几天请写成 1-6（周一至周六）或 1,3,5"))
            days.update(range(first, last + 1))
        elif re.fullmatch(r"[1-7]+", part):
            days.update(int(c) for c in part)
        else:
            raise Unreadable(msg("每周哪几天请写成 1-6（周一至周六）或 1,3,5"))
    if not days:
        raise Unreadable(msg("每周哪几天请写成 1-6（周一至周六）或 1,3,5"))
    return frozenset(days)


def read_week(text: str) -> tuple[Decimal, ...]:
    """A weekly schedule: seven hours, Monday to Sunday (``10 10 10 10 10 12 0``)."""
    parts = [p for p in re.split(r"[,，、;；/\s]+", _plain(text)) if p]
    if len(parts) != 7:
        raise Unreadable(msg("每周排班请写七个数，周一到周日，例如 10 10 10 10 10 12 0"))
    return tuple(read_hours(part) for part in parts)


def schedule_from(day_hours: str, weekdays: str, week: str) -> tuple[Decimal, ...] | None:
    """The week, Monday to Sunday, from what was typed: the weekly schedule when given, else hours a day on
    the days named; None while nothing is typed."""
    if week.strip():
        return read_week(week)
    if not day_hours.strip() and not weekdays.strip():
        return None
    if not day_hours.strip():
        raise Unreadable(msg("请填每天干几小时"))
    if not weekdays.strip():
        raise Unreadable(msg("请填每周哪几天干活"))
    hours, days = read_hours(day_hours), read_weekdays(weekdays)
    return tuple(hours if day in days else Decimal(0) for day in range(1, 8))


HELPER_YEARS_MAX = 20  # an overtime period longer than this is a typing error («9999-12-31» for «open»)


def _date(value: Any) -> dt.date | None:
    """A date the case file accepts (1900–2099), else None: a draft may hold any text, and a far date
    («9999-12-31») would overflow the day after it."""
    from lawgen.case import DATE_MAX, DATE_MIN

    try:
        day = dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    return day if day is not None and DATE_MIN <= day <= DATE_MAX else None


def overtime_period(draft: dict[str, Any], claim: dict[str, Any]) -> tuple[dt.date, dt.date]:
    """The claim's own period, else the employment's (to the end date, or the filing date while employed)."""
    first = _date(claim.get("from")) or _date(get_path(draft, "employment.start_date"))
    last = (_date(claim.get("to")) or _date(get_path(draft, "employment.end_date"))
            or _date(draft.get("prepared_on")))
    if first is None or last is None:
        raise Unreadable(msg("先填这项请求的“期间自”“期间至”（或在“工作期间”中填入职、离职日期）"))
    if last < first:
        raise Unreadable(msg("“期间至”早于“期间自”，请先改正期间"))
    if last.year - first.year > HELPER_YEARS_MAX:
        raise Unreadable(msg("期间超过{years}年，请核对“期间自”“期间至”", years=HELPER_YEARS_MAX))
    return first, last


def _parameter(draft: dict[str, Any], name: str, on: dt.date) -> Decimal:
    """A parameter's value in force where the work was done."""
    return legal_parameter(draft, name, on).value


def legal_parameter(draft: dict[str, Any], name: str, on: dt.date):
    """A parameter in force where the work was done (national values stand in while no place is given),
    with its source."""
    from lawgen.law.parameters import MissingParameter, ParameterBook
    from lawgen.regions import Region, UnknownRegion, resolve

    try:
        region = resolve(str(draft.get("region") or ""))
    except UnknownRegion:
        region = Region("national", "全国", "national", "全国", "national", "全国")
    try:
        return ParameterBook().lookup(name, region, on)
    except MissingParameter:
        raise Unreadable(msg("lawgen 还没有这个日期适用的法定数值，暂不能计算")) from None


@dataclass(frozen=True)
class OvertimeProposal:
    result: ScheduledOvertime
    schedule: tuple[Decimal, ...]
    standard_day: Decimal

    def lines(self) -> list[Msg]:
        """What the helper found, one class of day a line, as the volunteer reads it to the worker."""
        r = self.result
        out = [msg("{first}至{last}，每周：{week}", first=r.first, last=r.last, week=self.week())]
        classes = ((r.weekday, N_("{label}{days}天：超过{standard}小时的部分共{hours}小时")),
                   (r.rest_day, N_("{label}{days}天：共{hours}小时")),
                   (r.holiday, N_("{label}{days}天：共{hours}小时")))
        for total, template in classes:
            if total.days:
                out.append(msg(template, label=msg(DAY_CLASS_LABELS[total.day_class]), days=total.days,
                               standard=figure(self.standard_day), hours=figure(total.hours)))
        if not any(t.days for t, _ in classes):
            out.append(msg("这个期间按这个排班没有干活的日子"))
        if not r.covered:
            out.append(msg("有的年份放假安排未收录：周末按休息日、法定节日按放假办法估算，请核对"))
        out.append(msg("按每周都这样干、节假日照常计算；节假日休息的，请改写每周排班或直接改时数"))
        return out

    def week(self) -> MsgList:
        """周一至周六每天10小时、周日4小时: days in a row with the same hours said once."""
        parts: list[Msg] = []
        day = 0
        while day < 7:
            hours, last = self.schedule[day], day
            while last + 1 < 7 and self.schedule[last + 1] == hours:
                last += 1
            if hours and last > day:
                parts.append(msg("{first}至{last}每天{hours}小时", first=msg(WEEKDAY_NAMES[day]),
                                 last=msg(WEEKDAY_NAMES[last]), hours=figure(hours)))
            elif hours:
                parts.append(msg("{day}{hours}小时", day=msg(WEEKDAY_NAMES[day]), hours=figure(hours)))
            day = last + 1
        return MsgList(tuple(parts) or (msg("不干活"),), "、", ", ")


def overtime_proposal(draft: dict[str, Any], claim: dict[str, Any], day_hours: str, weekdays: str,
                      week: str) -> OvertimeProposal | None:
    """The overtime hours the schedule gives over the claim's period; None while nothing is typed.
    Raises ``Unreadable`` with what to correct."""
    schedule = schedule_from(day_hours, weekdays, week)
    if schedule is None:
        return None
    first, last = overtime_period(draft, claim)
    standard = _parameter(draft, "standard_hours_per_day", last)  # 劳动法第三十六条
    return OvertimeProposal(scheduled_overtime(first, last, schedule, standard), schedule, standard)


def unpaid_wage_proposal(draft: dict[str, Any], claim: dict[str, Any]) -> Computation | None:
    """Monthly wage × the claim's period (whole months, then working days ÷ 21.75), when both are known."""
    from lawgen.law.period_wages import period_wages
    from lawgen.lenient import read_money
    from lawgen.money import ABSURD_AMOUNT

    first, last = _date(claim.get("from")), _date(claim.get("to"))
    wage_text = get_path(draft, "employment.monthly_wage")
    if first is None or last is None or last < first or wage_text in (None, ""):
        return None
    try:
        wage = Decimal(read_money(str(wage_text)))
    except InvalidOperation:
        return None
    if not wage.is_finite() or wage <= 0 or wage > ABSURD_AMOUNT:
        return None  # the wage's own field says what is wrong with it
    paid_days = _parameter(draft, "paid_days_per_month", last)  # 劳社部发〔2008〕3号
    return period_wages(wage, first, last, paid_days=paid_days)
