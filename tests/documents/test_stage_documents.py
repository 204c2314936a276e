"""The documents of each stage (issue 15, item 2): which ones a case's stage calls for, the amounts they
state, and their text against reviewed golden files.

The expectations are worked by hand from the case files in tests/cases and the article each rule applies.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from lawgen.documents.packet import document_text
from lawgen.documents.render import render_docx, template_path
from lawgen.documents.stage_documents import STAGE_BUILDERS, STAGE_TITLES, documents_for_stage
from lawgen.documents.summary import worker_answers
from tests.support.documents_cases import (
    ROOT,
    addressee,
    assessment,
    assessment_of,
    case_data,
    employer_address,
    variant,
)
from tests.support.golden import golden_difference


def _text(kind: str, case: dict | str, tmp_path: Path) -> list[str]:
    data = case if isinstance(case, dict) else case_data(case)
    path = tmp_path / f"{kind}.docx"
    path.write_bytes(render_docx(template_path(kind), STAGE_BUILDERS[kind](assessment_of(data))))
    return document_text(path)


# --- which documents each stage calls for ---------------------------------------------------------------

@pytest.mark.parametrize(("case", "expected"), [
    # Nothing under way yet, the limitation running: a demand first (调解仲裁法第二十七条第二款).
    ("example", ["demand_letter"]),
    # Applied 2026-11-16, no award yet, wages and 赔偿金 claimed (第四十四条).
    ("arbitration-pending", ["interim_execution"]),
    # Signed 2026-11-28, due 2026-12-15, judged 2026-11-28: the agreement itself (第十四条、第十六条).
    ("mediation-signed", ["mediation_agreement"]),
    # Due 2026-10-31, 2,000 of 9,000 paid by 2026-11-28: a payment order (第十六条).
    ("mediation-unhonoured", ["payment_order"]),
    # A wage IOU, the respondent can be served (劳动合同法第三十条第二款; 民事诉讼法第二百二十五条).
    ("wage-iou", ["payment_order"]),
    ("iou-partly-paid", ["payment_order"]),
    # A wholly final award made 2026-10-20, to pay by 2026-10-30, 3,000 of 16,500 paid (第二百四十八条).
    ("final-award-unpaid", ["enforcement_application"]),
    # A judgment in force 2026-11-11, to pay by 2026-11-21, nothing paid (第二百四十七条).
    ("judgment-unpaid", ["enforcement_application"]),
    # An award received 2026-11-20, no items recorded: the worker may still sue; nothing to enforce.
    ("award-with-agent", []),
])
def test_the_stage_calls_for_its_documents(case: str, expected: list[str]) -> None:
    assert documents_for_stage(assessment(case)) == expected


def procedure(change: Callable[[dict], object]) -> Callable[[dict], object]:
    """A change to the case's ``procedure`` alone."""
    return lambda data: change(data["procedure"])


def _no_final_items(procedure: dict) -> None:
    for item in procedure["arbitration"]["items"]:
        item["final"] = False


