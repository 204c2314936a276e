"""The deadlines of single stages, hand-computed (民法典第二百零一条: the first day not counted;
民事诉讼法第八十五条: a last day on a rest day moves to the next working day; 2026's arrangement is held,
2028's is not)."""

from __future__ import annotations

import datetime as dt

import pytest

from lawgen.law.stages import Stage
from tests.support.case_builder import assessed

D = dt.date.fromisoformat
AWARD = {"applied_on": "2026-09-20", "award_date": "2026-11-10", "received_on": "2026-11-13"}
NON_FINAL = [{"kind": "unpaid_wages", "amount": "12000", "final": False}]
MIXED = [{"kind": "unpaid_wages", "amount": "8000", "final": True},
         {"kind": "other", "amount": "4000", "final": False, "title": "其他"}]


@pytest.mark.parametrize(("procedure", "stage", "key", "day", "estimate", "basis"), [
    # Non-final award received 11-13: 11-13 + 15 = 11-28 (Sat) → Mon 11-30 to sue, 第四十八条、第五十条.
    ({"arbitration": {**AWARD, "items": NON_FINAL}}, Stage.award_received, "sue_after_award",
     "2026-11-30", False, ("劳动争议调解仲裁法第四十八条", "劳动争议调解仲裁法第五十条")),
    # A mixed award: the worker's 15 days under both articles, the same day.
    ({"arbitration": {**AWARD, "items": MIXED}}, Stage.award_received, "sue_after_award",
     "2026-11-30", False, ("劳动争议调解仲裁法第四十八条", "劳动争议调解仲裁法第五十条")),
])
def test_next_deadline(procedure, stage, key, day, estimate, basis) -> None:
    verdict = assessed(procedure=procedure).stage
    assert verdict.stage is stage
    following = verdict.next_deadline
    assert (following.key, following.date, following.estimate, following.basis) == (key, D(day), estimate,
                                                                                      basis)


@pytest.mark.parametrize(("procedure", "day", "estimate"), [
    # Non-final, not sued: effective once the days to sue run out (11-30), so from 12-01: 2028-12-01 (Fri).
    ({"arbitration": {**AWARD, "items": NON_FINAL}}, "2028-12-01", True),
    # Final: effective when made, 11-10 (第四十七条): 2028-11-10 (Fri).
    ({"arbitration": {**AWARD, "items": MIXED}}, "2028-11-10", True),
    # The award's own last day to pay, 2026-12-15 (Tue) (第二百五十条第二款): 2028-12-15 (Fri).
    ({"arbitration": {**AWARD, "items": NON_FINAL, "pay_by": "2026-12-15"}}, "2028-12-15", True),
    # A judgment's last day to pay, 2026-11-26 → 2028-11-26, a Sunday → Mon 2028-11-27.
    ({"arbitration": AWARD, "suit": {"filed_on": "2026-11-16", "judgment_on": "2026-11-20",
                                     "pay_by": "2026-11-26"}}, "2028-11-27", True),
])
def test_enforcement_period(procedure, day, estimate) -> None:
    verdict = assessed(procedure=procedure).stage
    enforcement = next(d for d in verdict.deadlines if d.key == "apply_enforcement")
    assert (enforcement.date, enforcement.estimate) == (D(day), estimate)
    assert "民事诉讼法第二百五十条" in enforcement.basis


def test_an_appealed_judgment_has_no_enforcement_date() -> None:
    verdict = assessed(procedure={"arbitration": AWARD, "suit": {
        "filed_on": "2026-11-16", "judgment_on": "2026-11-20", "appealed": True}}).stage
    assert verdict.stage is Stage.judged
    assert [(d.key, d.date) for d in verdict.deadlines] == [("appeal_judgment", None)]
    assert verdict.next_deadline is None


def test_the_employer_set_aside_window_is_only_for_a_final_award() -> None:
    final = assessed(procedure={"arbitration": {**AWARD, "items": MIXED}}).stage
    other = assessed(procedure={"arbitration": {**AWARD, "items": NON_FINAL}}).stage
    # 11-13 + 30 = 12-13 (Sun) → Mon 12-14, 第四十九条; from the worker's receipt: an estimate.
    set_aside = next(d for d in final.deadlines if d.key == "employer_set_aside")
    assert (set_aside.date, set_aside.estimate, set_aside.worker_acts) == (D("2026-12-14"), True, False)
    assert all(d.key != "employer_set_aside" for d in other.deadlines)


def test_partly_paid_keeps_the_stage_and_fully_paid_ends_it() -> None:
    award = {**AWARD, "items": NON_FINAL}
    part = assessed(procedure={"arbitration": award, "payments": [{"on": "2026-11-20", "amount": "5000"}]})
    assert part.stage.stage is Stage.award_received and part.stage.outstanding == 7000
    full = assessed(procedure={"arbitration": award, "payments": [{"on": "2026-11-20", "amount": "5000"},
                                                                  {"on": "2026-11-25", "amount": "7000"}]})
    assert full.stage.stage is Stage.paid and full.stage.deadlines == () and full.stage.outstanding == 0
