"""`lawgen record CASE.json EVENT --on DATE`: a stage written into the case file, atomically and owner-only;
a clear error and the file untouched when the result would be invalid; `lawgen check` then shows the stage
and its next deadline."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import pytest

from lawgen.case import load_case
from lawgen.cli import EXIT_INVALID, EXIT_OK, main
from tests.support.case_builder import case_dict

# The tests record days before the real today (the command refuses a day that has not come).
RECEIVED = "2026-11-23"


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "case.json"
    data = case_dict(prepared_on="2026-11-20", notes={"kept": "as written"})
    data["procedure"] = {"arbitration": {"applied_on": "2026-10-19", "award_date": "2026-11-20"}}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    path.chmod(0o644)
    return path


def test_a_stage_is_recorded_at_its_home_and_check_shows_the_next_deadline(
        case_file: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["record", str(case_file), "award_received", "--on", RECEIVED]) == EXIT_OK
    said = capsys.readouterr().out
    assert f"已记录：收到仲裁裁决书（{RECEIVED}）" in said and "由2026-11-20改为2026-11-23" in said
    data = json.loads(case_file.read_text(encoding="utf-8"))
    assert data["procedure"]["arbitration"]["received_on"] == RECEIVED and data["prepared_on"] == RECEIVED
    assert data["notes"] == {"kept": "as written"}  # the rest of the file as the user wrote it
    assert stat.S_IMODE(case_file.stat().st_mode) == 0o600
    assert load_case(case_file).procedure.arbitration.received_on == dt.date(2026, 11, 23)

    assert main(["check", str(case_file)]) == EXIT_OK
    report = capsys.readouterr().out
    # Received 2026-11-23 (Mon) + 15 days = 12-08 (Tue), judged on 11-23: 15 days left. 第四十八条、第五十条.
    assert "已收到仲裁裁决书" in report and "2026年12月8日（还有15天）" in report
    assert "劳动争议调解仲裁法第四十八条" in report
    assert main(["check", str(case_file), "--json"]) == EXIT_OK
    stage = json.loads(capsys.readouterr().out)["stage"]
    assert (stage["stage"], stage["next_deadline"]) == ("award_received", "sue_after_award")


def test_english_messages(case_file: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["--lang", "en", "record", str(case_file), "demanded", "--on", "2026-11-02"]) == EXIT_OK
    assert "Recorded: Demand for payment sent to the employer (2026-11-02)" in capsys.readouterr().out


@pytest.mark.parametrize(("argv", "path", "zh"), [
    # a stage's date is the option's, said with the stages' names (not the case file's fields)
    (["award_received", "--on", "2026-11-10"], "--on", "“收到仲裁裁决书”的日期不能早于“仲裁裁决作出”的日期"),
    (["paid", "--on", "2026-11-20", "--amount", "12000.01"], "procedure.payments[0].amount",
     "超过请求金额合计12000.00元"),
    (["paid", "--on", "2026-11-20"], "--amount", "须填写此项"),
    (["judgment", "--on", "2026-11-20"], "--on", "须填写起诉日期"),
    (["hearing", "--on", "2026-11-20", "--court", "某法院"], "--court", "不使用此项"),
    (["award", "--on", "2026-11-20", "--item", "wages=100"], "--item", "裁决项目应写成"),
    (["award", "--on", "2026-13-01"], "--on", "没有这一天：2026-13-01"),
    (["award", "--on", "2026-W44-1"], "--on", "日期格式应为"),  # ISO week dates: not a form the README gives
    (["award", "--on", "20261101"], "--on", "日期格式应为"),
    (["award", "--on", "2026-02-30"], "--on", "没有这一天：2026-02-30"),
    (["award_received", "--on", "2099-01-01"], "--on", "不能晚于今天"),
    (["settled", "--on", "2026-11-20"], "EVENT", "未知的阶段 settled"),
])
def test_an_invalid_stage_is_refused_and_nothing_written(case_file: Path, capsys: pytest.CaptureFixture,
                                                         argv: list[str], path: str, zh: str) -> None:
    before = case_file.read_bytes()
    assert main(["record", str(case_file), *argv]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert f"{path}: " in err and zh in err and "Traceback" not in err
    assert case_file.read_bytes() == before and stat.S_IMODE(case_file.stat().st_mode) == 0o644
    assert [p.name for p in case_file.parent.iterdir()] == ["case.json"]  # no temporary file left


def test_a_broken_file_is_not_touched(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "case.json"
    path.write_text('{"format": "lawgen.case/1",', encoding="utf-8")
    assert main(["record", str(path), "demanded", "--on", "2026-11-02"]) == EXIT_INVALID
    assert "不是有效的 JSON" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == '{"format": "lawgen.case/1",'
