"""The lean copy the office lays out (documents.lean): the unused styles left out, the pages the same.

The pages are compared pixel by pixel (poppler at 100 dpi) against the office given the document itself,
for one filing of every shipped template, so leaving styles out can never change what a clerk reads."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from lawgen.documents import office
from lawgen.documents.lean import lean_copy
from lawgen.documents.packet import generate_packet
from lawgen.documents.render import shipped_templates
from tests.support.documents_cases import ROOT, assessment_of

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CASE_FILES = sorted((ROOT / "examples").glob("*.json")) + sorted((ROOT / "tests" / "cases").glob("*.json"))


def _style_ids(document: Path) -> set[str]:
    with zipfile.ZipFile(document) as package:
        root = etree.fromstring(package.read("word/styles.xml"))
    return {style.get(f"{W}styleId") for style in root.iter(f"{W}style")}


def _latent(document: Path) -> int:
    with zipfile.ZipFile(document) as package:
        return len(etree.fromstring(package.read("word/styles.xml")).findall(f"{W}latentStyles"))


def test_the_copy_keeps_the_used_styles_their_chains_and_the_defaults(tmp_path: Path) -> None:
    template = shipped_templates() / "power_of_attorney.docx"
    copy = lean_copy(template, tmp_path / "lean")
    assert copy == tmp_path / "lean" / template.name and copy.stat().st_mode & 0o777 == 0o600
    with zipfile.ZipFile(template) as package:
        body = package.read("word/document.xml").decode("utf-8")
        others = "".join(package.read(f"word/{part}.xml").decode() for part in ("footer1", "numbering"))
        full = len(package.read("word/styles.xml"))
    named = set(re.findall(r'w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"', body + others))
    assert {"LawTitle", "LawBody", "Footer", "ListBullet"} <= named  # the body's, the footer's, the lists'
    kept = _style_ids(copy)
    # LawBody is based on Normal; Footer (the page numbers) links FooterChar; the four defaults stay.
    assert named | {"Normal", "FooterChar", "DefaultParagraphFont", "TableNormal", "NoList"} <= kept
    assert not {"Heading1", "Title", "MediumGrid3-Accent6", "TableGrid"} & kept  # Word's gallery, unused
    assert _latent(template) == 1 and _latent(copy) == 0
    with zipfile.ZipFile(copy) as package:
        assert len(package.read("word/styles.xml")) < full / 10  # 348 KB of styles: about 20 KB left
        assert package.read("word/document.xml").decode("utf-8") == body  # the filing's parts as they were
        # Word 2010's second copy of the styles is left out, and so are the two entries that name it.
        assert "word/stylesWithEffects.xml" not in package.namelist()
        for part in ("[Content_Types].xml", "word/_rels/document.xml.rels"):
            assert b"stylesWithEffects" not in package.read(part)
        assert b"styles.xml" in package.read("word/_rels/document.xml.rels")


@pytest.mark.parametrize("damage", ["truncated", "no styles part", "styles not XML",
                                    "a field naming a style"])
def test_a_package_not_as_expected_goes_to_the_office_itself(tmp_path: Path, damage: str) -> None:
    """Not leaned, so laid out as before: a package that is not as expected, and a (court's) document whose
    field names a style (a running head STYLEREF, a TOC), whose text could depend on a style left out."""
    original = (shipped_templates() / "summary.docx").read_bytes()
    document = tmp_path / "文书.docx"
    if damage == "truncated":
        document.write_bytes(original[:2000])
    else:
        with zipfile.ZipFile(shipped_templates() / "summary.docx") as source, \
                zipfile.ZipFile(document, "w") as target:
            for member in source.infolist():
                if member.filename == "word/styles.xml" and damage != "a field naming a style":
                    if damage == "no styles part":
                        continue
                    target.writestr(member, b"<w:styles")
                elif member.filename == "word/footer1.xml" and damage == "a field naming a style":
                    footer = source.read(member).replace(b"</w:ftr>", b'<w:p><w:fldSimple w:instr=" STYLEREF '
                                                         b'&quot;LawTitle&quot; "/></w:p></w:ftr>')
                    assert footer != source.read(member)
                    target.writestr(member, footer)
                else:
                    target.writestr(member, source.read(member))
    before = document.read_bytes()
    assert lean_copy(document, tmp_path / "lean") == document
    assert document.read_bytes() == before and not (tmp_path / "lean" / document.name).exists()


def _one_filing_per_template(folder: Path) -> list[Path]:
    """A filing of every template the examples and test cases use, each from the first case using it."""
    chosen: dict[str, Path] = {}
    for number, case_file in enumerate(CASE_FILES):
        data = json.loads(case_file.read_text(encoding="utf-8"))
        for document in generate_packet(assessment_of(data), folder / str(number)):
            if document.suffix == ".docx":
                chosen.setdefault(document.name.split("-", 1)[1], document)
    return list(chosen.values())


def _pages(pdf: Path) -> bytes:
    return subprocess.run(["pdftoppm", "-r", "100", "-gray", str(pdf)], capture_output=True,
                          check=True).stdout


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
                    reason="needs LibreOffice and poppler")
def test_every_template_prints_the_same_from_the_lean_copy(tmp_path: Path, warm_office,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    documents = _one_filing_per_template(tmp_path / "packets")
    assert len(documents) >= 12  # of the 13 filings' templates (the working-time annex needs records)
    lean = warm_office.convert(documents, tmp_path / "lean")
    monkeypatch.setattr(office, "lean_copy", lambda document, folder: document)  # the reference: as written
    whole = warm_office.convert(documents, tmp_path / "whole")
    for lean_pdf, whole_pdf in zip(lean, whole, strict=True):
        assert _pages(lean_pdf) == _pages(whole_pdf), lean_pdf.name
