"""Importing order records in the wizard's claims step (issue 16, item 6): the preview of the first rows and
the mapping, a bad row named by its number, and the overtime claim filled in from the records."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

from textual.widgets import DataTable, Input, Static

from tests.support.paths import EXAMPLES
from tests.support.program_text import program_text
from tests.support.wizard_helpers import SIZE, async_test, make_app, open_stored, press_button, settle

RECORDS = EXAMPLES / "08-order-records.csv"


def draft() -> dict:
    case = json.loads((EXAMPLES / "08-food-delivery-order-records.json").read_text(encoding="utf-8"))
    case.pop("records")
    return case


async def read_in_the_dialog(pilot, path: Path) -> str:
    """The case opened at its claims step, Ctrl+O, the file's path typed and 读取 pressed: what the dialog
    says."""
    await open_stored(pilot, draft(), step="claims")
    await pilot.press("ctrl+o")
    await pilot.pause()
    pilot.app.screen.query_one("#records-path", Input).value = str(path)
    await press_button(pilot, "#read")
    return str(pilot.app.screen.query_one("#records-message", Static).render())


@async_test
async def test_import_previews_the_rows_and_fills_the_overtime_claim(tmp_path):
    app = make_app(tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        message = await read_in_the_dialog(pilot, RECORDS)
        preview = app.screen.query_one("#records-preview", DataTable)
        assert preview.row_count == 8 and len(preview.columns) == 8  # row number + the 7 mapped columns
        assert preview.get_row_at(0)[:2] == ["2", "MT2025092200001"]
        assert "计入423单" in message
        assert "工作日延长20.17小时、休息日68.13小时、法定休假日37.75小时" in message
        await press_button(pilot, "#apply")
        await settle(pilot)
        claim = app.session.draft["claims"][0]
        assert (claim["weekday_hours"], claim["rest_day_hours"], claim["holiday_hours"]) == (
            "20.17", "68.13", "37.75")
        assert (claim["from"], claim["to"]) == ("2025-09-22", "2025-10-19")
        assert app.session.draft["records"]["file"] == str(RECORDS)
        assert app.session.draft["evidence"][-1]["name"] == "工作时间及加班计算表"


@async_test
async def test_a_bad_row_is_named_and_nothing_is_taken(tmp_path):
    lines = RECORDS.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("2025-09-22", "2025-09-32", 1)
    bad = tmp_path / "orders.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copy(RECORDS, tmp_path / "good.csv")
    app = make_app(tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        message = await read_in_the_dialog(pilot, bad)
        assert "第4行" in message and "无法识别" in message
        assert app.screen.query_one("#apply").disabled
        # how to agree is the tick box on this dialog, not a command's option or a case file's key
        assert "请勾选“有误的行不计入，只计算其余的行”后再读取" in message
        assert program_text(message.replace(bad.name, "")) == []  # the file's name is the volunteer's
        await pilot.press("escape")
        await pilot.pause()
        assert "records" not in app.session.draft


@async_test
async def test_a_file_without_the_needed_columns_is_told_in_the_wizards_terms(tmp_path):
    unusable = tmp_path / "orders.csv"
    unusable.write_text("订单号,金额\nMT1,5\n", encoding="utf-8")
    app = make_app(tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        message = await read_in_the_dialog(pilot, unusable)
        assert "没有找到表头" in message and "请把表头改成订单记录模板中的名称" in message
        assert program_text(message.replace(unusable.name, "")) == []


@async_test
async def test_a_blank_template_is_saved_beside_the_packets_and_read_once_filled_in(tmp_path):
    """For orders the platform gives only as screenshots: the template saved, its place typed in, then read;
    a second press makes another (volunteer: the next worker was offered this one's orders)."""
    shipped = (EXAMPLES / "order-records-template.csv").read_text(encoding="utf-8-sig").splitlines()
    app = make_app(tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await read_in_the_dialog(pilot, tmp_path / "none.csv")
        await press_button(pilot, "#save-template")
        saved = tmp_path / "data" / "packets" / "订单记录模板.csv"
        message = str(app.screen.query_one("#records-message", Static).render())
        assert "空白的订单记录模板已保存" in message
        assert app.screen.query_one("#records-path", Input).value == str(saved)
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
        assert saved.read_text(encoding="utf-8-sig").splitlines() == shipped[:1]  # the header, no sample rows
        await press_button(pilot, "#read")
        assert "表头下面没有订单行" in str(app.screen.query_one("#records-message", Static).render())
        with saved.open("a", encoding="utf-8") as orders:
            orders.write(shipped[1] + "\n")
        await pilot.pause(0.25)  # a button ignores a press while its last one shows (0.2 s)
        await press_button(pilot, "#read")
        assert "计入1单" in str(app.screen.query_one("#records-message", Static).render())
        assert not app.screen.query_one("#apply").disabled
        # the next worker's template is a new blank one: never the file holding this worker's orders
        await press_button(pilot, "#save-template")
        second = saved.with_name("订单记录模板-2.csv")
        assert app.screen.query_one("#records-path", Input).value == str(second)
        assert second.read_text(encoding="utf-8-sig").splitlines() == shipped[:1]
        assert saved.read_text(encoding="utf-8-sig").splitlines() == shipped[:2]


@async_test
async def test_tab_goes_from_the_files_place_to_the_buttons_with_no_unseen_stop(tmp_path):
    """An empty result area and an empty preview were Tab stops nobody could see."""
    app = make_app(tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, draft(), step="claims")
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.focused.id == "records-path"
        visited = []
        for _ in range(4):
            await pilot.press("tab")
            visited.append(app.focused.id)
        assert visited == ["skip-bad-rows", "cancel", "save-template", "read"]
        app.screen.query_one("#records-path", Input).value = str(RECORDS)
        await press_button(pilot, "#read")
        assert app.screen.query_one("#records-preview").allow_focus()  # rows to look through now
