"""Escape sequences stored in a case (imported from a file, or in the shared register) never reach the
volunteer's terminal: the register row, a field, the overtime helper show the letters, no ESC or BEL — and
the stored text stays as it was (the filings clean it their own way).

The real app under Pilot: what the terminal would receive is the screen's rendered lines.
"""

from __future__ import annotations

import json

from tests.support.wizard_helpers import SIZE, async_test, example, make_app, open_stored

NAME = "林\x1b]0;NAMEPWN\x07\x1b[5;41m小海"
CONTROLS = {chr(code) for code in (*range(0x20), *range(0x7f, 0xa0))}


def drawn(app) -> str:
    """Every character the screen's lines would send to the terminal, and its SVG screenshot."""
    lines = "".join(strip.text for strip in app.screen._compositor.render_strips())
    return lines + app.export_screenshot()


def assert_no_controls(text: str) -> None:
    found = {f"U+{ord(char):04X}" for char in text if char in CONTROLS and char != "\n"}
    assert not found, found


def stored(app, case_id: str) -> dict:
    return json.loads(json.dumps(app.store.get(case_id).draft))


@async_test
async def test_a_stored_name_draws_its_letters_in_the_register_row(tmp_path) -> None:
    case = example()
    case["worker"]["name"] = NAME
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        case_id = app.store.create(case, step="start")
        app.screen.reload()
        await pilot.pause()
        text = drawn(app)
        assert_no_controls(text)
        assert "林" in text and "小海" in text
        assert stored(app, case_id)["worker"]["name"] == NAME


def schedule_case() -> dict:
    case = example()
    case["claims"] = [{"kind": "overtime", "from": "2026-09-01", "to": "2026-10-31"}]
    case["notes"] = {"wizard_schedule": {"days_a_week": "\x1b]0;DAYS\x07", "hours_a_day": CLEAR,
                                         "overtime_helpers": [{"oh-day-hours": CLEAR, "oh-weekdays": "1-6"}]}}
    return case


CLEAR = "\x1b[2J\x1b]0;pwned\x07\x1b[31m10"


@async_test
async def test_a_stored_schedule_draws_no_sequence_on_the_work_step(tmp_path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        case_id = await open_stored(pilot, schedule_case(), step="work")
        await pilot.pause()
        text = drawn(app)
        assert_no_controls(text)
        assert "DAYS" in text  # the field is there, drawn as letters
        assert stored(app, case_id)["notes"]["wizard_schedule"]["days_a_week"] == "\x1b]0;DAYS\x07"


@async_test
async def test_a_stored_schedule_draws_no_sequence_in_the_overtime_helper(tmp_path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        case_id = await open_stored(pilot, schedule_case(), step="claims")
        await pilot.pause(0.3)
        text = drawn(app)
        assert_no_controls(text)
        assert "pwned" in text
        helpers = stored(app, case_id)["notes"]["wizard_schedule"]["overtime_helpers"]
        assert helpers[0]["oh-day-hours"] == CLEAR
