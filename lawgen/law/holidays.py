"""Rest days and statutory holidays, from the maintained ``chinesecalendar`` package.

It knows the State Council's yearly schedule, including the weekend days made working days (调休). For a
year it does not cover yet (the schedule is published each November or December), weekends alone are
used and the caller is told, so it can warn.
"""

from __future__ import annotations

import datetime as dt


def is_rest_day(day: dt.date) -> tuple[bool, bool]:
    """(is the day a rest day or statutory holiday, does the calendar cover its year)."""
    import chinese_calendar

    try:
        return chinese_calendar.is_holiday(day), True
    except NotImplementedError:
        return day.weekday() >= 5, False


def roll_past_rest_days(day: dt.date) -> tuple[dt.date, bool]:
    """民法典第二百零三条: a period ending on a rest day or holiday ends on the next working day.

    Returns the day and whether every day looked at was covered by the calendar.
    """
    covered = True
    while True:
        rest, known = is_rest_day(day)
        covered = covered and known
        if not rest:
            return day, covered
        day += dt.timedelta(days=1)


def working_days(first: dt.date, last: dt.date) -> tuple[int, bool]:
    """Working days in [first, last] and whether the calendar covered them all."""
    count, covered, day = 0, True, first
    while day <= last:
        rest, known = is_rest_day(day)
        covered = covered and known
        count += not rest
        day += dt.timedelta(days=1)
    return count, covered
