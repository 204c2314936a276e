"""Every command's date option is read as the README gives it (``YYYY-MM-DD``) in one place
(commands.common.option_date): ``date.fromisoformat`` alone also takes 20261201 and the ISO week date
2026-W49-2 (Wednesday 2026-12-02), which no volunteer means."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import run_lawgen
from tests.support.paths import EXAMPLE_CASE, EXAMPLES


def _command(name: str, tmp_path: Path) -> list[str]:
    return {
        "check": ["check", str(EXAMPLE_CASE)],
        "generate": ["generate", str(EXAMPLE_CASE), "-o", str(tmp_path / "packet")],
        "batch": ["batch", str(tmp_path / "cases"), "-o", str(tmp_path / "out")],
        "guide": ["guide", "--region", "350200", "-o", str(tmp_path / "guide.docx")],
        "hours": ["hours", str(EXAMPLES / "08-order-records.csv"), "--case",
                  str(EXAMPLES / "08-food-delivery-order-records.json")],
    }[name]


COMMANDS = ["check", "generate", "batch", "guide", "hours"]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(("on", "said"), [
    ("2026-W49-2", "日期格式应为 YYYY-MM-DD"),  # an ISO week date
    ("20261202", "日期格式应为 YYYY-MM-DD"),  # the basic ISO form
    ("2026-12-2", "日期格式应为 YYYY-MM-DD"),
    ("2026-02-30", "没有这一天：2026-02-30"),
    ("1899-12-31", "日期应在 1900 年至 2099 年之间"),
])
def test_a_date_option_takes_only_the_readmes_form(command: str, on: str, said: str, tmp_path: Path) -> None:
    (tmp_path / "cases").mkdir()
    (tmp_path / "cases" / "01.json").write_bytes(EXAMPLE_CASE.read_bytes())
    ran = run_lawgen(*_command(command, tmp_path), "--on", on)
    assert ran.returncode == 2, ran.stderr
    assert f"--on: {said}" in ran.stderr
    assert not (tmp_path / "packet").exists() and not (tmp_path / "out").exists()
    assert not (tmp_path / "guide.docx").exists()


@pytest.mark.parametrize(("arguments", "said"), [
    (["--on", "2026-W49-2"], "--on: 日期格式应为 YYYY-MM-DD"),
    (["--on", "2026-12-01", "--pay-by", "2026-W50-1"], "--pay-by: 日期格式应为 YYYY-MM-DD"),
])
def test_record_reads_its_dates_the_same_way(arguments: list[str], said: str, tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    case.write_bytes(EXAMPLE_CASE.read_bytes())
    ran = run_lawgen("record", str(case), "award", *arguments)
    assert ran.returncode == 2 and said in ran.stderr
    assert case.read_bytes() == EXAMPLE_CASE.read_bytes()


def test_a_good_date_is_taken(tmp_path: Path) -> None:
    ran = run_lawgen("check", str(EXAMPLE_CASE), "--on", "2026-12-02")
    assert ran.returncode == 0, ran.stderr
