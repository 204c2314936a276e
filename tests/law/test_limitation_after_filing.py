"""After the worker has applied (``procedure.arbitration.applied_on``), the arbitration limitation is judged
as of the application, not the day looked at (劳动争议调解仲裁法第二十七条第一款: the period is for applying):
its status is what it was when the worker applied, with no «请立即申请», no «即将届满», no «还有N天».

Unpaid wages, left 2026-08-31 (第二十七条第四款): one year from the end, 2027-08-31 (a Tuesday, no roll-over).
The double wage (hired 2025-04-06 without a contract, left 2026-03-31), by hand (legal-facts §14.2):
(c) from the period's first day 2025-05-06 → 2026-05-06; (a) from its end 2026-03-31 → 2027-03-31 (a
Wednesday), the last chance; month by month in between.
"""

from __future__ import annotations

import pytest

from tests.support.case_builder import assessed

WAGES = [{"kind": "unpaid_wages", "from": "2026-07-01", "to": "2026-08-31", "amount": "6000"}]
HIRED_WITHOUT_CONTRACT = {"start_date": "2025-04-06", "end_date": "2026-03-31", "written_contract": False}
DOUBLE = [{"kind": "no_contract_double_wages"}]


def applied(on: str, applied_on: str | None, **changes):
    procedure = {"arbitration": {"applied_on": applied_on}} if applied_on else {}
    # The file is prepared on the last day looked at, so that no recorded day lies after it.
    return assessed(on=on, prepared_on="2027-09-15", procedure=procedure, **changes)


IN_TIME = "申请劳动仲裁，在仲裁时效内（最迟2027年8月31日）"


@pytest.mark.parametrize(("on", "applied_on", "status", "reason"), [
    # Applied 2026-10-10, 325 days before 2027-08-31; looked at a year later, still in time.
    ("2027-09-15", "2026-10-10", "running", "已于2026年10月10日" + IN_TIME),
    ("2026-12-02", "2026-10-10", "running", "已于2026年10月10日" + IN_TIME),
    # Applied on the last day itself: in time (the period includes its last day).
    ("2027-09-15", "2027-08-31", "running", "已于2027年8月31日" + IN_TIME),
    # Applied the day after: expired at the application, said so.
    ("2027-09-15", "2027-09-01", "expired", "申请仲裁时，按各种观点，仲裁时效均已于2027年8月31日前届满"),
    # Not applied: judged as of the day looked at (the existing wording; 2027-09-15 is past 2027-08-31).
    ("2027-09-15", None, "expired", "按各种观点，仲裁时效均已于2027年8月31日前届满；仍可申请仲裁"),
    # An application recorded after the day looked at has not happened yet on that day: 2027-08-31 less
    # 2027-08-20 = 11 days.
    ("2027-08-20", "2027-08-25", "running", "最迟应于2027年8月31日申请劳动仲裁（还有11天）"),
])
def test_a_claim_is_judged_as_of_its_application(on, applied_on, status, reason) -> None:
    case = applied(on, applied_on, claims=WAGES)
    limitation = case.claims[0].limitation
    assert limitation.status.value == status
    assert limitation.reasons[0].render("zh").startswith(reason)


def test_applied_close_to_the_deadline_urges_nothing() -> None:
    # Applied 2027-08-20, 11 days before 2027-08-31: unapplied, that would warn «即将届满（还有11天）».
    case = applied("2027-09-15", "2027-08-20", claims=WAGES)
    said = " ".join(m.render("zh") for m in (*case.warnings, *case.limitation.reasons,
                                              *case.claims[0].limitation.reasons))
    for urging in ("请立即申请", "即将届满", "还有"):
        assert urging not in said
    assert case.limitation.days_left is None
    assert not case.limitation.near()
    assert case.limitation.reasons[0].render("zh") == (
        "已于2027年8月20日申请劳动仲裁，在仲裁时效内（最早的截止日为2027年8月31日）")


def test_the_same_case_unapplied_is_urged() -> None:
    case = applied("2027-08-20", None, claims=WAGES)
    assert any("即将届满（还有11天）" in w.render("zh") for w in case.warnings)
    assert case.limitation.days_left == 11 and case.limitation.near()


def test_applied_under_a_later_view_is_at_risk_without_urging() -> None:
    # Applied 2026-10-10: after (c) 2026-05-06, before (a) 2027-03-31 → at risk at the application.
    case = applied("2027-06-01", "2026-10-10", employment=HIRED_WITHOUT_CONTRACT, claims=DOUBLE)
    limitation = case.claims[0].limitation
    assert limitation.status.value == "at_risk"
    reasons = [r.render("zh") for r in limitation.reasons]
    assert "申请仲裁时，按最早的观点时效已于2026年5月6日届满；按其他观点最迟可于2027年3月31日申请" in reasons
    said = " ".join(m.render("zh") for m in (*case.warnings, *limitation.reasons))
    assert "请立即申请" not in said and "过后又有一个月的差额超过时效" not in said
    assert "申请仲裁时可能已超过仲裁时效（按最早的观点于2026年5月6日届满）" in said
    assert "请向仲裁委员会说明是否曾中断时效" in said
    # The case as a whole: running at the application, the earliest view having passed.
    assert case.limitation.status.value == "running"
    assert "部分请求申请时可能已超过仲裁时效" in case.limitation.reasons[0].render("zh")


def test_a_claim_not_made_is_judged_as_of_the_day_looked_at() -> None:
    # The unclaimed double wage was not applied for: on 2027-06-01 every view (last 2027-03-31) has passed.
    wages = [{**WAGES[0], "from": "2026-02-01", "to": "2026-03-31"}]
    case = applied("2027-06-01", "2026-10-10", employment=HIRED_WITHOUT_CONTRACT, claims=wages)
    found = [u for u in case.unclaimed if u.claim.kind.value == "no_contract_double_wages"]
    assert found and found[0].claim.limitation.status.value == "expired"
    assert found[0].claim.limitation.applied_on is None


def test_english_says_it_too() -> None:
    case = applied("2027-09-15", "2026-10-10", claims=WAGES)
    english = case.claims[0].limitation.reasons[0].render("en")
    assert "2026" in english and "2027" in english and "\u7533" not in english
