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


# A part month is paid for its working days and its statutory holidays: 月计薪天数 21.75 = (365 − 104) ÷ 12
# leaves the statutory holidays in, «法定节假日用人单位应当依法支付工资» (劳社部发〔2008〕3号).
PERIODS = [
    # 09-01..10-31: two whole months (民法典第二百零二条: 09-01 + 2 months = 11-01, the day after the last).
    (dt.date(2026, 9, 1), dt.date(2026, 10, 31), D("12000.00"), "个月＝"),
    # 09-01..10-15: one month, then 10-01..15 has 7 working days (10-08, 09, 10 调休, 12..15) and the 3
    # statutory days 10-01..03 (Saturday 10-03 too: the 2026 arrangement gives a weekday of 10-05..07 off
    # in its place, which the working days leave out) = 10 paid days:
    # 6000 + 6000 ÷ 21.75 × 10 = 6000 + 2758.620… = 8758.62.
    (dt.date(2026, 9, 1), dt.date(2026, 10, 15), D("8758.62"), "×10个计薪日（7个工作日＋3天法定节假日）"),
    # 03-10 (Tue)..03-20 (Fri): no whole month, no holiday, 9 working days:
    # 6000 ÷ 21.75 × 9 = 2482.758… = 2482.76.
    (dt.date(2026, 3, 10), dt.date(2026, 3, 20), D("2482.76"), "÷21.75天×9个工作日"),
    # 2025-10-01..15, 2025 arrangement (off 10-01..08, 10-11 Saturday a working day): working days 10-09,
    # 10, 11, 13, 14, 15 = 6; statutory 国庆 10-01..03 and 中秋 10-06 = 4; 10 paid days (the 11 weekdays
    # less 10-07 and 10-08, made up on Sunday 09-28 and Saturday 10-11 … one of them inside: 11 − 2 + 1):
    # 6000 ÷ 21.75 × 10 = 2758.620… = 2758.62.
    (dt.date(2025, 10, 1), dt.date(2025, 10, 15), D("2758.62"), "×10个计薪日（6个工作日＋4天法定节假日）"),
    # 2025-05-26..06-06: 端午 Saturday 05-31 (statutory), 06-02 off in its place: working days 05-26..30
    # and 06-03..06 = 9, plus 05-31 = 10 paid days = the 10 weekdays: 6000 ÷ 21.75 × 10 = 2758.62.
    (dt.date(2025, 5, 26), dt.date(2025, 6, 6), D("2758.62"), "×10个计薪日（9个工作日＋1天法定节假日）"),
    # A part month pays at most a month (an attacker's finding: 23 paid days paid 6,344.83, one more day
    # worked 6,000.00). 2026-07-27 (Mon)..08-24 (Mon), no whole month (07-27 + 1 month = 08-27), no holiday:
    # working days 07-27..31 (5), 08-03..07, 10..14, 17..21 (15), 08-24 (1) = 21:
    # 6000 ÷ 21.75 × 21 = 5793.103… = 5793.10.
    (dt.date(2026, 7, 27), dt.date(2026, 8, 24), D("5793.10"), "÷21.75天×21个工作日"),
    # …to 08-25: 22 working days, 6000 ÷ 21.75 × 22 = 6068.97 > 6000: at most the month's 6000.00.
    (dt.date(2026, 7, 27), dt.date(2026, 8, 25), D("6000.00"),
     "22个计薪日，按月工资6,000.00元÷21.75天计超过"),
    # …to 08-26: a whole month (民法典第二百零二条: it ends the day before 08-27), 6000.00 — the capped
    # part month one day shorter pays the same, never more.
    (dt.date(2026, 7, 27), dt.date(2026, 8, 26), D("6000.00"), "×1个月＝"),
]
@pytest.mark.parametrize(("first", "last", "amount", "in_formula"), PERIODS)
def test_period_wages(first, last, amount, in_formula) -> None:
    result = period_wages(D(6000), first, last, paid_days=D("21.75"))
    assert result.amount.quantize(D("0.01")) == amount
    assert in_formula in result.formula.render("zh")
    assert "×0个月" not in result.formula.render("zh")
    assert not result.notes
    # 劳动法第五十一条 (holidays are paid) is cited exactly where a statutory holiday is counted.
    assert ("劳动法第五十一条" in result.basis) == ("法定节假日" in result.formula.render("zh"))


def test_a_part_month_before_2025_counts_working_days_and_says_the_holidays_are_not_counted() -> None:
    # lawgen holds the statutory holidays from the 2025 revision on (放假办法第二条): 2024-10-01..15 has 7
    # working days (10-08..11, 10-12 调休, 10-14, 15), the holidays in 10-01..07 are not told apart from
    # the 调休 days: 6000 ÷ 21.75 × 7 = 1931.034… = 1931.03, with a note to check.
    result = period_wages(D(6000), dt.date(2024, 10, 1), dt.date(2024, 10, 15), paid_days=D("21.75"))
    assert result.amount.quantize(D("0.01")) == D("1931.03")
    assert [n.render("zh") for n in result.notes] == [
        "不足一个月部分有放假的工作日，其中2024年的法定节假日未计入带薪天数，请核对"]


def test_a_part_month_in_a_year_without_an_arrangement_adds_only_weekday_holidays() -> None:
    # 2027-02-01..15, no 2027 arrangement: 除夕 Fri 02-05 and 初三 Mon 02-08 are weekday holidays (paid);
    # 初一, 初二 fall on the weekend, and no weekday is known to be given in their place: 9 working days
    # + 2 = 11 paid days = the 11 weekdays: 6000 ÷ 21.75 × 11 = 3034.482… = 3034.48, estimated.
    result = period_wages(D(6000), dt.date(2027, 2, 1), dt.date(2027, 2, 15), paid_days=D("21.75"))
    assert result.amount.quantize(D("0.01")) == D("3034.48")
    assert "×11个计薪日（9个工作日＋2天法定节假日）" in result.formula.render("zh")
    assert any("2027" in n.render("zh") for n in result.notes)
