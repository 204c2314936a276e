"""Killing the wizard while it autosaves loses at most what was typed since the last save: the register
reopens intact with the case in it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lawgen.store import DB_NAME, CaseStore
from tests.support.wizard_helpers import kill_midway

ADDRESS = "福建省厦门市思明区莲前西路100号之一二三四五六七八九十"

# The real app, headless, typing one character at a time and pausing long enough for each autosave;
# after each saved character it prints how many are typed.
TYPIST = f"""
import asyncio, sys
from pathlib import Path
from tests.support.wizard_helpers import make_app, row, SIZE

async def main():
    app = make_app(Path(sys.argv[1]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await pilot.pause()
        app.show_step("worker")
        await pilot.pause()
        field = row(app, "worker.address").query_one("Input")
        field.focus()
        for count, char in enumerate({ADDRESS!r}, start=1):
            field.insert_text_at_cursor(char)
            await pilot.pause(0.5)
            print(count, flush=True)
        await asyncio.sleep(60)

asyncio.run(main())
"""


def test_kill_during_autosave_keeps_the_case(tmp_path: Path) -> None:
    # somewhere between one autosave and the next, possibly in the middle of one
    typed = kill_midway(TYPIST, tmp_path, at_least=3, at_most=8, pause=0.5)
    assert typed >= 3, "the typist never got going"

    with sqlite3.connect(tmp_path / DB_NAME) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    [record] = CaseStore(tmp_path).list()
    address = record.draft["worker"]["address"]
    assert ADDRESS.startswith(address)
    assert len(address) >= typed  # every character reported saved is there
    assert record.draft["format"] == "lawgen.case/1"
