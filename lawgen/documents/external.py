"""What in a .docx would make an office reach outside the document: a network fetch or a local file read.

- external relationships (``TargetMode="External"``): an image linked rather than embedded (``r:link``,
  fetched from its address when the page is laid out), a linked OLE object, sub-document or alternative
  chunk, and a hyperlink whose address is a file (``file:``, a share, a bare path) rather than a web or
  mail address — a web hyperlink is only a link in the PDF, and Word writes one for the attached template;
- fields that pull content in when updated: INCLUDEPICTURE, INCLUDETEXT, LINK, DDE, DDEAUTO, IMPORT.

Used by ``lawgen templates check`` (a court's template is refused before use) and before every conversion
to PDF (a document is never handed to the office with one of these). Descriptions name the kind of link,
never its address (it may carry anything).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

from lawgen.i18n import Msg, msg

# Bounds for what is read here: a template's parts are small; a larger part is reported, not parsed.
MAX_PART_BYTES = 32 << 20
PULLING_FIELDS = {"INCLUDEPICTURE", "INCLUDETEXT", "LINK", "DDE", "DDEAUTO", "IMPORT"}
SAFE_LINK_SCHEMES = ("http:", "https:", "mailto:")
HARMLESS_TYPES = ("/attachedTemplate",)  # Word's note of the template a document was made from
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
_XML_PART = re.compile(r"word/[^/]+\.xml")


def external_references(docx: Path) -> list[Msg]:
    """Each kind of external reference in the document, once; empty when there is none. A part that
    cannot be read is reported too (what it holds cannot be vouched for); a file that is not a .docx at
    all is the converter's or the checker's to report, not this one's."""
    found: list[Msg] = []
    try:
        with zipfile.ZipFile(docx) as archive:
            for info in archive.infolist():
                is_rels = info.filename.endswith(".rels")
                if not (is_rels or _XML_PART.fullmatch(info.filename)):
                    continue
                try:
                    if info.file_size > MAX_PART_BYTES:
                        raise ValueError("too large")
                    data = archive.read(info)
                    found += _relationships(data) if is_rels else _fields(data)
                except (etree.XMLSyntaxError, ValueError, zipfile.BadZipFile):
                    found.append(msg("无法检查的部分 {part}", part=info.filename[:80]))
    except (OSError, zipfile.BadZipFile):
        return []
    return _once_each(found)


def _once_each(found: list[Msg]) -> list[Msg]:
    seen: dict[str, Msg] = {}
    for item in found:
        seen.setdefault(item.render(), item)
    return list(seen.values())


def _relationships(xml: bytes) -> list[Msg]:
    found = []
    for relation in etree.fromstring(xml, _PARSER).iter(RELS):
        if relation.get("TargetMode") != "External":
            continue
        kind = relation.get("Type", "").rsplit("/", 1)[-1]
        target = relation.get("Target", "").strip().lower()
        if any(relation.get("Type", "").endswith(harmless) for harmless in HARMLESS_TYPES):
            continue
        if kind == "hyperlink":
            if not target.startswith(SAFE_LINK_SCHEMES):
                found.append(msg("指向本机或共享文件的超链接"))
        elif kind == "image":
            found.append(msg("从外部地址加载的图片"))
        else:
            found.append(msg("外部关联（{kind}）", kind=kind[:40] or "?"))
    return found


def _fields(xml: bytes) -> list[Msg]:
    """Field instructions in document order (complex fields, nested ones too, and simple fields)."""
    if b"instr" not in xml:
        return []
    found = []
    open_fields: list[list[str]] = []
    for element in etree.fromstring(xml, _PARSER).iter(W + "fldChar", W + "instrText", W + "fldSimple"):
        if element.tag == W + "fldSimple":
            found += _pulling(element.get(W + "instr", ""))
        elif element.tag == W + "instrText":
            if open_fields:
                open_fields[-1].append(element.text or "")
        else:
            kind = element.get(W + "fldCharType")
            if kind == "begin":
                open_fields.append([])
            elif kind in ("separate", "end") and open_fields:
                found += _pulling("".join(open_fields.pop() if kind == "end" else open_fields[-1]))
                if kind == "separate":
                    open_fields[-1] = [""]  # the instruction is done; the result text is not an instruction
    for pieces in open_fields:  # an unterminated field is still read as one
        found += _pulling("".join(pieces))
    return found


def _pulling(instruction: str) -> list[Msg]:
    words = instruction.split()
    if words and words[0].upper() in PULLING_FIELDS:
        return [msg("插入外部内容的 {field} 域", field=words[0].upper())]
    return []
