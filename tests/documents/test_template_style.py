"""The style lint for the shipped Word templates, the source a court edits in Word (issue 11, item 1).

One house style (``templates/style/house-style.docx``, styles only) serves the filings and the guide:
every template carries the house style's Law* styles unchanged, every run takes its look from a style
(no direct run formatting), every style names its East Asian font, and no theme font is left for Word
to prefer over it. ``lawgen templates check`` (test_documents_templates) and the golden texts complete
the checks CI runs on a template edited in Word.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from lawgen.documents.context import BUILDERS
from lawgen.documents.render import shipped_templates

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HOUSE_STYLE = shipped_templates() / "style" / "house-style.docx"
TEMPLATES = sorted(shipped_templates().glob("*.docx"))
# What a run may carry itself: nothing that changes its look (fonts, size, weight, colour, spacing).
LOOK = {f"{W}{tag}" for tag in ("rFonts", "sz", "szCs", "b", "bCs", "i", "iCs", "color", "u", "spacing",
                                "kern", "highlight", "shd", "w", "position", "eastAsianLayout")}


def _xml(path: Path, member: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(member))


def _law_styles(path: Path) -> dict[str, bytes]:
    styles = _xml(path, "word/styles.xml")
    return {style.get(f"{W}styleId"): etree.tostring(style, method="c14n")
            for style in styles.iter(f"{W}style") if style.get(f"{W}styleId", "").startswith("Law")}


def test_every_document_has_its_template() -> None:
    assert {path.stem for path in TEMPLATES} == set(BUILDERS)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_templates_share_the_house_style(template: Path) -> None:
    house = _law_styles(HOUSE_STYLE)
    assert house, "the house style defines the Law* styles"
    used = _law_styles(template)
    for name, definition in used.items():
        assert house.get(name) == definition, f"{template.name}: style {name} differs from the house style"


@pytest.mark.parametrize("template", [*TEMPLATES, HOUSE_STYLE], ids=lambda p: p.stem)
def test_no_direct_run_formatting_east_asian_fonts_set_no_theme_fonts(template: Path) -> None:
    for part in ("word/document.xml", "word/footer1.xml"):
        try:
            root = _xml(template, part)
        except KeyError:
            continue
        for properties in root.iter(f"{W}rPr"):
            if properties.getparent().tag != f"{W}r":
                continue  # a paragraph mark's properties print nothing
            look = [child.tag.removeprefix(W) for child in properties if child.tag in LOOK]
            assert not look, f"{template.name} {part}: a run formats itself ({look})"
    styles = _xml(template, "word/styles.xml")
    theme_fonts = [name for fonts in styles.iter(f"{W}rFonts") for name in fonts.attrib
                   if name.removeprefix(W) in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")]
    assert theme_fonts == [], template.name  # Word would prefer the theme's font to the named one
    defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert defaults.find(f"{W}rFonts").get(f"{W}eastAsia") == "宋体"
    assert defaults.find(f"{W}lang").get(f"{W}eastAsia") == "zh-CN"  # what makes the SC glyph forms
    for style in styles.iter(f"{W}style"):
        if style.get(f"{W}styleId", "").startswith("Law"):
            fonts = style.find(f"{W}rPr/{W}rFonts")
            assert fonts is not None and fonts.get(f"{W}eastAsia"), style.get(f"{W}styleId")


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_table_header_rows_repeat_on_every_page(template: Path) -> None:
    body = _xml(template, "word/document.xml")
    for table in body.iter(f"{W}tbl"):
        first = table.find(f"{W}tr")
        header = first.find(f".//{W}pStyle[@{W}val='LawTableHeader']")
        if header is not None:
            assert first.find(f"{W}trPr/{W}tblHeader") is not None, template.name
