"""What the filing clerk found in the packets (session 7): the procedure sheet's deadlines (§14.2's «at
risk, not lost» and the last chance; an inspection day on a weekend), the computation's warnings on the
sheet, the court complaint's award items, the payment order's demand, the complaint's ownership label,
the date notes and the guide's annual-leave articles."""

from __future__ import annotations

import json
import zipfile

import pytest

from lawgen.case import parse_case
from lawgen.documents.context import court_complaint, procedure_sheet
from lawgen.documents.render import template_path
from lawgen.documents.stage_documents import payment_order
from lawgen.law import assess
from tests.support.documents_cases import ROOT, assessment_of, variant

EXAMPLES = ROOT / "examples"


def _example(name: str):
    return assess(parse_case(json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))))


def test_example_03s_sheet_says_the_first_deadline_is_not_the_last_chance():
    # Example 03, judged 2026-11-28, no contract 2025-09-01..2026-09-30 (legal-facts §14.2):
    # double wage — the period's last day 2026-10-01 rolls past 国庆 to 2026-10-08 (民法典第二百零三条), so
    # under the safest view it lapsed then; month by month one more month lapses after 2026-11-30; the
    # latest view (one year after the period's end 2026-08-31) allows it until 2027-08-31.
    # Severance and wages: one year from the end 2026-09-30 -> 2027-09-30.
    limitation = procedure_sheet(_example("03-food-delivery-no-contract"))["limitation"]
    assert "2026年11月30日（最后一日，当天有效）" not in limitation
    assert "2026年11月30日是最早的时效截止日，不是最后机会" in limitation
    assert "按最严格的观点已于2026年10月8日超过时效，有风险但不一定要不回" in limitation
    assert "按其他观点最迟2027年8月31日（最后一日，当天有效）" in limitation
    assert "第2项（支付违法解除劳动合同赔偿金）：2027年9月30日（最后一日，当天有效）" in limitation
    steps = procedure_sheet(_example("03-food-delivery-no-contract"))["steps"]
    assert steps[0]["when"].startswith("2026年11月30日；")  # no «最后一日» for the first of several days


def test_a_single_running_deadline_stays_the_last_day():
    # Example 01: one deadline for every claim (not_last false): printed as the last day, as before.
    limitation = procedure_sheet(_example("01-food-delivery-unlawful-dismissal"))["limitation"]
    assert "（最后一日，当天有效）（劳动争议调解仲裁法第二十七条）" in limitation
    assert "不是最后机会" not in limitation


def test_an_inspection_day_on_a_weekend_is_said_and_not_rolled():
    # Example 03: wages owed until 2026-09-30; two years (劳动保障监察条例第二十条) -> 2028-09-30, a
    # Saturday; not a filing period rolled by 民法典第二百零三条: complain on the working day before.
    sheet = procedure_sheet(_example("03-food-delivery-no-contract"))
    said = "2028年9月30日（星期六，不顺延：请在此前的工作日投诉）"
    assert f"投诉欠薪：{said}" in sheet["limitation"]
    assert sheet["steps"][-1]["when"].startswith(said)
    assert "2028年9月30日（最后一日" not in json.dumps(sheet, ensure_ascii=False)


def test_the_sheet_says_the_severance_cap_could_not_be_checked():
    # Example 06: 360,000 claimed, no average wage given: the 3× cap (劳动合同法第四十七条第二款) unchecked.
    caveats = procedure_sheet(_example("06-truck-driver-long-service"))["caveats"]
    assert any("无法核对三倍封顶（劳动合同法第四十七条第二款）" in line and line.startswith("第1项请求")
               for line in caveats)


def test_no_date_note_is_called_a_start_of_application():
    caveats = "".join(procedure_sheet(_example("06-truck-driver-long-service"))["caveats"])
    assert "2025年6月12日（统计数据公布日；适用日期未查到）" in caveats
    assert "2025年6月12日起适用" not in caveats




