"""The register by urgency: each case's stage and next deadline with the days left, red within 30 days, the
nearest first; a stage recorded in one step from the register; the deadlines exported as a calendar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
from textual.widgets import DataTable, Input, Select

from lawgen.store import CaseStatus
from lawgen.wizard.screens.stage_dialog import StageScreen
from tests.support.case_builder import case_dict
from tests.support.wizard_helpers import SIZE, async_test, listed, make_app, press_button

# The wizard's clock: 2026-11-28 (TODAY in wizard_helpers).
FRESH = case_dict(worker={"name": "王新"})  # nothing filed: 2026-08-31 + 1 year = 2027-08-31, 276 days
# Award received 2026-11-23 (Mon): sue within 15 days, 12-08 (Tue), 10 days from 11-28 (第四十八条、第五十条).
AWARDED = case_dict(worker={"name": "李裁"}, procedure={"arbitration": {
    "applied_on": "2026-09-20", "award_date": "2026-11-20", "received_on": "2026-11-23"}})
INCOMPLETE = {"worker": {"name": "赵稿"}, "respondents": [{"name": "某某物流有限公司"}]}


def _rows(table: DataTable) -> list[list]:
    return [table.get_row_at(index) for index in range(table.row_count)]


@async_test
async def test_the_register_lists_cases_by_their_next_deadline(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await listed(pilot, (FRESH, CaseStatus.complete), INCOMPLETE, (AWARDED, CaseStatus.complete))
        rows = _rows(app.screen.query_one("#cases", DataTable))
        assert [str(row[0]) for row in rows] == ["李裁", "王新", "赵稿"]  # 10 days, 276 days, none
        awarded, fresh, incomplete = rows
        assert str(awarded[2]) == "已收到仲裁裁决书"
        assert str(awarded[3]) == "2026-12-08\n不服裁决，向人民法院起诉" and str(awarded[4]) == "10天"
        assert "red" in str(awarded[3].style) and "red" in str(awarded[4].style)
        assert str(fresh[2]) == "尚未申请" and str(fresh[4]) == "276天"
        assert str(fresh[3]).startswith("2027-08-31\n申请劳动仲裁") and "（估算）" in str(fresh[3])
        assert "red" not in str(fresh[4].style)
        assert [str(cell) for cell in incomplete[2:5]] == ["—", "—", "—"]


@async_test
async def test_a_stage_is_recorded_from_the_register_in_one_step(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        [case_id] = await listed(pilot, (FRESH, CaseStatus.complete))
        await pilot.press("r")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, StageScreen)
        # A payment larger than the 12,000.00 claimed: refused in the dialog, nothing saved.
        dialog.query_one("#stage-event", Select).value = "paid"
        dialog.query_one("#stage-on", Input).value = "2026-11-27"
        dialog.query_one("#stage-amount", Input).value = "13000"
        await press_button(pilot, "#go")
        assert "超过请求金额合计12000.00元" in str(dialog.query_one("#stage-errors").render())
        assert app.store.get(case_id).draft.get("procedure") is None
        # A demand sent the day before: recorded, and the list shows the restarted limitation.
        dialog.query_one("#stage-event", Select).value = "demanded"
        await pilot.pause(0.3)  # a button ignores a press while it still shows the last one (0.2 s)
        await press_button(pilot, "#go")
        await pilot.pause()
        assert not isinstance(app.screen, StageScreen)
        events = app.store.get(case_id).draft["procedure"]["events"]
        assert events == [{"kind": "demanded_payment", "on": "2026-11-27"}]
        row = app.screen.query_one("#cases", DataTable).get_row_at(0)
        # 2026-11-27 + 1 year = 2027-11-27, a Saturday → Monday 2027-11-29: 366 days (第二十七条第二款).
        assert str(row[2]) == "已催告用人单位" and str(row[3]).startswith("2027-11-29")
        assert str(row[4]) == "366天"


@async_test
async def test_the_deadlines_are_exported_as_a_calendar(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await listed(pilot, (AWARDED, CaseStatus.complete))
        await pilot.press("k")
        await pilot.pause()
        target = tmp_path / "out" / "日历.ics"
        target.parent.mkdir()  # an export never creates a folder other than the wizard's own
        app.screen.query_one("#path", Input).value = str(target)
        await press_button(pilot, "#go")
        await pilot.pause()
        calendar = icalendar.Calendar.from_ical(target.read_bytes())
        days = {str(e["summary"]): e.decoded("dtstart") for e in calendar.walk("VEVENT")}
        assert days["不服裁决，向人民法院起诉"] == dt.date(2026, 12, 8)
        assert (target.stat().st_mode & 0o777) == 0o600
        assert "李裁" not in target.read_text(encoding="utf-8")  # nothing of the worker's


@async_test
async def test_a_large_register_is_judged_in_the_background_then_sorted(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        workers = [(case_dict(worker={"name": f"工人{number}"}), CaseStatus.complete) for number in range(24)]
        await listed(pilot, *workers, (AWARDED, CaseStatus.complete))  # waits for the judging worker
        table = app.screen.query_one("#cases", DataTable)
        assert table.row_count == 25
        assert str(table.get_row_at(0)[0]) == "李裁" and str(table.get_row_at(0)[4]) == "10天"
        assert all(str(table.get_row_at(i)[4]) == "276天" for i in range(1, 25))