@pytest.mark.parametrize(("name", "case", "change", "expected"), [
    # 民事诉讼法第二百二十五条第一款第（二）项: an order that cannot be served is no use.
    ("respondent missing: no payment order", "iou-partly-paid",
     procedure(lambda p: p.update(respondent_missing=True)), []),
    # Only the legacy flag: an agreement not honoured, its amount the claims' (9,000).
    ("mediation flag only", "mediation-unhonoured",
     procedure(lambda p: (p.pop("mediation"), p.pop("payments"))), ["payment_order"]),
    ("mediation paid in full", "mediation-unhonoured",
     procedure(lambda p: p.update(payments=[{"on": "2026-10-30", "amount": "9000.00"}])), []),
    # Paid in full before any proceeding (12,000 + 4,500 + 24,000 = 40,500): nothing to demand.
    ("claims paid in full", "example",
     procedure(lambda p: p.update(payments=[{"on": "2026-11-20", "amount": "40500.00"}])), []),
    # The demand made already (an interruption event): the arbitration application is next.
    ("demand already sent", "example",
     procedure(lambda p: p.update(events=[{"kind": "demanded_payment", "on": "2026-11-20"}])), []),
    ("enforcement already applied for", "final-award-unpaid",
     procedure(lambda p: p.update(enforcement={"applied_on": "2026-11-25"})), []),
    ("award paid in full", "final-award-unpaid",
     procedure(lambda p: p.update(payments=[{"on": "2026-11-06", "amount": "16500.00"}])), []),
    # Not yet due: the award gives until 2026-12-10.
    ("award not yet due", "final-award-unpaid",
     procedure(lambda p: p["arbitration"].update(pay_by="2026-12-10")), []),
    # 第五十条: received 2026-10-23, 15 days to sue end 2026-11-07, a Saturday → 2026-11-09; not sued by
    # 2026-11-28, so the award is in force.
    ("non-final award not sued in time", "final-award-unpaid", procedure(_no_final_items),
     ["enforcement_application"]),
    # Received 2026-11-20: the 15 days run to 2026-12-05, the worker may still sue.
    ("non-final award within the 15 days", "final-award-unpaid",
     procedure(lambda p: (_no_final_items(p), p["arbitration"].update(received_on="2026-11-20"))), []),
    # A mixed award sued against counts as non-final (劳动争议解释（一）第二十条): enforce the judgment later.
    ("mixed award sued against", "final-award-unpaid",
     procedure(lambda p: (p["arbitration"]["items"][1].update(final=False),
                          p.update(suit={"filed_on": "2026-11-01"}))), []),
    ("judgment appealed", "judgment-unpaid",
     procedure(lambda p: (p["suit"].pop("effective_on"), p["suit"].update(appealed=True))), []),
    ("judgment not yet due", "judgment-unpaid",
     procedure(lambda p: p["suit"].update(pay_by="2026-12-01")), []),
    # Only a deposit claimed: not among 第四十四条's 劳动报酬、工伤医疗费、经济补偿或者赔偿金.
    ("no claim fit for advance execution", "arbitration-pending",
     lambda d: d.update(claims=[{"kind": "deposit_refund", "amount": "500.00"}]), []),
])
def test_stage_variants(name: str, case: str, change: Callable[[dict], object], expected: list[str]) -> None:
    assert documents_for_stage(assessment_of(variant(case, change))) == expected, name


def test_a_demand_is_not_offered_once_the_limitation_has_run_out() -> None:
    """Example 07: every view of the one-year period has passed; a demand would restart nothing."""
    data = json.loads((ROOT / "examples" / "07-past-limitation-inspection-open.json").read_text("utf-8"))
    assert documents_for_stage(assessment_of(data)) == []


# --- what they state ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "case", "expected"), [
    # 12,000 + 4,500 + 24,000 (2 × 2 months × 6,000, 劳动合同法第八十七条、第四十七条) = 40,500; to pay
    # within 7 days of 2026-11-28.
    ("demand_letter", "example", ["40,500.00元（大写：人民币肆万零伍佰元整）",
                                  "最迟于2026年12月5日（含当日）", "第二十七条第二款", "仲裁时效中断"]),
    # Wages 12,000 and 赔偿金 24,000 = 36,000; the 500 deposit is not within 第四十四条.
    ("interim_execution", "arbitration-pending", ["以上合计36,000.00元（大写：人民币叁万陆仟元整）",
                                                  "厦劳人仲案〔2026〕1342号", "第四十四条第三款"]),
    ("mediation_agreement", "mediation-signed", ["9,000.00元（大写：人民币玖仟元整）", "第十六条",
                                                 "最迟于2026年12月15日（含当日）", "第十四条第二款"]),
    # 9,000 agreed, 2,000 paid: 7,000.
    ("payment_order", "mediation-unhonoured", ["支付7,000.00元（大写：人民币柒仟元整）", "第十六条",
                                               "第二百二十五条", "仅支付2,000.00元"]),
    # IOU 12,000, 4,000 paid: 8,000.
    ("payment_order", "iou-partly-paid", ["支付8,000.00元（大写：人民币捌仟元整）", "第三十条第二款"]),
    # Awarded 12,000 + 4,500 = 16,500, 3,000 paid since: 13,500.
    ("enforcement_application", "final-award-unpaid", [
        "支付13,500.00元（大写：人民币壹万叁仟伍佰元整）", "支付16,500.00元", "仅支付3,000.00元",
        "厦门市劳动人事争议仲裁委员会作出的厦劳人仲案〔2026〕1088号仲裁裁决书",
        "第二百四十八条第一款、第二百五十条", "第二百三十五条第二款"]),
    ("enforcement_application", "judgment-unpaid", [
        "支付15,600.00元（大写：人民币壹万伍仟陆佰元整）", "第二百四十七条第一款、第二百五十条",
        "厦门市思明区人民法院作出的（2026）闽0203民初8821号民事判决书", "第二百三十五条第一款"]),
])
def test_each_document_states_its_amounts_and_articles(kind: str, case: str, expected: list[str],
                                                      tmp_path: Path) -> None:
    text = "\n".join(_text(kind, case, tmp_path))
    assert text.startswith(STAGE_TITLES[kind])
    for part in expected:
        assert part in text, part


