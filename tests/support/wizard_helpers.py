"""Driving the real wizard under Pilot: typing into a field by its case path, choosing, moving on."""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, Select, TextArea

from lawgen.store import CaseStatus, CaseStore
from lawgen.wizard.app import WizardApp, create_app
from lawgen.wizard.draft import get_path, new_draft, set_path
from lawgen.wizard.steps import STEPS, Kind
from lawgen.wizard.widgets.fields import FieldRow
from tests.support.keys import burst

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "01-food-delivery-unlawful-dismissal.json"
TODAY = dt.date(2026, 11, 28)
SIZE = (100, 32)


def example() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def case_before(case: dict[str, Any], step_id: str) -> dict[str, Any]:
    """What the wizard holds of ``case`` when it reaches ``step_id`` after typing it from a new case: a new
    draft (its format and date) with the case's answers on every step before that one, nothing after. A
    check box holds true or nothing: a false one is not there."""
    draft = new_draft(TODAY)
    for step in STEPS:
        if step.id == step_id:
            break
        fields = [(spec.key, spec.kind) for spec in step.fields]
        for path, kind in fields + ([(step.items.path, None)] if step.items else []):
            value = get_path(case, path)
            if value is not None and not (kind is Kind.flag and value is False):
                set_path(draft, path, copy.deepcopy(value))
    return draft


def comparable(value: Any) -> Any:
    """A draft as the case file reads it, for comparing what was typed with what was meant: numbers as the
    text a field holds (87 and "87"), without the empty objects and lists a step shows before anything is
    typed into it."""
    if isinstance(value, dict):
        kept = {key: comparable(item) for key, item in value.items()}
        return {key: item for key, item in kept.items() if item not in ({}, [], None, "")}
    if isinstance(value, list):
        return [item for item in map(comparable, value) if item != {}]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


def write_register(folder: Path, draft: dict[str, Any], step: str,
                   status: CaseStatus = CaseStatus.draft) -> str:
    """A register in ``folder`` holding ``draft`` at ``step``; returns the case's id."""
    store = CaseStore(folder)
    try:
        return store.create(draft, status, step=step)
    finally:
        store.close()


def make_app(data_dir: Path, lang: str = "zh", premount: bool = False) -> WizardApp:
    """The real app on a fixed date. Pages are composed when first shown, not in the background: a test
    ends at any moment, and a page half-composed when the app is torn down is an error of the test."""
    app = create_app(data_dir, lang, TODAY)
    app.premount = premount
    return app


def row(app: WizardApp, path: str) -> FieldRow:
    """The row editing ``path`` on the page shown (rows of list items have no id: items renumber)."""
    screen = app.screen
    page = getattr(screen, "page", screen)
    for field_row in page.query(FieldRow).results(FieldRow):
        if field_row.path == path and field_row.display:
            return field_row
    raise LookupError(f"no field for {path} on {page}")


async def type_into(pilot: Pilot, path: str, text: str) -> None:
    """Focus the field and type: ASCII key by key, as a quick typist's keys reach the app (in one burst,
    ``tests.support.keys``), Chinese text the way an input method commits it (a phrase inserted at the
    cursor; Pilot cannot press every CJK key, such as 、)."""
    field = row(pilot.app, path).query_one(Input)
    field.focus()
    field.value = ""
    await pilot.pause()
    if text.isascii():
        await burst(pilot, *text)  # each character its own part: "tab" typed is three letters; ends paused
    else:
        field.insert_text_at_cursor(text)
        await pilot.pause()


async def choose(pilot: Pilot, path: str, value: Any) -> None:
    select = row(pilot.app, path).query_one(Select)
    select.focus()
    select.value = value
    await pilot.pause()


async def tick(pilot: Pilot, path: str) -> None:
    box = row(pilot.app, path).query_one(Checkbox)
    box.focus()
    await pilot.press("space")


async def write(pilot: Pilot, path: str, text: str) -> None:
    area = row(pilot.app, path).query_one(TextArea)
    area.focus()
    area.insert(text)
    await pilot.pause()


async def press_button(pilot: Pilot, selector: str) -> None:
    """Focus a button (which scrolls it into view) and press enter on it, as a keyboard user does."""
    button = pilot.app.screen.query_one(selector)
    button.focus()
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()


def _pending(timer: Any) -> bool:
    task = getattr(timer, "_task", None)
    return task is not None and not task.done()


async def settle(pilot: Pilot, limit: float = 30.0) -> None:
    """Let the debounced assessment and autosave run, and wait until they are done: a pending save or
    assessment is started now instead of after its debounce delay (what its timer would do, sooner), then
    every worker (the assessment's thread, the suggestions) is waited for. Waits on the events, never a
    fixed time; the debounce itself is tested where it is the point (the autosave and crash tests)."""
    app = pilot.app
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while True:
        await pilot.pause()
        busy = False
        if _pending(getattr(app, "_verdict_timer", None)):
            app.request_verdict(at_once=True)
            busy = True
        if _pending(getattr(app, "_save_timer", None)):
            app.save_now()
            busy = True
        while any(not worker.is_finished for worker in app.workers) and loop.time() < deadline:
            busy = True
            await asyncio.sleep(0.01)
        if not busy or loop.time() > deadline:
            break
    await pilot.pause()


