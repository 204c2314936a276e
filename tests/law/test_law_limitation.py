"""The limitation of each claim (劳动争议调解仲裁法第二十七条; 民法典第一百八十八条), counted by
民法典第二百零一至二百零三条, and the routes open to the worker. Holidays come from lawgen's dated holiday
files (the State Council arrangements to 2026; for 2027 the fixed holidays of 全国年节及纪念日放假办法第二条).

All judged on 2026-11-28 (a Saturday) unless the row says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.case_builder import assessed


def wages(first: str, last: str, amount: str = "6000") -> dict:
    return {"kind": "unpaid_wages", "from": first, "to": last, "amount": amount}


DW = {"kind": "no_contract_double_wages"}
NO_CONTRACT = {"written_contract": False}


@pytest.mark.parametrize(
    ("changes", "status", "deadline"),
    [
        # Ended 2026-08-31 (第二十七条第四款: pay claims run from the end): + 1 year = 2027-08-31, a Tuesday.
        ({}, "running", "2027-08-31"),
        # Still employed, unpaid wages only: 第二十七条第四款 — the year does not run while employed.
        ({"employment": {"end_date": None, "end_reason": None},
          "claims": [wages("2026-07-01", "2026-10-31")]}, "not_running", None),
        # A deposit (第二十七条第一款): knew of it on 2025-12-15, before the end on 2026-03-31:
        # 2025-12-15 + 1 year = 2026-12-15, a Tuesday.
        ({"prepared_on": "2026-05-01", "employment": {"end_date": "2026-03-31"},
          "procedure": {"knew_on": "2025-12-15"}, "claims": [{"kind": "deposit_refund", "amount": "500"}]},
         "running", "2026-12-15"),
        # Ended 2025-06-30: the year ran out on 2026-06-30 (a Tuesday); judged 2026-11-28 → expired.
        ({"employment": {"end_date": "2025-06-30"}, "claims": [wages("2025-05-01", "2025-06-30")]},
         "expired", "2026-06-30"),
        # Ended 2025-10-01: 2026-10-01 is in the National Day holiday (2026-10-01..07 per the 2026
        # arrangement),
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
def test_case_limitation(changes, status, deadline):
    verdict = assessed(**changes).limitation
    assert verdict.status.value == status
    assert (verdict.deadline.isoformat() if verdict.deadline else None) == deadline


# (id, changes, claim's status, its deadline, its later deadline) — legal-facts §14.2.
CLAIMS = [
    # Issue 10's worker: hired 2024-03-01, no contract, left 2026-08-31. Double-wage period 2024-04-01..
    # 2025-02-28 (实施条例第七条). (c) from its first day: 2025-04-01; (b) its last month from 2025-02-28 and
    # (a) from its end 2025-02-28: 2026-02-28, a Saturday made a working day in 2026 (调休), so it stays.
    # Every view has passed: expired, the last chance 2026-02-28 — never "open until 2027-08-31".
    ("double-wages-run-out", {"employment": {"start_date": "2024-03-01", **NO_CONTRACT}, "claims": [DW]},
     "expired", "2026-02-28", "2026-02-28"),
    # Hired 2025-09-01, left 2026-09-30 (example 03): period 2025-10-01..2026-08-31. (c) 2026-10-01 is
    # National
    # Day → 2026-10-08, passed; (b) October 2025 → 2026-10-31 (Sat) → 11-02, passed; November 2025 →
    # 2026-11-30, a Monday, still open; (a) 2026-08-31 → 2027-08-31. At risk, file by 2026-11-30.
    ("double-wages-at-risk", {"employment": {"start_date": "2025-09-01", "end_date": "2026-09-30",
                                             **NO_CONTRACT},
                              "claims": [DW]}, "at_risk", "2026-11-30", "2027-08-31"),
    # Still employed since 2026-03-01, no contract: period 2026-04-01.. (ongoing). (c) 2026-04-01 → 2027-04-01
    # (Thursday); (b) April 2026 → 2027-04-30 (Friday); (a) has not started. A date, not "from today".
    ("double-wages-still-employed", {"employment": {"start_date": "2026-03-01", "end_date": None,
                                                    "end_reason": None, **NO_CONTRACT}, "claims": [DW]},
     "running", "2027-04-01", "2027-04-30"),
    # The run-out worker demanded payment on 2026-01-10 (第二十七条第二款): views (a) and (b)'s January and
    # February 2025 were still running (to 2026-01-31 and 2026-02-28), so they restart: 2026-01-10 + 1 year =
    # 2027-01-10, a Sunday → Monday 2027-01-11. View (c) had run out on 2025-04-01 and stays run out.
    ("double-wages-interrupted", {"employment": {"start_date": "2024-03-01", **NO_CONTRACT}, "claims": [DW],
                                  "procedure": {"events": [{"kind": "demanded_payment",
                                                            "on": "2026-01-10"}]}},
     "at_risk", "2027-01-11", "2027-01-11"),
    # Suspended 2026-10-01..2026-10-31 (第二十七条第三款): the wages' 2027-08-31 moves on by the 30 days the
    # cause lasted: 2027-09-30, a Thursday.
    ("suspension", {"procedure": {"events": [{"kind": "suspension", "on": "2026-10-01", "until": "2026-10-31",
                                              "reason": "住院治疗"}]}}, "running", "2027-09-30", None),
    # 经济补偿 arise at the end: 2026-08-31 + 1 year = 2027-08-31, even with an earlier knew_on.
    ("severance-from-end", {"employment": {"end_reason": "mutual"}, "claims": [{"kind": "severance"}],
                            "procedure": {"knew_on": "2026-01-05"}}, "running", "2027-08-31", None),
    # 2024 leave: carried over at most a year (实施办法第九条) → 2025-12-31 + 1 year = 2026-12-31 (Thursday),
    # earlier than 劳动报酬's 2027-08-31: the earlier is shown, the later named.
    ("leave-2024", {"claims": [{"kind": "unused_annual_leave", "days": 5, "year": 2024}]},
     "running", "2026-12-31", "2027-08-31"),
    # A wage IOU (劳动争议解释（一）第十五条): arbitration's year ran out 2026-06-30, but the suit on the IOU
    # has
    # three years (民法典第一百八十八条) from the end 2025-06-30: 2028-06-30, a Friday. At risk, not lost.
    ("wage-iou", {"employment": {"end_date": "2025-06-30"}, "claims": [wages("2025-05-01", "2025-06-30")],
                  "procedure": {"wage_iou": True}}, "at_risk", "2028-06-30", "2028-06-30"),
    # A civil relationship (人社部发〔2021〕56号 category 3): one year for arbitration (2027-08-31) and three
    # years for a civil suit (2029-08-31, a Friday).
    ("civil", {"relationship": {"company_sets_schedule": False, "company_rules_and_penalties": False,
                                "company_pays_worker": False, "work_is_company_business": False}},
     "running", "2027-08-31", "2029-08-31"),
]


@pytest.mark.parametrize(("changes", "status", "deadline", "later"), [row[1:] for row in CLAIMS],
                         ids=[row[0] for row in CLAIMS])
def test_claim_limitation(changes, status, deadline, later):
    result = assessed(**changes)
    own = result.claims[0].limitation
    assert own.status.value == status
    assert own.deadline == dt.date.fromisoformat(deadline)
    assert (own.later_deadline.isoformat() if own.later_deadline else None) == later


def test_case_deadline_is_the_earliest_open_claim_deadline():
    # Example 03's shape: double wages at risk (file by 2026-11-30), damages and wages to 2027-09-30.
    result = assessed(employment={"start_date": "2025-09-01", "end_date": "2026-09-30", **NO_CONTRACT},
                      claims=[DW, {"kind": "unlawful_termination"}, wages("2026-09-01", "2026-09-30")])
    assert [c.limitation.deadline.isoformat() for c in result.claims] == ["2026-11-30", "2027-09-30",
                                                                          "2027-09-30"]
    assert result.limitation.status.value == "running"
    assert result.limitation.deadline == dt.date(2026, 11, 30)
    assert any("可能已超过仲裁时效" in w.render() for w in result.warnings)


def test_run_out_keeps_arbitration_with_a_warning_and_asks_about_interruptions():
    # 民法典第一百九十三条: limitation is the respondent's defence; arbitration stays a route.
    result = assessed(employment={"start_date": "2024-03-01", **NO_CONTRACT}, claims=[DW])
    assert result.limitation.status.value == "expired"
    assert "arbitration" in [r.value for r in result.routes]
    assert any("民法典第一百九十三条" in r.render() for r in result.route_reasons)
    assert any(h.need == "interruptions" for h in result.hints)


def test_holiday_rollover_is_explained():
    claim = assessed(prepared_on="2026-09-01", employment={"end_date": "2025-10-01"},
                     claims=[wages("2025-09-01", "2025-10-01")]).claims[0]
    assert any("民法典第二百零三条" in r.render() for r in claim.limitation.reasons)


@pytest.mark.parametrize(
    ("end", "deadline"),
    [
        # 2027 has no published arrangement. 2026-10-01 + 1 year = 2027-10-01, National Day; the fixed days
        # 10-01..03 still count, so the earliest plausible last day is Monday 2027-10-04 (the 调休 usually
        # extends the holiday to 10-07, but that is not known yet): an estimate.
        ("2026-10-01", "2027-10-04"),
        # 2026-02-06 + 1 year = 2027-02-06, a Saturday inside Spring Festival (除夕 02-05 to 初三 02-08):
        # the first day after the fixed holidays is Tuesday 2027-02-09, an estimate.
        ("2026-02-06", "2027-02-09"),
    ],
)
def test_year_without_an_arrangement_gives_the_earliest_plausible_date(end, deadline):
    first = end[:8] + "01"
    result = assessed(employment={"end_date": end}, claims=[wages(first, end)])
    own = result.claims[0].limitation
    assert own.deadline == dt.date.fromisoformat(deadline)
    assert own.estimate and result.limitation.estimate
    assert any("2027" in w.render() and "估算" in w.render() for w in result.warnings)


def test_a_published_arrangement_replaces_the_estimate(tmp_path):
    # A user adds the (hypothetical) 2027 notice: 10-01..10-07 off → the first working day is 2027-10-08.
    from lawgen.law import ParameterBook
    from lawgen.law.rest_days import parse_arrangement

    notice = parse_arrangement({"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知（测试）",
                                "days_off": [["2027-10-01", "2027-10-07"]], "working_days": ["2027-10-09"]})
    book = ParameterBook().with_holidays((notice,))
    own = assessed(employment={"end_date": "2026-10-01"}, claims=[wages("2026-09-01", "2026-10-01")],
                   book=book).claims[0].limitation
    assert own.deadline == dt.date(2027, 10, 8) and not own.estimate


def test_unknown_start_while_employed_asks_for_it():
    # Still employed, a deposit claim and no knew_on: the start cannot be known; no invented date.
    result = assessed(employment={"end_date": None, "end_reason": None},
                      claims=[{"kind": "deposit_refund", "amount": "500"}])
    own = result.claims[0].limitation
    assert own.status.value == "not_started" and own.deadline is None
    assert any(h.need == "knew_on" for h in result.hints)


IOU = {"wage_iou": True}
CIVIL = {"company_sets_schedule": False, "company_rules_and_penalties": False, "company_pays_worker": False,
         "work_is_company_business": False}
ROUTES = [
    # 调解仲裁法第五条 (arbitration first) and 劳动保障监察条例第二十条 (within two years of the arrears).
    ({}, ["arbitration", "labor_inspection"]),
    # 解释（一）第十五条: with a wage IOU and a wage-only claim, a direct suit;
    # 劳动合同法第三十条第二款: a payment order.
    ({"procedure": IOU}, ["direct_suit_wage_iou", "arbitration", "labor_inspection", "payment_order"]),
    # The IOU route needs wage-only claims (第十五条: 诉讼请求不涉及劳动关系其他争议).
    ({"procedure": IOU, "claims": [wages("2026-07-01", "2026-08-31"), {"kind": "unlawful_termination"}]},
     ["arbitration", "labor_inspection", "payment_order"]),
    # 民事诉讼法第二百二十五条第（二）项: no payment order when it cannot be served on a missing employer.
    ({"procedure": {**IOU, "respondent_missing": True}}, ["direct_suit_wage_iou", "arbitration",
                                                         "labor_inspection"]),
    # 解释（一）第五十一条第二款 and 调解仲裁法第十六条: a broken wage mediation agreement.
    ({"procedure": {"mediation_agreement": True}},
     ["direct_suit_mediation_agreement", "arbitration", "labor_inspection", "payment_order"]),
    # Limitation run out on 2026-06-30: arbitration stays (民法典第一百九十三条); the arrears ended
    # 2025-06-30,
    # inspection open until 2027-06-30.
    ({"employment": {"end_date": "2025-06-30"}, "claims": [wages("2025-05-01", "2025-06-30")]},
     ["arbitration", "labor_inspection"]),
    # Arrears that ended 2024-10-31 are beyond the two years on 2026-11-28 (inspection closed on 2026-10-31).
    ({"employment": {"start_date": "2024-01-01"}, "claims": [wages("2024-05-01", "2024-10-31")]},
     ["arbitration"]),
    # Arbitration already applied for: inspection redirects to it (监察条例第二十一条第二款).
    ({"procedure": {"arbitration": {"commission": "厦门市劳动人事争议仲裁委员会"}}}, ["arbitration"]),
    # Double wages alone are a dispute matter: inspection tells the worker to arbitrate (第二十一条第二款).
    ({"employment": NO_CONTRACT, "claims": [DW]}, ["arbitration"]),
    # A civil relationship: a civil suit (民法典第一百八十八条); inspection covers employers only.
    ({"relationship": CIVIL}, ["arbitration", "civil_suit"]),
]


@pytest.mark.parametrize(("changes", "routes"), ROUTES,
                         ids=["default", "wage-iou", "iou-mixed-claims", "iou-respondent-missing",
                              "mediation-agreement", "expired-inspection-open", "inspection-closed",
                              "after-arbitration", "double-wages-alone", "civil"])
def test_routes(changes, routes):
    assert [r.value for r in assessed(**changes).routes] == routes


def test_route_reasons_cite_their_articles():
    alone = assessed(employment=NO_CONTRACT, claims=[DW])
    assert any("劳动保障监察条例第二十一条第二款" in r.render() for r in alone.route_reasons)
    missing = assessed(procedure={**IOU, "respondent_missing": True})
    assert any("民事诉讼法第二百二十五条" in r.render() for r in missing.route_reasons)
    # 劳动合同法第八十五条: the inspection route asks for the order and says what a missed one brings.
    default = assessed()
    assert any("加付赔偿金" in r.render() and "50%以上100%以下" in r.render() for r in default.route_reasons)


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
    step = next(s for s in result.timeline if s.key == "sue_after_award")
    assert step.date == result.court_deadline and "劳动争议调解仲裁法第四十八条、第五十条" in step.basis


@pytest.mark.parametrize(("deadline", "before", "near"), [
    # judged 2026-11-28: 2026-11-30 is 2 days off (≤ 30) → near, whatever the other day
    (dt.date(2026, 11, 30), None, True),
    # 2026-12-28 is 30 days off: still near (the 30th day counts)
    (dt.date(2026, 12, 28), None, True),
    # 2026-12-29 is 31 days off: not near by the count ...
    (dt.date(2026, 12, 29), None, False),
    # ... but near when the worker would otherwise wait until 2027-01-05 (a demand letter's day to pay)
    (dt.date(2026, 12, 29), dt.date(2027, 1, 5), True),
    # a day to wait for that comes first changes nothing
    (dt.date(2027, 8, 31), dt.date(2026, 12, 5), False),
])
def test_a_limitation_is_near(deadline, before, near):
    from lawgen.law.limitation import LimitationStatus, LimitationVerdict
    verdict = LimitationVerdict(LimitationStatus.running, None, deadline, (), (), dt.date(2026, 11, 28))
    assert verdict.near(before=before) is near


def test_an_expired_limitation_is_not_near():
    from lawgen.law.limitation import LimitationStatus, LimitationVerdict
    verdict = LimitationVerdict(LimitationStatus.expired, None, dt.date(2026, 11, 1), (), (),
                                dt.date(2026, 11, 28))
    assert not verdict.near()


def test_an_at_risk_claim_names_the_earliest_open_day_to_act_by() -> None:
    """Example 03's shape (the «double-wages-at-risk» row above): (c) passed on 2026-10-08, the month-by-
    month view keeps November 2025 to 2026-11-30, (a) runs to 2027-08-31. Each date says what it is (a
    volunteer saw «截止2026年12月9日（还有8天）» on the card beside a warning «最迟2027年3月9日»):
    2026-11-30 is when the next month is lost, 2027-08-31 the last chance under another view (§14.2)."""
    result = assessed(employment={"start_date": "2025-09-01", "end_date": "2026-09-30", **NO_CONTRACT},
                      claims=[DW])
    own = result.claims[0].limitation
    warning = " ".join(w.render("zh") for w in own.warnings)
    assert "按最早的观点于2026年10月8日届满" in warning
    assert "按月计算的观点下，2026年11月30日过后又有一个月的差额超过时效" in warning
    assert "最后机会为2027年8月31日" in warning and "最迟2026年11月30日" not in warning
    reasons = " ".join(r.render("zh") for r in own.reasons)
    assert "最迟可于2027年8月31日申请" in reasons and "2026年11月30日过后又有一个月" in reasons