def test_the_summary_tells_the_worker_to_keep_proof_of_sending_the_demand() -> None:
    first_step = dict(worker_answers(assessment("example")))["第一步做什么？"]
    assert "催告函" in first_step and "凭证和截图留好" in first_step and "仲裁期限重新计算" in first_step
    assert "催告函" not in dict(worker_answers(assessment("award-with-agent")))["第一步做什么？"]
    # Each stage document gets its line: the payment order where to go, enforcement its two years.
    # …and says it is another way to the money, not to be taken beside the suit (a clerk's finding).
    assert "支付令是另一条路，不要和起诉、仲裁同时走：申请书交到单位住所地的厦门市思明区人民法院" in dict(
        worker_answers(assessment("iou-partly-paid")))["第一步做什么？"]
    assert "期限2年" in dict(worker_answers(assessment("final-award-unpaid")))["第一步做什么？"]


@pytest.mark.parametrize(("address", "court", "note"), [
    # 民诉法解释第二十三条: the basic-level court of the debtor's domicile; «厦门市思明区…» names 350203,
    # whose court lawgen holds (bodies.toml).
    ("福建省厦门市思明区湖滨南路200号", "厦门市思明区人民法院", "交到单位住所地的厦门市思明区人民法院"),
    ("厦门市湖里区金山路1号", "厦门市湖里区人民法院", "交到单位住所地的厦门市湖里区人民法院"),
    # a district without its city could be any 思明区-like name elsewhere: never guessed, the blank stays.
    ("思明区湖滨南路200号", "________人民法院", "申请书上的法院名称自己填上"),
    # a district whose court lawgen does not hold (福州市鼓楼区), and no address at all.
    ("福建省福州市鼓楼区五四路1号", "________人民法院", "申请书上的法院名称自己填上"),
    (None, "________人民法院", "申请书上的法院名称自己填上"),
])
def test_the_payment_order_goes_to_the_court_of_the_employers_domicile(address, court, note,
                                                                       tmp_path: Path) -> None:
    data = variant("iou-partly-paid", employer_address(address))
    text = _text("payment_order", data, tmp_path)
    assert addressee(text) == court
    assert "受理法院：被申请人住所地的基层人民法院" in "\n".join(text)
    assert note in dict(worker_answers(assessment_of(data)))["第一步做什么？"]


# --- golden texts ---------------------------------------------------------------------------------------

GOLDEN_CASES = [
    ("demand_letter", "example"),
    ("interim_execution", "arbitration-pending"),
    ("mediation_agreement", "mediation-signed"),
    ("payment_order", "mediation-unhonoured"),
    ("payment_order", "iou-partly-paid"),
    ("enforcement_application", "final-award-unpaid"),
    ("enforcement_application", "judgment-unpaid"),
]


@pytest.mark.parametrize(("kind", "case"), GOLDEN_CASES)
def test_stage_document_matches_golden_text(kind: str, case: str, tmp_path: Path) -> None:
    difference = golden_difference(kind, case, _text(kind, case, tmp_path))
    if difference:
        pytest.fail(f"{kind} ({case}) differs from its golden text:\n{difference}")


@pytest.mark.parametrize(("claimed", "settlement", "summary"), [
    # Claimed 9,000 (2026-08-01..09-30), agreed 9,000: the employer confirms the claim and pays it.
    ("9000.00", "一、甲方确认拖欠乙方上述款项，同意向乙方支付人民币9,000.00元",
     "调解协议约定单位付9,000.00元。"),
    # Claimed two months' wage, 2 × 6,000 = 12,000, agreed 9,000: 12,000 − 9,000 = 3,000 given up once
    # the 9,000 is paid (the agreement's item 四; 调解仲裁法第十四条第二款: it binds both).
    ("12000.00", "一、经调解，甲方同意向乙方支付人民币9,000.00元",
     "调解协议约定单位付9,000.00元，比你主张的少3,000.00元：单位按期付清后，少的这部分就不能再要了。"),
])
def test_the_mediation_agreement_says_what_was_claimed_and_what_was_agreed(claimed, settlement, summary,
                                                                           tmp_path: Path) -> None:
    data = variant("mediation-signed", lambda d: d["claims"][0].update(amount=claimed))
    text = "\n".join(_text("mediation_agreement", data, tmp_path))
    figures = f"{int(float(claimed)):,}.00"
    assert f"乙方主张甲方支付2026年8月1日至2026年9月30日期间拖欠的工资{figures}元" in text
    assert settlement in text
    assert summary in dict(worker_answers(assessment_of(data)))["能要回什么？多少钱？"]
