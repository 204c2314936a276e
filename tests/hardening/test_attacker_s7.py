"""The attacker's findings of session 7 (s7-gatk): what the wizard writes always loads, a FIFO never hangs
the order-records reader, a bad cell is named by row and column and never quoted, an empty or broken
records file says what is wrong, an export never creates a missing folder, and an impossible date is
named as such in the stage dialog as in the commands.

Real files in a temporary folder, the real app under Pilot; the FIFO test runs ``lawgen hours`` in a child
process so that a hang fails the test instead of freezing the suite.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static

from lawgen.case import NESTING_MAX, InvalidCase, loads_case, read_case_file
from lawgen.lenient import date_problem
from lawgen.records import RecordsError
from lawgen.records.reader import CELL_MAX_CHARS, column_letters, open_table
from lawgen.records.summary import RowsRejected, Settings, summarise_file
from lawgen.store import CaseStatus
from lawgen.wizard.draft import pruned, set_helper_schedule, set_path
from lawgen.wizard.screens.dialogs import PathScreen
from lawgen.wizard.screens.stage_dialog import StageScreen
from lawgen.wizard.steps import DAYS_A_WEEK, HOURS_A_DAY
from tests.support.case_builder import BASE, case_dict
from tests.support.wizard_helpers import SIZE, async_test, listed, make_app, press_button

HEADER = "订单号,接单时间,取货时间,送达时间,配送费,平台,站点"
ROOT = Path(__file__).resolve().parents[2]


def _nested_lists(levels: int) -> list:
    value: list = ["x"]
    for _ in range(levels - 1):
        value = [value]
    return value


# --- 1. the wizard writes out only what it can load again ---------------------------------------------

def _deep_notes_case() -> dict:
    """The attacker's deepnotes17: ``notes.wizard_schedule`` a list 17 deep, so the innermost text sits at
    level 20 (case 1, notes 2, the 17 lists 3..19, the text 20), the most the loader accepts."""
    return {**copy.deepcopy(BASE), "notes": {"wizard_schedule": _nested_lists(17)}}


def test_the_deep_notes_case_is_at_the_limit_and_loads() -> None:
    loads_case(json.dumps(_deep_notes_case(), ensure_ascii=False))  # no InvalidCase: accepted as given


def test_the_overtime_helper_keeps_what_stood_in_the_way_so_the_export_loads() -> None:
    draft = _deep_notes_case()
    # The work step's usual hours and the overtime helper (10 hours, 6 days), as the wizard stores them.
    set_path(draft, HOURS_A_DAY, "10")
    set_path(draft, DAYS_A_WEEK, "6")
    set_helper_schedule(draft, 0, {"hours_a_day": "10", "days_a_week": "6"})
    exported = json.dumps(pruned(draft), ensure_ascii=False)
    loads_case(exported)  # before: one level deeper under «text», «嵌套层次过深（最多 20 层）»
    schedule = json.loads(exported)["notes"]["wizard_schedule"]
    # one level deeper would pass the limit (level 21): kept as its JSON text, nothing of it lost
    assert json.loads(schedule["text"]) == _nested_lists(17)
    assert schedule["hours_a_day"] == "10" and schedule["days_a_week"] == "6"


@pytest.mark.parametrize(("levels", "kept_as_text"), [(16, False), (17, True)])
def test_what_stood_in_the_way_stays_a_list_while_it_fits(levels: int, kept_as_text: bool) -> None:
    # notes.wizard_schedule.text is level 4: 16 lists and their text span levels 4..20 (fits), 17 would
    # reach 21
    draft = {**copy.deepcopy(BASE), "notes": {"wizard_schedule": _nested_lists(levels)}}
    set_path(draft, HOURS_A_DAY, "10")
    kept = draft["notes"]["wizard_schedule"]["text"]
    assert (json.loads(kept) if kept_as_text else kept) == _nested_lists(levels)
    loads_case(json.dumps(draft, ensure_ascii=False))


def test_notes_nested_too_deep_are_named_in_words() -> None:
    data = {**copy.deepcopy(BASE), "notes": _nested_lists(NESTING_MAX)}  # text at level 21
    with pytest.raises(InvalidCase) as refused:
        loads_case(json.dumps(data))
    [error] = refused.value.errors
    assert error.render("zh") == "（文件）: 备注的嵌套层次过深（最多 20 层）"
    assert error.render("en") == "(file): The notes are nested too deeply (at most 20 levels)"


# --- 2. a FIFO is refused, as the case loader refuses it ----------------------------------------------

def test_lawgen_hours_refuses_a_fifo_with_the_case_loaders_words(tmp_path: Path) -> None:
    fifo = tmp_path / "f.csv"
    os.mkfifo(fifo)
    # A child process: before, the read blocked forever (the timeout turns a hang into a failure).
    ran = subprocess.run([sys.executable, "-m", "lawgen", "hours", str(fifo)], cwd=ROOT, capture_output=True,
                         text=True, timeout=60, env={**os.environ, "LAWGEN_LANG": "zh"}, check=False)
    assert ran.returncode != 0
    assert "无法读取订单记录文件 f.csv：不是普通文件（而是管道、设备或文件夹）" in ran.stderr
    with pytest.raises(InvalidCase) as case_refused:  # the case loader says the same of a FIFO
        read_case_file(fifo)
    assert "不是普通文件（而是管道、设备或文件夹）" in case_refused.value.errors[0].render()


def test_the_records_reader_refuses_a_fifo_and_a_folder_without_opening_them(tmp_path: Path) -> None:
    fifo = tmp_path / "orders.csv"
    os.mkfifo(fifo)
    for path in (fifo, tmp_path):  # the wizard's records import reads through open_table too
        with pytest.raises(RecordsError) as refused:
            open_table(path)
        assert refused.value.message.render("en").endswith(
            "it is not a regular file (but a pipe, a device or a folder)")


@async_test
async def test_the_wizards_records_import_refuses_a_fifo_and_stays_open(tmp_path: Path) -> None:
    from lawgen.wizard.screens.records_import import RecordsImportScreen

    fifo = tmp_path / "orders.csv"
    os.mkfifo(fifo)
    app = make_app(tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(RecordsImportScreen({}, "zh"))
        await pilot.pause()
        field = app.screen.query_one("#records-path", Input)
        field.value = str(fifo)
        field.focus()
        await pilot.press("enter")
        await pilot.pause()
        shown = str(app.screen.query_one("#records-message", Static).render())
        assert "不是普通文件（而是管道、设备或文件夹）" in shown


# --- 3. a bad cell is named by its row and column, never quoted ---------------------------------------

PERSONAL = ("林小海", "13812345678", "35020319980512001X")


@pytest.mark.parametrize(("row", "zh", "en"), [
    ("A1,2026-03-02 10:05,,2026-03-02 10:38,林小海13812345678,美团,站",
     "第2行：收入不是金额，请写成 6.50 这样的数字",
     "row 2: income is not an amount: write a number such as 6.50"),
    ("A1,林小海13812345678,,2026-03-02 10:38,6,美团,站",
     "第2行：接单时间无法识别，请写成 2026-03-02 09:15 这样的日期和时间",
     "row 2: accepted cannot be read: write a date and time such as 2026-03-02 09:15"),
    ("35020319980512001X,2026-03-02 10:05,,13812345678,6,美团,站",
     "第2行：送达时间无法识别，请写成 2026-03-02 09:15 这样的日期和时间", None),
])
def test_a_bad_cell_is_named_and_never_echoed(tmp_path: Path, row: str, zh: str, en: str | None) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(f"{HEADER}\n{row}\n", encoding="utf-8")
    with pytest.raises(RowsRejected) as refused:
        summarise_file(path, Settings())
    [problem] = refused.value.problems
    assert problem.render("zh") == zh
    if en is not None:
        assert problem.render("en") == en
    for lang in ("zh", "en"):
        assert not any(part in problem.render(lang) for part in PERSONAL)


# --- 4. an empty or broken records file says what is wrong --------------------------------------------

def test_a_header_without_orders_says_so(tmp_path: Path) -> None:
    path = tmp_path / "onlyhdr.csv"
    path.write_text(HEADER + "\n", encoding="utf-8")
    with pytest.raises(RowsRejected) as refused:
        summarise_file(path, Settings())
    assert refused.value.message.render("zh") == (
        "onlyhdr.csv 中表头下面没有订单行；请从平台导出有订单的期间，或按订单记录模板逐单抄录")
    assert refused.value.problems == ()


@pytest.mark.parametrize(("cells", "where"), [
    # the attacker's wide.csv: a 2,000,000-character acceptance time, column B of row 2
    ('A1,{long},2026-03-02 10:12,2026-03-02 10:38,6,美团,站', "第2行B列"),
    # a quote never closed in row 3: the rest of the file becomes one cell of column D
    ('A1,2026-03-02 10:05,,2026-03-02 10:38,6,美团,站\nA2,2026-03-02 11:05,,"2026-03-02 11:38,6\n{long}',
     "第3行D列"),
])
def test_a_cell_past_the_bound_is_named_by_row_and_column(tmp_path: Path, cells: str, where: str) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(f"{HEADER}\n{cells.format(long='x' * 2_000_000)}\n", encoding="utf-8")
    with pytest.raises(RecordsError) as refused:
        summarise_file(path, Settings())
    said = refused.value.message.render("zh")
    assert said == (f"wide.csv {where}的内容过长（超过{CELL_MAX_CHARS}个字符），不像订单记录；"
                    "请检查这一格，常见原因是引号没有成对")
    assert "xxx" not in said


@pytest.mark.parametrize(("index", "letters"), [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (701, "ZZ"),
                                                (702, "AAA")])
def test_columns_are_lettered_as_a_spreadsheet_letters_them(index: int, letters: str) -> None:
    # 26 + 26×26 = 702 columns A..ZZ, so index 701 is ZZ and 702 is AAA
    assert column_letters(index) == letters


# --- 5. an export never creates a missing folder ------------------------------------------------------

AWARDED = case_dict(worker={"name": "李裁"}, procedure={"arbitration": {
    "applied_on": "2026-09-20", "award_date": "2026-11-20", "received_on": "2026-11-23"}})


@pytest.mark.parametrize("key", ["k", "e"])  # the calendar, the case file
@async_test
async def test_an_export_into_a_missing_folder_is_refused_and_creates_nothing(tmp_path: Path,
                                                                             key: str) -> None:
    app = make_app(tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await listed(pilot, (AWARDED, CaseStatus.complete))
        await pilot.press(key)
        await pilot.pause()
        target = tmp_path / "nonexist" / "x.ics"
        app.screen.query_one("#path", Input).value = str(target)
        await press_button(pilot, "#go")
        await pilot.pause()
        assert isinstance(app.screen, PathScreen)  # still open, saying why
        shown = str(app.screen.query_one("#path-errors", Static).render())
        assert shown == "这个文件夹不存在，不能写入；请先建好它，或换一个已有的文件夹。"
        assert not target.parent.exists()
        # The wizard's own export folder is still made for its default path.
        app.screen.query_one("#path", Input).value = str(tmp_path / "data" / "exports" / "x.ics")
        await pilot.pause(0.3)  # a button ignores a press while it still shows the last one
        await press_button(pilot, "#go")
        await pilot.pause()
        assert (tmp_path / "data" / "exports" / "x.ics").is_file()


# --- 6. an impossible date says «没有这一天», in the dialog as in the commands ---------------------------

@pytest.mark.parametrize(("typed", "zh"), [
    ("2026-02-30", "没有这一天：2026-02-30"),
    ("2026年2月30日", "没有这一天：2026-02-30"),  # read as 2026-02-30 first (lenient.read_date)
    ("下周一", "日期请写成 2026-11-28、2026/11/28 或 2026年11月28日"),
    ("2026/11/28", None),
])
def test_date_problem_names_a_missing_day(typed: str, zh: str | None) -> None:
    problem = date_problem(typed)
    assert (problem.render("zh") if problem else None) == zh


@async_test
async def test_the_stage_dialog_says_there_is_no_such_day(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        [case_id] = await listed(pilot, (case_dict(worker={"name": "王新"}), CaseStatus.complete))
        await pilot.press("r")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, StageScreen)
        dialog.query_one("#stage-event", Select).value = "demanded"
        dialog.query_one("#stage-on", Input).value = "2026-02-30"
        await press_button(pilot, "#go")
        assert str(dialog.query_one("#stage-errors").render()) == "没有这一天：2026-02-30"
        assert app.store.get(case_id).draft.get("procedure") is None


@async_test
async def test_the_wizard_typing_the_usual_hours_into_deep_notes_still_exports_a_loadable_case(
        tmp_path: Path) -> None:
    from tests.support.wizard_helpers import open_stored, settle, type_into

    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        case_id = await open_stored(pilot, _deep_notes_case(), step="work")
        await type_into(pilot, HOURS_A_DAY, "10")
        await type_into(pilot, DAYS_A_WEEK, "6")
        await settle(pilot)
        stored = app.store.get(case_id).draft
    # what the register's export writes (pruned draft as JSON) loads again
    loads_case(json.dumps(pruned(stored), ensure_ascii=False))
    assert stored["notes"]["wizard_schedule"]["hours_a_day"] == "10"
