"""Claim amounts, table by table, each row computed by hand with the article it applies.

Money is Decimal and rounded once, half-up to the fen, at the end of each claim.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lawgen.law import ParameterBook
from tests.support.case_builder import assessed

OT = {"kind": "overtime", "from": "2026-06-01", "to": "2026-08-31"}

# (id, employment changes, claim, expected amount) — judged on 2026-11-28 unless the case says otherwise.
OVERTIME = [
    # 劳动法第四十四条第（一）项; 劳社部发〔2008〕3号: hourly = 6000 ÷ 21.75 ÷ 8 = 6000/174.
    # 6000 × 150% × 87 h / 174 = 783000 / 174 = 4500.00 (rounding the hourly 34.48 first would give 4499.64).
    ("weekday-150", {"monthly_wage": "6000.00"}, {**OT, "weekday_hours": 87}, "4500.00"),
    # 第四十四条第（二）项: 5220/174 = 30.00 an hour; 30 × 200% × 10 h = 600.00.
    ("rest-day-200", {"monthly_wage": "5220"}, {**OT, "rest_day_hours": 10}, "600.00"),
    # 第四十四条第（三）项: 30 × 300% × 8 h = 720.00.
    ("holiday-300", {"monthly_wage": "5220"}, {**OT, "holiday_hours": 8}, "720.00"),
    # All three, hours given as strings: 30 × (1.5×20 + 2×16 + 3×8) = 30 × 86 = 2580.00.
    ("mixed", {"monthly_wage": "5220"},
     {**OT, "weekday_hours": "20", "rest_day_hours": "16", "holiday_hours": 8}, "2580.00"),
    # Half-up once at the end: 5800.58 × 1.5 / 174 = 8700.87 / 174 = 50.005 → 50.01 (half-even: 50.00).
    ("half-up", {"monthly_wage": "5800.58"}, {**OT, "weekday_hours": 1}, "50.01"),
    # Decimal hours: 6960/174 = 40.00; 40 × 1.5 × 7.5 h = 450.00.
    ("decimal-hours", {"monthly_wage": "6960"}, {**OT, "weekday_hours": "7.5"}, "450.00"),
]

DW = {"kind": "no_contract_double_wages"}
DOUBLE_WAGES = [
    # 劳动合同法第八十二条; 实施条例第六条、第七条: from the day after the first month (2025-04-01) to the day
    # before the one-year mark (2026-02-28): 11 whole months × 6000 = 66000.00 (work went on to 2026-08-31).
    ("eleven-month-cap", {"written_contract": False}, DW, "66000.00"),
    # Signed late on 2025-09-15 (实施条例第六条: up to the day before signing): 2025-07-15..2025-09-14 =
    # 2 months × 4800 = 9600.00.
    ("signed-late", {"start_date": "2025-06-15", "contract_signed_on": "2025-09-15", "monthly_wage": "4800"},
     DW, "9600.00"),
    # Signed within the first month (劳动合同法第十条): no double wages.
    ("signed-in-time", {"start_date": "2025-06-15", "contract_signed_on": "2025-07-10"}, DW, "0.00"),
    # Ended before a year: 2026-02-10..2026-05-20 (last day worked) = 3 whole months (to 05-09) + a part month
    # 05-10..05-20 of 8 working days (05-10 Sunday; 11–15, 18–20; 劳动争议解释（二）第六条):
    # 5000 × 3 + 5000 ÷ 21.75 × 8 = 15000 + 1839.0804… = 16839.08.
    ("part-month", {"start_date": "2026-01-10", "end_date": "2026-05-20", "written_contract": False,
                    "monthly_wage": "5000"}, DW, "16839.08"),
    # Still working, judged 2026-11-28: 2026-04-01..2026-10-31 = 7 months + 2026-11-01..11-28 with 20 working
    # days (Nov 2–6, 9–13, 16–20, 23–27): 4350 × 7 + 4350 ÷ 21.75 × 20 = 30450 + 4000 = 34450.00.
    ("still-employed", {"start_date": "2026-03-01", "end_date": None, "end_reason": None,
                        "written_contract": False, "monthly_wage": "4350"}, DW, "34450.00"),
]

SEV = {"kind": "severance"}
DAMAGES = {"kind": "unlawful_termination"}
LONG = {"start_date": "2011-07-01", "end_date": "2026-06-30", "monthly_wage": "30000"}
SEVERANCE = [
    # 劳动合同法第四十七条: 2025-03-01..2026-08-31 = 1 year + exactly 6 months; "六个月以上" counts the six
    # months as a year: 2 months × 6000 = 12000.00.
    ("year-and-six-months", {}, SEV, "12000.00"),
    # Exactly six months of service (2026-01-01..06-30): one month, 5000.00.
    ("exactly-six-months", {"start_date": "2026-01-01", "end_date": "2026-06-30", "monthly_wage": "5000"},
     SEV, "5000.00"),
    # A day short of six months (2026-01-01..06-29): half a month, 2500.00.
    ("under-six-months", {"start_date": "2026-01-01", "end_date": "2026-06-29", "monthly_wage": "5000"},
     SEV, "2500.00"),
    # 3 years and 1 day (2023-03-01..2026-03-01): 3 + ½ = 3.5 months × 4000 = 14000.00.
    ("years-and-a-day", {"start_date": "2023-03-01", "end_date": "2026-03-01", "monthly_wage": "4000"},
     SEV, "14000.00"),
    # 实施条例第二十七条: a wage of 2000 below Xiamen's 2265 minimum (in force on the 2026-06-30 end):
    # 1 year → 1 × 2265 = 2265.00.
    ("minimum-wage-floor", {"start_date": "2025-07-01", "end_date": "2026-06-30", "monthly_wage": "2000"},
     SEV, "2265.00"),
    # The floor in force on the end date: 2025-02-28 is before the 2025-04-01 rise, so 2030 × 1 = 2030.00.
    ("minimum-wage-floor-before-2025-04", {"start_date": "2024-03-01", "end_date": "2025-02-28",
                                           "monthly_wage": "1900"}, SEV, "2030.00"),
    # 15 years at 30000 with no city average known: no cap can be applied, 15 × 30000 = 450000.00 (warned).
    ("long-service-average-unknown", LONG, SEV, "450000.00"),
    # 劳动合同法第八十七条、第四十八条: twice the severance: 2 × 12000 = 24000.00.
    ("damages-double", {}, DAMAGES, "24000.00"),
    # 2 × ½ month × 5000 = 5000.00.
    ("damages-half-month", {"start_date": "2026-01-01", "end_date": "2026-06-29", "monthly_wage": "5000"},
     DAMAGES, "5000.00"),
]

LEAVE = [
    # 职工带薪年休假条例第五条; 实施办法第十条、第十一条: 6525 ÷ 21.75 = 300 a day;
    # 300 × 5 days × 200% = 3000.00.
    ("five-days", {"monthly_wage": "6525"}, {"kind": "unused_annual_leave", "days": 5}, "3000.00"),
    # 6000 ÷ 21.75 × 3 × 2 = 36000 / 21.75 = 1655.1724… → 1655.17.
    ("three-days", {"monthly_wage": "6000"}, {"kind": "unused_annual_leave", "days": "3"}, "1655.17"),
]


@pytest.mark.parametrize(
    ("employment", "claim", "expected"),
    [row[1:] for row in OVERTIME + DOUBLE_WAGES + SEVERANCE + LEAVE],
    ids=[row[0] for row in OVERTIME + DOUBLE_WAGES + SEVERANCE + LEAVE],
)
def test_computed_amount(employment, claim, expected):
    # Severance follows an ending the worker did not choose (劳动合同法第四十六条), here a mutual one.
    reason = {"end_reason": "mutual"} if claim["kind"] == "severance" else {}
    result = assessed(employment={**employment, **reason}, claims=[claim])
    (item,) = result.claims
    assert item.amount == Decimal(expected)
    assert item.computed == Decimal(expected)
    assert result.total == Decimal(expected)


@pytest.mark.parametrize(
    ("average", "expected", "capped"),
    [
        # 第四十七条第二款: 30000 > 3 × 9000 = 27000, so the base is 27000 and the years stop at 12:
        # 27000 × 12 = 324000.00.
        ("9000", "324000.00", True),
        # 30000 ≤ 3 × 12000 = 36000: no cap, all 15 years: 15 × 30000 = 450000.00.
        ("12000", "450000.00", False),
    ],
)
def test_severance_cap_by_city_average(average, expected, capped):
    book = ParameterBook().with_override("avg_monthly_wage_prev_year", average, "厦门市统计局（测试）")
    result = assessed(employment={**LONG, "end_reason": "mutual"}, claims=[SEV], book=book)
    assert result.claims[0].amount == Decimal(expected)
    assert ("封顶" in result.claims[0].formula) is capped
    assert result.parameter("avg_monthly_wage_prev_year").status == "override"


def test_severance_warns_when_city_average_unknown():
    result = assessed(employment={**LONG, "end_reason": "mutual"}, claims=[SEV])
    assert any("本市上年度职工月平均工资" in w.render() for w in result.warnings)
    # The law asks for the figure as a structured hint; the CLI words it (--set …), documents never do.
    asked = [h.parameter for h in result.hints if h.need == "parameter"]
    assert asked.count("avg_monthly_wage_prev_year") == 1
    assert not any("--set" in w.render() for w in result.warnings)


def test_no_cap_warning_when_wage_is_within_three_minimum_wages():
    # 6000 ≤ 3 × 2265 = 6795 < 3 × any city average (which exceeds the minimum wage): the cap cannot apply.
    result = assessed(employment={"end_reason": "mutual"}, claims=[SEV])
    assert not any("本市上年度职工月平均工资" in w.render() for w in result.warnings)
    assert not any(h.parameter == "avg_monthly_wage_prev_year" for h in result.hints)


def test_part_month_in_a_year_without_holiday_calendar_is_warned():
    # Still working on 2027-02-15, no contract since 2026-10-01: 2026-11-01..2027-01-31 = 3 months, then
    # 2027-02-01..02-15. No 2027 arrangement is published, but the fixed holidays still count
    # (全国年节及纪念日放假办法第二条: 除夕 2027-02-05 to 初三 02-08): weekdays 1–5, 8–12, 15 = 11, less
    # Friday 02-05 and Monday 02-08 = 9 working days, plus those two statutory holidays, paid (劳社部发
    # 〔2008〕3号; 初一 and 初二 fall on the weekend, and without the arrangement no weekday is given in
    # their place) = 11 paid days: 4350 × 3 + 4350 ÷ 21.75 × 11 = 13050 + 2200 = 15250.00, warned.
    result = assessed(prepared_on="2027-02-15",
                      employment={"start_date": "2026-10-01", "end_date": None, "end_reason": None,
                                  "written_contract": False, "monthly_wage": "4350"},
                      claims=[DW])
    assert result.claims[0].amount == Decimal("15250.00")
    assert any("2027" in w.render() and "工作日" in w.render() for w in result.warnings)


def test_severance_floor_is_cited():
    result = assessed(employment={"start_date": "2025-07-01", "end_date": "2026-06-30",
                                  "monthly_wage": "2000", "end_reason": "mutual"}, claims=[SEV])
    assert "劳动合同法实施条例第二十七条" in result.claims[0].basis


def test_claimed_amount_wins_and_both_are_kept():
    # The worker claims 5000 for overtime the statute puts at 4500.00 (row weekday-150).
    result = assessed(claims=[{**OT, "weekday_hours": 87, "amount": "5000"}])
    item = result.claims[0]
    assert (item.amount, item.computed, item.claimed) == (Decimal("5000.00"), Decimal("4500.00"),
                                                          Decimal("5000.00"))
    assert result.as_json()["claims"][0]["computed"] == "4500.00"


def test_double_wage_period_dates():
    # Row eleven-month-cap: 2025-04-01 to 2026-02-28.
    result = assessed(employment={"written_contract": False}, claims=[DW])
    item = result.claims[0]
    assert (item.period_from.isoformat(), item.period_to.isoformat()) == ("2025-04-01", "2026-02-28")


def test_total_sums_rounded_claims():
    # 4500.00 (row weekday-150) + 12000.00 (wages) + 24000.00 (row damages-double) = 40500.00.
    result = assessed(claims=[BASE_WAGES, {**OT, "weekday_hours": 87}, DAMAGES])
    assert result.total == Decimal("40500.00")


BASE_WAGES = {"kind": "unpaid_wages", "from": "2026-07-01", "to": "2026-08-31", "amount": "12000.00"}


@pytest.mark.parametrize(
    ("end_date", "wage", "warned"),
    [
        # 劳动法第四十八条: 2100 was above Xiamen's 2030 minimum until 2025-03-31 — no warning in 2026 either.
        ("2025-02-28", "2100", False),
        # After the 2025-04-01 rise to 2265, 2100 is below the minimum: warned.
        ("2025-08-31", "2100", True),
    ],
)
def test_below_minimum_wage_judged_by_the_standard_in_force(end_date, wage, warned):
    result = assessed(employment={"start_date": "2024-09-01", "end_date": end_date, "monthly_wage": wage},
                      claims=[{"kind": "deposit_refund", "amount": "100"}])
    assert any("可一并主张差额" in w.render() for w in result.warnings) is warned
