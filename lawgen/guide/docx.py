"""Writing parsed guide blocks into a Word document: A4, real styles with Chinese East Asian fonts,
a table-of-contents field, tables, and page numbers in the footer.

The document starts from the house style the filings' templates share (``templates/style/house-style.docx``:
document defaults with the East Asian font and language, theme fonts removed, the Law* styles); the guide's
own styles take their East Asian faces from it (宋体 body and titles, 黑体 headings, 楷体 notes as shipped)
and set only the sizes and spacing of a booklet or a leaflet.
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from lawgen.documents.render import shipped_templates
from lawgen.guide.markdown import Block, BlockKind, plain_text, runs

LATIN_FONT = "Times New Roman"
_AMOUNT = re.compile(r"^[\d,]+\.\d{2}(元)?$")
BLACK = RGBColor(0, 0, 0)


@dataclass(frozen=True)
class Layout:
    """What differs between the guide and the one-page leaflet."""

    margin_mm: float = 20
    body_pt: float = 12  # 小四
    table_pt: float = 10  # a little under 五号, so the wide tables stay compact
    title_pt: float = 22  # 二号
    heading1_pt: float = 16  # 三号
    heading2_pt: float = 14  # 四号
    line_spacing: float = 1.2
    paragraph_after_pt: float = 4
    first_line_indent: bool = True


GUIDE_LAYOUT = Layout()
LEAFLET_LAYOUT = Layout(margin_mm=13, body_pt=11, table_pt=10, title_pt=20, heading1_pt=14,
                        heading2_pt=12, line_spacing=1.0, paragraph_after_pt=1, first_line_indent=False)

KEEP_TOGETHER_ROWS = 12
# What follows w:pBdr in w:pPr and w:updateFields in w:settings (ECMA-376 part 1, 17.3.1.26 and 17.15.1.78).
_AFTER_PBDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
    "w:rPr", "w:sectPr", "w:pPrChange",
)
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr",
    "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown", "w:smartTagType",
    "sl:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)
BODY_STYLE, LIST_STYLE, NOTE_STYLE, TABLE_STYLE = "Guide Body", "Guide List", "Guide Note", "Guide Table Text"


def house_style() -> Path:
    """The styles-only base document the filings' templates share: fonts, languages, no theme fonts."""
    return shipped_templates() / "style" / "house-style.docx"


