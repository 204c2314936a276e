"""Issue 13 item 5 (the wizard): opening a case with year-9999 dates, or importing one with 3,000-deep
``notes``, crashed the wizard with a traceback that printed the ID and phone numbers (Textual prints every
frame's local variables). Now each gets a clear message with no case data in it, and the wizard goes on;
an error nothing catches is reported without locals or the error's text.

The real app under Pilot, with real files and a real register.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import sqlite3
from pathlib import Path

import pytest
from textual.widgets import Input

from lawgen.store import DB_NAME, CaseStore
from lawgen.wizard.screens.dialogs import PathScreen
from lawgen.wizard.screens.register import RegisterScreen
from lawgen.wizard.screens.review import ReviewScreen
from lawgen.wizard.widgets.assessment_panel import AssessmentPanel
from tests.support.paths import EXAMPLE_CASE
from tests.support.wizard_helpers import SIZE, async_test, example, make_app

ID_NUMBER = "35020319980512001X"
PHONE = example()["worker"]["phone"]


def screen_text(app) -> str:
    return "".join("".join(strip.text.split()) for strip in app.screen._compositor.render_strips())


def year_9999_case() -> dict:
    """The example moved 7,973 years on: every date valid, but the limitation deadline (a year after the
    end) and the overtime periods fall past 9999-12-31, which Python dates cannot hold."""
    raw = EXAMPLE_CASE.read_text("utf-8")
    return json.loads(re.sub(r'"(20\d\d)-(\d\d)-(\d\d)"',
                             lambda m: f'"{int(m[1]) + 7973}-{m[2]}-{m[3]}"', raw))


def deep_notes_file(folder: Path, depth: int) -> Path:
    """The example with ``notes`` nested ``depth`` objects deep, written as text (json.dumps cannot)."""
    raw = EXAMPLE_CASE.read_text("utf-8").rstrip().removesuffix("}")
    path = folder / f"deep-{depth}.json"
    path.write_text(raw + ', "notes": ' + '{"n": ' * depth + "1" + "}" * depth + "}\n", "utf-8")
    return path


@async_test
async def test_a_year_9999_case_opens_with_a_message_and_no_data(tmp_path: Path) -> None:
    case_id = CaseStore(tmp_path).create(year_9999_case(), step="review")
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)  # open, not crashed
        panel = app.screen.query_one(AssessmentPanel).plain
        assert "超出了可以计算的范围" in panel
        assert ID_NUMBER not in panel and PHONE not in panel
        assert app.screen.query_one("#generate").disabled  # nothing is generated from it
        app.show_step("work")  # the dates can be corrected in the wizard
        await pilot.pause()
        assert "超出了可以计算的范围" in app.screen.query_one(AssessmentPanel).plain
        app.close_case()
        await pilot.pause()
        assert isinstance(app.screen, RegisterScreen)
    assert CaseStore(tmp_path).get(case_id).draft == year_9999_case()  # kept as it was


async def import_file(pilot, path: Path) -> str:
    """Import through the dialog; returns the errors it shows (the dialog stays open on an error)."""
    app = pilot.app
    await pilot.press("i")
    await pilot.pause()
    app.screen.query_one("#path", Input).value = str(path)
    await pilot.press("enter")
    await pilot.pause()
    if not isinstance(app.screen, PathScreen):
        return ""
    errors = str(app.screen.query_one("#path-errors").render())
    await pilot.press("escape")
    await pilot.pause()
    return errors


@async_test
async def test_importing_hostile_files_is_refused_with_a_message(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)  # reading it would wait for a writer forever
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (3 * 1024 * 1024) + EXAMPLE_CASE.read_bytes())
    app = make_app(tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for path, expected in ((deep_notes_file(tmp_path, 3000), "嵌套层数过多"),
                               (fifo, "不是一个普通文件"), (big, "超过 2 MB")):
            errors = await asyncio.wait_for(import_file(pilot, path), timeout=30)
            assert expected in errors, path.name
            assert ID_NUMBER not in errors and PHONE not in errors, path.name
            assert isinstance(app.screen, RegisterScreen)
        assert app.store.list() == []
        assert await import_file(pilot, EXAMPLE_CASE) == ""  # a sound file still imports
        assert len(app.store.list()) == 1


def test_a_register_row_nested_too_deep_is_listed_as_damaged(tmp_path: Path) -> None:
    """900 levels: within what json reads, beyond what copying and validation survive."""
    case_id = CaseStore(tmp_path).create(example())
    draft = json.dumps(example(), ensure_ascii=False).removesuffix("}")
    deep = draft + ', "notes": ' + "[" * 900 + "]" * 900 + "}"
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        db.execute("UPDATE cases SET draft = ? WHERE id = ?", (deep, case_id))
    [record] = CaseStore(tmp_path).list()
    assert record.damaged and record.draft == {} and record.number == 1


def test_an_uncaught_error_is_reported_without_locals_or_its_text(tmp_path: Path, capsys) -> None:
    """Any error nothing else catches: the report names the kind and the place, not the case."""
    app = make_app(tmp_path)

    def broken_handler() -> None:
        worker = example()["worker"]  # a local holding the case, as a real handler's would
        raise ValueError(f"bad value {worker['id_number']} {worker['phone']}")

    async def run() -> None:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            app.call_later(broken_handler)
            await pilot.pause()

    with pytest.raises(ValueError):
        asyncio.run(run())
    report = capsys.readouterr().err  # what the terminal is left with after the wizard exits
    assert "ValueError" in report and "broken_handler" in report
    assert "可能含有个人信息" in report
    assert ID_NUMBER not in report and PHONE not in report and "林小海" not in report
