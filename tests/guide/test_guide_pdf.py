"""The guide and the leaflet through real LibreOffice: the guide on 8–16 A4 pages, the leaflet on one."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from lawgen.documents.pdf import soffice_path

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(soffice_path() is None or shutil.which("pdfinfo") is None,
                       reason="needs LibreOffice and poppler's pdfinfo"),
]


def _pdf_info(path: Path) -> dict[str, str]:
    output = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in output.splitlines())}


@pytest.fixture(scope="module")
def guide_pdf(made_guide) -> Path:
    """``lawgen guide --region 350200 --on 2026-11-28 --pdf``, made once: each conversion lays out all its
    pages."""
    return made_guide("--pdf").with_suffix(".pdf")


@pytest.mark.parametrize(("extra", "low", "high"), [((), 8, 16), (("--leaflet",), 1, 1)])
def test_page_count_on_a4(extra, low, high, made_guide):
    info = _pdf_info(made_guide(*extra, "--pdf").with_suffix(".pdf"))
    assert low <= int(info["Pages"]) <= high
    assert info["Page size"].startswith("595.") and "x 841." in info["Page size"]  # A4 in points


def test_printed_contents_have_page_numbers(guide_pdf):
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(guide_pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
    pages = [int(n) for n in re.findall(r"^\S.*?\.{5,}\s*(\d+)$", first, re.MULTILINE)]
    assert len(pages) >= 10  # every first-level heading, numbered
    assert pages == sorted(pages) and pages[-1] > pages[0]
