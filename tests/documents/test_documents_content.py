"""The packet of the spec's example case, opened with python-docx: sections, figures, fonts, choices."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from lawgen.documents.fields import BLANK
from lawgen.documents.packet import document_text, generate_packet, packet_documents
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
        "05-催告函.docx",  # nothing filed and no demand yet: the stage's document (stage_documents)
        "06-给劳动者的一页说明.docx",
    ]


def test_application_carries_claims_total_parties_and_commission(example_packet: dict) -> None:
    text = "\n".join(example_packet["01-劳动人事争议仲裁申请书.docx"])
    for claim in CLAIMS:
        assert claim in text
    assert "以上金钱请求合计40,500.00元（人民币肆万零伍佰元整）" in text
    assert "统一社会信用代码：91350203MA34K7Q2YY" in text
    assert "此致\n厦门市劳动人事争议仲裁委员会" in text.replace("　", "")
    assert "申请人（签名）" in text and "2026年11月28日" in text
    assert "本申请书副本1份" in text
    assert "请携带" not in text and "提交份数" not in text  # instructions to the worker are in the summary
    # the computed amounts show their formula, each claim its articles: the law in 《》, named once
    assert "月工资6,000.00元÷21.75天÷8小时×（87小时×150%）＝4,500.00元" in text
    assert "依据《中华人民共和国劳动合同法》第四十七条、第四十八条、第八十七条。" in text
    # the facts told once: the worker's text says the start and the contract, so only wage and end follow
    assert "申请人自2025年3月1日起在被申请人处工作" not in text and text.count("未签订书面劳动合同") == 1
    assert "申请人月工资为6,000.00元。" in example_packet["01-劳动人事争议仲裁申请书.docx"]
    assert "送达地址：福建省厦门市思明区莲前西路100号" in text and "是否同意电子送达" in text


def test_inspection_complaint_asks_for_the_wages_only(example_packet: dict) -> None:
    text = "\n".join(example_packet["02-劳动保障监察投诉书.docx"])
    assert "请求责令被投诉单位支付投诉人2026年7月1日至2026年8月31日期间拖欠的工资12,000.00元" in text
    assert "赔偿金" not in text.split("违法事实")[0]
    assert "厦门市人力资源和社会保障局" in text
    assert "被申请人" not in text and "申请人" not in text  # its own terms, in the worker's facts too
    assert "投诉人自2025年3月1日起在被投诉单位处从事外卖配送工作" in text


def test_procedure_sheet_explains_this_case(example_packet: dict) -> None:
    text = "\n".join(example_packet["04-程序对比表.docx"])
    assert "2027年8月31日（最后一日，当天有效）" in text  # the limitation deadline, not «…前»
    assert "适用小额诉讼程序" in text
    assert "本省小额诉讼标的额上限为56,188.50元" in text
    assert ("上年度就业人员年平均工资：112,377.00元，2024年度的数字，"
            "2025年6月12日（统计数据公布日；适用日期未查到）。"
            # its day is the statistic's publication day (legal-facts §10.2: no High Court notice found)
            "不同资料给出的数字不一致（另有资料为112,185.00元）。"
            "资料：福建省统计局。") in text
    assert text.count("以新通知为准") == 1  # the caveat said once
    assert "一审终审，不能上诉" in text  # the comparison
    assert "5.00元（减半，须核实）" in text and "10.00元" in text  # this case's fee, 第十三条第（四）项
    for leak in ("min_wage_monthly", "--set", "得分", "/100", "gov.cn"):
        assert leak not in text


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
        "05-给劳动者的一页说明.docx",
    ]
    text = "\n".join(document_text(paths[0]))
    assert "厦劳人仲案〔2026〕第1234号" in text and "仲裁结果：驳回原告的全部仲裁请求。" in text
    # received 2026-11-20 + 15 days = Saturday 2026-12-05 → Monday 2026-12-07 (民事诉讼法第八十五条)
    assert "起诉期限最后一日为2026年12月7日" not in text  # the filing states facts, not advice
    assert "有☑　无☐" in text and "特别授权☑" in text
    assert "1. 工资支付\n是☑　否☐" in text
    assert "7. 违法解除劳动合同赔偿金" in text and "40,500.00元（人民币肆万零伍佰元整）" in text
    assert "厦门市思明区人民法院" in text
    poa = "\n".join(document_text(paths[3]))
    assert "王律师" in poa and "特别授权☑" in poa and "委托人（签名）" in poa


def test_wage_iou_complaint_is_the_direct_suit_form(tmp_path: Path) -> None:
    names = [s.file_name for s in packet_documents(assessment("wage-iou"))]
    # 劳动争议解释（一）第十五条: heard as an ordinary civil case, named so
    assert "02-民事起诉状（拖欠劳动报酬争议）.docx" in names
    paths = generate_packet(assessment("wage-iou"), tmp_path)
    text = "\n".join(document_text(tmp_path / "02-民事起诉状（拖欠劳动报酬争议）.docx"))
    assert "适用法律问题的解释（一）》第十五条直接向人民法院起诉" in text
    assert "工资欠条原件及复印件" in text
    assert "申请人" not in text  # the worker's facts in the complaint's terms
    assert len(paths) == 7  # with the IOU's payment order application (stage_documents)


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
    first_row = evidence.index("证据形式") + 1
    # five numbered rows, at least 1 cm tall, their ruled cells empty to write in: not an empty table
    assert evidence[first_row: first_row + 6] == [*"12345", f"共{BLANK}项证据，合计{BLANK}页。"]
    rows = Document(str(tmp_path / "03-证据清单.docx")).tables[0].rows[1:]
    assert len(rows) == 5 and all(row.height is not None and row.height.cm >= 1 for row in rows)
    assert all(cell.text == "" for row in rows for cell in row.cells[1:])
