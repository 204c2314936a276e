"""Typography as Chinese filings are printed (issue 11, item 9): simplified-Chinese glyph forms, every
font embedded, and a one-page summary — read from real PDFs (LibreOffice, poppler).

Why pdffonts alone cannot tell SC from JP: Debian's Noto CJK fonts are one collection (.ttc) whose five
faces (JP, KR, SC, TC, HK) share one CFF table named «NotoSerifCJKjp-Regular», so every PDF that uses the
SC face still lists «NotoSerifCJKjp-…» (checked with fontTools: the name table of face 2 says
NotoSerifCJKsc, its CFF says jp). What differs is the glyph a character maps to: 令 and 骨 have distinct
SC and JP forms. So the test reads pdffonts for what it can tell — every font embedded, every CJK text
in a Noto CJK face, none in a fallback — and renders probe lines in the filings' own styles against the
SC and the JP face to tell which forms are printed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from lawgen.documents.packet import generate_packet
from lawgen.documents.render import shipped_templates
from tests.support.documents_cases import ROOT, assessment_of

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdffonts") is None,
                                 reason="needs LibreOffice and poppler")]

PROBE = "令骨直角"  # characters whose simplified-Chinese forms differ from the Japanese ones
CASE_FILES = sorted((ROOT / "examples").glob("*.json")) + sorted((ROOT / "tests" / "cases").glob("*.json"))


def _fonts(pdf: Path) -> list[tuple[str, bool]]:
    """(name, embedded) for every font pdffonts lists."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in lines.splitlines()[2:]:
        fields = line.split()
        name = fields[0].split("+", 1)[-1]
        embedded = fields[-5] == "yes"
        rows.append((name, embedded))
    return rows


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture(scope="module")
def summaries(tmp_path_factory: pytest.TempPathFactory, warm_office) -> dict[str, Path]:
    """Every example's and test case's summary as PDF, converted by the run's warm office."""
    documents = {}
    for case_file in CASE_FILES:
        folder = tmp_path_factory.mktemp(case_file.stem)
        data = json.loads(case_file.read_text(encoding="utf-8"))
        written = generate_packet(assessment_of(data), folder)
        documents[case_file.stem] = next(p for p in written if "一页说明" in p.name)
    return dict(zip(documents, warm_office.convert(list(documents.values())), strict=True))


def test_a_packets_fonts_are_embedded_and_its_cjk_text_is_in_noto_cjk(tmp_path: Path, warm_office) -> None:
    data = json.loads((ROOT / "tests" / "cases" / "award-with-agent.json").read_text(encoding="utf-8"))
    written = generate_packet(assessment_of(data), tmp_path, pdf=True, office=warm_office)
    pdfs = [p for p in written if p.suffix == ".pdf"]
    assert len(pdfs) == 5  # complaint, evidence list, procedure sheet, power of attorney, summary
    for pdf in pdfs:
        fonts = _fonts(pdf)
        assert fonts and all(embedded for _, embedded in fonts), (pdf.name, fonts)
        cjk = [name for name, _ in fonts
               if any(mark in name for mark in ("CJK", "Ming", "Kai", "Hei", "Song"))]
        assert cjk and all(name.startswith(("NotoSerifCJK", "NotoSansCJK")) for name in cjk), (pdf.name, cjk)


def test_the_summary_fits_one_a4_page_for_every_case(summaries: dict[str, Path]) -> None:
    for case, summary in summaries.items():
        info = subprocess.run(["pdfinfo", str(summary)], capture_output=True, text=True, check=True).stdout
        assert _pages(summary) == 1 and "(A4)" in info, case
        text = subprocess.run(["pdftotext", str(summary), "-"], capture_output=True, text=True).stdout
        assert "合计" in text and "最迟" in text, case  # the total and the last day


def _probe(path: Path, style: str, face: str | None, lang: str | None) -> Path:
    """A document in the shipped templates' styles holding the probe line in ``style``; ``face`` and
    ``lang`` override the style on the run (the references), or the style alone decides (the probe)."""
    document = Document(str(shipped_templates() / "power_of_attorney.docx"))
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    run = document.add_paragraph(style=style).add_run(PROBE * 3)
    if face:
        properties = run._r.get_or_add_rPr()
        fonts = OxmlElement("w:rFonts")
        fonts.set(qn("w:eastAsia"), face)
        properties.append(fonts)
        language = OxmlElement("w:lang")
        language.set(qn("w:eastAsia"), lang)
        properties.append(language)
    document.save(str(path))
    return path


def _raster(pdf: Path) -> bytes:
    return subprocess.run(["pdftoppm", "-r", "60", "-gray", "-f", "1", "-l", "1", str(pdf)],
                          capture_output=True, check=True).stdout


@pytest.mark.parametrize(("style", "family"), [("LawBody", "Serif"), ("LawHeading", "Sans"),
                                               ("LawTitle", "Serif")])
def test_filings_print_simplified_chinese_glyph_forms(style: str, family: str, tmp_path: Path,
                                                      warm_office) -> None:
    probe = _probe(tmp_path / "probe.docx", style, None, None)
    sc = _probe(tmp_path / "sc.docx", style, f"Noto {family} CJK SC", "zh-CN")
    jp = _probe(tmp_path / "jp.docx", style, f"Noto {family} CJK JP", "ja-JP")
    probe_pdf, sc_pdf, jp_pdf = warm_office.convert([probe, sc, jp])
    assert _raster(sc_pdf) != _raster(jp_pdf)  # the probe characters do tell the two apart
    assert _raster(probe_pdf) == _raster(sc_pdf), f"{style} is not printed in the SC face"
