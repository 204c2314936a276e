"""The guide sources' Markdown subset, escaping, and the sandbox a court's edited template runs in."""

from __future__ import annotations

import datetime as dt

import pytest

from lawgen.guide.context import GuideSourceError
from lawgen.guide.markdown import BlockKind, Run, escape, parse, runs
from lawgen.guide.render import Source, read_source, render_markdown
from lawgen.law import ParameterBook
from lawgen.regions import resolve

XIAMEN = resolve("350200")
ON = dt.date(2026, 11, 28)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("# 指南", BlockKind.title),
        ("% 厦门市适用", BlockKind.subtitle),
        ("## 一、什么是小额诉讼", BlockKind.heading1),
        ("### （一）本地区的标准", BlockKind.heading2),
        ("- 带身份证", BlockKind.bullet),
        ("1. 申请仲裁", BlockKind.numbered),
        ("> 请以官方通知为准", BlockKind.note),
        ("[[目录]]", BlockKind.toc),
        ("[[分页]]", BlockKind.page_break),
        ("普通的一段话", BlockKind.paragraph),
    ],
)
def test_block_kinds(line, kind):
    [block] = parse(line)
    assert block.kind is kind


def test_paragraph_lines_join_and_tables_split_on_unescaped_bars():
    blocks = parse("第一行\n第二行\n\n| 甲 | 乙 |\n|---|---|\n| 1\\|2 | **3** |\n")
    assert [b.kind for b in blocks] == [BlockKind.paragraph, BlockKind.table]
    assert blocks[0].text == "第一行第二行"
    header, row = blocks[1].rows
    assert header == ["甲", "乙"]
    assert runs(row[0]) == [Run("1|2")] and runs(row[1]) == [Run("3", bold=True)]


def test_numbered_items_keep_their_number():
    [block] = parse("12. 第十二步")
    assert (block.label, block.text) == ("12.", "第十二步")


@pytest.mark.parametrize(
    "value", ["**粗体**", "# 标题", "a | b", "[[分页]]", "> 引用", "- 项", "% 副标题", "\\", "一\n二"]
)
def test_escaped_values_stay_literal(value):
    blocks = parse(escape(value))
    assert [b.kind for b in blocks] == [BlockKind.paragraph]
    assert "".join(r.text for r in runs(blocks[0].text)) == " ".join(value.splitlines())
    assert not any(r.bold for r in runs(blocks[0].text))


def _render(body: str) -> str:
    return render_markdown(Source("test.md", {}, body, body_offset=3), XIAMEN, ON, ParameterBook())


def test_template_errors_name_the_file_and_line():
    with pytest.raises(GuideSourceError) as error:
        _render("第一行\n{{ no_such_figure }}\n")
    assert "test.md第5行" in str(error.value) and "no_such_figure" in str(error.value)
    with pytest.raises(GuideSourceError):
        _render("{% for %}")


def test_sandbox_refuses_python_internals():
    with pytest.raises(GuideSourceError):
        _render("{{ threshold.__class__.__init__.__globals__ }}")
    with pytest.raises(GuideSourceError):
        _render("{% for i in range(10 ** 9) %}{% endfor %}")


def test_shipped_sources_have_front_matter():
    guide = read_source("small-claims-guide.md")
    assert guide.settings["title"] == "劳动争议小额诉讼程序实用指南"
    assert len(guide.settings["examples"]) == 3
    assert guide.body.startswith("# 劳动争议小额诉讼程序实用指南")
    assert read_source("leaflet.md").settings["title"]


def test_a_broken_example_case_is_a_source_error(tmp_path):
    from lawgen.guide.context import example_path, worked_example

    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "lawgen.case/1", "region": "350200"}', encoding="utf-8")
    with pytest.raises(GuideSourceError) as error:
        worked_example(broken, "实例", "", XIAMEN, ON, ParameterBook())
    assert "broken.json" in str(error.value) and "employment" in str(error.value)
    for reference in ("examples/no-such-case.json", "../etc/passwd", "examples/../pyproject.toml"):
        with pytest.raises(GuideSourceError):
            example_path(reference)
