"""The wage of a period: whole months at the monthly wage, a part month by the days it pays.

劳动法第五十一条: 劳动者在法定休假日…用人单位应当依法支付工资.
劳社部发〔2008〕3号《关于职工全年月平均工作时间和工资折算问题的通知》, part 二, on the strength of that
  article: «法定节假日用人单位应当依法支付工资，即折算日工资、小时工资时不剔除国家规定的11天法定节假日»;
  日工资 = 月工资收入 ÷ 月计薪天数; 月计薪天数 = (365天 − 104天) ÷ 12月 = 21.75天 — the 21.75 paid days of a
  month hold its statutory holidays.
劳动争议解释（二）第六条 (secondary): the double wage month by month, a part month by its working days.

So a part month earns the daily wage for its working days (the holiday calendar: a 调休 weekend works, a
day off rests) and for its statutory holidays (全国年节及纪念日放假办法第二条), paid though not worked.
A statutory holiday on a weekend counts where the year's arrangement is held: the arrangement gives a
weekday off in its place, which the working days no longer count. Without the arrangement the calendar
keeps that weekday a working day, so only a weekday holiday is added. Either way a whole year comes to
the 21.75 × 12 paid days of the notice. (A part month holding the weekday given for a holiday but not the
holiday itself — 2025-06-02 for 端午 on Saturday 05-31 — is a day short: the arrangement data do not say
which day off stands for which holiday.)

Whole months follow 民法典第二百零一至二百零三条 (``periods.service_length``). The double-wage claim
(``double_wages``) and the wizard's unpaid-wage offer both count a period here; the worker's own figure,
when they know it, is what they claim.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from lawgen.i18n import N_, Msg, msg
from lawgen.law.computation import Computation, figure
from lawgen.law.periods import ONE_DAY, add_months, service_length
from lawgen.law.rest_days import DEFAULT_CALENDAR, HolidayCalendar
from lawgen.money import format_amount

BASIS = (N_("劳动法第五十条"), N_("劳社部发〔2008〕3号"))
HOLIDAYS_PAID = N_("劳动法第五十一条")  # cited where a part month counts a statutory holiday


@dataclass(frozen=True)
class PaidDays:
    """The days of a part month that earn the daily wage (计薪日)."""

    working: int = 0
    holidays: int = 0  # statutory holidays: paid, not worked
    arrangement_held: bool = True  # False: a year whose 调休 is not published yet, its working days estimated
    # a year whose statutory holidays lawgen does not hold, when the part month has a weekday off in it
    holidays_unknown_in: int | None = None

    @property
    def total(self) -> int:
        return self.working + self.holidays


def paid_days(first: dt.date, last: dt.date, calendar: HolidayCalendar = DEFAULT_CALENDAR) -> PaidDays:
    """The paid days of [first, last], both counted: its working days and its statutory holidays."""
    working, exact = calendar.working_days(first, last)
    holidays, unheld = calendar.statutory_holidays(first, last)
    counted = sum(1 for d in holidays if d.weekday() < 5 or calendar.arrangement(d.year) is not None)
    # Unheld holidays matter only where a weekday is a day off: that day may be a paid holiday.
    days = (first + ONE_DAY * n for n in range((last - first).days + 1))
    missed = next((d.year for d in days if d.year in unheld and d.weekday() < 5
                   and calendar.is_rest_day(d)[0]), None)
    return PaidDays(working, counted, exact, missed)


def split_period(first: dt.date, last: dt.date, calendar: HolidayCalendar = DEFAULT_CALENDAR,
                 max_months: int | None = None) -> tuple[int, PaidDays]:
    """[first, last] as whole months (at most ``max_months``) and the paid days of the part month left."""
    months = service_length(first, last).months
    if max_months is not None and months >= max_months:
        return max_months, PaidDays()
    rest_from = add_months(first, months)
    return months, paid_days(rest_from, last, calendar) if rest_from <= last else PaidDays()


def period_pay(monthly_wage: Decimal, first: dt.date, last: dt.date, months: int, part: PaidDays,
               paid_days_per_month: Decimal, basis: tuple[str, ...] = BASIS,
               notes: tuple[Msg, ...] = ()) -> Computation:
    """Whole months at ``monthly_wage``, a part month at 月工资 ÷ 月计薪天数 a paid day, with the formula.

    A part month pays at most a whole month's wage: 21.75 is the average, and a part month can hold 22 or
    23 paid days, which would pay more for fewer days than the whole month (one more day worked then
    lowered the claim)."""
    part_pay = monthly_wage / paid_days_per_month * part.total
    capped = part_pay > monthly_wage
    amount = monthly_wage * months + min(part_pay, monthly_wage)
    values = dict(first=first, last=last, wage=format_amount(monthly_wage), months=months,
                  amount=format_amount(amount), days=figure(paid_days_per_month), workdays=part.working,
                  holidays=part.holidays, paid=part.total)
    if not part.total:
        formula = msg("{first}至{last}：月工资{wage}元×{months}个月＝{amount}元", **values)
    elif capped and months:
        formula = msg("{first}至{last}：月工资{wage}元×{months}个月＋不足一个月的{paid}个计薪日，按{wage}元÷"
                      "{days}天计超过一个月工资，以{wage}元为限＝{amount}元", **values)
    elif capped:
        formula = msg("{first}至{last}：{paid}个计薪日，按月工资{wage}元÷{days}天计超过一个月工资，以一个月"
                      "工资{wage}元为限＝{amount}元", **values)
    elif part.holidays and months:
        formula = msg("{first}至{last}：月工资{wage}元×{months}个月＋{wage}元÷{days}天×{paid}个计薪日"
                      "（{workdays}个工作日＋{holidays}天法定节假日）＝{amount}元", **values)
    elif part.holidays:
        formula = msg("{first}至{last}：月工资{wage}元÷{days}天×{paid}个计薪日"
                      "（{workdays}个工作日＋{holidays}天法定节假日）＝{amount}元", **values)
    elif months:
        formula = msg("{first}至{last}：月工资{wage}元×{months}个月＋{wage}元÷{days}天×{workdays}个工作日"
                      "＝{amount}元", **values)
    else:
        formula = msg("{first}至{last}：月工资{wage}元÷{days}天×{workdays}个工作日＝{amount}元", **values)
    found = list(notes)
    if not part.arrangement_held:
        found.append(msg("节假日安排尚未覆盖{year}年，不足一个月部分的工作日按法定节日估算，请核对",
                         year=last.year))
    if part.holidays_unknown_in is not None:
        found.append(msg("不足一个月部分有放假的工作日，其中{year}年的法定节假日未计入带薪天数，请核对",
                         year=part.holidays_unknown_in))
    return Computation(amount, formula, (*basis, HOLIDAYS_PAID) if part.holidays else basis, tuple(found))


def period_wages(
    monthly_wage: Decimal, first: dt.date, last: dt.date, *, paid_days: Decimal,
    calendar: HolidayCalendar = DEFAULT_CALENDAR,
) -> Computation:
    """The wage for [first, last], both counted: whole months at the monthly wage, the rest by paid day."""
    if last < first:
        raise ValueError("the period ends before it starts")
    months, part = split_period(first, last, calendar)
    return period_pay(monthly_wage, first, last, months, part, paid_days)
