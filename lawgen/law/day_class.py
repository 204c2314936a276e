"""What kind of day a day is for overtime: working day, rest day or statutory holiday.

劳动法第四十四条 pays work on a 休息日 (rest day) at 200% when no time off in lieu is given, and work on a
法定休假日 (statutory holiday) at 300%. 全国年节及纪念日放假办法 (revised 2024-11-10, in force 2025-01-01)
第二条 names the statutory days: 元旦 1 day, 春节 4 days (除夕 and 初一至初三; before 2025 初一至初三),
清明节 1 day, 劳动节 2 days (5月1日、2日; before 2025 5月1日), 端午节 1 day, 中秋节 1 day, 国庆节 3 days.
Days the State Council adds around them (调休 days off, 补假 for a festival on a weekend) are rest days,
not statutory holidays, so they are paid at the rest-day rate; a weekend day made a working day (调休上班)
is a working day.

This is the one function the working-time rules ask. The State Council's yearly arrangements (days off,
调休 working days) come from lawgen's own dated holiday calendar (``rest_days``, the files in ``holidays/``);
which of the days off are the statutory days themselves comes from the 放假办法's rule as the ``holidays``
package computes it (lunar dates included, so known for any year, before 2025 as well). For a year whose
arrangement is not known, weekends are the rest days and the caller is told.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from lawgen.i18n import N_


class DayClass(StrEnum):
    working_day = "working_day"
    rest_day = "rest_day"
    statutory_holiday = "statutory_holiday"


DAY_CLASS_LABELS = {
    DayClass.working_day: N_("工作日"),
    DayClass.rest_day: N_("休息日"),
    DayClass.statutory_holiday: N_("法定休假日"),
}


@dataclass(frozen=True)
class DayInfo:
    day_class: DayClass
    covered: bool  # False: the State Council's arrangement for the year is not known; weekends assumed


@cache
def _statutory_days(year: int) -> frozenset[dt.date]:
    import holidays

    calendar = holidays.China(years=year, language="en_US")
    # The festival days themselves; "(observed)" (补假) and "Day off (substituted …)" (调休) are rest days.
    return frozenset(
        day for day, name in calendar.items()
        if "(observed)" not in name and not name.startswith("Day off")
    )


@cache
def day_info(day: dt.date) -> DayInfo:
    """The class of ``day`` — 劳动法第四十四条; 全国年节及纪念日放假办法第二条; 国务院办公厅当年放假安排."""
    if day in _statutory_days(day.year):
        return DayInfo(DayClass.statutory_holiday, True)
    from lawgen.law.rest_days import DEFAULT_CALENDAR

    rest, certain = DEFAULT_CALENDAR.is_rest_day(day)
    covered = certain and DEFAULT_CALENDAR.arrangement(day.year) is not None
    return DayInfo(DayClass.rest_day if rest else DayClass.working_day, covered)
