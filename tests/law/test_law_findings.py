"""Issue 10's legal findings other than limitation, each with its article below: the relationship's
category 2, additional compensation (Art. 85), work begun before 2008, the final-award cap by award date,
the bases of overtime and leave pay, and regions without a figure the case does not need.
Judged on 2026-11-28 unless a row says otherwise."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from lawgen.case import InvalidCase
from tests.support.case_builder import assessed, build, case_dict
from tests.support.cli import run_check

NO_CONTRACT = {"written_contract": False}


# --- 人社部发〔2021〕56号: category 2 needs 劳动管理 ------------------------------------------------------

@pytest.mark.parametrize(
    ("answers", "category", "found", "answered"),
    [
        # Paid by the company, part of its business, cannot refuse orders — but no schedule and no rules:
        # weighted 45 of 85 (53) would have been "incomplete"; with no management it is civil (56号 一(二)).
        ({"company_sets_schedule": False, "company_rules_and_penalties": False, "can_refuse_orders": False},
         "civil", 3, 5),
        # The same with the company's rules and penalties: management present → incomplete.
        ({"company_sets_schedule": False, "company_rules_and_penalties": True, "company_pays_worker": False},
         "incomplete", 2, 4),
        # All four base answers for labor: category 1 (劳社部发〔2005〕12号第一条).
        ({}, "labor", 4, 4),
    ],
    ids=["no-management-civil", "management-incomplete", "labor"],
)
def test_relationship_category(answers, category, found, answered):
    result = assessed(employment=NO_CONTRACT, relationship=answers)
    assert result.relationship.category.value == category
    assert (result.relationship.indicators_for, result.relationship.indicators_answered) == (found, answered)
    summary = result.relationship.summary.render()
    assert f"已回答{answered}项" in summary and "/100" not in summary


# --- 劳动合同法第八十五条; 劳动保障监察条例第二十六条 -----------------------------------------------------

ORDER = {"kind": "payment_order_missed", "on": "2026-10-15", "amount": "12000.00"}


def test_additional_compensation_after_a_missed_order():
    # Ordered to pay 12000 by 2026-10-15 and not paid: up to 100% added (第八十五条) = 12000.00, claimed at
    # the
    # top of the 50%–100% range; one year from the missed deadline: 2027-10-15, a Friday.
    result = assessed(procedure={"events": [ORDER]},
                      claims=[{"kind": "unpaid_wages", "from": "2026-07-01", "to": "2026-08-31",
                               "amount": "12000.00"}, {"kind": "additional_compensation"}])
    claim = result.claims[1]
    assert claim.amount == Decimal("12000.00")
    assert "劳动合同法第八十五条" in claim.basis
    assert claim.limitation.deadline == dt.date(2027, 10, 15)
    assert any("50%至100%" in n.render() for n in claim.notes)


def test_additional_compensation_needs_the_missed_order():
    with pytest.raises(InvalidCase) as caught:
        build(claims=[{"kind": "additional_compensation", "amount": "100"}])
    assert caught.value.errors[0].path == "claims[0].kind"


# --- work begun before 2008 (劳动合同法第九十七条、第九十八条; 实施条例第二十五条)
# ---------------------------

PRE_2008 = [
    # 劳动合同法第九十七条第二款、第九十八条: begun 2007-05-01 with no contract: the year counts from
    # 2008-01-01, so the
    # period is 2008-02-01..2008-12-31 (11 months) — never from 2007-06-01: 11 × 3000 = 33000.00.
    ("double-wages-from-2008", {"start_date": "2007-05-01", "end_date": "2009-06-30", "monthly_wage": "3000",
                                **NO_CONTRACT}, {"kind": "no_contract_double_wages"}, "33000.00"),
    # 劳动合同法第九十七条第三款: severance years from 2008-01-01: 2008-01-01..2026-08-31 = 18 years 8 months
    # → 19
    # months;
    # 6000 ≤ 3 × 2265, no cap: 19 × 6000 = 114000.00 (the years before 2008 follow the rules of the time).
    ("severance-from-2008", {"start_date": "2005-03-01", "end_reason": "mutual"}, {"kind": "severance"},
     "114000.00"),
    # 实施条例第二十五条: damages count from the first day of work: 2005-03-01..2026-08-31 = 21 years 6
    # months →
    # 22 months; 22 × 6000 × 2 = 264000.00.
    # Work that ended before 2008 (2005-03-01..2007-06-30): no years under this law, 0.00 here; the rules of
    # the time apply (劳动合同法第九十七条第三款), and lawgen says it did not include them.
    ("severance-ended-before-2008", {"start_date": "2005-03-01", "end_date": "2007-06-30",
                                     "end_reason": "mutual"},
     {"kind": "severance"}, "0.00"),
    ("damages-from-first-day", {"start_date": "2005-03-01"}, {"kind": "unlawful_termination"}, "264000.00"),
]


@pytest.mark.parametrize(("employment", "claim", "expected"), [row[1:] for row in PRE_2008],
                         ids=[row[0] for row in PRE_2008])
def test_work_begun_before_2008(employment, claim, expected):
    result = assessed(employment=employment, claims=[claim])
    assert result.claims[0].amount == Decimal(expected)


def test_pre_2008_double_wage_period_and_citations():
    result = assessed(employment={"start_date": "2007-05-01", "end_date": "2009-06-30",
                                  "monthly_wage": "3000",
                                  **NO_CONTRACT}, claims=[{"kind": "no_contract_double_wages"}])
    claim = result.claims[0]
    assert (claim.period_from, claim.period_to) == (dt.date(2008, 2, 1), dt.date(2008, 12, 31))
    assert any("第九十八条" in n.render() for n in claim.notes)
    damages = assessed(employment={"start_date": "2005-03-01"}, claims=[{"kind": "unlawful_termination"}])
    assert "劳动合同法实施条例第二十五条" in damages.claims[0].basis


# --- final awards: the cap by award date, 第四十七条第（二）项 ---------------------------------------
# --

WAGES = {"kind": "unpaid_wages", "from": "2024-06-01", "to": "2024-12-31", "amount": "25000.00"}


@pytest.mark.parametrize(
    ("award_date", "cap", "final"),
    [
        # Award on 2025-03-20: Xiamen's minimum then was 2030 (to 2025-03-31): 12 × 2030 = 24360 < 25000.
        ("2025-03-20", "24360.00", False),
        # Award on 2025-04-10: 2265 in force: 12 × 2265 = 27180 ≥ 25000 → final (第四十七条第（一）项).
        ("2025-04-10", "27180.00", True),
        # No award yet: the judging day's 2265 → 27180, with the reason that finality follows the award.
        (None, "27180.00", True),
    ],
)
def test_final_award_cap_by_award_date(award_date, cap, final):
    arbitration = {"commission": "厦门市劳动人事争议仲裁委员会", "award_date": award_date,
                   "received_on": "2025-04-15"} if award_date else None
    result = assessed(employment={"start_date": "2024-03-01", "end_date": "2024-12-31"}, claims=[WAGES],
                      procedure={"arbitration": arbitration} if arbitration else {})
    assert result.final_award.cap == Decimal(cap)
    assert result.claims[0].final_award_item is final
    if award_date is None:
        assert any("裁决作出之日" in r.render() for r in result.final_award.reasons)


def test_leave_disputes_are_final_whatever_the_amount():
    # 第四十七条第（二）项 (休息休假): 60000 ÷ 21.75 × 10 × 2 = 55172.41 > the 27180 cap, still final.
    result = assessed(employment={"monthly_wage": "60000"}, claims=[{"kind": "unused_annual_leave",
                                                                     "days": 10}])
    assert result.claims[0].amount == Decimal("55172.41")
    assert result.claims[0].final_award_item is True
    assert any("第四十七条第（二）项" in r.render() for r in result.final_award.reasons)


# --- bases (实施办法第十一条、第十二条; 条例第三条) --------------------------------------------------------

BASES = [
    # 实施办法第十一条: leave pay on the wage without overtime: 6525 ÷ 21.75 = 300; 300 × 5 × 200% = 3000.00
    # although the monthly wage with overtime is 8000.
    ("leave-without-overtime", {"monthly_wage": "8000", "wage_without_overtime": "6525"},
     {"kind": "unused_annual_leave", "days": 5}, "3000.00"),
    # Overtime on the same base: 5220 ÷ 174 = 30 an hour; 30 × 200% × 10 h = 600.00.
    ("overtime-without-overtime", {"monthly_wage": "6000", "wage_without_overtime": "5220"},
     {"kind": "overtime", "from": "2026-06-01", "to": "2026-08-31", "rest_day_hours": 10}, "600.00"),
    # 职工带薪年休假条例第三条: 12 years worked → 10 days; 15 claimed for 2025 → 10 counted: 300 × 10 × 2 =
    # 6000.00.
    ("leave-entitlement", {"monthly_wage": "6525", "total_years_worked": 12},
     {"kind": "unused_annual_leave", "days": 15, "year": 2025}, "6000.00"),
    # 实施办法第十二条: left 2026-08-31 → 243 days of 2026; 5 years worked → 5 days a year;
    # 243 ÷ 365 × 5 = 3.33 → 3 whole days: 300 × 3 × 2 = 1800.00.
    ("leave-pro-rated", {"monthly_wage": "6525", "total_years_worked": 5},
     {"kind": "unused_annual_leave", "days": 5, "year": 2026}, "1800.00"),
]


@pytest.mark.parametrize(("employment", "claim", "expected"), [row[1:] for row in BASES],
                         ids=[row[0] for row in BASES])
def test_bases(employment, claim, expected):
    assert assessed(employment=employment, claims=[claim]).claims[0].computed == Decimal(expected)


def test_overtime_base_below_minimum_is_warned_not_raised():
    # No national text sets a minimum-wage floor for the overtime base: 2000 < 2265 is warned, not replaced.
    # 2000 ÷ 174 × 150% × 10 h = 172.41.
    result = assessed(employment={"monthly_wage": "2000"},
                      claims=[{"kind": "overtime", "from": "2026-06-01", "to": "2026-08-31",
                               "weekday_hours": 10}])
    assert result.claims[0].computed == Decimal("172.41")
    assert any("加班费计算基数" in w.render() for w in result.warnings)


# --- regions (issue 10 §2.12) ---------------------------------------------------------------------------

def test_a_jiangsu_iou_case_is_assessed_with_the_cap_unknown():
    # Jiangsu has its small-claims figures but no minimum wage in lawgen: an IOU suit needs no cap.
    result = assessed(region="320102", procedure={"wage_iou": True})
    assert result.final_award.cap is None and result.final_award.final_items == ()
    assert result.small_claims.threshold == Decimal("64610")
    assert "direct_suit_wage_iou" in [r.value for r in result.routes]
    assert result.as_json()["final_award"]["cap"] is None


# --- the acceptance check: example 03 through the command line ------------------------------------------

def test_example_03_shows_the_double_wage_deadline(tmp_path):
    from tests.support.paths import ROOT

    result = run_check(ROOT / "examples" / "03-food-delivery-no-contract.json", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    double = next(c for c in data["claims"] if c["kind"] == "no_contract_double_wages")
    assert double["limitation"]["rule"] == "double_wages_27_1"
    assert (double["limitation"]["status"], double["limitation"]["deadline"],
            double["limitation"]["later_deadline"]) == ("at_risk", "2026-11-30", "2027-08-31")
    assert data["limitation"]["deadline"] == "2026-11-30" == min(
        c["limitation"]["deadline"] for c in data["claims"])
    assert [s["key"] for s in data["timeline"]][0] == "file_arbitration"


# --- bad input: events and holiday files ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("events", "path"),
    [
        ([{"kind": "demanded_payment", "on": "2026-05-01"}, {"kind": "employer_agreed", "on": "2026-03-01"}],
         "procedure.events[1].on"),
        ([{"kind": "demanded_payment", "on": "2024-01-01"}], "procedure.events[0].on"),
        ([{"kind": "suspension", "on": "2026-05-01", "reason": "住院"}], "procedure.events[0].until"),
        ([{"kind": "demanded_payment", "on": "2026-05-01", "claims": [3]}], "procedure.events[0].claims[0]"),
    ],
    ids=["out-of-order", "before-the-work", "suspension-without-end", "unknown-claim"],
)
def test_bad_events_name_the_field(events, path):
    with pytest.raises(InvalidCase) as caught:
        build(procedure={"events": events})
    assert caught.value.errors[0].path == path


@pytest.mark.parametrize(
    ("content", "field"),
    [
        ('year = 2027\nsource = "通知"\ndays_off = [["2027-10-01", "2027-10-32"]]\n', "days_off[0][1]"),
        ('year = 2027\ndays_off = [["2027-10-01", "2027-10-07"]]\n', "source"),
    ],
    ids=["malformed-date", "no-source"],
)
def test_bad_holiday_file_exits_2_naming_the_field(tmp_path, content, field):
    case = tmp_path / "case.json"
    case.write_text(json.dumps(case_dict(), ensure_ascii=False), encoding="utf-8")
    holidays = tmp_path / "2027.toml"
    holidays.write_text(content, encoding="utf-8")
    result = run_check(case, "--json", "--holidays", str(holidays))
    assert result.returncode == 2
    (error,) = json.loads(result.stdout)["errors"]
    assert error["path"] == f"--holidays {field}"


NOTICE_2027 = ('year = 2027\nsource = "国务院办公厅关于2027年部分节假日安排的通知（测试）"\n'
               'days_off = [["2027-10-01", "2027-10-07"]]\n')


@pytest.mark.parametrize(("option", "content"), [("--holidays", NOTICE_2027),
                                                 ("--params", "[[holidays]]\n" + NOTICE_2027)])
def test_a_holiday_arrangement_replaces_the_estimate(tmp_path, option, content):
    # Ended 2026-10-01: with a 2027 notice of 10-01..10-07 off, given as a holiday file or as a [[holidays]]
    # table of the params file, the deadline is 2027-10-08 (民法典第二百零三条), no longer an estimate.
    case = tmp_path / "case.json"
    case.write_text(json.dumps(case_dict(employment={"end_date": "2026-10-01"}, claims=[
        {"kind": "unpaid_wages", "from": "2026-09-01", "to": "2026-10-01", "amount": "6000"}]),
        ensure_ascii=False), encoding="utf-8")
    extra = tmp_path / "extra.toml"
    extra.write_text(content, encoding="utf-8")
    data = json.loads(run_check(case, "--json", option, str(extra)).stdout)
    assert (data["limitation"]["deadline"], data["limitation"]["estimate"]) == ("2027-10-08", False)


def test_an_interruption_counts_only_for_the_claims_it_names():
    # Ended 2025-06-30, so both years ran to 2026-06-30. A demand on 2026-05-10 names claim 1 only
    # (劳动争议调解仲裁法第二十七条第二款): its year restarts, 2026-05-10 + 1 year = 2027-05-10, a Monday;
    # claim 0 is not named and ran out on 2026-06-30.
    wages = {"kind": "unpaid_wages", "from": "2025-05-01", "to": "2025-06-30", "amount": "6000"}
    april = {**wages, "from": "2025-04-01", "to": "2025-04-30", "amount": "100"}
    result = assessed(employment={"end_date": "2025-06-30"}, claims=[wages, april],
                      procedure={"events": [{"kind": "demanded_payment", "on": "2026-05-10", "claims": [1]}]})
    first, second = (c.limitation for c in result.claims)
    assert (first.status.value, first.deadline) == ("expired", dt.date(2026, 6, 30))
    assert (second.status.value, second.deadline) == ("running", dt.date(2027, 5, 10))
    assert result.limitation.deadline == dt.date(2027, 5, 10)
