"""The holiday data (lawgen/law/holidays/): the fixed holidays of 全国年节及纪念日放假办法第二条 agree
with the published arrangements, and the shipped arrangements agree with chinesecalendar (a cross-check,
not a source)."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest

from lawgen.law.rest_days import HolidayFileError, _shipped, parse_arrangement


@pytest.mark.parametrize("year", [2025, 2026])
def test_fixed_holidays_are_days_off_in_the_published_arrangement(year):
    arrangements, fixed = _shipped()
    published = next(a for a in arrangements if a.year == year)
    days = next(f.days for f in fixed if f.year == year)
    assert len(days) == 13  # 2025 revision: 元旦1、春节4、清明1、劳动节2、端午1、中秋1、国庆3
    assert days <= published.days_off


def test_shipped_arrangements_agree_with_chinesecalendar():
    arrangements, _ = _shipped()
    for arrangement in arrangements:
        day = dt.date(arrangement.year, 1, 1)
        while day.year == arrangement.year:
            rest = day in arrangement.days_off or (day.weekday() >= 5 and day not in arrangement.working_days)
            assert rest == chinese_calendar.is_holiday(day), day
            day += dt.timedelta(days=1)


def test_every_arrangement_names_its_source():
    arrangements, _ = _shipped()
    assert all("国务院办公厅关于" in a.source for a in arrangements)
    with pytest.raises(HolidayFileError) as caught:
        parse_arrangement({"year": 2027, "days_off": []})
    assert caught.value.path == "source"
