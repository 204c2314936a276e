"""An error is blamed on what caused it: a wrong option is the command's, a full disk the disk's — never
«case.json 有误» for a case file that is fine. ``record`` names the stages, not the fields."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.cli import run_check, run_lawgen
from tests.support.disk import tmpfs
from tests.support.paths import EXAMPLE_CASE


@pytest.fixture
def case_file(tmp_path) -> Path:
    path = tmp_path / "case.json"
    shutil.copy(EXAMPLE_CASE, path)
    return path


@pytest.mark.parametrize(("on", "said"), [
    ("2026-02-30", "--on: 没有这一天：2026-02-30"),
    ("", "--on: 日期格式应为 YYYY-MM-DD"),  # an empty date is an error, not «not given»
])
def test_a_wrong_date_option_is_the_commands_not_the_case_files(case_file, on, said) -> None:
    result = run_check(case_file, "--on", on)
    assert result.returncode == 2
    assert "命令选项有误" in result.stderr and said in result.stderr
    assert "case.json 有误" not in result.stderr


def test_record_names_the_stages(case_file) -> None:
    assert run_lawgen("record", str(case_file), "applied", "--on", "2026-11-20").returncode == 0
    result = run_lawgen("record", str(case_file), "accepted", "--on", "2026-11-10")
    assert result.returncode == 2
    assert "“仲裁委员会受理”的日期不能早于“申请劳动仲裁”的日期" in result.stderr
    assert "accepted_on" not in result.stderr and "applied_on" not in result.stderr
    assert "case.json 有误" not in result.stderr


def test_record_with_an_empty_date_is_an_error(case_file) -> None:
    result = run_lawgen("record", str(case_file), "applied", "--on", "")
    assert result.returncode == 2 and "--on: 日期格式应为" in result.stderr


@pytest.fixture
def full_disk(tmp_path) -> Iterator[Path]:
    with tmpfs(tmp_path / "full", "64k") as disk:
        yield disk


def test_record_on_a_full_disk_blames_the_disk(full_disk) -> None:
    case_file = full_disk / "case.json"
    shutil.copy(EXAMPLE_CASE, case_file)
    with open(full_disk / "filler", "wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"x" * 1024)
        except OSError:
            pass
    before = case_file.read_bytes()
    result = run_lawgen("record", str(case_file), "applied", "--on", "2026-11-20")
    assert result.returncode == 2
    assert "无法写入" in result.stderr and "磁盘已满" in result.stderr
    assert "有误" not in result.stderr and "（文件）" not in result.stderr
    assert case_file.read_bytes() == before