def _award(items: list[dict]):
    def change(data: dict) -> None:
        data["procedure"] = {"arbitration": {
            "applied_on": "2026-08-01", "commission": "厦门市劳动人事争议仲裁委员会",
            "award_date": "2026-09-01", "received_on": "2026-09-02",
            "case_number": "厦劳人仲案字〔2026〕第1号",
            "items": items}}
    return change


@pytest.mark.parametrize(("items", "requests", "outcome", "mixed"), [
    # One final item granted, one non-final: a mixed award (劳动争议解释（一）第二十条).
    ([{"kind": "unpaid_wages", "amount": "14000", "final": True},
      {"kind": "severance", "amount": "6090", "final": False}],
     "支付拖欠工资、支付解除劳动合同经济补偿",
     "支付拖欠工资14,000.00元（终局裁决）；支付解除劳动合同经济补偿6,090.00元（非终局裁决）。", True),
    # A rejected item, all non-final: no mixed sentence.
    ([{"kind": "unpaid_wages", "amount": "0", "final": False}],
     "支付拖欠工资", "支付拖欠工资：驳回（非终局裁决）。", False),
])
def test_the_complaint_after_an_award_states_its_items(items, requests, outcome, mixed):
    lines = court_complaint(assessment_of(variant("example", _award(items))))["facts_items"]["arbitration"]
    assert f"仲裁请求：{requests}" in lines
    result = next(line for line in lines if line.startswith("仲裁结果："))
    assert result.startswith(f"仲裁结果：{outcome}")
    assert ("按非终局裁决处理" in result) is mixed
    assert "________" not in "".join(lines[1:2]) and "仲裁结果：________" not in lines


def _demand(data: dict) -> None:
    data["procedure"].setdefault("events", []).append(
        {"kind": "demanded_payment", "on": "2026-09-01"})


def test_the_payment_order_says_a_demand_only_when_one_is_recorded():
    # Example 05 records no demand: «被申请人至今未支付», no «经申请人催要».
    plain = "".join(payment_order(_example("05-wage-iou"))["facts"])
    assert "经申请人催要" not in plain and "被申请人至今未支付" in plain
    data = json.loads((EXAMPLES / "05-wage-iou.json").read_text(encoding="utf-8"))
    data.setdefault("procedure", {})
    _demand(data)
    demanded = "".join(payment_order(assess(parse_case(data)))["facts"])
    assert "经申请人催要，被申请人至今未支付" in demanded


def test_the_complaint_labels_the_ownership_boxes():
    xml = zipfile.ZipFile(template_path("court_complaint")).read("word/document.xml").decode()
    assert "所有制性质：国有\u00a0☐\u3000民营\u00a0☐\u3000其他\u00a0☐" in xml
    # the e-delivery options on lines of their own: «传真☐_ / _______» no longer breaks mid-blank
    assert "</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"LawTable\"/></w:pPr><w:r><w:t>微信☐" in xml


def test_the_guide_cites_both_annual_leave_articles():
    text = (ROOT / "guides" / "small-claims-guide.md").read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if "没休年休假" in line and "另付" in line)
    # 条例第五条: 300% of the daily wage; 实施办法第十条: the 300% includes the normal wage -> 200% extra.
    assert "职工带薪年休假条例第五条规定按日工资的300%支付" in line
    assert "实施办法第十条" in line


def test_the_demand_letters_signature_keeps_with_its_last_paragraph():
    # The signature and date stood alone on page 2: the last paragraph and the signature keep with next.
    xml = zipfile.ZipFile(template_path("demand_letter")).read("word/document.xml").decode()
    for start in ("本函是本人向贵单位主张权利的书面催告。", "催告人（签名）"):
        paragraph = xml[:xml.index(start)].rsplit("<w:p>", 1)[1]
        assert "<w:keepNext/>" in paragraph, start
