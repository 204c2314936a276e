"""The case timeline: dated steps from the case's facts and stage, each period a dated, cited parameter,
counted by 民事诉讼法第八十五条 / 民法典第二百零三条. The articles are cited beside each check."""

from __future__ import annotations

import datetime as dt

from tests.support.case_builder import assessed

COMMISSION = "厦门市劳动人事争议仲裁委员会"


def steps(result) -> dict:
    return {s.key: s for s in result.timeline}


def test_before_arbitration_the_first_step_is_the_limitation_deadline():
    # Default case: wages to 2026-08-31 → file by 2027-08-31 (劳动争议调解仲裁法第二十七条第四款); the
    # later steps give their periods (第二十九条 5 days, 第三十条 10 days, 第四十三条 45 + 15 days).
    timeline = steps(assessed())
    assert list(timeline)[0] == "file_arbitration"
    assert timeline["file_arbitration"].date == dt.date(2027, 8, 31)
    assert timeline["arbitration_acceptance"].date is None
    assert "5日内" in timeline["arbitration_acceptance"].note.render()
    assert "45日内" in timeline["arbitration_award"].note.render()
    assert "15日" in timeline["arbitration_award"].note.render()
    assert "劳动争议调解仲裁法第四十三条" in timeline["arbitration_award"].basis


def test_dates_once_the_application_is_in():
    # Applied on Monday 2026-11-02: 劳动争议调解仲裁法第二十九条, 5 days → Saturday 2026-11-07 → Monday
    # 2026-11-09. Accepted 2026-11-06: 第四十三条, 45 days → Monday 2026-12-21.
    arbitration = {"commission": COMMISSION, "applied_on": "2026-11-02", "accepted_on": "2026-11-06"}
    timeline = steps(assessed(procedure={"arbitration": arbitration}))
    assert "file_arbitration" not in timeline
    assert timeline["arbitration_acceptance"].date == dt.date(2026, 11, 9)
    assert timeline["arbitration_award"].date == dt.date(2026, 12, 21)


def test_court_terms_follow_the_small_claims_verdict():
    # 12000 ≤ 56188.50: small claims apply (民事诉讼法第一百六十五条): 2 months + 1 (民事诉讼法第一百六十八条)
    # ;
    # docketing within 7 days (民事诉讼法第一百二十六条).
    timeline = steps(assessed())
    assert "2个月" in timeline["court_term"].note.render() and "1个月" in timeline["court_term"].note.render()
    assert "民事诉讼法第一百六十八条" in timeline["court_term"].basis
    assert "7日内" in timeline["court_docketing"].note.render()
    # Over 224754 (民事诉讼法第一百六十五条第二款): simplified 3 months or ordinary 6 months
    # (民事诉讼法第一百六十四条、第一百五十二条).
    big = steps(assessed(claims=[{"kind": "unpaid_wages", "from": "2026-01-01", "to": "2026-08-31",
                                  "amount": "300000"}]))
    assert "3个月" in big["court_term"].note.render() and "6个月" in big["court_term"].note.render()


def test_inspection_step_is_dated_by_the_two_years():
    # 劳动保障监察条例第二十条: arrears to 2026-08-31 + 2 years = 2028-08-31; 第十七条: 60 working days.
    step = steps(assessed())["file_inspection"]
    assert step.date == dt.date(2028, 8, 31)
    assert "60个工作日" in step.note.render()


def test_periods_are_parameters_with_their_source():
    result = assessed()
    used = {p.name: p for p in result.parameters}
    assert used["arbitration_acceptance_days"].source == "劳动争议调解仲裁法第二十九条"
    assert used["small_claims_term_months"].value == 2
