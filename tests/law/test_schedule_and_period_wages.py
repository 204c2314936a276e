"""Overtime hours from a weekly schedule, and the wage of an unpaid period: hand-computed tables.

The 2026 calendar (国务院办公厅关于2026年部分节假日安排的通知, lawgen/law/holidays/2026.toml): 春节 off
2026-02-15..23, 2026-02-14 (Saturday) a working day; 国庆节 off 2026-10-01..07, 2026-10-10 (Saturday) a
working day. Statutory days (全国年节及纪念日放假办法第二条, 2025 revision): 除夕 2026-02-16 and
初一至初三 2026-02-17..19; 国庆 2026-10-01..03.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from lawgen.law.period_wages import period_wages
from lawgen.law.schedule import scheduled_overtime

D = Decimal
MON_TO_SAT_10 = (D(10),) * 6 + (D(0),)
EVERY_DAY_9 = (D(9),) * 7
EVERY_DAY_8 = (D(8),) * 7

SCHEDULES = [
    # Sat 02-14 调休 working day: 10-8 = 2 (150%); Sun 02-15 not worked; Mon 02-16 除夕 … Thu 02-19 初三:
    # 4 statutory days × 10 = 40 (300%); Fri 02-20 a day off: 10 (200%).
    ("spring festival week", dt.date(2026, 2, 14), dt.date(2026, 2, 20), MON_TO_SAT_10,
     (2, 10, 40), (1, 1, 4)),
    # an ordinary week: Mon–Fri 5 × (10-8) = 10 (150%); Saturday 10 (200%); Sunday off.
    ("ordinary week", dt.date(2026, 3, 2), dt.date(2026, 3, 8), MON_TO_SAT_10, (10, 10, 0), (5, 1, 0)),
    # 10-05..07 days off: 3 × 9 = 27; Thu 10-08, Fri 10-09, Sat 10-10 (调休) working: 3 × (9-8) = 3;
    # Sun 10-11: 9. Rest days 27 + 9 = 36.
    ("after national day", dt.date(2026, 10, 5), dt.date(2026, 10, 11), EVERY_DAY_9, (3, 36, 0), (3, 4, 0)),
    # Mon 09-28..Wed 09-30 working, 8 h: no overtime; 10-01..03 statutory 3 × 8 = 24; Sun 10-04 off: 8.
    ("national day", dt.date(2026, 9, 28), dt.date(2026, 10, 4), EVERY_DAY_8, (0, 8, 24), (3, 1, 3)),
]


@pytest.mark.parametrize(("name", "first", "last", "schedule", "hours", "days"), SCHEDULES,
                         ids=[s[0] for s in SCHEDULES])
def test_scheduled_overtime(name, first, last, schedule, hours, days) -> None:
    result = scheduled_overtime(first, last, schedule, D(8))
    assert result.hours == tuple(D(h) for h in hours)
    assert (result.weekday.days, result.rest_day.days, result.holiday.days) == days
    assert result.covered


def test_a_schedule_needs_seven_days_and_an_ordered_period() -> None:
    with pytest.raises(ValueError):
        scheduled_overtime(dt.date(2026, 3, 2), dt.date(2026, 3, 8), (D(8),) * 6, D(8))
    with pytest.raises(ValueError):
        scheduled_overtime(dt.date(2026, 3, 8), dt.date(2026, 3, 2), EVERY_DAY_8, D(8))


PERIODS = [
    # 09-01..10-31: two whole months (民法典第二百零二条: 09-01 + 2 months = 11-01, the day after the last).
    (dt.date(2026, 9, 1), dt.date(2026, 10, 31), D("12000.00"), "个月＝"),
    # 09-01..10-15: one month, then 10-01..15 has 7 working days (10-08, 09, 10 调休, 12..15):
    # 6000 + 6000 ÷ 21.75 × 7 = 6000 + 1931.034… = 7931.03.
    (dt.date(2026, 9, 1), dt.date(2026, 10, 15), D("7931.03"), "7个工作日"),
    # 03-10 (Tue)..03-20 (Fri): no whole month, 9 working days: 6000 ÷ 21.75 × 9 = 2482.758… = 2482.76.
    (dt.date(2026, 3, 10), dt.date(2026, 3, 20), D("2482.76"), "÷21.75天×9个工作日"),
]


@pytest.mark.parametrize(("first", "last", "amount", "in_formula"), PERIODS)
def test_period_wages(first, last, amount, in_formula) -> None:
    result = period_wages(D(6000), first, last, paid_days=D("21.75"))
    assert result.amount.quantize(D("0.01")) == amount
    assert in_formula in result.formula.render("zh")
    assert "×0个月" not in result.formula.render("zh")
    assert not result.notes
