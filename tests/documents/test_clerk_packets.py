"""What a filing clerk found reading today's packets page by page: each finding as a test on the text a
worker or a clerk reads."""

from __future__ import annotations

import pytest

from lawgen.case import load_case
from lawgen.documents.context import (
    arbitration_application,
    court_complaint,
    court_fee,
    evidence_list,
    inspection_complaint,
    procedure_sheet,
)
from lawgen.documents.stage_documents import payment_order
from lawgen.documents.summary import worker_answers
from lawgen.law import assess
from tests.support.paths import CASES, EXAMPLES


def _summary(path) -> dict[str, str]:
    return dict(worker_answers(assess(load_case(path))))


@pytest.mark.parametrize(("example", "says", "never"), [
    # Judged 2026-11-28; the double wages' limitation ends 2026-11-30 (2 days, ≤ 30), before the demand
    # letter's day to pay (2026-11-28 + 7 = 2026-12-05): apply first, the letter the same day at the earliest.
    ("03-food-delivery-no-contract.json", "最迟在2026年11月30日当天先申请仲裁", "先把催告函"),
    # Judged 2026-11-28; the limitation ends 2027-08-31 (276 days off): the letter first is safe.
    ("01-food-delivery-unlawful-dismissal.json", "先把催告函", "先申请仲裁"),
])
def test_a_near_limitation_puts_arbitration_before_the_demand_letter(example, says, never):
    step = _summary(EXAMPLES / example)["第一步做什么？"]
    assert says in step
    assert never not in step


@pytest.mark.parametrize(("case", "asked", "total", "fee"), [
    # An agreement on 9,000.00 of wages, 2,000.00 paid on 2026-10-30: 9,000.00 − 2,000.00 = 7,000.00 still
    # owed; a labor dispute's fee is 10 yuan a case whatever the amount (诉讼费用交纳办法第十三条第（四）项).
    ("mediation-unhonoured", "拖欠的工资7,000.00元（共9,000.00元，已支付2,000.00元）", "7,000.00", "10.00"),
    # An IOU of 12,000.00, 4,000.00 paid on 2026-10-08: 8,000.00 owed; the property scale charges 50 yuan up
    # to 10,000 (诉讼费用交纳办法第十三条第（一）项) — on 12,000 it would have been
    # 50 + (12,000 − 10,000) × 2.5% = 100.00.
    ("iou-partly-paid", "拖欠的工资8,000.00元（共12,000.00元，已支付4,000.00元）", "8,000.00", "50.00"),
])
def test_the_first_filings_ask_what_is_still_owed(case, asked, total, fee):
    assessment = assess(load_case(CASES / f"{case}.json"))
    application = arbitration_application(assessment)
    assert asked in application["claims"][0]["request"]
    assert application["total"] == total
    assert "已扣除被申请人已支付的" in application["total_words"]
    complaint = court_complaint(assessment)
    assert asked in complaint["items"]["wages"]["detail"]
    assert complaint["total"] == total
    assert asked in inspection_complaint(assessment)["inspection_requests"][0]
    assert court_fee(assessment)["full"] == fee


def test_an_unhonoured_agreement_is_evidence_and_the_summary_sues_on_it():
    """The suit rests on the agreement (劳动争议解释（一）第五十一条第二款): it is in the evidence list, the
    complaint's evidence and its 附 line; the summary's first step is the plan's, a direct suit."""
    assessment = assess(load_case(CASES / "mediation-unhonoured.json"))
    assert evidence_list(assessment)["evidence"][0]["name"] == "调解协议书"
    complaint = court_complaint(assessment)
    assert complaint["evidence"][0]["name"] == "调解协议书"
    assert complaint["attachments"].startswith("调解协议书")
    step = dict(worker_answers(assessment))["第一步做什么？"]
    assert "直接到厦门市思明区人民法院起诉" in step
    assert "申请仲裁" not in step


def test_a_signed_agreement_says_the_payment_order_once():
    said = "\n".join(dict(worker_answers(assess(load_case(CASES / "mediation-signed.json")))).values())
    assert said.count("申请支付令") == 1


