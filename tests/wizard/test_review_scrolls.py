"""PageDown/PageUp scroll the review page with the focus on «生成文书» below it: a volunteer found PageDown
doing nothing there, and read the page only by Shift+Tab through every «修改»."""

from __future__ import annotations

from pathlib import Path

from textual.containers import VerticalScroll

from tests.support.wizard_helpers import async_test, example, make_app, open_stored


@async_test
async def test_page_keys_scroll_the_review_from_the_generate_button(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_stored(pilot, example(), step="review")
        await pilot.pause()
        app.screen.query_one("#generate").focus()
        await pilot.pause()
        form = app.screen.query_one("#form", VerticalScroll)
        assert form.max_scroll_y > 0 and form.scroll_y == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert form.scroll_y > 0 and app.focused.id == "generate"
        await pilot.press("pageup")
        await pilot.pause()
        assert form.scroll_y == 0