ANSWER = {True: "yes", False: "no"}


async def fill_fields(pilot: Pilot, values: dict[str, Any], prefix: str = "") -> None:
    """Enter a part of a case file field by field, each with the widget its kind uses."""
    for key, value in values.items():
        path = f"{prefix}{key}"
        field_row = row(pilot.app, path)
        if field_row.query(Select):
            await choose(pilot, path, ANSWER.get(value, value) if isinstance(value, bool) else value)
        elif field_row.query(Checkbox):
            if value:
                await tick(pilot, path)
        elif field_row.query(TextArea):
            await write(pilot, path, value)
        else:
            await type_into(pilot, path, str(value))


# Young objects the collector lets pile up before it walks them, while a Pilot test runs (Python's default is
# 700). Composing a page makes tens of thousands of short-lived objects, and each young collection that
# survives promotes them a generation up, where the later collections walk them again: a quarter of a
# claims-step test's CPU (measured with gc.callbacks). The collector still runs, only less often; the app's
# own gc.freeze of its composed pages (lawgen.wizard.heap) is unaffected.
YOUNG_OBJECTS = int(os.environ.get("LAWGEN_TEST_GC", "50000"))


def async_test(function):
    """Run an async test with asyncio (no async pytest plugin is installed), with fewer collections."""
    import functools
    import gc

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        thresholds = gc.get_threshold()
        gc.set_threshold(max(YOUNG_OBJECTS, thresholds[0]), *thresholds[1:])
        try:
            return asyncio.run(function(*args, **kwargs))
        finally:
            gc.set_threshold(*thresholds)

    return wrapper


async def open_stored(pilot: Pilot, draft: dict[str, Any], step: str = "start") -> str:
    """Put a draft in the register and open it from the list, as a volunteer resuming a case would."""
    app = pilot.app
    case_id = app.store.create(draft, step=step)
    app.screen.reload()
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    return case_id


async def open_at(pilot: Pilot, draft: dict[str, Any], step: str) -> str:
    """The set-up of a step's test: the case put in the register at ``step``, opened from the list, its
    assessment shown and saved (``open_stored``, then ``settle``)."""
    case_id = await open_stored(pilot, draft, step=step)
    await settle(pilot)
    return case_id


async def export_dialog(pilot: Pilot, draft: dict[str, Any]) -> None:
    """The case put in the register, opened and left back to the register, and its export dialog opened
    with E (the set-up of the export tests)."""
    from lawgen.wizard.screens.dialogs import PathScreen

    await open_stored(pilot, draft)
    await pilot.press("escape")
    await pilot.pause()
    await pilot.press("e")
    await pilot.pause()
    assert isinstance(pilot.app.screen, PathScreen)


async def submit_path(pilot: Pilot, path: Path | str) -> None:
    """Type the path into the path dialog and press enter (a click could land on a notification toast over
    the button)."""
    field = pilot.app.screen.query_one("#path", Input)
    field.value = str(path)
    field.focus()
    await pilot.press("enter")
    await pilot.pause()


def focused_path(app: WizardApp) -> str | None:
    """The case path of the field in focus (None outside a field)."""
    widget = app.focused
    field_row = next((a for a in widget.ancestors if isinstance(a, FieldRow)), None) if widget else None
    return field_row.path if field_row else None


def with_one_empty_claim() -> dict[str, Any]:
    """The example with its claims replaced by one empty claim card."""
    draft = example()
    draft["claims"] = [{}]
    return draft


async def listed(pilot: Pilot, *cases: dict[str, Any] | tuple[dict[str, Any], CaseStatus]) -> list[str]:
    """Cases put in the register (a draft, or a draft and its status), and the list shown again once their
    deadlines are judged (in the background). Returns their ids."""
    app = pilot.app
    ids = [app.store.create(*(case if isinstance(case, tuple) else (case,))) for case in cases]
    app.screen.reload()
    await settle(pilot)
    return ids


def kill_midway(script: str, data_dir: Path, *, at_least: int, at_most: int, pause: float) -> int:
    """Run ``script`` (the real app in a subprocess, printing a running count) and SIGKILL it after a random
    count in [at_least, at_most] plus up to ``pause`` seconds — possibly in the middle of a write.
    Returns the last count it reported."""
    repo = Path(__file__).resolve().parents[2]
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(data_dir)], cwd=repo, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )
    count = 0
    try:
        assert process.stdout is not None
        stop_after = random.randint(at_least, at_most)
        for line in process.stdout:
            count = int(line)
            if count >= stop_after:
                break
        subprocess.run(["sleep", str(random.uniform(0.0, pause))], check=True)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    return count
