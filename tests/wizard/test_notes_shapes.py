"""A case's ``notes`` may hold anything (case-format: free for the user). The wizard keeps its own notes
there (the usual hours, the overtime helper's schedule): whatever shape it finds, typing neither crashes
the wizard nor loses what the notes held — a value in the way is kept under another key."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from lawgen.wizard.draft import helper_schedule, set_helper_schedule, set_path
from lawgen.wizard.steps import HOURS_A_DAY
from tests.support.wizard_helpers import SIZE, async_test, example, make_app, open_stored, settle, type_into

HOURS = {"oh-day-hours": "10", "oh-weekdays": "1-6", "oh-week": ""}

# notes as found -> notes after the hours a day were typed (10)
WORK_STEP = [
    (None, {"wizard_schedule": {"hours_a_day": "10"}}),
    ("volunteer note", {"text": "volunteer note", "wizard_schedule": {"hours_a_day": "10"}}),
    (["volunteer note"], {"text": ["volunteer note"], "wizard_schedule": {"hours_a_day": "10"}}),
    ({"wizard_schedule": []}, {"wizard_schedule": {"hours_a_day": "10"}}),
    ({"wizard_schedule": "x"}, {"wizard_schedule": {"text": "x", "hours_a_day": "10"}}),
    ({"wizard_schedule": ["x"]}, {"wizard_schedule": {"text": ["x"], "hours_a_day": "10"}}),
    ({"mine": 1, "wizard_schedule": {"days_a_week": "6"}},
     {"mine": 1, "wizard_schedule": {"days_a_week": "6", "hours_a_day": "10"}}),
]


@pytest.mark.parametrize(("notes", "after"), WORK_STEP)
def test_the_usual_hours_go_into_notes_of_any_shape(notes, after) -> None:
    draft = {} if notes is None else {"notes": notes}
    set_path(draft, HOURS_A_DAY, "10")
    assert draft["notes"] == after


# notes as found -> notes after claim 0's helper got 10 hours on days 1-6
TYPED = {"oh-day-hours": "10", "oh-weekdays": "1-6"}
HELPER = [
    (["volunteer note"], {"text": ["volunteer note"],
                          "wizard_schedule": {"overtime_helpers": [TYPED]}}),
    ({"wizard_schedule": []}, {"wizard_schedule": {"overtime_helpers": [TYPED]}}),
    ({"wizard_schedule": {"overtime_helpers": "x"}},
     {"wizard_schedule": {"overtime_helpers_text": "x",
                          "overtime_helpers": [TYPED]}}),
    ({"wizard_schedule": {"overtime_helpers": ["x", 5]}},
     {"wizard_schedule": {"overtime_helpers": [{"text": "x", **TYPED}, 5]}}),
    ({"wizard_schedule": {"overtime_helpers": [{"mine": "y", "oh-week": "8"}]}},
     {"wizard_schedule": {"overtime_helpers": [{"mine": "y", **TYPED}]}}),
]


@pytest.mark.parametrize(("notes", "after"), HELPER)
def test_the_helper_schedule_goes_into_notes_of_any_shape(notes, after) -> None:
    draft = {"notes": notes}
    assert set_helper_schedule(draft, 0, HOURS)
    assert draft["notes"] == after
    assert helper_schedule(draft, 0)["oh-day-hours"] == "10"
    assert not set_helper_schedule(draft, 0, HOURS)  # the same typing again changes nothing


@pytest.mark.parametrize("notes", [["volunteer note"], {"wizard_schedule": []}, {"wizard_schedule": "x"}])
@async_test
async def test_typing_the_usual_hours_keeps_the_wizard_and_the_notes(tmp_path, notes) -> None:
    case = example()
    case["notes"] = notes
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        case_id = await open_stored(pilot, case, step="work")
        await type_into(pilot, HOURS_A_DAY, "10")
        await settle(pilot)
        assert app.is_running and app.return_code is None
        kept = app.store.get(case_id).draft["notes"]
        assert kept["wizard_schedule"]["hours_a_day"] == "10"
        before = notes if isinstance(notes, list) else notes["wizard_schedule"] or None
        assert kept.get("text", kept["wizard_schedule"].get("text")) == before


@pytest.mark.parametrize("notes", [["volunteer note"], {"wizard_schedule": []}])
@async_test
async def test_typing_in_the_overtime_helper_keeps_the_wizard(tmp_path, notes) -> None:
    case = example()
    case["claims"] = [{"kind": "overtime", "from": "2026-09-01", "to": "2026-10-31"}]
    case["notes"] = notes
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        case_id = await open_stored(pilot, case, step="claims")
        await pilot.pause(0.3)
        field = app.screen.query_one(".oh-day-hours", Input)
        field.focus()
        await pilot.press("1", "0")
        await settle(pilot)
        assert app.is_running and app.return_code is None
        helpers = app.store.get(case_id).draft["notes"]["wizard_schedule"]["overtime_helpers"]
        assert helpers[0]["oh-day-hours"] == "10"
