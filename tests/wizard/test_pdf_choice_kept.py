"""The «同时导出 PDF» choice is kept: a volunteer who ticked it found it off again on the next case (PDFs are
what the print button prints)."""

from __future__ import annotations

from pathlib import Path

from lawgen.wizard.packet_folder import remember_folder, remembered_folder, remembered_pdf


def test_the_pdf_choice_is_kept_with_the_folder(tmp_path: Path) -> None:
    data, packet = tmp_path / "data", tmp_path / "packet"
    data.mkdir()
    packet.mkdir()
    assert remembered_pdf(data) is False  # nothing chosen yet: off, as a machine without LibreOffice needs
    remember_folder(data, "case-1", packet, pdf=True)
    assert remembered_pdf(data) is True and remembered_folder(data, "case-1") == packet
    remember_folder(data, "case-2", packet, pdf=False)
    assert remembered_pdf(data) is False
