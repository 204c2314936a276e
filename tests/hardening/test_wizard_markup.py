"""Issue 13 item 2 (the wizard): a worker's text that looks like Rich/Textual markup is shown as typed,
everywhere the wizard shows it, and never crashes it, styles it, links it or binds an action to it.

Before the fix a case named ``[/bold]`` crashed the wizard at every start (the register list parsed it as
markup), so the whole register was unreachable; ``[link=…]`` became a clickable terminal link. Each test
runs the real app under Pilot and reads what the screen actually shows.
"""

from __future__ import annotations

import json
from pathlib import Path

from textual.app import App
from textual.widgets import Input

from lawgen.store import CaseStore
from lawgen.wizard.screens.dialogs import ConfirmScreen, PathScreen
from lawgen.wizard.screens.register import RegisterScreen
from lawgen.wizard.screens.review import ReviewScreen
from tests.support.wizard_helpers import async_test, example, make_app, row

WIDE = (160, 40)  # wide enough that no table column or dialog line is cut

# Each one is a name a worker could give (or a volunteer could paste); none may be interpreted.
PAYLOADS = (
    "[/bold]",  # a closing tag with nothing open: MarkupError, the crash at start
    "[link=http://127.0.0.1:8765/x]林小海[/link]",  # would become a clickable terminal link
    "[@click=app.quit]林小海[/]",  # would bind a click to an app action
    "[b]林[/b]小海",  # would lose its brackets and turn bold
    "林\\[小海]",  # an escaped bracket: the backslash must stay visible too
)


def screen_lines(app: App) -> list[str]:
    """The rows of characters the terminal shows now (the top screen with its toasts)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def shows(app: App, text: str) -> bool:
    return any(text in line for line in screen_lines(app))


def linked_or_clickable(app: App) -> list[str]:
    """Every piece of the screen that carries a terminal link or a click action."""
    found = []
    for strip in app.screen._compositor.render_strips():
        for segment in strip:
            style = segment.style
            if style is not None and (style.link or (style.meta or {}).get("@click")):
                found.append(segment.text)
    return found


def register_with(folder: Path, names: tuple[str, ...]) -> list[str]:
    store = CaseStore(folder)
    ids = []
    for name in names:
        draft = example()
        draft["worker"]["name"] = name
        ids.append(store.create(draft, step="review"))
    store.close()
    return ids


@async_test
async def test_the_register_starts_and_lists_every_name_as_typed(tmp_path: Path) -> None:
    register_with(tmp_path, PAYLOADS)
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RegisterScreen)
        for name in PAYLOADS:
            assert shows(app, name), name
        assert linked_or_clickable(app) == []


@async_test
async def test_the_command_palette_lists_names_as_typed(tmp_path: Path) -> None:
    register_with(tmp_path, PAYLOADS)
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        shown = [name for name in PAYLOADS if shows(app, f"打开案件：{name} — ")]
        assert len(shown) >= 3, shown  # as many as fit, each as typed
        assert linked_or_clickable(app) == []
        for query, name in (("bold", PAYLOADS[0]), ("link", PAYLOADS[1]), ("click", PAYLOADS[2])):
            await pilot.press(*query)  # a search: the hit is highlighted, still as typed
            await pilot.pause(0.5)
            assert shows(app, f"打开案件：{name} — "), query
            assert linked_or_clickable(app) == []
            await pilot.press(*["backspace"] * len(query))


@async_test
async def test_delete_and_erase_dialogs_name_the_case_as_typed(tmp_path: Path) -> None:
    register_with(tmp_path, PAYLOADS)
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        for index in range(len(PAYLOADS)):
            name = app.screen.records[index].worker_name
            app.screen.query_one("#cases").move_cursor(row=index)
            for key in ("delete", "x"):
                await pilot.press(key)
                await pilot.pause()
                assert isinstance(app.screen, ConfirmScreen)
                assert shows(app, name), (key, name)
                assert linked_or_clickable(app) == []
                await pilot.press("escape")
                await pilot.pause()


@async_test
async def test_review_and_notifications_show_text_as_typed(tmp_path: Path) -> None:
    [case_id] = register_with(tmp_path / "data", (PAYLOADS[0],))
    target = tmp_path / "[b]exports[/b]" / "[/bold].json"  # a folder name a volunteer typed
    target.parent.mkdir(parents=True)  # made by the volunteer: a missing folder is refused
    app = make_app(tmp_path / "data")
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, PathScreen)
        field = app.screen.query_one("#path", Input)
        field.value = str(target)
        field.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert target.exists()
        await pilot.pause(0.3)
        assert shows(app, "[b]exports[/b]")  # the toast names the file as typed
        app.open_case(case_id)
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert shows(app, "[/bold]")
        assert linked_or_clickable(app) == []


@async_test
async def test_a_field_message_quoting_what_was_typed_shows_it_as_typed(tmp_path: Path) -> None:
    [case_id] = register_with(tmp_path, ("林小海",))
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        app.open_case(case_id)
        await pilot.pause()
        app.show_step("start")
        await pilot.pause()
        field = row(app, "region").query_one(Input)
        field.focus()
        field.value = ""
        field.insert_text_at_cursor("[/b][link=x]")  # pasted; the message under the field quotes it
        await pilot.pause()
        assert field.value == "[/b][link=x]"
        assert shows(app, "找不到“[/b][link=x]”")
        assert linked_or_clickable(app) == []


@async_test
async def test_import_errors_quoting_the_file_show_it_as_typed(tmp_path: Path) -> None:
    hostile = example()
    hostile["worker"]["[/bold]"] = "x"  # an unknown key: the error names its path
    hostile["region"] = "[link=http://127.0.0.1:8765/]350203[/link]"
    case_file = tmp_path / "hostile.json"
    case_file.write_text(json.dumps(hostile, ensure_ascii=False), "utf-8")
    app = make_app(tmp_path / "data")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        field = app.screen.query_one("#path", Input)
        field.value = str(case_file)
        field.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PathScreen)  # refused, with its errors, and still running
        assert shows(app, "[/bold]")
        assert linked_or_clickable(app) == []
        assert app.store.list() == []
