"""The supervising lawyer's screens under Pilot (issue 17): the lawyer's register lists every station's cases
on the shared register, comments are stored with the case and audited, and the redacted export shows and
writes the case masked. A volunteer reaches the same two screens for the open case from the palette."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
from textual.widgets import DataTable, Input, OptionList, Static

from lawgen.actors import Actor, Role
from lawgen.store import CaseStore, open_register
from lawgen.wizard.app import WizardApp
from lawgen.wizard.screens.supervision import CommentsScreen, RedactedExportScreen, SupervisionScreen
from tests.support.wizard_helpers import SIZE, TODAY, async_test, example

LIN = Actor("lin", "siming-01")
CHEN = Actor("chen", "huli-02")
LAWYER = Actor("zhang-lawyer", "centre", Role.lawyer)


def screen_text(app: WizardApp) -> str:
    return "\n".join(str(static.render()) for static in app.screen.query(Static))


@async_test
async def test_a_lawyer_comments_on_another_stations_case_and_exports_it_redacted(tmp_path: Path,
                                                                                  postgres_url) -> None:
    siming = open_register(postgres_url, LIN)
    case_id = siming.create(example())
    open_register(postgres_url, CHEN).create({"worker": {"name": "张三"}})
    app = WizardApp(tmp_path / "lawyer", "zh", TODAY, store=open_register(postgres_url, LAWYER))
    app.premount = False
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SupervisionScreen)
        table = app.screen.query_one("#cases", DataTable)
        assert table.row_count == 2  # both stations' cases
        table.move_cursor(row=[r.id for r in app.screen.records].index(case_id))
        await pilot.press("n")  # a lawyer has no new-case key: nothing is created
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, CommentsScreen) and "还没有意见" in screen_text(app)
        app.screen.query_one("#comment", Input).insert_text_at_cursor("加班费请补充考勤截图")
        await pilot.press("enter")
        await pilot.pause()
        assert "zhang-lawyer" in screen_text(app) and "加班费请补充考勤截图" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, RedactedExportScreen)
        shown = screen_text(app)
        assert "身份证号码 ******************" in shown and "138******78" in shown
        assert "35020319980512001X" not in shown and "13812345678" not in shown
        await pilot.click("#export")
        await pilot.pause()
        target = tmp_path / "review" / "case.json"
        path_box = app.screen.query_one("#path", Input)
        path_box.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
    written = target.read_text(encoding="utf-8")
    assert json.loads(written)["notes"] == {"redacted": True}
    for personal in ("35020319980512001X", "13812345678", "莲前西路100号"):
        assert personal not in written
    assert [body for _, _, body in siming.comments(case_id)] == ["加班费请补充考勤截图"]
    assert len(siming.list()) == 1  # the lawyer's "n" made nothing
    with psycopg.connect(postgres_url) as db:
        audited = db.execute("SELECT account, action, outcome FROM audit WHERE case_id = %s ORDER BY id",
                             (case_id,)).fetchall()
    assert ("zhang-lawyer", "comment", "ok") in audited and ("zhang-lawyer", "export", "redacted") in audited
    assert "考勤截图" not in repr(audited)


@async_test
async def test_a_volunteer_opens_the_comments_of_the_open_case_from_the_palette(tmp_path: Path) -> None:
    store = CaseStore(tmp_path, LIN)
    case_id = store.create(example())
    store.comment(case_id, "请补充考勤截图")
    app = WizardApp(tmp_path, "zh", TODAY, store=store)
    app.premount = False
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_case(case_id)
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        app.screen.query_one(Input).insert_text_at_cursor("督导意见")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CommentsScreen)
        assert "lin" in screen_text(app) and "请补充考勤截图" in screen_text(app)
    assert ("lin", "siming-01", "open", case_id, "ok") in [
        (e["account"], e["station"], e["action"], e["case_id"], e["outcome"])
        for e in CaseStore(tmp_path).audit()]


@async_test
async def test_without_a_shared_register_a_lawyer_reads_every_stations_register(tmp_path: Path) -> None:
    """``lawgen serve`` on SQLite: each station has its own register; the lawyer's wizard lists them all,
    and a comment lands (and is audited) in the register of the case's own station."""
    from lawgen.serve.session_app import station_register
    from lawgen.serve.stations import StationRegisters
    from lawgen.store import NotAllowed

    siming = open_register(station_register(tmp_path, "siming-01"), LIN)
    huli = open_register(station_register(tmp_path, "huli-02"), CHEN)
    siming.create(example())
    huli_id = huli.create({"worker": {"name": "张三"}})
    registers = StationRegisters(tmp_path, LAWYER)
    try:
        registers.create(example())
    except NotAllowed:
        pass
    else:
        raise AssertionError("a lawyer created a case")
    app = WizardApp(tmp_path / "lawyer", "zh", TODAY, store=registers)
    app.premount = False
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SupervisionScreen)
        assert sorted(r.worker_name for r in app.screen.records) == ["张三", "林小海"]
        app.screen.query_one("#cases", DataTable).move_cursor(
            row=[r.id for r in app.screen.records].index(huli_id))
        await pilot.press("m")
        await pilot.pause()
        app.screen.query_one("#comment", Input).insert_text_at_cursor("请补充劳动合同")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        options = app.screen.query_one(OptionList)
        offered = [str(options.get_option_at_index(i).prompt).split("\n")[0]  # the title, not its help
                   for i in range(options.option_count)]
        assert "切换主题" in offered  # the palette's own commands are there,
        assert not [text for text in offered if text.startswith(("打开案件", "新建案件", "生成文书"))]
    assert [body for _, _, body in huli.comments(huli_id)] == ["请补充劳动合同"]
    huli_log = CaseStore(station_register(tmp_path, "huli-02")).audit()
    assert ("zhang-lawyer", "comment", huli_id, "ok") in [
        (e["account"], e["action"], e["case_id"], e["outcome"]) for e in huli_log]
