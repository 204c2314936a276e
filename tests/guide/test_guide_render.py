"""《劳动争议小额诉讼程序实用指南》 for Xiamen (350200) on 2026-11-28: the figures, their sources, the
comparison table, the worked examples against ``lawgen check --json``, overrides and errors.

Hand computations (legal-facts §10):
- threshold 50% × Fujian 2024 城镇非私营 average 112,377 = 56,188.50 (民事诉讼法第一百六十五条第一款);
- consent limit 2 × 112,377 = 224,754.00 (第一百六十五条第二款);
- final-award cap 12 × Xiamen monthly minimum wage 2,265 = 27,180.00 (调解仲裁法第四十七条第（一）项).
"""

from __future__ import annotations

import json
import stat
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from lawgen.cli import main
from lawgen.guide.context import example_path
from lawgen.guide.render import GUIDE_SOURCE, read_source
from lawgen.money import format_amount

ON = "2026-11-28"


def _render(tmp: Path, *extra: str, name: str = "guide.docx") -> Path:
    target = tmp / name
    assert main(["guide", "--region", "350200", "--on", ON, "-o", str(target), *extra]) == 0
    return target


def _all_text(document) -> str:
    """Every paragraph and every table cell, in document order of appearance enough for searching."""
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _table(document, first_header: str, second_header: str):
    return [t for t in document.tables
            if t.rows[0].cells[0].text == first_header and t.rows[0].cells[1].text == second_header]


def _row(table, label: str) -> list[str]:
    return next([c.text for c in row.cells] for row in table.rows if row.cells[0].text == label)


@pytest.fixture(scope="module")
def guide(made_guide) -> docx.Document:
    return docx.Document(made_guide())  # what _render(tmp) writes, made once for the files that read it


@pytest.fixture(scope="module")
def guide_text(guide) -> str:
    return _all_text(guide)


def test_threshold_and_consent_limit_with_sources_and_status(guide, guide_text):
    standards = [p.text for p in guide.paragraphs if p.text.startswith("•\t应当适用小额诉讼的上限")]
    assert len(standards) == 1
    assert "56,188.50元" in standards[0]
    assert "民事诉讼法第一百六十五条第一款" in standards[0]
    # the statistic the threshold derives from, in words and with its own source
    assert "2024年全省城镇非私营单位就业人员年平均工资112,377.00元×50%" in standards[0]
    wage_source = next(p.text for p in guide.paragraphs if p.text.startswith("•\t平均工资的来源："))
    # the source as a title, without its web address (nothing for machines in a document for people)
    assert "福建省统计局（二手资料引用；另有资料称112185元）" in wage_source and "gov.cn" not in wage_source
    assert "数字不一致" in wage_source
    assert "状态：不同资料的数字不一致。" in standards[0]  # in plain words; what to do is said once
    consent = next(p.text for p in guide.paragraphs if p.text.startswith("•\t双方约定可以适用的上限"))
    assert "224,754.00元" in consent and "民事诉讼法第一百六十五条第二款" in consent
    # the other published average (112,185) gives 56,092.50 / 224,370.00: shown as the conflict it is
    assert "56,092.50" in guide_text and "224,370.00" in guide_text


def test_final_award_cap(guide_text):
    assert "本地区每项上限为27,180.00元（月最低工资标准2,265.00元×12" in guide_text


def test_comparison_table_time_cost_effect(guide):
    [table] = _table(guide, "项目", "劳动仲裁")
    header = [c.text for c in table.rows[0].cells]
    assert header == ["项目", "劳动仲裁", "小额诉讼程序", "简易程序", "普通程序"]
    time = _row(table, "时间（审限）")
    assert "四十五日" in time[1] and "第四十三条" in time[1]
    assert "两个月" in time[2] and "一个月" in time[2] and "第一百六十八条" in time[2]
    assert "三个月" in time[3] and "第一百六十四条" in time[3]
    assert "六个月" in time[4] and "第一百五十二条" in time[4]
    cost = _row(table, "费用（受理费）")
    assert "不收费" in cost[1]
    assert cost[2].startswith("每件5.00元") and "未经证实" in cost[2]  # 10 halved, derived (§3)
    assert cost[3].startswith("每件5.00元") and "第十六条" in cost[3]
    assert cost[4].startswith("每件10.00元") and "第十三条第（四）项" in cost[4]
    effect = _row(table, "效力（生效）")
    assert "不能上诉" in effect[2]
    assert "十五日" in effect[3] and "第一百七十一条" in effect[3]
    remedy = _row(table, "纠错途径")
    assert "原审法院" in remedy[2] and "第四百二十四条" in remedy[2]


