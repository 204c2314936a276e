"""The guide and the leaflet through real LibreOffice: the guide on 8–16 A4 pages, the leaflet on one."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from lawgen.cli import main
from lawgen.documents.pdf import soffice_path

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(soffice_path() is None or shutil.which("pdfinfo") is None,
                       reason="needs LibreOffice and poppler's pdfinfo"),
]


def _pdf_info(path: Path) -> dict[str, str]:
    output = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in output.splitlines())}


@pytest.mark.parametrize(("extra", "low", "high"), [((), 8, 16), (("--leaflet",), 1, 1)])
def test_page_count_on_a4(tmp_path, extra, low, high):
    target = tmp_path / "out.docx"
    command = ["guide", "--region", "350200", "--on", "2026-11-28", "-o", str(target), "--pdf", *extra]
    assert main(command) == 0
    info = _pdf_info(tmp_path / "out.pdf")
    assert low <= int(info["Pages"]) <= high
    assert info["Page size"].startswith("595.") and "x 841." in info["Page size"]  # A4 in points