def build_document(blocks: list[Block], layout: Layout, footer_label: str, toc_field: bool = True) -> bytes:
    document = Document(str(house_style()))
    _page_setup(document, layout, footer_label)
    _styles(document, layout, _house_fonts(document))
    writer = _Writer(document, layout, blocks, toc_field)
    for block in blocks:
        writer.write(block)
    _ask_word_to_update_fields(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- page and styles --------------------------------------------------------------------------------

def _page_setup(document, layout: Layout, footer_label: str) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    margin = Mm(layout.margin_mm)
    section.top_margin = section.bottom_margin = margin
    section.left_margin = section.right_margin = margin
    section.footer_distance = Mm(min(10, layout.margin_mm / 2))
    footer = section.footer.paragraphs[0]
    for run in list(footer.runs):  # the house style's own page line, replaced by the guide's
        footer._p.remove(run._r)
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.style = document.styles["Footer"]
    if footer_label:
        footer.add_run(f"{footer_label}　")
    footer.add_run("第 ")
    _field(footer, "PAGE", "1")
    footer.add_run(" 页 / 共 ")
    _field(footer, "NUMPAGES", "1")
    footer.add_run(" 页")


def _set_fonts(style, east_asian: str, size_pt: float, bold: bool = False) -> None:
    """Latin and East Asian font on the style itself, theme fonts removed, black text."""
    font = style.font
    font.name = LATIN_FONT
    font.size = Pt(size_pt)
    font.bold = bold
    font.color.rgb = BLACK
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:hint"), "eastAsia")
    rpr = style.element.get_or_add_rPr()
    for theme_color in rpr.findall(qn("w:color")):
        theme_color.attrib.pop(qn("w:themeColor"), None)
        theme_color.attrib.pop(qn("w:themeShade"), None)


def _paragraph_style(document, name: str, base: str = "Normal"):
    styles = document.styles
    if name in [s.name for s in styles]:
        return styles[name]
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    return style


def _east_asian_font(style) -> str:
    fonts = style.element.rPr.find(qn("w:rFonts"))
    return fonts.get(qn("w:eastAsia"))


def _house_fonts(document) -> dict[str, str]:
    """The East Asian face of each kind of text, from the house style (one place for the filings and the
    guide): body and titles 宋体, headings 黑体, notes 楷体 as shipped."""
    styles = document.styles
    return {kind: _east_asian_font(styles[name]) for kind, name in
            (("body", "LawBody"), ("heading", "LawHeading"), ("title", "LawTitle"), ("note", "LawNote"))}


def _styles(document, layout: Layout, fonts: dict[str, str]) -> None:
    styles = document.styles
    normal = styles["Normal"]
    _set_fonts(normal, fonts["body"], layout.body_pt)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    body = _paragraph_style(document, BODY_STYLE)
    _set_fonts(body, fonts["body"], layout.body_pt)
    body.paragraph_format.line_spacing = layout.line_spacing
    body.paragraph_format.space_after = Pt(layout.paragraph_after_pt)
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.paragraph_format.widow_control = True
    if layout.first_line_indent:
        body.paragraph_format.first_line_indent = Pt(2 * layout.body_pt)

    items = _paragraph_style(document, LIST_STYLE, BODY_STYLE)
    items.paragraph_format.first_line_indent = Pt(-1.5 * layout.body_pt)
    items.paragraph_format.left_indent = Pt((2 if layout.first_line_indent else 1.5) * layout.body_pt)
    items.paragraph_format.space_after = Pt(layout.paragraph_after_pt / 2)
    items.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT  # long citations stretch justified lines

    note = _paragraph_style(document, NOTE_STYLE, BODY_STYLE)
    _set_fonts(note, fonts["note"], layout.body_pt)
    note.paragraph_format.first_line_indent = Pt(0)
    note.paragraph_format.left_indent = Pt(6)
    note.paragraph_format.right_indent = Pt(6)
    note.paragraph_format.space_before = Pt(layout.paragraph_after_pt)
    note.paragraph_format.space_after = Pt(layout.paragraph_after_pt + 2)
    _box(note.element.get_or_add_pPr())

    cell = _paragraph_style(document, TABLE_STYLE)
    _set_fonts(cell, fonts["body"], layout.table_pt)
    cell.paragraph_format.line_spacing = 1.1 if layout.line_spacing > 1.2 else 1.0
    cell.paragraph_format.space_before = Pt(1)
    cell.paragraph_format.space_after = Pt(1)

    title = styles["Title"]
    _set_fonts(title, fonts["title"], layout.title_pt, bold=True)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(layout.title_pt / 2)
    title.paragraph_format.space_after = Pt(layout.title_pt / 2)
    _remove_border(title.element.get_or_add_pPr())

    subtitle = styles["Subtitle"]
    _set_fonts(subtitle, fonts["note"], layout.body_pt + 2)
    subtitle.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle.font.italic = False
    subtitle.paragraph_format.space_after = Pt(layout.paragraph_after_pt * 2)

    for name, size, before, after in (
        ("Heading 1", layout.heading1_pt, layout.heading1_pt, layout.heading1_pt / 2),
        ("Heading 2", layout.heading2_pt, layout.heading2_pt / 2, layout.heading2_pt / 3),
    ):
        heading = styles[name]
        _set_fonts(heading, fonts["heading"], size, bold=False)
        heading.font.italic = False
        fmt = heading.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        fmt.keep_with_next = True  # never a heading alone at the foot of a page
        fmt.line_spacing = 1.15
    for level in (1, 2):
        toc = _paragraph_style(document, f"toc {level}")
        _set_fonts(toc, fonts["body"], layout.body_pt)
        toc.paragraph_format.left_indent = Pt((level - 1) * 2 * layout.body_pt)
        toc.paragraph_format.space_after = Pt(2)
    _set_fonts(styles["Footer"], fonts["body"], 9)


def _box(ppr) -> None:
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "6")
        edge.set(qn("w:space"), "4")
        edge.set(qn("w:color"), "000000")
        borders.append(edge)
    # Word insists on the schema's order of paragraph properties.
    ppr.insert_element_before(borders, *_AFTER_PBDR)


def _remove_border(ppr) -> None:
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)


def _ask_word_to_update_fields(document) -> None:
    """Word refreshes the table of contents (with page numbers) when the file is opened."""
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.insert_element_before(update, *_AFTER_UPDATE_FIELDS)


