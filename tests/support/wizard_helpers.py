"""Driving the real wizard under Pilot: typing into a field by its case path, choosing, moving on."""

from __future__ import annotations

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

from lawgen.wizard.app import WizardApp, create_app
from lawgen.wizard.widgets.fields import FieldRow

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "01-food-delivery-unlawful-dismissal.json"
TODAY = dt.date(2026, 11, 28)
SIZE = (100, 32)


def example() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


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
    """Focus the field and type: ASCII key by key, Chinese text the way an input method commits it (a
    phrase inserted at the cursor; Pilot cannot press every CJK key, such as 、)."""
    field = row(pilot.app, path).query_one(Input)
    field.focus()
    field.value = ""
    await pilot.pause()
    if text.isascii():
        await pilot.press(*text)
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


async def settle(pilot: Pilot) -> None:
    """Let the debounced assessment and autosave run."""
    await pilot.pause(0.6)


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


def async_test(function):
    """Run an async test with asyncio (no async pytest plugin is installed)."""
    import asyncio
    import functools

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        return asyncio.run(function(*args, **kwargs))

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
