"""Custom templates: the sandbox, and ``lawgen templates check`` on what Word does to tags."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document

from lawgen.cli import EXIT_FAILED, EXIT_OK, main
from lawgen.documents.check import check_folder
from lawgen.documents.packet import generate_packet
from lawgen.documents.render import TemplateFailed, shipped_templates
from tests.support.documents_cases import EXAMPLE, assessment


def _template(folder: Path, *runs_per_paragraph: list[str], name: str = "evidence_list.docx") -> Path:
    """A .docx whose paragraphs are made of the given runs (a tag in two runs is a split tag)."""
    folder.mkdir(exist_ok=True)
    document = Document()
    for runs in runs_per_paragraph:
        paragraph = document.add_paragraph()
        for text in runs:
            paragraph.add_run(text)
    document.save(folder / name)
    return folder


def test_shipped_templates_pass_the_check() -> None:
    assert check_folder(shipped_templates()) == []


def test_sandbox_refuses_python_internals(tmp_path: Path) -> None:
    folder = _template(tmp_path / "evil", ["{{ ''.__class__.__mro__ }}"])
    with pytest.raises(TemplateFailed) as error:
        generate_packet(assessment(), tmp_path / "out", templates_dir=folder)
    assert "evidence_list.docx" in str(error.value)
    assert not (tmp_path / "out").exists()  # nothing half-written


def test_a_template_that_eats_memory_is_stopped(tmp_path: Path) -> None:
    folder = _template(tmp_path / "greedy", ["{{ 'x' * 3000000000 }}"])
    with pytest.raises(TemplateFailed) as error:
        generate_packet(assessment(), tmp_path / "out", templates_dir=folder)
    assert "evidence_list.docx" in str(error.value) and "内存" in str(error.value)
    assert not (tmp_path / "out").exists()


def test_check_catches_curly_quotes_unknown_names_and_split_tags(tmp_path: Path) -> None:
    folder = _template(
        tmp_path / "court",
        ["{% if worker.name == “林小海” %}是{% endif %}"],
        ["{{ worker.nmae }}"],
        ["{{ undefined_thing }}"],
        ["{{ worker.", "name }}"],
        ["{%p for e in evidence %}"], ["{{ e.name }}{{ e.colour }}"], ["{%p endfor %}"],
    )
    problems = [p.render() for p in check_folder(folder)]
    text = "\n".join(problems)
    assert "弯）引号" in text
    assert "worker.nmae" in text and "undefined_thing" in text and "e.colour" in text
    assert "e.name" not in text  # a loop variable's real field is fine
    assert "被 Word 拆分" in text
    assert len(problems) == 5


def test_check_reports_syntax_errors_and_unknown_files(tmp_path: Path) -> None:
    folder = _template(tmp_path / "court", ["{% if worker.name %}没有结束"])
    _template(folder, ["{{ total|frobnicate }}"], name="procedure_sheet.docx")
    _template(folder, ["x"], name="my_letter.docx")
    text = "\n".join(p.render() for p in check_folder(folder))
    assert "模板语法错误" in text and "my_letter.docx" in text
    assert "procedure_sheet.docx: 模板语法错误：No filter named 'frobnicate'" in text


def test_templates_check_command(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    good = tmp_path / "good"
    shutil.copytree(shipped_templates(), good, ignore=shutil.ignore_patterns("*.py"))
    assert main(["templates", "check", str(good)]) == EXIT_OK
    bad = _template(tmp_path / "bad", ["{{ worker.nmae }}"])
    assert main(["templates", "check", str(bad)]) == EXIT_FAILED
    assert "worker.nmae" in capsys.readouterr().out


@pytest.mark.parametrize("content", [b"garbage", b"PK\x03\x04garbage"])
def test_a_template_that_is_not_a_word_file_is_a_clear_error(tmp_path: Path, content: bytes,
                                                              capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "court"
    folder.mkdir()
    (folder / "evidence_list.docx").write_bytes(content)
    out = tmp_path / "out"
    assert main(["generate", str(EXAMPLE), "-o", str(out), "--templates", str(folder)]) == EXIT_FAILED
    assert "evidence_list.docx 不是有效的 Word 文档" in capsys.readouterr().err
    assert not out.exists()
