"""Issue 13 item 12: the wizard's export and packet paths are never built from the worker's name (a name that
was an absolute path wrote outside the data folder), and erasing a case removes the files the wizard wrote
from it (before, ``exports/<name>-<id>.json`` stayed behind with the full ID number).

The real app under Pilot, real files in a temporary folder; every file under it is searched for the ID.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from textual.widgets import Input

from lawgen.store import CaseStore
from lawgen.wizard.screens.dialogs import PathScreen
from lawgen.wizard.screens.register import RegisterScreen
from lawgen.wizard.screens.review import GenerateScreen
from tests.support.wizard_helpers import SIZE, async_test, example, make_app, press_button

ID_NUMBER = "35020319980512001X"


def contents(path: Path) -> bytes:
    """A file's bytes; a .docx's unzipped XML (its text is compressed in the file)."""
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as docx:
            return b"".join(docx.read(name) for name in docx.namelist())
    return path.read_bytes()


def files_with_the_id(root: Path) -> list[Path]:
    """Every file outside the register that names the worker (the register's erase has its own test)."""
    return sorted(path for path in root.rglob("*") if path.is_file()
                  and not path.name.startswith("cases.sqlite3") and ID_NUMBER.encode() in contents(path))


def hostile_names(root: Path) -> list[str]:
    """Names that are paths: absolute (inside the test folder, so a failure cannot touch the machine),
    climbing out with .., and one with a separator inside."""
    return [f"{root}/outside/ESCAPED", "../../outside/CLIMBED", "林/小海"]


@async_test
async def test_the_default_export_and_packet_paths_ignore_the_name(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = CaseStore(data)
    ids = []
    for name in hostile_names(tmp_path):
        draft = example()
        draft["worker"]["name"] = name
        ids.append(store.create(draft, step="review"))
    store.close()
    app = make_app(data)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for index, name in enumerate(hostile_names(tmp_path)):
            case_id = app.screen.records[index].id
            app.screen.query_one("#cases").move_cursor(row=index)
            await pilot.press("e")
            await pilot.pause()
            assert isinstance(app.screen, PathScreen)
            default = Path(app.screen.query_one("#path", Input).value)
            assert default.parent == data / "exports", name
            assert not any(part in default.name for part in ("ESCAPED", "CLIMBED", "小海"))
            await pilot.press("enter")  # accept the default
            await pilot.pause()
            assert isinstance(app.screen, RegisterScreen)
            assert default.is_file()
            app.open_case(case_id)
            await pilot.pause()
            app.show_step("generate")
            await pilot.pause()
            assert isinstance(app.screen, GenerateScreen)
            folder = Path(app.screen.query_one("#out-dir", Input).value)
            assert folder.parent == data / "packets", name
            assert not any(part in str(folder) for part in ("ESCAPED", "CLIMBED", "小海"))
            app.close_case()
            await pilot.pause()
    assert not (tmp_path / "outside").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # nothing written beside the data folder


@async_test
async def test_erase_removes_the_exports_and_the_packet_written_from_the_case(tmp_path: Path) -> None:
    data = tmp_path / "data"
    elsewhere = tmp_path / "desktop" / "for-the-court.json"  # an export the volunteer put elsewhere
    elsewhere.parent.mkdir()  # an existing folder: a missing one is refused
    case_id = CaseStore(data).create(example(), step="review")
    keep_id = CaseStore(data).create({**example(), "facts": "另一个案件"}, step="review")
    app = make_app(data)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        position = [r.id for r in app.screen.records].index(case_id)
        for target in (None, elsewhere):
            app.screen.query_one("#cases").move_cursor(row=position)
            await pilot.press("e")
            await pilot.pause()
            if target is not None:
                app.screen.query_one("#path", Input).value = str(target)
            await pilot.press("enter")
            await pilot.pause()
        assert elsewhere.is_file()
        app.open_case(case_id)
        await pilot.pause()
        app.show_step("generate")
        await pilot.pause()
        packet = Path(app.screen.query_one("#out-dir", Input).value)
        await press_button(pilot, "#generate")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(list(packet.glob("*.docx"))) == 6  # with the demand letter (催告函)
        app.close_case()
        await pilot.pause()

        # an export of the other case stays: erase removes only what was written from the erased one
        app.screen.query_one("#cases").move_cursor(row=[r.id for r in app.screen.records].index(keep_id))
        await pilot.press("e")
        await pilot.pause()
        other = Path(app.screen.query_one("#path", Input).value)
        await pilot.press("enter")
        await pilot.pause()

        before = files_with_the_id(tmp_path)
        assert elsewhere in before and other in before
        assert len([p for p in before if p.suffix == ".docx"]) >= 2  # the documents naming the worker
        assert len([p for p in before if p.parent == data / "exports"]) == 2  # this case's and the other's
        app.screen.query_one("#cases").move_cursor(row=[r.id for r in app.screen.records].index(case_id))
        await pilot.press("x")
        await pilot.pause()
        await press_button(pilot, "#confirm")
        assert app.store.get(case_id) is None
    assert files_with_the_id(tmp_path) == [other]
    assert not packet.exists() or list(packet.iterdir()) == []  # the marker went with the documents


def test_an_export_onto_a_special_file_is_refused(tmp_path: Path) -> None:
    """A FIFO or a link where the export should go is left as it is (the dialog says so)."""
    import asyncio

    data = tmp_path / "data"
    CaseStore(data).create(example(), step="review")
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "victim.json")

    async def run() -> None:
        app = make_app(data)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            for target in (fifo, link):
                await pilot.press("e")
                await pilot.pause()
                app.screen.query_one("#path", Input).value = str(target)
                await pilot.press("enter")
                await pilot.pause()
                assert isinstance(app.screen, PathScreen)  # refused, still asking
                assert "不是普通文件" in str(app.screen.query_one("#path-errors").render())
                await pilot.press("escape")
                await pilot.pause()

    asyncio.run(run())
    assert fifo.is_fifo() and link.is_symlink() and not (tmp_path / "victim.json").exists()