def test_rights_and_duties_are_cited(guide_text):
    for article in ("第二百七十四条", "第二百七十九条", "第四百二十四条", "第十三条第一款", "虚假诉讼",
                    "劳动保障监察条例第二十条", "21.75", "150%", "200%", "300%", "宽放时间", "12348", "12333",
                    "厦门市劳动人事争议仲裁委员会", "厦门市人力资源和社会保障局", "厦门市翔安区人民法院"):
        assert article in guide_text, article


def test_worked_examples_match_lawgen_check(guide, capsys):
    examples = read_source(GUIDE_SOURCE).settings["examples"]
    tables = _table(guide, "序号", "请求事项")
    assert len(tables) == len(examples) == 3
    for entry, table in zip(examples, tables, strict=True):
        capsys.readouterr()
        assert main(["check", str(example_path(entry["file"])), "--json", "--on", ON]) == 0
        checked = json.loads(capsys.readouterr().out)
        rows = [[c.text for c in row.cells] for row in table.rows[1:]]
        claims, total_row = rows[:-1], rows[-1]
        assert len(claims) == len(checked["claims"])
        for row, claim in zip(claims, checked["claims"], strict=True):
            assert row[2] == format_amount(Decimal(claim["amount"]))
            assert row[3] == ("是" if claim["final_award_item"] else "否")
        assert total_row[2] == format_amount(Decimal(checked["total"]))


def test_worked_example_totals_by_hand(guide):
    # 01: 12,000 wages + 6,000/21.75/8×87×1.5 = 4,500 overtime + 2 × (6,000 × 2 months) = 24,000 damages
    # 05: the IOU's 16,500 (three months at 5,500);
    # 03: double wages 5,220 × 11 = 57,420 + damages 2 × (5,220 × 1.5 months for 1 year 1 month) = 15,660
    #     + September's wage 5,220 = 78,300: above 56,188.50, so small claims only by agreement
    totals = [[c.text for c in t.rows[-1].cells][2] for t in _table(guide, "序号", "请求事项")]
    assert totals == ["40,500.00", "16,500.00", "78,300.00"]


def test_override_changes_every_place(tmp_path, guide_text):
    # every line that shows the threshold shows the override instead (the unconfirmed figure's own caveat,
    # which repeats it, goes with it)
    shown = [line for line in guide_text.splitlines() if "56,188.50" in line]
    assert len(shown) >= 5 and "60,000.00" not in guide_text  # standards, comparison, examples, appendix
    overridden = _all_text(docx.Document(_render(tmp_path, "--set", "small_claims_mandatory_max=60000")))
    assert "56,188.50" not in overridden and "56188.50" not in overridden
    assert len([line for line in overridden.splitlines() if "60,000.00" in line]) == len(shown)
    assert "--set" not in overridden  # the override's source in words, not the flag
    assert "用户提供" in overridden


def test_leaflet_carries_the_same_figures(tmp_path, made_guide):
    text = _all_text(docx.Document(made_guide("--leaflet")))
    for figure in ("56,188.50", "224,754.00", "27,180.00", "两个月", "5.00元", "10.00元", "12348", "12333"):
        assert figure in text, figure
    override = ("--set", "small_claims_mandatory_max=60000")
    overridden = _all_text(docx.Document(_render(tmp_path, "--leaflet", *override, name="leaflet2.docx")))
    assert "56,188.50" not in overridden and "60,000.00" in overridden


