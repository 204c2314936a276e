"""The prepared-template renderer writes what plain docxtpl writes: every part's XML, byte for byte."""

from __future__ import annotations

import copy
import io
import json
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docxtpl import DocxTemplate, Listing, RichText
from jinja2 import Environment
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from lawgen.case import parse_case
from lawgen.documents import fast
from lawgen.documents.packet import document_text, packet_documents
from lawgen.documents.render import TemplateFailed, jinja_environment, render_docx, shipped_templates
from lawgen.law import assess
from lawgen.resources import resource_dir
from tests.support.paths import CASES

EXAMPLE = resource_dir("examples") / "01-food-delivery-unlawful-dismissal.json"


def plain_docxtpl(template: Path, context: dict, env: Environment | None = None) -> bytes:
    document = DocxTemplate(template)
    document.render(context, jinja_env=env or jinja_environment(), autoescape=True)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def members(docx: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


def assert_same_document(fast_docx: bytes, plain_docx: bytes) -> None:
    fast_members, plain_members = members(fast_docx), members(plain_docx)
    assert list(fast_members) == list(plain_members)
    for name, content in plain_members.items():
        assert fast_members[name] == content, name


def build_fixture(path: Path, *, footnote: bool = False) -> Path:
    """A small template with what filings use: loops over paragraphs and table rows, a condition,
    a header and a footer, a templated document title, values that need escaping, Listing and RichText."""
    document = Document()
    document.core_properties.title = "{{ title }}"
    document.core_properties.author = "lawgen"
    section = document.sections[0]
    section.header.paragraphs[0].text = "案号 {{ case_number }}"
    section.footer.paragraphs[0].text = "{{ title }} 第 {{ page }} 页"
    document.add_heading("{{ title }}", level=1)
    document.add_paragraph("申请人：{{ worker.name }}，住址：{{ worker.address }}")
    document.add_paragraph("{%p for claim in claims %}")
    document.add_paragraph("{{ loop.index }}. {{ claim.title }}：{{ claim.amount }} 元")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p if note %}")
    document.add_paragraph("附注：{{ note }}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{{ facts }}")
    document.add_paragraph("{{r emphasis }}")
    table = document.add_table(rows=3, cols=3)
    for cell, heading in zip(table.rows[0].cells, ["序号", "项目", "金额"], strict=True):
        cell.text = heading
    table.rows[1].cells[0].text = "{%tr for claim in claims %}"
    for cell, field in zip(table.rows[2].cells, ["loop.index", "claim.title", "claim.amount"], strict=True):
        cell.text = "{{ " + field + " }}"
    table.add_row().cells[0].text = "{%tr endfor %}"
    document.add_paragraph("合计：{{ total }}")
    document.save(path)
    if footnote:
        _add_footnotes(path)
    return path


