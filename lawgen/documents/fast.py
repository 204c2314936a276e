"""Rendering a .docx template many times: prepare once, then per document only render and zip.

Plain docxtpl re-reads the template, re-parses it with python-docx, re-runs its XML patching and
re-compiles the Jinja source on every ``render()``; for a one-page filing that is most of the time spent.
``PreparedTemplate`` does that work once per process and keeps:

- the template's parts as python-docx would write them (unchanged parts are stored as bytes);
- docxtpl's patched XML for the body, headers, footers (and footnotes), compiled once by Jinja.

Each render then runs docxtpl's own per-render steps (``render_xml_part``, ``fix_tables``,
``fix_docpr_ids``, header/footer mapping, core properties, footnotes) on the one loaded document and
writes a zip where only the rendered parts are new. The XML written is the same as plain docxtpl's.

Only what a context can carry is supported (text, ``RichText`` without links, ``Listing``): images,
sub-documents and links need the ``DocxTemplate`` object itself and add parts while rendering.
"""

from __future__ import annotations

import functools
import io
import re
import struct
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.opc.part import Part
from docxtpl import DocxTemplate
from jinja2 import Environment, Template, TemplateError, meta, nodes
from lxml import etree

from lawgen.files import write_bytes_atomic

# Deflate levels: the parts that change are compressed on every render, where level 1 is about twice as
# fast as zlib's default on a filing's document.xml for 5-15 % more bytes; the others only once, tightly.
RENDERED_PART_COMPRESSION = 1
UNCHANGED_PART_COMPRESSION = 9
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
CORE_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")  # as docxtpl renders
_PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)  # docxtpl's resolve_listing's own pattern
_LISTING_CHARACTERS = re.compile("[\t\a\n\f]")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TBL, _TBL_GRID, _GRID_COL, _TR, _TC = (_W + name for name in ("tbl", "tblGrid", "gridCol", "tr", "tc"))
# Each cell's span as docxtpl's fix_tables reads it: the first w:gridSpan of the cell's first w:tcPr.
_GRID_SPANS = etree.XPath("w:tc/w:tcPr[1]/w:gridSpan[1]", namespaces={"w": _W[1:-1]})


class _CompiledOnce:
    """Stands in for a Jinja environment in docxtpl's calls: each distinct source is compiled once."""

    def __init__(self, environment: Environment) -> None:
        self.environment = environment
        self._templates: dict[str, Template] = {}

    def from_string(self, source: str) -> Template:
        template = self._templates.get(source)
        if template is None:
            template = self._templates[source] = self.environment.from_string(source)
        return template


def _is_template(text: str, env: Environment) -> bool:
    """Whether Jinja could render ``text`` to anything but itself (it also normalises line ends)."""
    markers = (env.block_start_string, env.variable_start_string, env.comment_start_string,
               env.line_statement_prefix, env.line_comment_prefix, "\n", "\r")
    return any(marker and marker in text for marker in markers)


class _LoadedDocx(DocxTemplate):
    """docxtpl's template object, loaded once and rendered in place over and over."""

    def __init__(self, template_file: str) -> None:
        super().__init__(template_file)
        self._paragraph_breaks: dict[str, str] = {}  # each part's constant source, ready for Jinja

    def render_xml_part(self, src_xml, part, context, jinja_env=None):
        # docxtpl's own steps, in its order, but its regular expressions as plain replacements (the same
        # result: «<w:p» followed by a space or «>») and the line breaks put into each constant source once.
        # docxtpl expanded a replacement template for every paragraph of every render.
        source = self._paragraph_breaks.get(src_xml)
        if source is None:
            source = src_xml.replace("<w:p ", "\n<w:p ").replace("<w:p>", "\n<w:p>")
            self._paragraph_breaks[src_xml] = source
        try:
            self.current_rendering_part = part
            template = jinja_env.from_string(source) if jinja_env else Template(source)
            dst_xml = template.render(context)
        except TemplateError as exc:  # as docxtpl reports it: the lines around the error, without tags
            if hasattr(exc, "lineno") and exc.lineno is not None:
                line_number = max(exc.lineno - 4, 0)
                exc.docx_context = map(lambda x: re.sub(r"<[^>]+>", "", x),
                                       source.splitlines()[line_number: (line_number + 7)])
            raise exc
        dst_xml = (dst_xml.replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")
                   .replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}"))
        return self.resolve_listing(dst_xml)

    def fix_tables(self, xml):
        # docxtpl re-counts every row's cells in Python to fix each table's grid; the filings' grids
        # always fit, so that is counted here with lxml's own loops, and docxtpl's fix runs only on a
        # table it would change (or one it would fail on).
        tree = etree.fromstring(xml, parser=etree.XMLParser(recover=True))
        if tree.nsmap.get("w") != _W[1:-1] or not all(_grid_fits(table) for table in tree.iter(_TBL)):
            return super().fix_tables(xml)
        return tree

    def fix_docpr_ids(self, tree):
        # An element named wp:docPr has «docPr» in its tag: most filings have none to renumber.
        if any(True for _ in tree.iter("{*}docPr")):
            super().fix_docpr_ids(tree)

    def resolve_listing(self, xml: str) -> str:
        # docxtpl rewrites \t \a \n \f (Listing, multi-line text) in the runs of every paragraph, with
        # several regular expressions per paragraph; only the paragraphs holding one of them need it.
        if not _LISTING_CHARACTERS.search(xml):
            return xml
        resolve = super().resolve_listing
        return _PARAGRAPH.sub(lambda m: resolve(m[0]) if _LISTING_CHARACTERS.search(m[0]) else m[0], xml)