def test_inserted_text_is_escaped(tmp_path):
    params = tmp_path / "params.toml"
    params.write_text('[parameters.small_claims_mandatory_max]\nvalue = "60000"\n'
                      'source = "**高院通知** | 第1号 # [测试]"\n', encoding="utf-8")
    document = docx.Document(_render(tmp_path, "--params", str(params)))
    appendix = _table(document, "项目", "数值")[0]
    row = _row(appendix, "小额诉讼标的额上限（应当适用）")
    assert len(row) == 5  # the | in the source did not split the row
    assert row[3] == "**高院通知** | 第1号 # [测试]"


def test_document_structure(guide, made_guide):
    section = guide.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297  # A4
    styles = {p.style.name for p in guide.paragraphs}
    assert {"Title", "Heading 1", "Heading 2"} <= styles
    body = guide.element.body
    instructions = [i.text for i in body.iter(qn("w:instrText"))]
    assert any(i.strip().startswith("TOC") for i in instructions)
    footer = [i.text.strip() for i in section.footer._element.iter(qn("w:instrText"))]
    assert footer == ["PAGE", "NUMPAGES"]
    # the house style's faces, like the filings': titles in bold 宋体 (documents.md), headings in 黑体
    for name, font in (("Normal", "宋体"), ("Heading 1", "黑体"), ("Heading 2", "黑体"), ("Title", "宋体")):
        fonts = guide.styles[name].element.rPr.rFonts
        assert fonts.get(qn("w:eastAsia")) == font, name
        assert fonts.get(qn("w:eastAsiaTheme")) is None
    assert stat.S_IMODE(made_guide().stat().st_mode) == 0o600  # the guide as lawgen wrote it


@pytest.mark.parametrize(
    ("region", "on", "named"),
    [
        ("110000", ON, "small_claims_avg_wage"),  # Beijing: no parameters shipped (legal-facts §10.3)
        ("350200", "2021-06-01", "small_claims_mandatory_ratio"),  # before the 2021 CPL text took effect
        ("320000", ON, "min_wage_monthly"),  # Jiangsu has thresholds but no minimum wage yet
    ],
)
def test_missing_parameters_are_named(tmp_path, capsys, region, on, named):
    target = tmp_path / "guide.docx"
    assert main(["guide", "--region", region, "--on", on, "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert named in err and "--set" in err
    assert not target.exists()


@pytest.mark.parametrize("region", ["999999", "35020", "abc"])
def test_unknown_region(tmp_path, capsys, region):
    target = tmp_path / "guide.docx"
    assert main(["guide", "--region", region, "-o", str(target)]) == 2
    assert "未知的地区代码" in capsys.readouterr().err
    assert not target.exists()


def test_output_must_be_docx_in_an_existing_folder(tmp_path, capsys):
    assert main(["guide", "--region", "350200", "-o", str(tmp_path / "guide.pdf")]) == 2
    assert main(["guide", "--region", "350200", "-o", str(tmp_path / "missing" / "guide.docx")]) == 2
    err = capsys.readouterr().err
    assert ".docx" in err and "输出目录不存在" in err


def test_examples_dated_after_the_guide_are_an_error(tmp_path, capsys):
    target = tmp_path / "guide.docx"
    assert main(["guide", "--region", "350200", "--on", "2025-01-15", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "01-food-delivery-unlawful-dismissal.json" in err and "2025-01-15" in err
    assert not target.exists()


def test_the_caveat_is_said_once(guide_text) -> None:
    """Issue 11, item 13: the data caveat once, in words a worker reads, not beside every figure."""
    assert guide_text.count("以官方最新公布的为准") == 1
    assert guide_text.count("为准") == 1


def test_the_appendix_lists_each_figure_once(guide):
    [appendix] = _table(guide, "项目", "数值")
    labels = [row.cells[0].text for row in appendix.rows[1:]]
    assert len(labels) == len(set(labels))
    assert _row(appendix, "终局裁决每项上限")[1] == "27,180.00元"  # 12 × 2,265 (调解仲裁法第四十七条)
