"""Counting periods the way 民法典第二百零一至二百零三条 counts them, and service length."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from lawgen.i18n import MsgList, msg

ONE_DAY = dt.timedelta(days=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The corresponding day ``months`` later; the month's last day when it has none (民法典第二百零二条)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def period_end(start_event: dt.date, *, years: int = 0, months: int = 0, days: int = 0) -> dt.date:
    """Last day of a period of years/months running from an event.

    民法典第二百零一条: the day of the event is not counted; 第二百零二条: the period ends on the matching
    day of the last month (its last day when there is none). 2026-08-31 + 1 year -> 2027-08-31; a period in
    days ends ``days`` days after the event (2026-11-10 + 15 days -> 2026-11-25).
    """
    return add_months(start_event, 12 * years + months) + dt.timedelta(days=days)


@dataclass(frozen=True)
class Service:
    """Length of service from the first day of work to the last, both counted."""

    months: int  # whole months
    days: int  # days beyond the whole months

    @property
    def years(self) -> int:
        return self.months // 12

    @property
    def remainder_months(self) -> int:
        return self.months % 12

    def describe(self) -> MsgList:
        """``1年6个月`` / ``1 year(s) 6 month(s)``: the service length as a formula writes it."""
        parts = []
        if self.years:
            parts.append(msg("{n}年", n=self.years))
        if self.remainder_months:
            parts.append(msg("{n}个月", n=self.remainder_months))
        if self.days or not parts:
            parts.append(msg("{n}天", n=self.days))
        return MsgList(tuple(parts), separator="", en_separator=" ")


def service_length(first_day: dt.date, last_day: dt.date) -> Service:
    """Whole months and leftover days in [first_day, last_day]; 2025-03-01..2026-08-31 is 18 months."""
    after = last_day + ONE_DAY
    months = (after.year - first_day.year) * 12 + (after.month - first_day.month)
    while months > 0 and add_months(first_day, months) > after:
        months -= 1
    days = (after - add_months(first_day, months)).days
    return Service(months, days)