def _grid_fits(table) -> bool:
    """Whether docxtpl's fix_tables leaves this table's grid as it is: no row with more cells than grid
    columns, and a row whose cells (with their spans) fill every column."""
    grid = table.find(_TBL_GRID)
    if grid is None:
        return False
    columns = len(grid.findall(_GRID_COL))
    widest = 0
    for row in table.iter(_TR):
        cells = len(row.findall(_TC))
        if cells > columns:
            return False
        spans = _GRID_SPANS(row)
        try:
            widest = max(widest, cells - len(spans) + sum(int(span.get(_W + "val")) for span in spans))
        except (TypeError, ValueError):
            return False
    return widest >= columns


def _read_names(node: nodes.Node, parent: nodes.Node | None, names: set[str],
                read: dict[str, set[str] | None]) -> None:
    """Each of ``names`` read in ``node``: ``name.key`` or ``name["key"]`` reads that key, any other use
    (a loop over it, a filter, a dict method such as ``name.items``) the whole value."""
    if isinstance(node, nodes.Name) and node.ctx == "load" and node.name in names:
        key = None
        if isinstance(parent, nodes.Getattr) and parent.node is node:
            key = parent.attr
        elif isinstance(parent, nodes.Getitem) and parent.node is node:
            key = parent.arg.value if isinstance(parent.arg, nodes.Const) else None
        keys = read.setdefault(node.name, set())
        if keys is not None:
            if isinstance(key, str) and not hasattr(dict, key):
                keys.add(key)
            else:
                read[node.name] = None
    for child in node.iter_child_nodes():
        _read_names(child, node, names, read)


def prepared(path: Path, make_environment: Callable[[], Environment]) -> PreparedTemplate:
    """The template prepared once per process (again when the file changes), with its own environment."""
    stat = Path(path).stat()
    with _preparing:  # two threads rendering at once wait for one preparation rather than make two
        return _prepared(Path(path).resolve(), stat.st_mtime_ns, stat.st_size, make_environment)


_preparing = threading.Lock()


@functools.lru_cache(maxsize=32)
def _prepared(path: Path, mtime_ns: int, size: int, make_environment: Callable[[], Environment]
              ) -> PreparedTemplate:
    return PreparedTemplate(path, make_environment())


