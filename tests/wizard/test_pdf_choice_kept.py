"""The «同时导出 PDF» choice is kept: a volunteer who ticked it found it off again on the next case (PDFs are
what the print button prints)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Checkbox

from lawgen.documents.office import WarmOffice, office_program
from lawgen.wizard.packet_folder import remember_folder, remembered_folder, remembered_pdf
from lawgen.wizard.screens.review import GenerateScreen
from tests.support.wizard_helpers import SIZE, async_test, example, make_app, open_at


def test_the_pdf_choice_is_kept_with_the_folder(tmp_path: Path) -> None:
    data, packet = tmp_path / "data", tmp_path / "packet"
    data.mkdir()
    packet.mkdir()
    assert remembered_pdf(data) is None  # nothing chosen yet: the wizard decides (on with an office)
    remember_folder(data, "case-1", packet, pdf=True)
    assert remembered_pdf(data) is True and remembered_folder(data, "case-1") == packet
    remember_folder(data, "case-2", packet, pdf=False)
    assert remembered_pdf(data) is False


@pytest.mark.parametrize(("office", "remembered", "ticked"), [
    (True, None, True),  # the first packet: PDFs, since the wizard started an office for them
    (False, None, False),  # no office (here: a headless app): the .docx only
    (True, False, False),  # the volunteer's last choice wins
    (False, True, True),
])
@async_test
async def test_the_first_packet_has_pdfs_where_the_wizard_started_an_office(
        tmp_path: Path, office: bool, remembered: bool | None, ticked: bool) -> None:
    data = tmp_path / "data"
    app = make_app(data)
    if remembered is not None:
        remember_folder(data, "an earlier case", tmp_path, pdf=remembered)
    if office:
        app.office = WarmOffice(home=tmp_path / "offices")  # never started: that there is one is what counts
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, example(), "review")
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, GenerateScreen)
        expected = ticked and (remembered is not None or office_program() is not None)
        assert app.screen.query_one("#pdf", Checkbox).value is expected