def _field_char(paragraph, kind: str) -> None:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    paragraph.add_run()._r.append(element)


def _instruction(paragraph, text: str) -> None:
    element = OxmlElement("w:instrText")
    element.set(qn("xml:space"), "preserve")
    element.text = f" {text} "
    paragraph.add_run()._r.append(element)


def _field(paragraph, instruction: str, result: str = "") -> None:
    """A complex field (PAGE, NUMPAGES, PAGEREF) with a cached result."""
    _field_char(paragraph, "begin")
    _instruction(paragraph, instruction)
    _field_char(paragraph, "separate")
    if result:
        paragraph.add_run(result)
    _field_char(paragraph, "end")


# --- blocks -----------------------------------------------------------------------------------------

class _Writer:
    def __init__(self, document, layout: Layout, blocks: list[Block], toc_field: bool) -> None:
        self.document, self.layout, self.toc_field = document, layout, toc_field
        self.headings = [b for b in blocks if b.kind in (BlockKind.heading1, BlockKind.heading2)]

    def write(self, block: Block) -> None:
        doc = self.document
        kind = block.kind
        if kind is BlockKind.title:
            self._text(doc.add_paragraph(style="Title"), block.text)
        elif kind is BlockKind.subtitle:
            self._text(doc.add_paragraph(style="Subtitle"), block.text)
        elif kind is BlockKind.heading1:
            self._heading("Heading 1", block)
        elif kind is BlockKind.heading2:
            self._heading("Heading 2", block)
        elif kind is BlockKind.paragraph:
            paragraph = doc.add_paragraph(style=BODY_STYLE)
            self._text(paragraph, block.text)
            if plain_text(block.text).endswith(("：", ":")):
                paragraph.paragraph_format.keep_with_next = True  # an introduction stays with its list
        elif kind in (BlockKind.bullet, BlockKind.numbered):
            paragraph = doc.add_paragraph(style=LIST_STYLE)
            paragraph.add_run(("•" if kind is BlockKind.bullet else block.label) + "\t")
            self._text(paragraph, block.text)
        elif kind is BlockKind.note:
            self._text(doc.add_paragraph(style=NOTE_STYLE), block.text)
        elif kind is BlockKind.table:
            self._table(block.rows)
        elif kind is BlockKind.toc:
            self._toc()
        elif kind is BlockKind.page_break:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    @staticmethod
    def _text(paragraph, text: str) -> None:
        for run in runs(text):
            paragraph.add_run(run.text).bold = run.bold or None

    def _toc(self) -> None:
        """The contents: every heading with a PAGEREF to the heading's bookmark.

        In the Word document the entries are the cached result of a TOC field, which Word rebuilds on
        opening. LibreOffice shows a TOC field's cached text as it is, without page numbers, but it does
        compute a PAGEREF outside a TOC field; so the copy made for printing (``toc_field=False``) has the
        same entries as plain paragraphs and gets its page numbers from LibreOffice's own layout."""
        doc = self.document
        toc_heading = doc.styles["TOC Heading"]
        _set_fonts(toc_heading, _east_asian_font(doc.styles["LawHeading"]), self.layout.heading1_pt)
        toc_heading.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph(style="TOC Heading").add_run("目　录")
        for level in (1, 2):
            doc.styles[f"toc {level}"].paragraph_format.tab_stops.add_tab_stop(
                Mm(self._text_width_mm()), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        for index, block in enumerate(self.headings):
            paragraph = doc.add_paragraph(style="toc 1" if block.kind is BlockKind.heading1 else "toc 2")
            if index == 0 and self.toc_field:
                _field_char(paragraph, "begin")
                _instruction(paragraph, 'TOC \\o "1-2" \\h \\z \\u')
                _field_char(paragraph, "separate")
            paragraph.add_run(plain_text(block.text) + "\t")
            _field(paragraph, f"PAGEREF {self._bookmark(index)} \\h")
        if self.toc_field:
            _field_char(doc.paragraphs[-1], "end")

    @staticmethod
    def _bookmark(index: int) -> str:
        return f"_Toc{index + 1:05d}"

    def _heading(self, style: str, block: Block) -> None:
        """A heading wrapped in the bookmark its table-of-contents entry points at."""
        paragraph = self.document.add_paragraph(style=style)
        self._text(paragraph, block.text)
        index = next(i for i, b in enumerate(self.headings) if b is block)
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(index + 1))
        start.set(qn("w:name"), self._bookmark(index))
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(index + 1))
        properties = paragraph._p.pPr
        paragraph._p.insert(paragraph._p.index(properties) + 1 if properties is not None else 0, start)
        paragraph._p.append(end)

    def _table(self, rows: list[list[str]]) -> None:
        if not rows:
            return
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        table = self.document.add_table(rows=len(rows), cols=width)
        table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        amount_columns = [_all_amounts(row[c] for row in rows[1:]) for c in range(width)]
        widths = _column_widths(rows, self._text_width_mm(), self.layout.table_pt)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Mm(width)  # the grid, which LibreOffice reads; cells carry it too, for Word
        for r, row in enumerate(rows):
            row_element = table.rows[r]._tr.get_or_add_trPr()
            cant_split = OxmlElement("w:cantSplit")
            row_element.append(cant_split)
            if r == 0:
                header = OxmlElement("w:tblHeader")  # repeat the header row on each page
                row_element.append(header)
            keep = r < len(rows) - 1 and len(rows) <= KEEP_TOGETHER_ROWS
            for c, text in enumerate(row):
                cell = table.cell(r, c)
                cell.width = Mm(widths[c])
                paragraph = cell.paragraphs[0]
                paragraph.style = self.document.styles[TABLE_STYLE]
                paragraph.paragraph_format.keep_with_next = keep or None  # a short table stays on one page
                if r > 0 and amount_columns[c]:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                for run in runs(text):
                    paragraph.add_run(run.text).bold = (run.bold or r == 0) or None
                if r == 0:
                    _shade(cell, "D9D9D9")
        # A short gap after the table, so the next paragraph does not touch the border; exactly 6 pt, not a
        # line of body text (on the leaflet every line counts).
        gap = self.document.add_paragraph(style="Normal").paragraph_format
        gap.space_after, gap.line_spacing = Pt(2), Pt(6)

    def _text_width_mm(self) -> float:
        return 210 - 2 * self.layout.margin_mm