def _add_footnotes(path: Path) -> None:
    """python-docx cannot write footnotes: add the part, its content type and its relationship by hand."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{w}">'
                 '<w:footnote w:id="1"><w:p><w:r><w:t>见 {{ worker.name }} 的陈述</w:t></w:r></w:p>'
                 '</w:footnote></w:footnotes>')
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["word/footnotes.xml"] = footnotes.encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.footnotes+xml"/></Types>')
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in parts.items():
            target.writestr(name, content)


def fixture_context(number: int) -> dict:
    return {
        "title": f"仲裁申请书 {number}",
        "case_number": '厦劳人仲案字<2026>第"1"号 & \'2\'',
        "page": number,
        "worker": {"name": "张三 & <李四>", "address": "上海市{{ 不是模板 }}{% 也不是 %}"},
        "claims": [{"title": f"工资 {k}", "amount": f"{k * 1000}.00"} for k in range(number)],
        "note": "第一行\n第二行" if number % 2 else "",
        "facts": Listing("事实一\n事实二\t制表\a新段落 <b>&amp;</b>"),
        "emphasis": RichText("加粗 <强调>", bold=True),
        "total": f"{number * 1000:,}.00",
    }


@pytest.mark.parametrize("footnote", [False, True], ids=["plain", "footnotes"])
def test_fixture_renders_as_plain_docxtpl_does(tmp_path: Path, footnote: bool) -> None:
    template = build_fixture(tmp_path / "fixture.docx", footnote=footnote)
    prepared = fast.PreparedTemplate(template, jinja_environment())
    for number in (0, 1, 3, 2, 1):  # empty loops, both branches, and going back to an earlier context
        context = fixture_context(number)
        rendered = prepared.render(context)
        assert_same_document(rendered, plain_docxtpl(template, context))
    if footnote:
        assert "见 张三 &amp; &lt;李四&gt; 的陈述" in members(rendered)["word/footnotes.xml"].decode()


def test_fixture_text_is_escaped_and_structured(tmp_path: Path) -> None:
    template = build_fixture(tmp_path / "fixture.docx")
    output = tmp_path / "out.docx"
    fast.PreparedTemplate(template, jinja_environment()).render_to(fixture_context(2), output)
    assert output.stat().st_mode & 0o777 == 0o600
    assert document_text(output) == [
        "仲裁申请书 2", "申请人：张三 & <李四>，住址：上海市{{ 不是模板 }}{% 也不是 %}",
        "1. 工资 0：0.00 元", "2. 工资 1：1000.00 元",
        "事实一\n事实二\t制表", "新段落 <b>&amp;</b>",  # Listing: \a starts a new paragraph
        "加粗 <强调>",
        "序号", "项目", "金额", "1", "工资 0", "0.00", "2", "工资 1", "1000.00",
        "合计：2,000.00",
    ]
    document = Document(str(output))
    assert document.core_properties.title == "仲裁申请书 2"
    assert document.sections[0].header.paragraphs[0].text == '案号 厦劳人仲案字<2026>第"1"号 & \'2\''


def test_sandbox_and_strict_names_hold_as_in_docxtpl(tmp_path: Path) -> None:
    """A court's own template runs in the sandbox; a misspelt name is an error, not an empty field."""
    escape = Document()
    escape.add_paragraph("{{ ''.__class__.__mro__[1].__subclasses__() }}")
    escape.save(tmp_path / "escape.docx")
    misspelt = Document()
    misspelt.add_paragraph("{{ worker.nmae }}")
    misspelt.save(tmp_path / "misspelt.docx")
    for name in ("escape.docx", "misspelt.docx"):
        with pytest.raises(TemplateFailed):
            render_docx(tmp_path / name, {"worker": {"name": "张三"}})
    sandbox = fast.PreparedTemplate(tmp_path / "escape.docx", SandboxedEnvironment())
    with pytest.raises(SecurityError):
        sandbox.render({})


def test_an_edited_template_is_prepared_again(tmp_path: Path) -> None:
    template = tmp_path / "t.docx"
    document = Document()
    document.add_paragraph("第一版 {{ name }}")
    document.save(template)
    first = fast.prepared(template, jinja_environment)
    assert fast.prepared(template, jinja_environment) is first
    document = Document()
    document.add_paragraph("第二版，内容更长 {{ name }}")
    document.save(template)
    output = tmp_path / "out.docx"
    output.write_bytes(render_docx(template, {"name": "张三"}))
    assert document_text(output) == ["第二版，内容更长 张三"]


def example_cases() -> dict[str, dict]:
    """The spec's example, the document tests' cases, and a variant with text that must be escaped and
    facts over several lines, an agent and an award received (so a complaint to court)."""
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    cases = {"example": example}
    for path in sorted(CASES.glob("*.json")):
        cases[path.stem] = json.loads(path.read_text(encoding="utf-8"))
    variant = copy.deepcopy(example)
    variant["agent"] = {"name": "王律师 <援助>", "organization": "厦门市法律援助中心 & 工会",
                        "authority": "special"}
    variant["procedure"]["arbitration"] = {
        "commission": "厦门市思明区劳动人事争议仲裁委员会", "case_number": "厦思劳人仲案字〔2026〕第88号",
        "award_date": "2026-10-20", "received_on": "2026-11-20", "outcome": "驳回申请人的全部仲裁请求。",
    }
    variant["facts"] = example["facts"] + "\n站长说：“<明天> 不用来了 & 工资下月结”。\n第三段。"
    cases["variant"] = variant
    with_records = copy.deepcopy(example)  # names its order records: the packet gains the annex
    with_records["records"] = {"file": "orders.csv"}
    cases["with_records"] = with_records
    return cases


@pytest.mark.parametrize("name", list(example_cases()))
def test_every_shipped_template_renders_as_plain_docxtpl_does(name: str) -> None:
    assessment = assess(parse_case(example_cases()[name]))
    for spec in packet_documents(assessment):
        context = spec.build_context(assessment)
        template = spec.template()
        assert_same_document(render_docx(template, context), plain_docxtpl(template, context))


def test_the_examples_cover_every_shipped_template() -> None:
    assessments = [assess(parse_case(case)) for case in example_cases().values()]
    kinds = {spec.kind for assessment in assessments for spec in packet_documents(assessment)}
    assert kinds == {path.stem for path in shipped_templates().glob("*.docx")}
