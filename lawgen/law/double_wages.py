"""The no-contract double wage (未订立书面劳动合同的二倍工资差额).

劳动合同法第八十二条第一款: 用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，
  应当向劳动者每月支付
  二倍的工资。
实施条例第六条: …向劳动者每月支付两倍的工资，…起算时间为用工之日起满一个月的次日，
  截止时间为补订书面劳动合同的前一日。
实施条例第七条: 用人单位自用工之日起满一年未与劳动者订立书面劳动合同的，
  自用工之日起满一个月的次日至满一年的前一日
  应当依照劳动合同法第八十二条的规定向劳动者每月支付两倍的工资…
劳动合同法第九十七条第二款、第九十八条: work begun before the law (in force 2008-01-01) needed a contract
  within a
  month of that day, so the period is counted from 2008-01-01, never from an earlier first day of work.
劳动争议解释（二）第六条 (secondary): month by month; a part month by its working days, and by its paid
  statutory holidays (劳社部发〔2008〕3号: 21.75 paid days a month hold them; ``period_wages``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from lawgen.i18n import N_, Msg, msg
from lawgen.law.computation import Computation
from lawgen.law.period_wages import PaidDays, period_pay, split_period
from lawgen.law.periods import ONE_DAY, add_months
from lawgen.law.rest_days import DEFAULT_CALENDAR, HolidayCalendar

LABOR_CONTRACT_LAW_START = dt.date(2008, 1, 1)  # 劳动合同法第九十八条
BASIS = (N_("劳动合同法第八十二条"), N_("劳动合同法实施条例第六条、第七条"))


@dataclass(frozen=True)
class DoubleWagePeriod:
    first: dt.date
    last: dt.date
    whole_months: int
    part_month: PaidDays  # the days after the whole months, paid by the day (劳动争议解释（二）第六条)
    counted_from_law: bool = False  # work began before 2008: counted from 2008-01-01 (第九十七条、第九十八条)
    ongoing: bool = False  # still employed without a contract and under a year: the period has not ended


def double_wage_period(
    start: dt.date, signed_on: dt.date | None, end: dt.date | None, judged_on: dt.date, max_months: int,
    calendar: HolidayCalendar = DEFAULT_CALENDAR,
) -> DoubleWagePeriod | None:
    """From the day after the first month (start + 1 month) to the day before signing, the day before the
    one-year mark, or the last day worked, whichever comes first; at most ``max_months`` whole months."""
    counted_from_law = start < LABOR_CONTRACT_LAW_START
    start = max(start, LABOR_CONTRACT_LAW_START)
    first = add_months(start, 1)
    year_mark = add_months(start, 12) - ONE_DAY
    stops = [year_mark, judged_on]
    if signed_on:
        stops.append(signed_on - ONE_DAY)
    if end:
        stops.append(end)
    last = min(stops)
    if last < first:
        return None
    ongoing = last == judged_on and last < year_mark and not (end and end == judged_on)
    months, part = split_period(first, last, calendar, max_months)
    return DoubleWagePeriod(first, last, months, part, counted_from_law, ongoing)


def double_wages(
    monthly_wage: Decimal, period: DoubleWagePeriod | None, *, paid_days: Decimal, max_months: int
) -> Computation:
    """The extra 1× wage per month without a written contract — 劳动合同法第八十二条."""
    if period is None:
        return Computation(
            Decimal(0),
            msg("书面合同在用工之日起一个月内订立（或用工未满一个月），无二倍工资差额"),
            BASIS,
            (msg("书面劳动合同在用工之日起一个月内订立或用工未满一个月的，不产生二倍工资差额（劳动合同法第十条、第八十二条）"),),
        )
    notes: list[Msg] = []
    if period.whole_months >= max_months:
        notes.append(msg("二倍工资差额最多计算{months}个月（劳动合同法实施条例第七条）", months=max_months))
    if period.counted_from_law:
        notes.append(msg("用工始于2008年1月1日劳动合同法施行前，二倍工资自施行之日起计算，即自{first}起"
                         "（劳动合同法第九十七条第二款、第九十八条）", first=period.first))
    return period_pay(monthly_wage, period.first, period.last, period.whole_months, period.part_month,
                      paid_days, BASIS, tuple(notes))