def _all_amounts(cells) -> bool:
    """A column of money figures is right-aligned, so the decimals line up."""
    texts = [plain_text(c).strip() for c in cells if plain_text(c).strip()]
    return bool(texts) and all(_AMOUNT.match(t) for t in texts)


def _shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _column_widths(
    rows: list[list[str]], total_mm: float, font_pt: float, min_characters: int = 5
) -> list[float]:
    """Auto layout, as browsers do it: a column whose longest cell fits in its fair share gets its natural
    width (no wrapping); the long columns share what is left."""
    half_em_mm = font_pt * 0.3528 / 2 * 1.2  # a Latin digit is a little over half a CJK character
    padding_mm = 4.5  # the cell's left and right margins, and a little slack

    def natural(text: str) -> float:
        units = sum(2 if ord(ch) > 0x2E80 else 1 for ch in plain_text(text))
        bold = 1.15 if "**" in text else 1.0
        return units * half_em_mm * bold + padding_mm

    naturals = [max(natural(r[c]) for r in rows) for c in range(len(rows[0]))]
    if sum(naturals) <= total_mm:
        scale = total_mm / sum(naturals)
        return [n * scale for n in naturals]
    widths: dict[int, float] = {}
    remaining = list(range(len(naturals)))
    space = total_mm
    while True:
        fair = space / len(remaining)
        fitting = [c for c in remaining if naturals[c] <= fair]
        if not fitting:
            break
        for c in fitting:
            widths[c] = naturals[c]
            space -= naturals[c]
            remaining.remove(c)
        if not remaining:
            break
    # Long columns share the rest, but none narrower than five
    # Chinese characters, so a row label never breaks character by character.
    floor = min_characters * 2 * half_em_mm + padding_mm
    narrow = [c for c in remaining if space * naturals[c] / sum(naturals[x] for x in remaining) < floor]
    for c in narrow:
        widths[c] = min(floor, naturals[c])
        space -= widths[c]
    wide = [c for c in remaining if c not in narrow]
    # Square roots even the shares out: a column of long sentences should not starve a column of short ones.
    wide_total = sum(math.sqrt(naturals[c]) for c in wide)
    for c in wide:
        widths[c] = space * math.sqrt(naturals[c]) / wide_total
    return [widths[c] for c in range(len(naturals))]
