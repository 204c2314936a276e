"""Custom templates cannot escape: each attack is refused with a clear error, bounded in time and memory,
and no filing is written under its final name."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from tests.support.cli import Ran, run_lawgen
from tests.support.paths import EXAMPLE_CASE

ATTACKS = {
    "class_mro": "{{ ''.__class__.__mro__ }}",
    "cycler_globals": "{{ cycler.__init__.__globals__ }}",
    "lipsum_globals_os": "{{ lipsum.__globals__['os'].system('true') }}",
    "module_attribute": "{{ self._TemplateReference__context }}",
    "format_string": "{{ '{0.__class__}'.format(worker) }}",
    "huge_range": "{% for i in range(10**9) %}x{% endfor %}",
    "deep_recursion": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
}


def _template(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    document = Document()
    document.add_paragraph("劳动人事争议仲裁申请书")
    document.add_paragraph(body)
    path = folder / "arbitration_application.docx"
    document.save(path)
    return path


def _generate(templates: Path, out: Path) -> Ran:
    """In this process: the custom template still renders in its bounded child (documents.bounded), which
    is what stops the attacks, and the message is what is tested."""
    return run_lawgen("generate", str(EXAMPLE_CASE), "-o", str(out), "--templates", str(templates))


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_is_refused_clearly(tmp_path, name):
    _template(tmp_path / "templates", ATTACKS[name])
    out = tmp_path / "packet"
    result = _generate(tmp_path / "templates", out)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "arbitration_application.docx" in result.stderr  # says which template
    written = sorted(p.name for p in out.glob("*.docx")) if out.exists() else []
    assert "01-劳动人事争议仲裁申请书.docx" not in written


@pytest.mark.slow
def test_loop_in_a_loop_is_stopped_by_the_bound(tmp_path):
    # Each range is within the sandbox's cap; together they would run for hours and fill memory.
    _template(tmp_path / "templates",
              "{% for i in range(100000) %}{% for j in range(100000) %}xxxxxxxxxx{% endfor %}{% endfor %}")
    result = _generate(tmp_path / "templates", tmp_path / "packet")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "已停止" in result.stderr
