"""Issue 13, item 5 (templates): a template error never copies case data into a message.

``{{ [].index(worker.id_number) }}`` failed with "'3502…' is not in list", and that text went to stderr
and into ``report.json``. Each payload here makes a court's template fail on a value of the case; the
message names the template and the kind of error, and no ID, phone or name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document

from tests.support.cli import Ran, run_lawgen
from tests.support.paths import EXAMPLE_CASE

ID_NUMBER, PHONE, NAME = "35020319980512001X", "13812345678", "林小海"  # the example worker's
SECRETS = (ID_NUMBER, PHONE, NAME, ID_NUMBER[::-1], ID_NUMBER[:17])

PAYLOADS = {
    "index_of_id": "{{ [].index(worker.id_number) }}",
    "key_is_phone": "{{ {}[worker.phone] }}",
    "attribute_named_by_id": "{{ worker[worker.id_number] }}",
    "int_of_name": "{{ worker.name | int(base=2) }}{{ {}[worker.name] }}",
    "reversed_id_as_key": "{{ {}[worker.id_number[::-1]] }}",
    "division_by_id": "{{ 1 / worker.id_number }}",
    "format_with_id": "{{ '%d' % worker.id_number }}",
    "undefined_filter_argument": "{{ worker.id_number | truncate(worker.phone) }}",
    "loop_over_id_then_fail": "{% for c in worker.id_number %}{{ {}[c ~ worker.phone] }}{% endfor %}",
    "raise_with_name": "{{ range(worker.name) }}",
}


def _templates(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True)
    document = Document()
    document.add_paragraph("劳动人事争议仲裁申请书")
    document.add_paragraph(body)
    document.save(folder / "arbitration_application.docx")
    return folder


def _lawgen(*args: str) -> Ran:
    # In this process: the messages are what is tested (a court's template still renders in its bounded
    # child process, as it does for a user).
    return run_lawgen(*args)


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_generate_names_the_template_never_the_data(tmp_path, name):
    templates = _templates(tmp_path / "templates", PAYLOADS[name])
    out = tmp_path / "out"
    result = _lawgen("generate", str(EXAMPLE_CASE), "-o", str(out), "--templates", str(templates))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "模板 arbitration_application.docx 无法生成" in result.stderr, result.stderr
    for secret in SECRETS:
        assert secret not in result.stderr + result.stdout, (secret, result.stderr)


@pytest.mark.parametrize("name", ["index_of_id", "key_is_phone", "reversed_id_as_key"])
def test_batch_report_names_the_template_never_the_data(tmp_path, name):
    templates = _templates(tmp_path / "templates", PAYLOADS[name])
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "one.json").write_bytes(EXAMPLE_CASE.read_bytes())
    out = tmp_path / "out"
    result = _lawgen("batch", str(cases), "-o", str(out), "--jobs", "1", "--templates", str(templates))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    report = (out / "report.json").read_text(encoding="utf-8")
    [error] = json.loads(report)["results"][0]["errors"]
    assert error["message"].startswith("模板 arbitration_application.docx 无法生成")
    for secret in SECRETS:
        assert secret not in report and secret not in result.stderr


def test_an_undefined_name_is_still_named(tmp_path):
    # The name comes from the template's own text, never from the case: it is safe and it helps.
    templates = _templates(tmp_path / "templates", "{{ wroker.name }}")
    result = _lawgen("--lang", "en", "generate", str(EXAMPLE_CASE), "-o", str(tmp_path / "out"),
                     "--templates", str(templates))
    assert result.returncode == 1
    assert "arbitration_application.docx uses the variable wroker" in result.stderr, result.stderr
