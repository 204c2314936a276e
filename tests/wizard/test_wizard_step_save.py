"""A step change writes the step the case is at after the new page is on screen (issue 12, item 2: the write
is not part of what the volunteer waits for). What that save finds still counts: with nothing typed here and
a newer version saved by another window, the pages show that version."""

from __future__ import annotations

from pathlib import Path

from textual._context import active_app

from lawgen.store import CaseStore
from tests.support.wizard_helpers import SIZE, async_test, example, make_app, row, settle, type_into

ADDRESS_B = "厦门市湖里区乙路2号"  # typed in window B


async def acting(pilot, call):
    """Two apps in one event loop: direct calls reach the app through Textual's active app."""
    token = active_app.set(pilot.app)
    try:
        return await call()
    finally:
        active_app.reset(token)


@async_test
async def test_f3_without_typing_shows_the_other_windows_version_and_records_the_step(tmp_path: Path) -> None:
    case_id = CaseStore(tmp_path).create(example(), step="worker")
    window_a, window_b = make_app(tmp_path), make_app(tmp_path)
    async with window_a.run_test(size=SIZE) as a, window_b.run_test(size=SIZE) as b:
        for pilot in (a, b):
            async def opened(pilot=pilot) -> None:
                pilot.app.open_case(case_id)
                await pilot.pause()
            await acting(pilot, opened)
        await acting(b, lambda: type_into(b, "worker.address", ADDRESS_B))
        await settle(b)
        await a.press("f2")  # A goes back a step without typing: its save meets B's newer version
        await settle(a)
        assert window_a.screen.step.id == "start"
        await a.press("f3")
        await settle(a)
        assert window_a.screen.step.id == "worker"
        assert row(window_a, "worker.address").query_one("Input").value == ADDRESS_B
        [record] = CaseStore(tmp_path).list()
        assert record.draft["worker"]["address"] == ADDRESS_B and record.step == "worker"
