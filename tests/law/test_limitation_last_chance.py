"""legal-facts §14.2: when the safest date of the double wage has passed, the claim is at risk, and the
latest date under the other views is given as the last chance; a date in between (the month-by-month view
losing its next month) is said as what it is, never as «最迟».

Hired 2025-04-06 without a contract, left 2026-03-31, judged 2026-11-28. Double-wage period (实施条例第七条)
2025-05-06..2026-03-31. (c) from its first day: 2026-05-06, passed. (b) month by month: the month
2025-11-06..2025-12-05 runs to 2026-12-05, a Saturday → Monday 2026-12-07 (民法典第二百零三条), the next
month lost. (a) from the end 2026-03-31: 2027-03-31, a Wednesday — the last chance.
"""

from __future__ import annotations

from tests.support.case_builder import assessed

HIRED_WITHOUT_CONTRACT = {"start_date": "2025-04-06", "end_date": "2026-03-31", "written_contract": False}


def double_wage():
    case = assessed(employment=HIRED_WITHOUT_CONTRACT, claims=[{"kind": "no_contract_double_wages"}])
    return case, case.claims[0].limitation


def test_the_last_chance_is_the_latest_view_and_the_next_month_is_said_as_such() -> None:
    _, limitation = double_wage()
    assert limitation.status.value == "at_risk"
    warning = limitation.warnings[0].render("zh")
    assert "按最早的观点于2026年5月6日届满" in warning
    assert "按月计算的观点下，2026年12月7日过后又有一个月的差额超过时效" in warning
    assert "最后机会为2027年3月31日" in warning
    assert "最迟2026年12月7日" not in warning
    english = limitation.warnings[0].render("en")
    assert "2027" in english and "\u6700" not in english


def test_the_headline_deadline_says_it_is_not_the_last_chance() -> None:
    case, _ = double_wage()
    assert case.limitation.deadline.isoformat() == "2026-12-07"
    assert case.limitation.not_last  # the double wage can still be brought until 2027-03-31


def test_a_single_deadline_is_the_last_chance() -> None:
    # Unpaid wages only, left 2026-08-31 (第二十七条第四款): one date, 2027-08-31, nothing after it.
    wages = {"kind": "unpaid_wages", "from": "2026-07-01", "to": "2026-08-31", "amount": "6000"}
    case = assessed(claims=[wages])
    assert case.limitation.deadline.isoformat() == "2027-08-31"
    assert not case.limitation.not_last
