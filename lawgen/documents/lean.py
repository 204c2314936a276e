"""The copy of a filing that LibreOffice lays out: the same .docx without the styles nothing in it uses.

The templates descend from Word's default document, so each filing carries Word's whole style gallery
(about 170 styles, most of them table styles, and the list of 137 latent styles: a 348 KB styles.xml for a
one-page filing). LibreOffice builds every one of them on loading: over half of its import time, about
65 ms of CPU a document (116 → 51 ms, measured over 48 filings in the warm office). The copy keeps the
document defaults, every style a part of the document names, and what those are based on, linked to or
followed by; latent styles only tell Word's user interface which styles to offer. Word 2010's second copy
of the styles (stylesWithEffects.xml, 438 KB), which LibreOffice never reads, is left out too, so the copy
is quicker to write. So the PDF prints the same (tests/documents/test_office_lean.py compares the pages
pixel by pixel), and the .docx the volunteer keeps is the one written, untouched.

Anything unexpected (no styles part, XML that does not parse, a zip that cannot be read) and the office
gets the document itself, to convert or to refuse as it would have.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from lawgen.files import make_private_dir

STYLES_PART = "word/styles.xml"
EFFECTS_PART = "word/stylesWithEffects.xml"  # Word 2010's copy of the styles; LibreOffice never reads it
IGNORED_PARTS = (STYLES_PART, EFFECTS_PART)
CONTENT_TYPES, DOCUMENT_RELS = "[Content_Types].xml", "word/_rels/document.xml.rels"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OPC = "http://schemas.openxmlformats.org/package/2006"
REFERENCES = {f"{{{W}}}{name}" for name in ("pStyle", "rStyle", "tblStyle", "numStyleLink", "styleLink")}
CHAIN = tuple(f"{{{W}}}{name}" for name in ("basedOn", "next", "link"))
VAL, STYLE_ID, DEFAULT = f"{{{W}}}val", f"{{{W}}}styleId", f"{{{W}}}default"
PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
# Fields that name styles in their code (a table of contents, a running head): a court's own template may
# hold one, and its text could depend on a style nothing else names. Such a document goes as it is.
STYLE_FIELDS = re.compile(rb"STYLEREF|\bTOC\b")
CACHED = 64  # lean styles kept, by (styles.xml, the styles used): every filing shares one styles.xml
_cache: dict[tuple[bytes, frozenset[str]], bytes | None] = {}
_cache_lock = threading.Lock()


def lean_copy(document: Path, folder: Path) -> Path:
    """``document`` as the office should open it: a copy under the same name in ``folder`` (owner-only,
    made if needed) with its unused styles left out, or ``document`` itself where there is nothing to
    leave out or the package is not as expected."""
    try:
        with zipfile.ZipFile(document) as package:
            members = package.infolist()
            names = {member.filename for member in members}
            if STYLES_PART not in names:
                return document
            used = set()
            for member in members:
                name = member.filename
                if name.startswith("word/") and name.endswith(".xml") and name not in IGNORED_PARTS:
                    part = package.read(member)
                    if STYLE_FIELDS.search(part):
                        return document
                    used |= _named_styles(part)
            lean = _cached_lean_styles(package.read(STYLES_PART), frozenset(used))
            if lean is None:
                return document
            replaced: dict[str, bytes | None] = {STYLES_PART: lean}
            if {EFFECTS_PART, CONTENT_TYPES, DOCUMENT_RELS} <= names:
                replaced.update(_without_effects(package.read(CONTENT_TYPES), package.read(DOCUMENT_RELS)))
            copy = make_private_dir(folder) / document.name
            descriptor = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # owner-only, new
            with os.fdopen(descriptor, "wb") as file, zipfile.ZipFile(file, "w") as out:
                for member in members:  # stored, not deflated: nobody keeps this copy
                    data = replaced[member.filename] if member.filename in replaced else package.read(member)
                    if data is not None:
                        out.writestr(member.filename, data, compress_type=zipfile.ZIP_STORED)
    except (OSError, zipfile.BadZipFile, zlib.error, etree.XMLSyntaxError, ValueError, KeyError, EOFError,
            NotImplementedError, RuntimeError):  # damaged, oddly compressed or encrypted: the office says
        return document
    return copy


def _without_effects(content_types: bytes, relationships: bytes) -> dict[str, bytes | None]:
    """The package's content types and the document's relationships without stylesWithEffects.xml, and
    that part as None (left out); nothing changed where either does not name it as expected."""
    types = etree.fromstring(content_types, PARSER)
    overrides = [item for item in types.iterfind(f"{{{OPC}/content-types}}Override")
                 if item.get("PartName") == "/" + EFFECTS_PART]
    links = etree.fromstring(relationships, PARSER)
    related = [item for item in links.iterfind(f"{{{OPC}/relationships}}Relationship")
               if item.get("Target") == EFFECTS_PART.removeprefix("word/")]
    if len(overrides) != 1 or len(related) != 1:
        return {}
    types.remove(overrides[0])
    links.remove(related[0])
    return {EFFECTS_PART: None,
            CONTENT_TYPES: etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True),
            DOCUMENT_RELS: etree.tostring(links, xml_declaration=True, encoding="UTF-8", standalone=True)}


def _named_styles(xml: bytes) -> set[str]:
    """The style ids a part names (case folded: keep a style a careless template names in other case)."""
    root = etree.fromstring(xml, PARSER)
    return {element.get(VAL, "").casefold() for element in root.iter(*REFERENCES)}


def _cached_lean_styles(styles: bytes, used: frozenset[str]) -> bytes | None:
    key = (hashlib.sha256(styles).digest(), used)
    with _cache_lock:
        if key in _cache:
            return _cache[key]
    lean = _lean_styles(styles, used)
    with _cache_lock:
        if len(_cache) >= CACHED:
            _cache.clear()
        _cache[key] = lean
    return lean


def _lean_styles(styles: bytes, used: frozenset[str]) -> bytes | None:
    """styles.xml without the styles outside ``used`` and their chains, nor the latent-style list; None
    when that leaves it as it was."""
    root = etree.fromstring(styles, PARSER)
    by_id = {(style.get(STYLE_ID) or "").casefold(): style for style in root.iterfind(f"{{{W}}}style")}
    keep = set(used) | {key for key, style in by_id.items() if style.get(DEFAULT) in ("1", "true", "on")}
    pending = list(keep)
    while pending:
        style = by_id.get(pending.pop())
        if style is None:
            continue
        for tag in CHAIN:
            link = style.find(tag)
            target = (link.get(VAL) or "").casefold() if link is not None else ""
            if target and target not in keep:
                keep.add(target)
                pending.append(target)
    dropped = [style for key, style in by_id.items() if key not in keep]
    dropped += root.findall(f"{{{W}}}latentStyles")
    if not dropped:
        return None
    for element in dropped:
        root.remove(element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