class PreparedTemplate:
    """A docxtpl template read, patched and compiled once; ``render`` gives the .docx bytes."""

    def __init__(self, path: Path, jinja_env: Environment | None = None, autoescape: bool = True) -> None:
        # The environment docxtpl's render(context, jinja_env, autoescape) would use.
        if jinja_env is None:
            jinja_env = Environment(autoescape=autoescape)
        elif autoescape:
            jinja_env.autoescape = True
        self.path = Path(path)
        self._env = _CompiledOnce(jinja_env)
        self._lock = threading.Lock()
        self._docx = docx = _LoadedDocx(str(self.path))
        docx.render_init()
        document = docx.docx
        self._body_source = docx.patch_xml(docx.get_xml())
        self._headers_footers: list[tuple[str, str, str]] = []  # (relationship id, patched XML, encoding)
        for uri in (docx.HEADER_URI, docx.FOOTER_URI):
            for rel_id, part in docx.get_headers_footers(uri):
                xml = docx.get_part_xml(part)
                encoding = docx.get_headers_footers_encoding(xml)
                self._headers_footers.append((rel_id, docx.patch_xml(xml), encoding))
        # Reading them creates the core properties part when the template has none, as docxtpl does.
        self._core_properties = {name: getattr(document.core_properties, name) for name in CORE_PROPERTIES}
        initial = self._core_properties.values()
        self._properties_templated = any(_is_template(text, jinja_env) for text in initial)
        if not self._properties_templated:
            docx.render_properties({}, self._env)  # the same for every context: done once
        self._footnotes = [(part, part.blob) for part in document.part.package.parts
                           if part.content_type == FOOTNOTES_TYPE]
        self._members = self._baseline_members(self._rendered_parts().keys())
        self._names_read: dict[str, frozenset[str] | None] | None = None

    def _rendered_parts(self) -> dict[str, Part]:
        """The parts a render replaces, by zip member name (headers and footers are new parts each time)."""
        document = self._docx.docx
        parts = [document.part, *(part for part, _ in self._footnotes)]
        parts += (document.part.rels[rel_id].target_part for rel_id, _, _ in self._headers_footers)
        if self._properties_templated:
            parts.append(document.part.package._core_properties_part)
        return {part.partname.membername: part for part in parts}

    def _baseline_members(self, rendered: Iterable[str]) -> list[tuple[str, _Member | None]]:
        """Every zip member in python-docx's order: unchanged ones compressed now, rendered ones None."""
        buffer = io.BytesIO()
        self._docx.docx.save(buffer)
        with zipfile.ZipFile(buffer) as saved:
            return [(name, None if name in rendered
                     else _Member.compress(name, saved.read(name), UNCHANGED_PART_COMPRESSION))
                    for name in saved.namelist()]

    def _render_parts(self, context: Mapping[str, Any]) -> dict[str, bytes]:
        """docxtpl's ``render()`` without loading, patching and compiling: its other steps, in its order."""
        docx, env = self._docx, self._env
        document = docx.docx
        docx.pic_map = {}
        docx.docx_ids_index = 1000
        tree = docx.fix_tables(docx.render_xml_part(self._body_source, document.part, context, env))
        docx.fix_docpr_ids(tree)
        docx.map_tree(tree)
        for rel_id, source, encoding in self._headers_footers:
            xml = docx.render_xml_part(source, document.part.rels[rel_id].target_part, context, env)
            docx.map_headers_footers_xml(rel_id, xml.encode(encoding))
        if self._properties_templated:
            for name, initial in self._core_properties.items():
                setattr(document.core_properties, name, initial)
            docx.render_properties(context, env)
        if self._footnotes:
            for part, blob in self._footnotes:
                part._blob = blob
            docx.render_footnotes(context, env)
        return {name: part.blob for name, part in self._rendered_parts().items()}

    def names_read(self) -> dict[str, frozenset[str] | None] | None:
        """The context's top-level names this template reads, each with the keys read of it (None: the
        value as a whole): two contexts alike in these render to the same bytes. None where that cannot be
        told from the sources alone (templated core properties, footnotes)."""
        if self._properties_templated or self._footnotes:
            return None
        if self._names_read is None:  # the sources never change: parsed once
            read: dict[str, set[str] | None] = {}
            for source in [self._body_source, *(source for _, source, _ in self._headers_footers)]:
                tree = self._env.environment.parse(source)
                _read_names(tree, None, meta.find_undeclared_variables(tree), read)
            self._names_read = {name: None if found is None else frozenset(found)
                                for name, found in read.items()}
        return self._names_read

    def render(self, context: Mapping[str, Any]) -> bytes:
        with self._lock:  # one loaded document is rendered in place: one render at a time
            rendered = self._render_parts(context)
        return _zip([member or _Member.compress(name, rendered[name]) for name, member in self._members])

    def render_to(self, context: Mapping[str, Any], target: Path) -> Path:
        """Render and write ``target`` atomically, owner-only."""
        return write_bytes_atomic(target, self.render(context))


# --- writing the zip -----------------------------------------------------------------------------------
# zipfile cannot store data that is already compressed, and compressing every unchanged part again on
# every render was most of the time spent; a .docx only needs the plain zip records below (PKWARE APPNOTE
# 4.3: local headers, central directory, end record; no zip64, no encryption).

_LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")
_CENTRAL_HEADER = struct.Struct("<IHHHHHHIIIHHHHHII")
_END_RECORD = struct.Struct("<IHHHHIIH")
_VERSION = 20  # 2.0: deflate
_DEFLATED = 8
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01, the earliest zip date: same input, same bytes
_UTF8_NAMES = 1 << 11


@dataclass(frozen=True)
class _Member:
    name: str
    crc: int
    data: bytes  # raw deflate stream
    size: int

    @classmethod
    def compress(cls, name: str, content: bytes, level: int = RENDERED_PART_COMPRESSION) -> _Member:
        compressor = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
        data = compressor.compress(content) + compressor.flush()
        return cls(name, zlib.crc32(content), data, len(content))


def _zip(members: list[_Member]) -> bytes:
    records: list[bytes] = []
    directory: list[bytes] = []
    offset = 0
    for member in members:
        name = member.name.encode("utf-8")
        fields = (_DEFLATED, 0, _DOS_DATE, member.crc, len(member.data), member.size, len(name))
        local = _LOCAL_HEADER.pack(0x04034B50, _VERSION, _UTF8_NAMES, *fields, 0)
        directory.append(_CENTRAL_HEADER.pack(0x02014B50, _VERSION, _VERSION, _UTF8_NAMES, *fields,
                                              0, 0, 0, 0, 0, offset) + name)
        records += (local, name, member.data)
        offset += len(local) + len(name) + len(member.data)
    central = b"".join(directory)
    end = _END_RECORD.pack(0x06054B50, 0, 0, len(members), len(members), len(central), offset, 0)
    return b"".join(records) + central + end
