"""A failed read or write reaches the user in their language (files.os_error_text, one home), never as
the C library's English («Not a directory», «No such file or directory», «[Errno 2] …»).

A path through a regular file («a-file/packet») fails with ENOTDIR even as root, which no permission
test here would (the tests may run as root)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import run_lawgen
from tests.support.paths import EXAMPLE_CASE

ENGLISH = ("Not a directory", "No such file", "Errno", "Permission denied")
NOT_A_FOLDER = {"zh": "路径中有一项不是文件夹", "en": "a part of the path is not a folder"}
NO_SUCH_FILE = {"zh": "文件或文件夹不存在", "en": "no such file or folder"}


def _said(lang: str, *arguments: str):
    ran = run_lawgen("--lang", lang, *arguments)
    for english in ENGLISH:
        assert english not in ran.stderr + ran.stdout, english
    return ran


@pytest.fixture
def a_file(tmp_path: Path) -> Path:
    path = tmp_path / "a-file"
    path.write_text("not a folder", encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_generate_into_a_path_through_a_file(lang: str, a_file: Path) -> None:
    ran = _said(lang, "generate", str(EXAMPLE_CASE), "-o", str(a_file / "packet"))
    assert ran.returncode == 1
    assert NOT_A_FOLDER[lang] in ran.stderr


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_batch_into_a_path_through_a_file(lang: str, a_file: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "01.json").write_bytes(EXAMPLE_CASE.read_bytes())
    ran = _said(lang, "batch", str(cases), "-o", str(a_file / "out"), "--jobs", "1")
    assert ran.returncode == 2
    assert NOT_A_FOLDER[lang] in ran.stderr


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_export_to_a_path_through_a_file(lang: str, a_file: Path) -> None:
    ran = _said(lang, "export", str(EXAMPLE_CASE), "-o", str(a_file / "case.json"))
    assert ran.returncode == 1
    assert NOT_A_FOLDER[lang] in ran.stderr


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("option", ["--params", "--holidays"])
def test_a_missing_parameter_or_holiday_file(lang: str, option: str, tmp_path: Path) -> None:
    ran = _said(lang, "check", str(EXAMPLE_CASE), option, str(tmp_path / "missing.toml"))
    assert ran.returncode == 2
    assert NO_SUCH_FILE[lang] in ran.stderr


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_missing_order_records(lang: str, tmp_path: Path) -> None:
    ran = _said(lang, "hours", str(tmp_path / "missing.csv"))
    assert ran.returncode == 2
    assert NO_SUCH_FILE[lang] in ran.stderr


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_batch_case_whose_folder_cannot_be_written_is_reported_in_words(lang: str, tmp_path: Path) -> None:
    # out/01 is a file where the case's packet folder goes: that case fails alone, said in words on the
    # screen and in report.json.
    cases, out = tmp_path / "cases", tmp_path / "out"
    cases.mkdir()
    out.mkdir()
    (cases / "01.json").write_bytes(EXAMPLE_CASE.read_bytes())
    (out / "01").write_text("not a folder", encoding="utf-8")
    ran = _said(lang, "batch", str(cases), "-o", str(out), "--jobs", "1")
    assert ran.returncode == 1
    assert NOT_A_FOLDER[lang] in ran.stderr
    report = (out / "report.json").read_text(encoding="utf-8")
    assert NOT_A_FOLDER[lang] in report and not any(english in report for english in ENGLISH)
