"""Issue 13, items 5, 9 and 15 (load side): a hostile case file gets one clear error, in the user's
language, naming no case data — never a traceback, a hang or the whole file in memory.

Every command reads a case through ``lawgen.case.read_case_file`` and ``loads_case``; the tests run
``lawgen check`` in a fresh process, as a user would, and the loader directly where a process adds nothing.
"""

from __future__ import annotations

import copy
import json
import os
import time
from pathlib import Path

import pytest

from lawgen.case import CASE_FILE_MAX_BYTES, NESTING_MAX, InvalidCase, load_case, loads_case
from tests.support.case_builder import BASE
from tests.support.cli import run_check, run_lawgen
from tests.support.wizard_helpers import SIZE, async_test, make_app

ID_NUMBER = "11010519491231002X"  # GB 11643's own example number (check character X)
PHONE = "13800138000"


def _case(**changes) -> dict:
    data = copy.deepcopy(BASE)
    data["worker"] = {**data["worker"], "id_number": ID_NUMBER, "gender": "女", "phone": PHONE}
    data.update(changes)
    return data


def _with_notes(raw_notes: str) -> str:
    """The base case with ``notes`` spliced in as raw JSON text (Python's json could not write it)."""
    return json.dumps(_case(), ensure_ascii=False)[:-1] + ', "notes": ' + raw_notes + "}"


