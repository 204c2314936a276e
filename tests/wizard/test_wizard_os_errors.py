"""The wizard's export dialog says a failed write in the wizard's language (files.os_error_text), not the
C library's English: a path through a regular file fails with ENOTDIR even as root."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from lawgen.wizard.screens.dialogs import PathScreen
from tests.support.wizard_helpers import SIZE, async_test, example, export_dialog, make_app, submit_path

SAID = {"zh": "无法写入：路径中有一项不是文件夹", "en": "a part of the path is not a folder"}


@pytest.mark.parametrize("lang", ["zh", "en"])
@async_test
async def test_export_through_a_file_says_why_in_words(lang: str, tmp_path: Path) -> None:
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder", encoding="utf-8")
    app = make_app(tmp_path / "data", lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await export_dialog(pilot, example())
        await submit_path(pilot, a_file / "case.json")
        assert isinstance(app.screen, PathScreen)  # stays open with the error
        shown = str(app.screen.query_one("#path-errors", Static).render())
        assert SAID[lang] in shown
        assert "Not a directory" not in shown
