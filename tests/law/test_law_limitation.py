"""The one-year arbitration limitation (劳动争议调解仲裁法第二十七条), counted by
民法典第二百零一至二百零三条, and the routes open to the worker. Holidays come from chinesecalendar's
State Council schedules."""

from __future__ import annotations

import datetime as dt

import pytest

from lawgen.law.limitation import LimitationFacts, limitation
from tests.support.case_builder import assessed


def wages(first: str, last: str, amount: str = "6000") -> dict:
    return {"kind": "unpaid_wages", "from": first, "to": last, "amount": amount}


@pytest.mark.parametrize(
    ("changes", "status", "deadline"),
    [
        # Ended 2026-08-31 (第二十七条第四款: pay claims run from the end): + 1 year = 2027-08-31, a Tuesday.
        ({}, "running", "2027-08-31"),
        # Still employed, unpaid wages only: 第二十七条第四款 — the year does not run while employed.
        ({"employment": {"end_date": None, "end_reason": None},
          "claims": [wages("2026-07-01", "2026-10-31")]}, "not_running", None),
        # Knew of the infringement (no contract) on 2025-12-15, before the end on 2026-03-31 (第一款):
        # 2025-12-15 + 1 year = 2026-12-15, a Tuesday.
        ({"prepared_on": "2026-05-01", "employment": {"end_date": "2026-03-31", "written_contract": False},
          "procedure": {"knew_on": "2025-12-15"}, "claims": [{"kind": "no_contract_double_wages"}]},
         "running", "2026-12-15"),
        # Ended 2025-06-30: the year ran out on 2026-06-30 (a Tuesday); judged 2026-11-28 → expired.
        ({"employment": {"end_date": "2025-06-30"}, "claims": [wages("2025-05-01", "2025-06-30")]},
         "expired", "2026-06-30"),
        # Ended 2025-10-01: 2026-10-01 is in the National Day holiday (2026-10-01..07 per the 2026 schedule),
        # 民法典第二百零三条 moves the last day to the first working day after it, Thursday 2026-10-08.
        ({"prepared_on": "2026-09-01", "employment": {"end_date": "2025-10-01"},
          "claims": [wages("2025-09-01", "2025-10-01")]}, "running", "2026-10-08"),
        # Ended 2025-02-17: 2026-02-17 is Spring Festival (holiday 2026-02-15..23) → Tuesday 2026-02-24.
        ({"prepared_on": "2026-01-10", "employment": {"start_date": "2024-03-01", "end_date": "2025-02-17"},
          "claims": [wages("2025-01-01", "2025-02-17")]}, "running", "2026-02-24"),
        # Ended 2025-10-31: 2026-10-31 is a Saturday → Monday 2026-11-02.
        ({"prepared_on": "2026-10-15", "employment": {"end_date": "2025-10-31"},
          "claims": [wages("2025-10-01", "2025-10-31")]}, "running", "2026-11-02"),
        # 民法典第二百零二条: no 29 February in 2025, so the period ends on the month's last day,
        # 2025-02-28 (a Friday and a working day).
        ({"prepared_on": "2025-01-10", "employment": {"start_date": "2023-03-01", "end_date": "2024-02-29"},
          "claims": [wages("2024-02-01", "2024-02-29")]}, "running", "2025-02-28"),
    ],
    ids=["end-of-employment", "wages-while-employed", "knew-on", "expired", "national-day-2026",
         "spring-festival-2026", "weekend", "february-29"],
)
def test_limitation(changes, status, deadline):
    verdict = assessed(**changes).limitation
    assert verdict.status.value == status
    assert (verdict.deadline.isoformat() if verdict.deadline else None) == deadline


def test_holiday_rollover_is_explained():
    verdict = assessed(prepared_on="2026-09-01", employment={"end_date": "2025-10-01"},
                       claims=[wages("2025-09-01", "2025-10-01")]).limitation
    assert any("民法典第二百零三条" in r.render() for r in verdict.reasons)


def test_year_not_in_the_holiday_calendar_is_warned():
    # 2027's schedule is not published in chinesecalendar yet: weekends only, and the user is told.
    result = assessed()
    assert any("2027" in w.render() for w in result.warnings)


