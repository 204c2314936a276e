"""The generate screen's «下一步» after the application is recorded (volunteer: it still said
«到…仲裁委员会递交仲裁申请书» and «在2026年12月31日当天或之前申请仲裁» while the summary said «申请已经交了»):
the stage and its next deadline instead; before the application, where and by when to apply, as before."""

from __future__ import annotations

from lawgen.wizard.screens.review import next_steps
from tests.support.case_builder import assessed

APPLIED = {"arbitration": {"applied_on": "2026-11-20"}}


def test_after_the_application_the_stage_and_its_deadline_not_apply_now():
    shown = next_steps(assessed(procedure=APPLIED), "zh").plain
    assert "案件阶段：已申请仲裁" in shown
    assert "递交仲裁申请书" not in shown and "申请仲裁（这一天过后" not in shown and "最迟在" not in shown
    # judged 2026-11-28: acceptance (5 days, 第二十九条) was due 2026-11-25, past; the award within 45 days of
    # it (第四十三条): 2027-01-09, a Saturday → Monday 2027-01-11
    assert "仲裁裁决：2027年1月11日" in shown


def test_before_the_application_where_and_by_when_to_apply():
    shown = next_steps(assessed(), "zh").plain
    assert "递交仲裁申请书" in shown and "案件阶段" not in shown


def test_in_english_after_the_application():
    shown = next_steps(assessed(procedure=APPLIED), "en").plain
    assert "Stage of the case:" in shown and "2027-01-11" in shown
