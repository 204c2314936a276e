"""Nothing for machines in a document for people (issue 11, item 2): no CLI flags, parameter ids, field
paths, web addresses, file paths or scores in any filing, sheet, summary, guide or leaflet — for every
example case and every case in tests/cases."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from lawgen.case import parse_case
from lawgen.cli import main
from lawgen.documents.packet import document_text, packet_documents, render_document
from lawgen.documents.render import render_docx, template_path
from lawgen.documents.stage_documents import STAGE_BUILDERS
from lawgen.law import assess
from tests.support.documents_cases import CASES, ROOT
from tests.support.program_text import program_text

CASE_FILES = sorted((ROOT / "examples").glob("*.json")) + sorted(CASES.glob("*.json"))


@pytest.mark.parametrize("case_file", CASE_FILES, ids=lambda p: p.stem)
def test_no_document_of_any_case_holds_program_text(case_file: Path, tmp_path: Path) -> None:
    assessment = assess(parse_case(json.loads(case_file.read_text(encoding="utf-8"))))
    for spec in packet_documents(assessment):
        path = tmp_path / spec.file_name
        path.write_bytes(render_document(spec, assessment))
        found = program_text("\n".join(document_text(path)))
        assert not found, (spec.file_name, found)


@pytest.mark.parametrize("case_file", CASE_FILES, ids=lambda p: p.stem)
def test_no_stage_document_of_any_case_holds_program_text(case_file: Path, tmp_path: Path) -> None:
    """Every stage document (催告函 … 强制执行申请书) for every case, whether its stage calls for it or not:
    the builders fill what a case lacks with blank lines, never with a name or a path."""
    assessment = assess(parse_case(json.loads(case_file.read_text(encoding="utf-8"))))
    for kind, build in STAGE_BUILDERS.items():
        path = tmp_path / f"{kind}.docx"
        path.write_bytes(render_docx(template_path(kind), build(assessment)))
        found = program_text("\n".join(document_text(path)))
        assert not found, (kind, found)


@pytest.mark.parametrize("extra", [(), ("--leaflet",)], ids=["guide", "leaflet"])
def test_the_guide_and_the_leaflet_hold_no_program_text(extra: tuple, made_guide) -> None:
    document = docx.Document(str(made_guide(*extra)))  # lawgen guide --region 350200 --on 2026-11-28 …
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    found = program_text("\n".join(texts))
    assert not found, found


@pytest.mark.parametrize(("text", "kind"), [
    ("新通知可用 --set small_claims_mandatory_max=数值 提供", "a command-line flag"),
    ("月最低工资标准（min_wage_monthly）", "a parameter id or field name"),
    ("请修改 procedure.addressees", "a field path"),
    ("来源：tjj.fujian.gov.cn/xxgk", "a web address"),
    ("见 examples/01-food-delivery.json", "a file path or file name"),
    ("劳动关系特征得分100/100", "a score"),
])
def test_the_check_catches_each_kind(text: str, kind: str) -> None:
    assert any(found.startswith(kind) for found in program_text(text))


def test_the_check_leaves_filing_text_alone() -> None:
    assert program_text("请求裁决被申请人支付申请人2026年7月1日至2026年8月31日期间拖欠的工资12,000.00元；"
                        "依据《中华人民共和国劳动合同法》第四十七条。劳社部发〔2008〕3号。"
                        "骑手App接单记录") == []


def test_an_overridden_value_is_cited_in_words(tmp_path: Path) -> None:
    """A newer court notice given on the command line: the procedure sheet names no flag."""
    out = tmp_path / "p"
    case = ROOT / "examples" / "01-food-delivery-unlawful-dismissal.json"
    assert main(["generate", str(case), "-o", str(out), "--set", "min_wage_monthly=2500"]) == 0
    text = "\n".join(document_text(next(out.glob("*程序对比表.docx"))))
    assert "月最低工资标准：2,500.00元" in text and "这个数字是填表人按新的官方通知填写的" in text
    assert not program_text(text)