def test_unknown_start_while_employed_is_warned():
    # Still employed, a non-pay claim and no knew_on: the start cannot be known; count from today and warn.
    verdict = limitation(LimitationFacts(judged_on=dt.date(2026, 11, 28), employment_end=None, knew_on=None,
                                         wage_claims_only=False, years=1))
    assert verdict.deadline == dt.date(2027, 11, 29)  # 2027-11-28 is a Sunday → Monday
    assert verdict.warnings


IOU = {"wage_iou": True}
ROUTES = [
    # 调解仲裁法第五条 (arbitration first) and 劳动保障监察条例第二十条 (within two years of the arrears).
    ({}, ["arbitration", "labor_inspection"]),
    # 解释（一）第十五条: with a wage IOU and a wage-only claim, a direct suit;
    # 劳动合同法第三十条第二款: a payment order.
    ({"procedure": IOU}, ["direct_suit_wage_iou", "arbitration", "labor_inspection", "payment_order"]),
    # The IOU route needs wage-only claims (第十五条: 诉讼请求不涉及劳动关系其他争议).
    ({"procedure": IOU, "claims": [wages("2026-07-01", "2026-08-31"), {"kind": "unlawful_termination"}]},
     ["arbitration", "labor_inspection", "payment_order"]),
    # 解释（一）第五十一条第二款 and 调解仲裁法第十六条: a broken wage mediation agreement.
    ({"procedure": {"mediation_agreement": True}},
     ["direct_suit_mediation_agreement", "arbitration", "labor_inspection", "payment_order"]),
    # Limitation expired on 2026-06-30, but the arrears ended 2025-06-30: inspection open until 2027-06-30.
    ({"employment": {"end_date": "2025-06-30"}, "claims": [wages("2025-05-01", "2025-06-30")]},
     ["labor_inspection"]),
    # Arrears that ended 2024-10-31 are beyond the two years on 2026-11-28 (inspection closed on 2026-10-31);
    # arbitration is still open (the employment ended 2026-08-31).
    ({"employment": {"start_date": "2024-01-01"}, "claims": [wages("2024-05-01", "2024-10-31")]},
     ["arbitration"]),
    # Arbitration already applied for: inspection redirects to it (监察条例第二十一条).
    ({"procedure": {"arbitration": {"commission": "厦门市劳动人事争议仲裁委员会"}}}, ["arbitration"]),
    # A civil relationship: inspection covers employers only.
    ({"relationship": {"company_sets_schedule": False, "company_rules_and_penalties": False,
                       "company_pays_worker": False, "work_is_company_business": False}}, ["arbitration"]),
]


@pytest.mark.parametrize(("changes", "routes"), ROUTES,
                         ids=["default", "wage-iou", "iou-mixed-claims", "mediation-agreement",
                              "expired-inspection-open", "inspection-closed", "after-arbitration", "civil"])
def test_routes(changes, routes):
    assert [r.value for r in assessed(**changes).routes] == routes


def test_disputed_relationship_warns_that_inspection_may_decline():
    # 劳动保障监察条例第二条: inspection acts against an 用人单位; a disputed relationship may be turned away.
    result = assessed(employment={"written_contract": False}, relationship={"company_pays_worker": False})
    assert result.relationship.category.value == "incomplete"
    assert "labor_inspection" in [r.value for r in result.routes]
    assert any("不予受理" in r.render() for r in result.route_reasons)


def test_inspection_window_date():
    # Arrears to 2026-08-31 + 2 years (监察条例第二十条) = 2028-08-31.
    assert assessed().inspection_until == dt.date(2028, 8, 31)


@pytest.mark.parametrize(
    ("received_on", "deadline"),
    [
        # 调解仲裁法第五十条: 15 days from receipt of the award: 2026-11-10 + 15 = Wednesday 2026-11-25.
        ("2026-11-10", "2026-11-25"),
        # 2026-09-16 + 15 = 2026-10-01, National Day: 民事诉讼法第八十五条 moves it to Thursday 2026-10-08.
        ("2026-09-16", "2026-10-08"),
    ],
)
def test_deadline_to_sue_after_an_award(received_on, deadline):
    award = {"commission": "厦门市劳动人事争议仲裁委员会", "award_date": "2026-09-10",
             "received_on": received_on}
    result = assessed(procedure={"arbitration": award})
    assert result.court_deadline == dt.date.fromisoformat(deadline)