# name -> (file content, the error's path, the start of its Chinese message)
HOSTILE_FILES = {
    "nesting_995": (_with_notes("[" * 995 + "]" * 995), "", "嵌套层次过深"),
    "nesting_3000_objects": (_with_notes('{"a":' * 3000 + "1" + "}" * 3000), "", "嵌套层次过深"),
    "nesting_just_over_the_bound": (_with_notes("[" * NESTING_MAX + "]" * NESTING_MAX), "",
                                    "备注的嵌套层次过深"),  # named in words (s7-gatk)
    "integer_5000_digits": (_with_notes("9" * 5000), "", "数字位数过多"),
    "integer_negative_5000_digits": (_with_notes("-" + "9" * 5000), "", "数字位数过多"),
    "pages_integer_30_digits": (json.dumps(_case(evidence=[{"name": "工资条", "pages": int("9" * 30)}])),
                                "", "数字位数过多"),
    "hours_5000_digits": (json.dumps(_case(claims=[{"kind": "overtime", "weekday_hours": "9" * 5000}])),
                          "claims[0].weekday_hours", "数值过大，请核对（最多 87840）"),
    "hours_17_digits": (json.dumps(_case(claims=[{"kind": "overtime", "rest_day_hours": "9" * 17}])),
                        "claims[0].rest_day_hours", "数值过大"),
    "days_5000_digits": (json.dumps(_case(claims=[{"kind": "unused_annual_leave", "days": "9" * 5000}])),
                         "claims[0].days", "数值过大"),
    "prepared_on_year_9999": (json.dumps(_case(prepared_on="9999-12-31")), "prepared_on", "日期应在"),
    "end_date_year_9999": (json.dumps(_case(
        prepared_on="9999-12-31",
        employment={**BASE["employment"], "start_date": "9999-01-01", "end_date": "9999-12-01"},
        claims=[{"kind": "unpaid_wages", "amount": "100.00"}])), "employment.start_date", "日期应在"),
    "year_0001": (json.dumps(_case(procedure={"knew_on": "0001-01-01"})), "procedure.knew_on", "日期应在"),
    "duplicate_region": (json.dumps(_case())[:-1] + ', "region": "310101"}', "",
                         "同一对象中字段 region 重复"),
    "duplicate_key_that_is_an_id": (_with_notes(f'{{"{ID_NUMBER}": 1, "{ID_NUMBER}": 2}}'), "",
                                    "同一对象中字段重复出现"),
    "duplicate_amount_in_a_claim": (json.dumps(_case()).replace('"amount": "12000.00"',
                                                               '"amount": "12000.00", "amount": "1.00"'),
                                    "", "同一对象中字段 amount 重复"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_a_hostile_case_file_gets_one_clear_error_without_its_data(tmp_path, name):
    content, path, message = HOSTILE_FILES[name]
    case_file = tmp_path / "case.json"
    case_file.write_text(content, encoding="utf-8")
    result = run_check(case_file)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert any(line.startswith(f"  - {path or '（文件）'}: {message}") for line in lines[1:]), lines
    for secret in (ID_NUMBER, PHONE, "9" * 30):
        assert secret not in result.stderr + result.stdout


def test_the_error_is_in_english_with_lang_en(tmp_path):
    case_file = tmp_path / "case.json"
    case_file.write_text(_with_notes("[" * 995 + "]" * 995), encoding="utf-8")
    result = run_check(case_file, lang="en")
    assert "(file): Nested too deeply (at most 20 levels)" in result.stderr


def test_the_bound_on_dates_also_holds_for_the_judging_date(tmp_path):
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(_case()), encoding="utf-8")
    result = run_check(case_file, "--on", "9999-12-31")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "--on: 日期应在 1900 年至 2099 年之间" in result.stderr


def test_a_case_nested_to_the_bound_still_loads():
    # notes is the only free-form field: 20 levels in all (the case object is level 1).
    notes = json.loads("[" * (NESTING_MAX - 1) + "]" * (NESTING_MAX - 1))
    assert loads_case(json.dumps(_case(notes=notes))).notes == notes


# --- size and special files (item 9) ---------------------------------------------------------------

def test_a_file_over_the_stated_size_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.json"
    with open(big, "wb") as file:  # sparse: 5 GB on the disk's books, nothing written
        file.truncate(5 * 1024 ** 3)
    started = time.monotonic()
    result = run_check(big)
    assert time.monotonic() - started < 30
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "案件文件过大（上限 4 MB），未读取" in result.stderr


def test_the_size_bound_is_just_above_the_largest_real_case():
    assert CASE_FILE_MAX_BYTES == 4 * 1024 * 1024
    with pytest.raises(InvalidCase) as error:
        loads_case(b" " * (CASE_FILE_MAX_BYTES + 1))
    assert error.value.errors[0].message.render("en") == (
        "The case file is too large (limit 4 MB); it was not read")


@pytest.mark.parametrize("special", ["fifo", "/dev/zero", "/dev/null", "folder"])
def test_a_file_that_is_not_regular_is_refused_without_blocking(tmp_path, special):
    if special == "fifo":
        path = tmp_path / "case.json"
        os.mkfifo(path)
    elif special == "folder":
        path = tmp_path / "case.json"
        path.mkdir()
    else:
        path = Path(special)
    with pytest.raises(InvalidCase) as error:
        load_case(path)
    assert error.value.errors[0].message.render() == "无法读取文件：不是普通文件（而是管道、设备或文件夹）"


def test_a_fifo_named_json_does_not_hang_batch(tmp_path):
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "good.json").write_text(json.dumps(_case()), encoding="utf-8")
    os.mkfifo(cases / "pipe.json")
    out = tmp_path / "out"
    result = run_lawgen("batch", str(cases), "-o", str(out), "--jobs", "1")  # one job: in this process
    assert result.returncode == 1 and "Traceback" not in result.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    status = {r["file"]: (r["status"], [e["message"] for e in r["errors"]]) for r in report["results"]}
    assert status == {"good.json": ("ok", []),
                      "pipe.json": ("failed", ["无法读取文件：不是普通文件（而是管道、设备或文件夹）"])}


# --- the wizard's import reads through the same loader ---------------------------------------------

@async_test
async def test_the_wizard_refuses_to_import_a_fifo_or_a_deep_file_and_stays_open(tmp_path):
    from textual.widgets import Input, Static

    from lawgen.wizard.screens.dialogs import PathScreen

    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    deep = tmp_path / "deep.json"
    deep.write_text(_with_notes("[" * 3000 + "]" * 3000), encoding="utf-8")
    app = make_app(tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        for path, message in ((fifo, "不是普通文件"), (deep, "嵌套层次过深")):
            await pilot.press("i")
            await pilot.pause()
            field = app.screen.query_one("#path", Input)
            field.value = str(path)
            field.focus()
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, PathScreen)  # still open, saying why
            shown = str(app.screen.query_one("#path-errors", Static).render())
            assert message in shown and ID_NUMBER not in shown and PHONE not in shown
            await pilot.press("escape")
            await pilot.pause()
        assert app.store.list() == []
