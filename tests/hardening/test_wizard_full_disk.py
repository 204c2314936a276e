"""Issue 13 item 11 (the wizard): autosave on a full disk keeps the wizard open with a message, and the text
stays in memory until it can be saved. Before the fix the autosave died with a raw "database or disk is
full" traceback and the wizard closed.

The register sits on a real 1 MiB tmpfs filled to the last byte (root only, as CI runs; skipped where
mounting is not allowed).
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input

from lawgen.store import CaseStore
from lawgen.wizard.screens.register import RegisterScreen
from lawgen.wizard.screens.step import StepScreen
from tests.support.wizard_helpers import SIZE, async_test, example, make_app, row, settle

FACTS_TYPED = "站长口头通知我不用再来上班，" * 400  # ~5,600 characters: more than the log has room for


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(disk)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(disk: Path) -> Path:
    """Write until not one more byte fits."""
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as handle:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError:
                pass
    return filler


def toasts(app) -> str:
    from textual.widgets._toast import Toast

    return "\n".join(str(toast.render()) for toast in app.screen.query(Toast))


@async_test
async def test_autosave_on_a_full_disk_keeps_the_wizard_and_the_text(small_disk: Path) -> None:
    data = small_disk / "data"
    case_id = CaseStore(data).create(example(), step="worker")
    app = make_app(data)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        app.open_case(case_id)
        await pilot.pause()
        app.show_step("worker")
        await pilot.pause()
        filler = fill(small_disk)

        field = row(app, "worker.address").query_one(Input)
        field.focus()
        field.value = ""
        field.insert_text_at_cursor(FACTS_TYPED)
        for _ in range(20):  # the autosave runs (on a busy machine, a little later) and fails
            await settle(pilot)
            if app.session.unsaved:
                break
        await pilot.pause(0.3)  # the toast slides in
        assert isinstance(app.screen, StepScreen) and app.is_running
        assert "磁盘已满" in toasts(app) and "仍保留在本窗口中" in toasts(app)
        assert app.sub_title == "无法保存到登记簿：磁盘已满。"  # in the header, until it is saved
        assert app.session.draft["worker"]["address"] == FACTS_TYPED  # kept in memory
        assert CaseStore(data).get(case_id).draft["worker"]["address"] == example()["worker"]["address"]

        await pilot.press("escape")  # leaving the case would drop the only copy: refused, said
        await pilot.pause()
        assert isinstance(app.screen, StepScreen) and app.session is not None
        assert "没有关闭" in toasts(app)
        await pilot.press("ctrl+q")  # the first ctrl+q warns instead of quitting
        await pilot.pause()
        assert app.is_running and "再按一次" in toasts(app)

        filler.unlink()  # space again: ctrl+s saves what was kept
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.sub_title == ""
        assert CaseStore(data).get(case_id).draft["worker"]["address"] == FACTS_TYPED
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RegisterScreen)
