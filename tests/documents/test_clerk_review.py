"""What a filing clerk rejected when reading every page of the packets (issue 11, second review): typed
amounts, research notes in the caveats, the wage-IOU suit's caption, boxes left unticked where the case
says the answer, the evidence list's header and the closing kept with the last paragraphs."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from lawgen.documents.caveats import parameter_caveat, plain_source
from lawgen.documents.context import BUILDERS
from lawgen.documents.fields import amounts_as_filed
from lawgen.documents.packet import document_text, packet_documents, render_document
from lawgen.documents.render import render_docx, template_path
from lawgen.documents.summary import worker_answers
from lawgen.law.parameters import ParameterValue, Status
from tests.support.documents_cases import assessment, assessment_of, case_data


def _text(kind: str, data: dict, tmp_path: Path) -> str:
    path = tmp_path / f"{kind}.docx"
    path.write_bytes(render_docx(template_path(kind), BUILDERS[kind](assessment_of(data))))
    return "\n".join(document_text(path))


# --- 2. one way to print an amount ---------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "filed"), [
    ("载明欠发工资12000元。", "载明欠发工资12,000.00元。"),  # thousands separator, two decimals
    ("共16,500元", "共16,500.00元"),  # a separator already typed: the decimals added
    ("1.2万元", "12,000.00元"),  # 1.2 × 10,000
    ("每单3.5元/单", "每单3.50元/单"),
    ("已付12,000.00元", "已付12,000.00元"),  # already as filed: unchanged
    ("0.125元", "0.13元"),  # half-up to the fen, once
    ("2026年7月至8月", "2026年7月至8月"),  # no 元: not an amount
    ("工作3天", "工作3天"),
])
def test_typed_amounts_are_written_as_filings_write_figures(typed: str, filed: str) -> None:
    assert amounts_as_filed(typed) == filed


def test_amounts_in_facts_and_evidence_print_as_the_claims_do(tmp_path: Path) -> None:
    data = case_data()
    data["facts"] = "申请人月工资6000元，被申请人拖欠16500元。"
    data["evidence"][0]["proves"] = "被申请人承认欠款16500元"
    for kind in ("arbitration_application", "inspection_complaint", "evidence_list"):
        text = _text(kind, data, tmp_path)
        assert "16500元" not in text and "16,500.00元" in text, kind
    application = _text("arbitration_application", data, tmp_path)
    # The wage the facts already state (6,000.00元) is not told a second time.
    assert "申请人月工资6,000.00元" in application and "申请人月工资为6,000.00元。" not in application


# --- 1. the caveats, in words a worker reads ----------------------------------------------------------

@pytest.mark.parametrize(("source", "title"), [
    ("厦门广电网 2025-04-01《厦门最低工资标准今起上调》（与厦门日报一致）；劳动法第四十八条",
     "厦门广电网2025年4月1日《厦门最低工资标准今起上调》；劳动法第四十八条"),
    ("福建省统计局 tjj.fujian.gov.cn/xxgk/tjxx/gzqk/202506/t20250612_6924342.htm"
     "（二手资料引用；另有资料称112185元）", "福建省统计局"),
    ("苏高法电〔2024〕9号（2022年数据，转载）", "苏高法电〔2024〕9号"),
    ("上海2021年全口径平均工资136757元（沪人社综〔2022〕133号）×50%，转载；其后通知未找到",
     "上海2021年全口径平均工资136757元（沪人社综〔2022〕133号）×50%"),
    ("民法典第一百八十八条（三年诉讼时效；文字据公开文本，未与国家法律法规数据库核对）",
     "民法典第一百八十八条"),
])
def test_a_source_is_cited_by_its_title_and_date_without_the_research_notes(source: str, title: str) -> None:
    assert plain_source(source) == title


def _value(name: str, value: str, status: Status, **extra) -> ParameterValue:
    return ParameterValue(name=name, region="350000", value=Decimal(value),
                          effective_from=dt.date(2025, 6, 12),
                          source="福建省统计局（二手资料引用；另有资料称112185元）", status=status, **extra)


@pytest.mark.parametrize(("value", "expected"), [
    (_value("small_claims_avg_wage", "112377", Status.conflict, alternatives=(Decimal("112185"),),
            statistic_year=2024),
     "上年度就业人员年平均工资：112,377.00元，2024年度的数字，2025年6月12日起适用。"
     "不同资料给出的数字不一致（另有资料为112,185.00元）。资料：福建省统计局。"),
    # the unit in the title's brackets goes with the figure: «（工作日）5» -> «5个工作日»
    (_value("inspection_acceptance_working_days", "5", Status.secondary),
     "劳动保障监察受理期限：5个工作日，2025年6月12日起适用。这个数字取自转载的资料，未与官方发布的原文核对。"
     "资料：福建省统计局。"),
    (_value("min_wage_monthly", "2030", Status.secondary, date_note="起始日期未经证实（资料称可能为2022年）"),
     # s7: a date note says what the day is, never «起适用» (the clerk's finding 7)
     "月最低工资标准：2,030.00元，2025年6月12日（起始日期未经证实，资料称可能为2022年）。"
     "这个数字取自转载的资料，未与官方发布的原文核对。资料：福建省统计局。"),
])
def test_each_caveat_says_the_figure_the_doubt_and_the_source(value: ParameterValue, expected: str) -> None:
    assert parameter_caveat(value) == expected


RESEARCH_WORDS = ("二手资料", "来源等级", "来源：", "推算，未经证实", "未经证实", "系推算", "转载；",
                  "（工作日）")


@pytest.mark.parametrize("case", ["example", "award-with-agent", "wage-iou"])
def test_the_procedure_sheet_says_each_caveat_once_without_research_notes(case: str, tmp_path: Path) -> None:
    text = _text("procedure_sheet", case_data(case), tmp_path)
    assert not [word for word in RESEARCH_WORDS if word in text]
    caveat = text[text.index("需要核对的数字"):]
    assert text.count("请在受理窗口问清楚") == 1  # the instruction once, for all the figures
    assert caveat.count("月最低工资标准：2,265.00元") == 1
    assert "小额诉讼是否同样减半" in caveat or "工资欠条案件的诉讼费" in caveat
    assert "推算" not in text[:text.index("需要核对的数字")]  # the fee's doubt is said in the caveats only


# --- 3. the wage-IOU suit is an ordinary civil dispute ------------------------------------------------

def test_the_wage_iou_suit_is_captioned_as_the_article_says(tmp_path: Path) -> None:
    names = [spec.file_name for spec in packet_documents(assessment("wage-iou"))]
    assert "02-民事起诉状（拖欠劳动报酬争议）.docx" in names
    text = _text("court_complaint", case_data("wage-iou"), tmp_path)
    # 劳动争议解释（一）第十五条: 视为拖欠劳动报酬争议，人民法院按照普通民事纠纷受理
    assert text.splitlines()[:2] == ["民事起诉状", "（拖欠劳动报酬争议）"]
    assert "劳动争议纠纷" not in text
    assert "第十五条，以工资欠条为证据直接起诉，按照普通民事纠纷受理" in text.splitlines()[2]
    assert "案由：拖欠劳动报酬争议" in _text("evidence_list", case_data("wage-iou"), tmp_path)


def test_a_complaint_after_an_award_stays_a_labor_dispute(tmp_path: Path) -> None:
    text = _text("court_complaint", case_data("award-with-agent"), tmp_path)
    assert text.splitlines()[:2] == ["民事起诉状", "（劳动争议纠纷）"]
    assert "普通民事纠纷" not in text
    assert "劳动争议一案" in _text("power_of_attorney", case_data("award-with-agent"), tmp_path)


def test_the_power_of_attorney_for_an_iou_suit_names_the_dispute_as_the_court_does(tmp_path: Path) -> None:
    data = case_data("wage-iou")
    data["agent"] = {"name": "王律师", "organization": "某律师事务所", "license_number": "13502201010123456"}
    text = _text("power_of_attorney", data, tmp_path)
    assert "厦门速达即时配送服务有限公司拖欠劳动报酬争议一案一审诉讼阶段" in text
    assert "执业证号：13502201010123456" in text


# --- 5. 电子送达 and 6. item 10 (诉前保全): ticked as the case says, open when it does not -----------------

@pytest.mark.parametrize(("consent", "application", "complaint"), [
    (True, "同意☑（短信，手机号码：13812345678）　不同意☐", "是☑　方式：短信☑13812345678"),
    (False, "同意☐（短信，手机号码：13812345678）　不同意☑", "否☑"),
    (None, "同意☐（短信，手机号码：13812345678）　不同意☐", "是☐　方式：短信☐13812345678"),
])
def test_electronic_service_is_ticked_from_the_case(consent, application, complaint, tmp_path: Path) -> None:
    data = case_data("wage-iou")
    if consent is not None:
        data["worker"]["electronic_service"] = consent
    assert application in _text("arbitration_application", data, tmp_path)
    assert complaint in _text("court_complaint", data, tmp_path)
    told = [answer for _, answer in worker_answers(assessment_of(data)) if "电子送达" in answer]
    assert bool(told) is (consent is None)  # the worker is told to tick only what the case leaves open


@pytest.mark.parametrize(("preservation", "lines"), [
    (None, ["是☐　保全法院：________　保全时间：________　保全案号/文书：________", "否☐"]),
    ({"applied": False}, ["是☐　保全法院：________　保全时间：________　保全案号/文书：________", "否☑"]),
    ({"applied": True, "court": "厦门市思明区人民法院", "applied_on": "2026-11-01",
      "case_number": "（2026）闽0203财保12号"},
     ["是☑　保全法院：厦门市思明区人民法院　保全时间：2026年11月1日　"
      "保全案号/文书：（2026）闽0203财保12号", "否☐"]),
])
def test_item_10_preservation_is_ticked_from_the_case(preservation, lines: list[str], tmp_path: Path) -> None:
    data = case_data("award-with-agent")
    data["procedure"]["preservation"] = preservation
    text = _text("court_complaint", data, tmp_path).splitlines()
    item = text.index("10. 是否已经申请诉前保全")
    assert text[item + 1:item + 3] == lines
    told = [answer for _, answer in worker_answers(assessment_of(data)) if "诉前保全" in answer]
    assert bool(told) is (preservation is None)


# --- 4. layout: the evidence list's header, the closing kept with the last paragraphs -----------------

def test_the_evidence_list_names_the_other_party_on_a_line_of_its_own(tmp_path: Path) -> None:
    data = case_data()
    data["respondents"][0]["name"] = "厦门" + "速达" * 8 + "公司"  # 20 characters
    lines = _text("evidence_list", data, tmp_path).splitlines()
    assert lines[2] == "案由：劳动争议　　提交人：林小海"
    assert lines[3] == "对方当事人：厦门速达速达速达速达速达速达速达速达公司"


@pytest.mark.parametrize("kind", ["arbitration_application", "inspection_complaint"])
def test_the_last_evidence_items_keep_with_the_closing(kind: str, tmp_path: Path) -> None:
    from docx import Document

    spec = next(s for s in packet_documents(assessment()) if s.kind == kind)
    path = tmp_path / "document.docx"
    path.write_bytes(render_document(spec, assessment()))
    paragraphs = Document(str(path)).paragraphs
    closing = next(n for n, p in enumerate(paragraphs) if p.text.strip() == "此致")
    evidence = [p for p in paragraphs[:closing] if p.text.startswith(("1. 微信", "2. 银行", "3. 骑手"))]
    assert len(evidence) == 3
    # each evidence item and every closing line up to the signature stays on the page of the next
    assert all(p.paragraph_format.keep_with_next for p in evidence)
    assert all(p.paragraph_format.keep_with_next or p.style.paragraph_format.keep_with_next
               for p in paragraphs[closing - 1:closing + 2])


# --- 7. item 12: the power of attorney for this stage and body ---------------------------------------

@pytest.mark.parametrize(("case", "body", "special"), [
    # before an award: the commission (劳动争议调解仲裁法第二十四条), arbitration requests
    ("example", "厦门市劳动人事争议仲裁委员会：",
     "代为承认、放弃、变更仲裁请求，进行和解，代为签收裁决书、调解书。"),
    # after an award: the court (民事诉讼法第六十二条), claims, counterclaim or appeal
    ("award-with-agent", "厦门市思明区人民法院：",
     "代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉。"),
])
def test_the_power_of_attorney_speaks_to_its_body(case: str, body: str, special: str, tmp_path: Path) -> None:
    data = case_data(case)
    data["agent"] = {"name": "王律师", "authority": "special", "id_number": "350203198001010011"}
    text = _text("power_of_attorney", data, tmp_path)
    assert body in text.splitlines()
    assert "特别授权：除一般授权事项外，" + special in text
    assert "公民身份号码：350203198001010011" in text
    assert ("仲裁" in special) is ("劳动争议仲裁阶段" in text)


def test_an_agent_without_an_id_or_licence_number_is_a_gap() -> None:
    from lawgen.documents.gaps import filing_gaps

    gaps = [gap.render("zh") for gap in filing_gaps(assessment("award-with-agent"))]
    assert "受托人王律师的公民身份号码或执业证号未填写（授权委托书要求写明）" in gaps
    data = case_data("award-with-agent")
    data["agent"]["license_number"] = "13502201010123456"
    assert not [gap for gap in filing_gaps(assessment_of(data)) if "受托人" in gap.render("zh")]


CASE_FILES = sorted(Path(__file__).resolve().parents[2].joinpath("examples").glob("*.json")) + sorted(
    Path(__file__).resolve().parents[1].joinpath("cases").glob("*.json"))
_AMOUNT = re.compile(r"(?<![\d,.])\d[\d,]*(?:\.\d+)?元")
_AS_FILED = re.compile(r"\d{1,3}(?:,\d{3})*\.\d\d元")
_TITLE = re.compile(r"《[^》]*》")  # a cited title is quoted as published («…调至2265元»)


@pytest.mark.parametrize("case_file", CASE_FILES, ids=lambda p: p.stem)
def test_every_amount_in_every_document_is_printed_one_way(case_file: Path, tmp_path: Path) -> None:
    case = assessment_of(json.loads(case_file.read_text(encoding="utf-8")))
    odd = []
    for spec in packet_documents(case):
        path = tmp_path / spec.file_name
        path.write_bytes(render_document(spec, case))
        text = _TITLE.sub("", "\n".join(document_text(path)))
        odd += [(spec.kind, m.group(0)) for m in _AMOUNT.finditer(text)
                if not _AS_FILED.fullmatch(m.group(0))]
    assert odd == []
