"""Killing the wizard in the middle of importing case files leaves the register intact: every import it
finished is there and reopens as a valid case, and no half-written case appears."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from lawgen.case import parse_case
from lawgen.store import DB_NAME, CaseStore
from tests.support.paths import EXAMPLE_CASE
from tests.support.wizard_helpers import kill_midway

# The real app, headless, importing the example case file through the register's import dialog over and
# over; after each finished import it prints how many are done.
IMPORTER = f"""
import asyncio, sys
from pathlib import Path
from textual.widgets import Input
from tests.support.wizard_helpers import make_app, SIZE

async def main():
    app = make_app(Path(sys.argv[1]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for count in range(1, 1000):
            await pilot.press("i")
            await pilot.pause()
            app.screen.query_one("#path", Input).value = {str(EXAMPLE_CASE)!r}
            await pilot.press("enter")
            await pilot.pause()
            print(count, flush=True)

asyncio.run(main())
"""


def test_kill_during_import_keeps_the_register(tmp_path: Path) -> None:
    imported = kill_midway(IMPORTER, tmp_path, at_least=3, at_most=10, pause=0.3)  # mid-import, maybe
    assert imported >= 3, "the importer never got going"

    with sqlite3.connect(tmp_path / DB_NAME) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    records = CaseStore(tmp_path).list()
    assert len(records) >= imported  # every import reported finished is there
    expected = json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))
    for record in records:
        case = parse_case(record.draft)  # whole and valid: no half-imported case
        assert case.worker.name == expected["worker"]["name"]
        assert len(case.claims) == len(expected["claims"])
