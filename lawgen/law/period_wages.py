"""The wage of a period: what a worker unpaid from one day to another would have earned.

No rule of its own: it counts a period the way the double-wage rule does (``double_wages``), whole months
by 民法典第二百零一至二百零三条 (``periods.service_length``) and the days left over as working days of the
holiday calendar at the daily wage 月工资 ÷ 月计薪天数 (劳社部发〔2008〕3号; 劳动争议解释（二）第六条, a part
month by its working days). The wizard offers the result as an unpaid-wage claim's amount; the worker's own
figure, when they know it, is what they claim.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lawgen.i18n import N_, msg
from lawgen.law.computation import Computation, figure
from lawgen.law.periods import add_months, service_length
from lawgen.law.rest_days import DEFAULT_CALENDAR, HolidayCalendar
from lawgen.money import format_amount

BASIS = (N_("劳动法第五十条"), N_("劳社部发〔2008〕3号"))


def period_wages(
    monthly_wage: Decimal, first: dt.date, last: dt.date, *, paid_days: Decimal,
    calendar: HolidayCalendar = DEFAULT_CALENDAR,
) -> Computation:
    """The wage for [first, last], both counted: whole months at the monthly wage, the rest by working day."""
    if last < first:
        raise ValueError("the period ends before it starts")
    months = service_length(first, last).months
    leftover_first = add_months(first, months)
    workdays, covered = calendar.working_days(leftover_first, last) if leftover_first <= last else (0, True)
    amount = monthly_wage * months + monthly_wage / paid_days * workdays
    values = dict(first=first, last=last, wage=format_amount(monthly_wage), months=months,
                  amount=format_amount(amount))
    if workdays and not months:
        formula = msg("{first}至{last}：月工资{wage}元÷{days}天×{workdays}个工作日＝{amount}元",
                      days=figure(paid_days), workdays=workdays, **values)
    elif workdays:
        formula = msg("{first}至{last}：月工资{wage}元×{months}个月＋{wage}元÷{days}天×{workdays}个工作日"
                      "＝{amount}元", days=figure(paid_days), workdays=workdays, **values)
    else:
        formula = msg("{first}至{last}：月工资{wage}元×{months}个月＝{amount}元", **values)
    notes = () if covered else (
        msg("节假日安排尚未覆盖{year}年，不足一个月部分的工作日按法定节日估算，请核对", year=last.year),)
    return Computation(amount, formula, BASIS, notes)
