"""A stage already recorded on another day is changed from the register's dialog only when the volunteer
presses «记录» a second time for it, after being told both days (attacker: the dialog replaced 2026-09-10 with
2026-12-02 and said only «已记录»; the application's date is what stopped the limitation clock)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select

from lawgen.store import CaseStatus
from lawgen.wizard.screens.stage_dialog import StageScreen
from tests.support.case_builder import case_dict
from tests.support.wizard_helpers import SIZE, async_test, listed, make_app, press_button

APPLIED = case_dict(worker={"name": "林申"}, procedure={"arbitration": {"applied_on": "2026-09-10"}})


async def _application_recorded_again(pilot, app, on: str) -> StageScreen:
    """The register's stage dialog on the listed case, «申请劳动仲裁» on ``on``, «记录» pressed once."""
    await pilot.press("r")
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, StageScreen)
    dialog.query_one("#stage-event", Select).value = "applied"
    dialog.query_one("#stage-on", Input).value = on
    await press_button(pilot, "#go")
    return dialog


def _applied_on(app, case_id: str) -> str:
    return app.store.get(case_id).draft["procedure"]["arbitration"]["applied_on"]


@async_test
async def test_a_recorded_date_is_changed_only_when_asked_twice(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        [case_id] = await listed(pilot, (APPLIED, CaseStatus.complete))
        dialog = await _application_recorded_again(pilot, app, "2026-11-27")
        said = str(dialog.query_one("#stage-errors").render())
        assert "“申请劳动仲裁”已记录为2026年9月10日" in said
        assert "要改为2026年11月27日，请再按一次“记录”" in said
        assert "--" not in said and "replace" not in said
        assert _applied_on(app, case_id) == "2026-09-10"
        await pilot.pause(0.3)  # a button ignores a press while it still shows the last one (0.2 s)
        await press_button(pilot, "#go")
        await pilot.pause()
        assert not isinstance(app.screen, StageScreen)
        assert _applied_on(app, case_id) == "2026-11-27"


@async_test
async def test_another_day_typed_after_the_question_asks_again(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        [case_id] = await listed(pilot, (APPLIED, CaseStatus.complete))
        dialog = await _application_recorded_again(pilot, app, "2026-11-27")
        dialog.query_one("#stage-on", Input).value = "2026-11-26"  # a second thought: not what was asked
        await pilot.pause(0.3)
        await press_button(pilot, "#go")
        assert "要改为2026年11月26日" in str(dialog.query_one("#stage-errors").render())
        assert _applied_on(app, case_id) == "2026-09-10"
