"""The worker's summary follows the case's stage once it is under way, and the packet leaves out what the
stage has closed: no «不服仲裁裁决…起诉» while arbitration runs or after the fifteen days to sue."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from lawgen.case import load_case, parse_case
from lawgen.documents.packet import packet_documents
from lawgen.documents.summary import worker_answers
from lawgen.law import assess
from lawgen.law.stages import Stage
from tests.support.paths import CASES


def answers(case) -> dict[str, str]:
    return dict(worker_answers(assess(case)))


@pytest.mark.parametrize(("case", "first_step", "deadline", "money", "absent"), [
    # Accepted 2026-09-14 (prepared 2026-11-28): no award yet, nothing to sue against; the award's date is the
    # commission's, not the worker's (调解仲裁法第四十三条: 45 days from acceptance, extendable by 15).
    ("arbitration-pending", "仲裁正在进行", "仲裁裁决：一般不晚于", "合计36,500.00元", "不服仲裁裁决"),
    # Received 2026-10-23, so the 15 days to sue ended 2026-11-09 (rolled past the weekend of 11-07/08);
    # the award is in force: 12,000 + 4,500 awarded, 3,000 paid → 13,500 still owed; enforcement within
    # two years from the pay-by day 2026-10-30 (民事诉讼法第二百五十条) → 2028-10-30.
    ("final-award-unpaid", "起诉的期限已经过了，裁决已经生效。", "最迟在2028年10月30日当天",
     "裁决确定单位要付16,500.00元，已经付了3,000.00元，还差13,500.00元。", "不服仲裁裁决"),
    # A judgment of 15,600 in force: enforcement, not an appeal or a suit.
    ("judgment-unpaid", "法院已经判决。", "申请强制执行：最迟在", "判决确定单位要付15,600.00元。", "起诉状"),
    # Received 2026-11-22, 15 days → 2026-12-07 (a Monday): suing is open; no award items recorded, so no
    # «裁决确定» amount is claimed for the award.
    ("award-with-agent", "不服仲裁裁决的，带上起诉状", "最迟在2026年12月7日当天", "合计40,500.00元",
     "裁决确定"),
])
def test_the_summary_speaks_of_the_stage(case, first_step, deadline, money, absent):
    said = answers(load_case(CASES / f"{case}.json"))
    assert first_step in said["第一步做什么？"]
    assert deadline in said["最迟哪一天？"]
    assert money in said["能要回什么？多少钱？"]
    assert absent not in "\n".join(said.values())
    assert "日前" not in said["最迟哪一天？"]


@pytest.mark.parametrize(("case", "complaint"), [
    ("award-with-agent", True),  # within the 15 days
    ("final-award-unpaid", False),  # past them: the award is in force, enforcement instead
    ("arbitration-pending", False),  # no award yet
])
def test_the_court_complaint_only_while_suing_is_open(case, complaint):
    kinds = [d.kind for d in packet_documents(assess(load_case(CASES / f"{case}.json")))]
    assert ("court_complaint" in kinds) is complaint


def test_paid_in_full_against_the_assessed_claims():
    """A computed claim has no amount in the file: the stage reads the assessed total. Overtime at a monthly
    wage of 6,960: 6,960 ÷ 21.75 ÷ 8 = 40.00 an hour; 10 weekday hours × 150% = 600.00 (劳动法第四十四条);
    paid 600.00 → 已全部支付, and the summary says it is done."""
    data = json.loads((CASES / "arbitration-pending.json").read_text(encoding="utf-8"))
    data["procedure"] = {"payments": [{"on": "2026-11-20", "amount": "600.00"}]}
    data["claims"] = [{"kind": "overtime", "from": "2026-07-01", "to": "2026-08-31", "weekday_hours": "10"}]
    data["employment"]["monthly_wage"] = "6960"
    case = parse_case(data)
    assessment = assess(case)
    assert assessment.total == Decimal("600.00")
    assert assessment.stage.stage is Stage.paid
    said = dict(worker_answers(assessment))
    assert said["最迟哪一天？"] == "没有要赶的期限了。"


@pytest.mark.parametrize(("case", "claims", "first_step", "meaning"), [
    # 12,000 claimed on an IOU, 4,000 paid: 8,000 left, as the payment order asks.
    ("iou-partly-paid", "合计12,000.00元。单位已经付了4,000.00元，还差8,000.00元。", "直接到", "小额诉讼"),
    # An agreement signed for 9,000, due 2026-12-15, not yet due on 2026-11-28: wait for it, then 第十六条.
    ("mediation-signed", "合计9,000.00元。调解协议约定单位付9,000.00元。",
     "调解协议已经签了：单位最迟在2026年12月15日当天付清9,000.00元。", "小额诉讼"),
    # A judgment in force: what it means now is enforcement, not small claims or final awards.
    ("judgment-unpaid", "判决确定单位要付15,600.00元。", "带上生效的判决书和强制执行申请书",
     "判决已经生效：单位不按判决付钱的，法院可以强制执行。"),
])
def test_payments_agreements_and_decisions_in_force(case, claims, first_step, meaning):
    said = answers(load_case(CASES / f"{case}.json"))
    assert claims in said["能要回什么？多少钱？"]
    assert first_step in said["第一步做什么？"]
    assert meaning in said["小额诉讼、终局裁决对我意味着什么？"]