@pytest.mark.parametrize(("case", "decision", "stage", "total", "absent"), [
    # An award of 12,000 + 4,500 = 16,500 in force (received 2026-10-23, 15 days to sue ended 2026-11-09),
    # 3,000 paid on 2026-11-06: enforcement by 2026-10-30 + 2 years = 2028-10-30 (民事诉讼法第二百五十条).
    ("final-award-unpaid", "厦劳人仲案〔2026〕1088号仲裁裁决书", "仲裁裁决已经生效", "16,500.00",
     "不服裁决"),
    # A judgment of 15,600 in force: no award to set aside, no 16,500 claimed before it.
    ("judgment-unpaid", "（2026）闽0203民初8821号民事判决书", "法院判决已经生效", "15,600.00",
     "撤销终局裁决"),
])
def test_an_enforcement_packet_follows_the_stage(case, decision, stage, total, absent):
    assessment = assess(load_case(CASES / f"{case}.json"))
    evidence = [e["name"] for e in evidence_list(assessment)["evidence"]]
    assert evidence[0] == decision
    assert not any("裁决书送达回证" in name for name in evidence)  # the commission keeps it (s6 clerk)
    assert not any("聊天记录" in name or "工资条" in name for name in evidence)
    sheet = procedure_sheet(assessment)
    assert sheet["stage"].startswith(stage)
    assert sheet["total"] == total
    told = "\n".join([sheet["stage"], sheet["limitation"], *sheet["bodies"],
                      *(f"{s['step']}{s['when']}" for s in sheet["steps"])])
    assert "申请强制执行" in told
    assert absent not in told
    assert "2026-" not in told  # dates as a filing writes them


def test_the_award_evidence_lists_the_payment_received():
    assessment = assess(load_case(CASES / "final-award-unpaid.json"))
    evidence = [e["name"] for e in evidence_list(assessment)["evidence"]]
    assert "收款记录（2026年11月6日，3,000.00元）" in evidence


def test_a_signed_agreement_plan_says_it_is_signed():
    sheet = procedure_sheet(assess(load_case(CASES / "mediation-signed.json")))
    assert sheet["stage"].startswith("已签订调解协议，用人单位最迟在2026年12月15日当天付清")
    assert "尚未申请仲裁" not in sheet["stage"]


@pytest.mark.parametrize(("path", "said", "proof"), [
    # The IOU's date and the day it promised payment are in the worker's account only: the application
    # tells it.
    (EXAMPLES / "05-wage-iou.json", "2026年7月10日出具加盖公章的工资欠条，承诺2026年8月31日前付清", None),
    (CASES / "iou-partly-paid.json", "2026年9月5日，被申请人站长向申请人出具工资欠条",
     "收款记录（2026年10月8日，银行转账）原件及复印件，证明被申请人已支付4,000.00元"),
    # «就支付…工资达成», not «…工资的支付达成»
    (CASES / "mediation-unhonoured.json", "就支付2026年8月1日至2026年9月30日期间拖欠的工资达成调解协议",
     "收款记录（2026年10月30日）原件及复印件，证明被申请人已支付2,000.00元"),
])
def test_the_payment_order_tells_the_iou_and_lists_the_payments(path, said, proof):

    context = payment_order(assess(load_case(path)))
    assert said in "".join(context["facts"])
    assert "的支付达成" not in "".join(context["facts"])
    if proof:
        assert any(proof in line for line in context["proofs"])
    assert context["proofs"][-1].endswith("申请人身份证复印件，证明申请人的身份。")


def test_the_calendar_cites_in_order_with_chinese_dates():
    """The award's enforcement entry: 民事诉讼法第二百四十八条、第二百五十条 together, then
    调解仲裁法第五十一条; its note's day is 2026年10月30日, not 2026-10-30."""
    import icalendar

    from lawgen.calendar import case_calendar
    data = case_calendar(assess(load_case(CASES / "final-award-unpaid.json")))
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    text = next(str(e["description"]) for e in events if "强制执行" in str(e["summary"]))
    assert ("《中华人民共和国民事诉讼法》第二百四十八条、第二百五十条；"
            "《中华人民共和国劳动争议调解仲裁法》第五十一条") in text
    assert "2026年10月30日" in text and "2026-10-30" not in text



def test_the_complaint_keeps_each_type_box_with_its_label():
    """«社会服务机构 / ☐» split over two lines: a no-break space ties each box to its label (LibreOffice
    breaks CJK text between any two characters, a word joiner included)."""
    import zipfile

    from lawgen.documents.render import template_path
    xml = zipfile.ZipFile(template_path("court_complaint")).read("word/document.xml").decode()
    line = xml[xml.index("有限责任公司"):xml.index("{{ r.type.other }}") + 20]
    assert line.count("☐") == 13 and line.count("\u00a0☐") == 13  # 所有制性质 has its own line (s7)
    assert line.count("\u00a0{{ r.type.") == 3
