"""SVG snapshots of every screen of the wizard at 100×32 with the example case, cursor blink frozen.

Update after an intended change of the look: ``pytest tests/test_wizard_snapshots.py --snapshot-update``,
then view the SVGs in tests/__snapshots__/ before committing them.
"""

from __future__ import annotations

import fcntl
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from lawgen import store
from lawgen.wizard.steps import STEP_IDS
from tests.support.wizard_helpers import SIZE, example, make_app, settle

# A fixed folder, not tmp_path: the generate screen shows the output folder, which must not vary. So one
# snapshot at a time uses it, whatever the process (pytest-xdist workers, another run): a lock beside it.
DATA_DIR = Path(tempfile.gettempdir()) / "lawgen-wizard-snapshots"


@pytest.fixture
def app(monkeypatch):
    with open(str(DATA_DIR) + ".lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield from _app(monkeypatch)


def _app(monkeypatch):
    monkeypatch.setattr(store, "_now", lambda: "2026-11-28T09:30:00+00:00")
    monkeypatch.setenv("TZ", "UTC")  # the register shows local time
    time.tzset()
    shutil.rmtree(DATA_DIR, ignore_errors=True)
    application = make_app(DATA_DIR)
    yield application
    shutil.rmtree(DATA_DIR, ignore_errors=True)
    monkeypatch.undo()
    time.tzset()


def opening(step: str | None, keys: tuple[str, ...] = ()):
    async def run_before(pilot) -> None:
        app = pilot.app
        app.store.create(example(), step=step or "start")
        app.screen.reload()
        await pilot.pause()
        if step is not None:
            await pilot.press("enter")
            await settle(pilot)  # the debounced assessment, waited for on its event
        if keys:
            await pilot.press(*keys)
            await settle(pilot)
        for widget in app.screen.query("Input, TextArea"):
            if isinstance(widget, (Input, TextArea)):
                widget.cursor_blink = False
        # A text area's cursor can still be caught mid-blink: snapshot with nothing focused.
        app.screen.set_focus(None)
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("step", [None, *STEP_IDS, "review", "generate"])
def test_screen(snap_compare, app, step) -> None:
    assert snap_compare(app, terminal_size=SIZE, run_before=opening(step))


@pytest.mark.parametrize("step", ["worker", "claims", "review"])
def test_small_terminal(snap_compare, app, step) -> None:
    """80×24, the smallest terminal the wizard supports: the form and the panel still side by side."""
    assert snap_compare(app, terminal_size=(80, 24), run_before=opening(step))


@pytest.mark.parametrize("size", [(100, 32), (80, 24)])
def test_help_open_keeps_the_form(snap_compare, app, size) -> None:
    """F1 on the work step: the help (with the terms of the field) replaces the panel, not the form."""
    assert snap_compare(app, terminal_size=size, run_before=opening("work", ("f1",)))
