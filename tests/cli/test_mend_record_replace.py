"""`lawgen record` on a stage already recorded (attacker: a second «award» silently replaced the first
award's date): another date is refused unless --replace says to replace it, naming the stage and both
dates; the same date again changes nothing and says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawgen.cli import EXIT_INVALID, EXIT_OK, main
from tests.support.case_builder import case_dict

RECORDED = "2026-11-20"  # the award's date the file already holds


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "case.json"
    data = case_dict(prepared_on="2026-11-20")
    data["procedure"] = {"arbitration": {"applied_on": "2026-10-19", "award_date": RECORDED}}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _award_date(path: Path) -> str:
    return json.loads(path.read_text(encoding="utf-8"))["procedure"]["arbitration"]["award_date"]


@pytest.mark.parametrize(("lang", "words"), [
    ("zh", "“仲裁裁决作出”已记录为2026-11-20，与这次的2026-11-18不同，没有改动"),
    ("en", "is already recorded on 2026-11-20, not 2026-11-18: nothing changed"),
])
def test_another_date_is_refused_naming_the_stage_and_both_dates(case_file, capsys, lang, words):
    before = case_file.read_bytes()
    assert main(["--lang", lang, "record", str(case_file), "award", "--on", "2026-11-18"]) == EXIT_INVALID
    assert words in capsys.readouterr().err
    assert case_file.read_bytes() == before


def test_replace_says_what_changed(case_file, capsys):
    assert main(["record", str(case_file), "award", "--on", "2026-11-18", "--replace"]) == EXIT_OK
    assert "已将“仲裁裁决作出”的日期由2026-11-20改为2026-11-18" in capsys.readouterr().out
    assert _award_date(case_file) == "2026-11-18"


def test_the_same_date_again_changes_nothing_and_says_so(case_file, capsys):
    before = case_file.read_bytes()
    assert main(["record", str(case_file), "award", "--on", RECORDED]) == EXIT_OK
    assert "“仲裁裁决作出”已记录为2026-11-20，日期相同，未改动" in capsys.readouterr().out
    assert case_file.read_bytes() == before  # not even rewritten


def test_a_stage_that_repeats_is_added_again(case_file, capsys):
    # a second demand for payment is a new event, not a correction of the first
    for _ in range(2):
        assert main(["record", str(case_file), "demanded", "--on", "2026-11-02"]) == EXIT_OK
    events = json.loads(case_file.read_text(encoding="utf-8"))["procedure"]["events"]
    assert [e["on"] for e in events] == ["2026-11-02", "2026-11-02"]
