"""The packet of the spec's example case, opened with python-docx: sections, figures, fonts, choices."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from lawgen.documents.fields import BLANK
from lawgen.documents.packet import document_text, generate_packet, packet_documents
from lawgen.money import amount_in_words
from tests.support.documents_cases import assessment, assessment_of, case_data

CLAIMS = (
    "请求裁决被申请人支付申请人2026年7月1日至2026年8月31日期间拖欠的工资12,000.00元",
    "请求裁决被申请人支付申请人2026年6月1日至2026年8月31日期间的加班费4,500.00元",
    "请求裁决被申请人支付申请人违法解除劳动合同的赔偿金24,000.00元",
)


@pytest.fixture(scope="module")
def example_packet(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    folder = tmp_path_factory.mktemp("packet")
    paths = generate_packet(assessment(), folder)
    return {path.name: document_text(path) for path in paths}


def test_example_packet_has_the_documents_its_routes_call_for(example_packet: dict) -> None:
    assert list(example_packet) == [
        "01-劳动人事争议仲裁申请书.docx", "02-劳动保障监察投诉书.docx",
        "03-证据清单.docx", "04-程序对比表.docx",
    ]


def test_application_carries_claims_total_parties_and_commission(example_packet: dict) -> None:
    text = "\n".join(example_packet["01-劳动人事争议仲裁申请书.docx"])
    for claim in CLAIMS:
        assert claim in text
    assert "以上金钱请求合计40,500.00元（人民币肆万零伍佰元整）" in text
    assert "统一社会信用代码：91350203MA34K7Q2YY" in text
    assert "此致\n厦门市劳动人事争议仲裁委员会" in text.replace("　", "")
    assert "申请人（签名）" in text and "2026年11月28日" in text
    assert "本申请书一式2份" in text
    # the computed amounts show their formula, each claim its articles
    assert "月工资6,000.00元÷21.75天÷8小时×（87小时×150%）＝4,500.00元" in text
    assert "依据劳动合同法第四十八条、劳动合同法第八十七条、劳动合同法第四十七条" in text
    # the worker's facts keep their own paragraph, then the employment facts follow
    assert "申请人月工资为6,000.00元。" in example_packet["01-劳动人事争议仲裁申请书.docx"]


def test_inspection_complaint_asks_for_the_wages_only(example_packet: dict) -> None:
    text = "\n".join(example_packet["02-劳动保障监察投诉书.docx"])
    assert "请求责令被投诉单位支付投诉人2026年7月1日至2026年8月31日期间拖欠的工资12,000.00元" in text
    assert "赔偿金" not in text.split("违法事实")[0]
    assert "厦门市人力资源和社会保障局" in text
    assert "2028年8月31日前投诉" in text


def test_procedure_sheet_explains_this_case(example_packet: dict) -> None:
    text = "\n".join(example_packet["04-程序对比表.docx"])
    assert "2027年8月31日前" in text  # the limitation deadline
    assert "适用小额诉讼程序" in text
    assert "小额诉讼标的额上限：56,188.50元" in text and "2024年度数据" in text
    assert "资料数字不一致，请以官方通知为准" in text  # the threshold's status
    assert "不能上诉，一审终审（民事诉讼法第一百六十五条）" in text  # the §12 comparison
    # Each non-statute parameter's warning, named in words: no parameter id in a sheet (issue 10).
    for title in ("月最低工资标准=2265", "上年度就业人员年平均工资=112377"):
        assert title in text
    for name in ("min_wage_monthly", "small_claims_avg_wage", "small_claims_mandatory_max", "--set"):
        assert name not in text


def test_no_template_syntax_or_missing_values_leak(example_packet: dict, tmp_path: Path) -> None:
    award = generate_packet(assessment("award-with-agent"), tmp_path / "award")
    iou = generate_packet(assessment("wage-iou"), tmp_path / "iou")
    texts = [*example_packet.values(), *(document_text(p) for p in award + iou)]
    for lines in texts:
        text = "\n".join(lines)
        for leak in ("{{", "}}", "{%", "%}", "None", "nan", "Undefined"):
            assert leak not in text


def test_body_text_takes_the_templates_east_asian_font(tmp_path: Path) -> None:
    for path in generate_packet(assessment("award-with-agent"), tmp_path):
        document = Document(str(path))
        for paragraph in document.paragraphs:
            if not paragraph.text.strip():
                continue
            for run in paragraph.runs:  # no run overrides the style's fonts
                fonts = run._r.rPr.find(qn("w:rFonts")) if run._r.rPr is not None else None
                assert fonts is None, (path.name, paragraph.text)
            assert _east_asian_font(paragraph.style) in {"宋体", "黑体", "楷体"}, (path.name, paragraph.text)
        styles = document.styles.element.xml
        assert "Theme=" not in styles and "eastAsiaTheme" not in styles


def _east_asian_font(style) -> str | None:
    while style is not None:
        rpr = style.element.rPr
        fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        if fonts is not None and fonts.get(qn("w:eastAsia")):
            return fonts.get(qn("w:eastAsia"))
        style = style.base_style
    return None


def test_body_style_is_songti_xiaosi(tmp_path: Path) -> None:
    path = generate_packet(assessment(), tmp_path)[0]
    style = Document(str(path)).styles["LawBody"]
    assert _east_asian_font(style) == "宋体"
    assert style.font.size.pt == 12  # 小四


def test_complaint_after_an_award_names_it(tmp_path: Path) -> None:
    paths = generate_packet(assessment("award-with-agent"), tmp_path)
    assert [p.name for p in paths] == [
        "01-民事起诉状（劳动争议纠纷）.docx", "02-证据清单.docx", "03-程序对比表.docx", "04-授权委托书.docx",
    ]
    text = "\n".join(document_text(paths[0]))
    assert "厦劳人仲案〔2026〕第1234号" in text and "仲裁结果：驳回申请人的全部仲裁请求。" in text
    # received 2026-11-20 + 15 days = Saturday 2026-12-05 → Monday 2026-12-07 (民事诉讼法第八十五条)
    assert "应于2026年12月7日前起诉" in text
    assert "有☑　无☐" in text and "特别授权☑" in text
    assert "1. 工资支付\n是☑　否☐" in text
    assert "7. 违法解除劳动合同赔偿金" in text and "40,500.00元（人民币肆万零伍佰元整）" in text
    assert "厦门市思明区人民法院" in text
    poa = "\n".join(document_text(paths[3]))
    assert "王律师" in poa and "特别授权☑" in poa and "委托人（签名）" in poa


def test_wage_iou_complaint_is_the_direct_suit_form(tmp_path: Path) -> None:
    names = [s.file_name for s in packet_documents(assessment("wage-iou"))]
    assert "02-民事起诉状（劳动争议纠纷）.docx" in names
    paths = generate_packet(assessment("wage-iou"), tmp_path)
    text = "\n".join(document_text(tmp_path / "02-民事起诉状（劳动争议纠纷）.docx"))
    assert "依照劳动争议解释（一）第十五条直接向人民法院起诉" in text
    assert "工资欠条原件及复印件" in text
    assert len(paths) == 5


@pytest.mark.parametrize(
    ("change", "included", "excluded"),
    [
        ({}, {"arbitration_application", "inspection_complaint"}, {"court_complaint", "power_of_attorney"}),
        ({"agent": {"name": "王律师"}}, {"power_of_attorney"}, set()),
        ({"procedure": {"arbitration": {"case_number": "1号"}}}, {"court_complaint"},
         {"arbitration_application", "inspection_complaint"}),
    ],
)
def test_routes_decide_the_documents(change: dict, included: set, excluded: set) -> None:
    data = case_data()
    for key, value in change.items():
        data[key] = {**data.get(key, {}), **value} if key == "procedure" else value
    kinds = {spec.kind for spec in packet_documents(assessment_of(data))}
    assert included <= kinds and not (excluded & kinds)
    assert {"evidence_list", "procedure_sheet"} <= kinds


def test_unknown_fields_are_blank_lines_never_none(tmp_path: Path) -> None:
    data = case_data()
    for key in ("ethnicity", "phone", "address", "id_number"):
        data["worker"].pop(key)
    data["respondents"][0] = {"name": "某配送站", "role": "employer"}
    data["evidence"] = []
    data.pop("facts")
    paths = generate_packet(assessment_of(data), tmp_path)
    text = "\n".join(document_text(paths[0]))
    assert f"公民身份号码：{BLANK}" in text and f"统一社会信用代码：{BLANK}" in text
    assert "None" not in text
    evidence = document_text(tmp_path / "03-证据清单.docx")
    assert evidence[evidence.index("原件/复印件") + 1: evidence.index("原件/复印件") + 4] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("0", "人民币零元整"),
        ("10", "人民币壹拾元整"),
        ("100005.05", "人民币壹拾万零伍元零伍分"),
        ("40500.00", "人民币肆万零伍佰元整"),
        ("1000000", "人民币壹佰万元整"),
    ],
)
def test_amount_in_words(amount: str, words: str) -> None:
    assert amount_in_words(Decimal(amount)) == words
