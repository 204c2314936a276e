"""Overtime hours from a weekly schedule the worker tells (每周哪几天、每天干几小时), without records.

The same rules as the order records (``working_time``), applied to a schedule instead of orders: each
day of the period is classed by the holiday calendar (``day_class``: 劳动法第四十四条;
全国年节及纪念日放假办法第二条; 国务院办公厅当年放假安排) and its hours split by
``working_time.overtime_split`` (劳动法第三十六条、第四十四条): on a working day the hours beyond the
standard day are 延长工作时间 (150%), every hour on a rest day is rest-day work (200%), every hour on a
statutory holiday is holiday work (300%). A 调休 Saturday is a working day; a 调休 day off is a rest day.
The schedule is taken as kept every week, holidays included: the worker says which days they worked, the
calendar says what kind of day each was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from lawgen.law.day_class import DayClass, day_info
from lawgen.law.working_time import overtime_split

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class ClassTotal:
    """The days of one class worked in the period and their overtime hours."""

    day_class: DayClass
    days: int
    hours: Decimal  # the overtime hours of the class (on a working day: beyond the standard day)


@dataclass(frozen=True)
class ScheduledOvertime:
    first: dt.date
    last: dt.date
    weekday: ClassTotal
    rest_day: ClassTotal
    holiday: ClassTotal
    covered: bool  # False: a year of the period has no State Council arrangement; weekends assumed

    @property
    def hours(self) -> tuple[Decimal, Decimal, Decimal]:
        """(150%, 200%, 300%) hours, the order of a claim's weekday_hours, rest_day_hours, holiday_hours."""
        return self.weekday.hours, self.rest_day.hours, self.holiday.hours


def scheduled_overtime(
    first: dt.date, last: dt.date, hours_by_weekday: Sequence[Decimal], standard_day: Decimal
) -> ScheduledOvertime:
    """Overtime hours by class over [first, last], both counted; ``hours_by_weekday`` Monday to Sunday."""
    if len(hours_by_weekday) != 7:
        raise ValueError("a weekly schedule has seven days")
    if last < first:
        raise ValueError("the period ends before it starts")
    days = {cls: 0 for cls in DayClass}
    hours = {cls: Decimal(0) for cls in DayClass}
    covered = True
    day = first
    while day <= last:
        worked = Decimal(hours_by_weekday[day.weekday()])
        if worked > 0:
            info = day_info(day)
            covered = covered and info.covered
            days[info.day_class] += 1
            weekday, rest, holiday = overtime_split(info.day_class, worked, standard_day)
            hours[DayClass.working_day] += weekday
            hours[DayClass.rest_day] += rest
            hours[DayClass.statutory_holiday] += holiday
        day += ONE_DAY
    total = {cls: ClassTotal(cls, days[cls], hours[cls]) for cls in DayClass}
    return ScheduledOvertime(first, last, total[DayClass.working_day], total[DayClass.rest_day],
                             total[DayClass.statutory_holiday], covered)
