"""The whole pipeline under hostile text: any text field gives either a clear case error or documents that
carry the text as written.

Two levels:
- the property (2,000 examples in CI, 200 locally), over every text field of a case: the case checks of
  tests.support.case_checks (errors that render in both languages; text a .docx can carry; an assessment
  that serialises), then the packet rendered in memory through the prepared templates (documents.fast,
  what generate and batch use): every document is a valid zip whose XML parts are well formed, no template
  tag or missing value shows through, and the field's document reads back with the cleaned text as that
  document tells it (its party words, «App» and amounts as filings write them), paragraph by paragraph.
  A document is rendered and read once for each context it reads (what its template's names hold): the
  same context renders the same bytes, so an example whose field that document never shows reuses what
  was checked on it — the field-independent documents are checked once per run;
- two dozen full-packet runs (fixed hostile values, one per place in turn) go all the way: files on disk,
  python-docx reading every document back, and LibreOffice (a warm office) making every PDF.
"""

from __future__ import annotations

import hashlib
import io
import json
import pickle
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from lawgen.case import InvalidCase, parse_case
from lawgen.documents.context import told
from lawgen.documents.fast import PreparedTemplate, prepared
from lawgen.documents.packet import document_text, generate_packet, packet_documents
from lawgen.documents.render import jinja_environment
from lawgen.documents.terms import ARBITRATION, NEUTRAL
from lawgen.law import assess
from tests.support.case_checks import TEXT_FIELDS, assert_clear_errors, sound_assessment
from tests.support.paths import EXAMPLE_CASE
from tests.support.strategies import HOSTILE_CHARACTERS, hostile_text

BASE_TEXT = EXAMPLE_CASE.read_text(encoding="utf-8")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PARAGRAPH, TEXT, TAB = W + "p", W + "t", W + "tab"
RENDERED_PART = re.compile(r"word/(document|header\d*|footer\d*|footnotes)\.xml")

APPLICATION, EVIDENCE_LIST = "01-劳动人事争议仲裁申请书.docx", "03-证据清单.docx"
# (where in the case, which document shows it — None for the workplace, which no filing names — and in
# whose party words: the worker's own story and evidence are told in each document's, see context.told)
PLACES = [
    (("worker", "name"), APPLICATION, None),
    (("worker", "address"), APPLICATION, None),
    (("respondents", 0, "name"), APPLICATION, None),
    (("respondents", 0, "legal_representative"), APPLICATION, None),
    (("facts",), APPLICATION, ARBITRATION),
    (("evidence", 0, "name"), EVIDENCE_LIST, NEUTRAL),
    (("evidence", 0, "proves"), EVIDENCE_LIST, NEUTRAL),
    (("worker", "ethnicity"), APPLICATION, None),
    (("respondents", 0, "address"), APPLICATION, None),
    (("employment", "workplace"), None, None),
    (("evidence", 0, "source"), EVIDENCE_LIST, NEUTRAL),
]
assert sorted(place for place, _, _ in PLACES) == sorted(TEXT_FIELDS)  # every text field of a case
FULL_RUN_PLACES = PLACES[:7]  # the full runs: one of the fields the filings show most, in turn
# The full-packet runs: each kind of hostile text the strategy draws from, written out.
FULL_RUN_VALUES = [
    "林<小>&海\"'", "<w:t>&amp;</w:t>", "{{ worker.id_number }}", "{% if true %}x{% endif %}", "None",
    "\x00\x07\x0b\x1b\x7f控制", "\u202e付支\u202c", "\u200f右到左", "😀🛵", "第一行\n第二行\n\n第四行",
    "\t制表\t", "\r\n回车换行", "x" * 10_000, "   ", "".join(HOSTILE_CHARACTERS),
    "林" * 300, "A&B<C>D", "]]>", "<!-- 注释 -->", "&lt;已转义&gt;", "\\n 反斜杠", "'; DROP TABLE cases;--",
    "%s %d {0}", "末尾空格 ",
]


def _with(place: tuple, value: str) -> tuple[dict, dict]:
    data = json.loads(BASE_TEXT)  # a fresh copy, three times as fast as copy.deepcopy
    target = data
    for part in place[:-1]:
        target = target[part]
    target[place[-1]] = value
    return data, target


def _cleaned(case, place: tuple) -> str | None:
    """The field as the case holds it after parsing (its attributes: the places are all plain text)."""
    value = case
    for part in place:
        value = value[part] if isinstance(part, int) else getattr(value, part)
    return value


def _paragraphs(document: bytes) -> list[str]:
    """Each paragraph's text (runs joined, tabs as tabs), from a .docx in memory; raises on a bad zip, or
    a part the rendering wrote that is damaged or not well-formed XML (the others are the template's own,
    stored once: see documents.fast)."""
    with zipfile.ZipFile(io.BytesIO(document)) as archive:  # reading a member checks its CRC
        rendered = [name for name in archive.namelist() if RENDERED_PART.fullmatch(name)]
        trees = {name: etree.fromstring(archive.read(name)) for name in rendered}
    lines = []
    for paragraph in trees["word/document.xml"].iter(PARAGRAPH):
        text = "".join(["\t" if node.tag == TAB else node.text or "" for node in paragraph.iter(TEXT, TAB)])
        if text.strip():
            lines.append(text)
    return lines


def _reads_back(text: str, cleaned: str | None, terms=None) -> None:
    if cleaned and len(cleaned) < 1000:
        for line in (told(cleaned, terms) if terms else cleaned).split("\n"):  # facts keep their breaks
            if line.strip():
                assert line.strip() in text, line


@given(place=st.sampled_from(PLACES), value=hostile_text)
def test_hostile_text_gives_an_error_or_documents_that_carry_it(place, value):
    path, shown_in, terms = place
    data, _ = _with(path, value)
    try:
        case = parse_case(data)
    except InvalidCase as error:
        assert_clear_errors(error)
        assert all(e.path for e in error.errors)
        return
    documents = _checked_packet(case)
    if documents is None:
        return  # a parameter the case needs is missing (its message checked): nothing is rendered
    for name, key in documents:
        leaks, text = _DOCUMENTS[key]
        for leak in leaks:  # a template tag or a missing value showing through
            assert leak in str(value)
        if name == shown_in:
            _reads_back(text, _cleaned(case, path), terms)


LEAKS = ("{{", "{%", "None")
_PACKETS: dict[bytes, list[tuple[str, bytes]] | None] = {}  # case as parsed → its documents' keys
_DOCUMENTS: dict[bytes, tuple[frozenset[str], str]] = {}  # key → the leaks found in its text, the text


def _checked_packet(case) -> list[tuple[str, bytes]] | None:
    """The case checked (tests.support.case_checks) and each document of its packet rendered in memory and
    read back, once per case as parsed (different typed values often clean to the same case): file name →
    the key of what was found in it, None where a parameter the case needs is missing.

    A document is rendered once per context it reads: the same template renders the same context to the
    same bytes (documents.fast writes a fixed zip date), so what was checked on them holds. What is
    asserted against the typed value is asserted per example."""
    case_key = hashlib.sha256(case.model_dump_json(by_alias=True).encode()).digest()
    if case_key in _PACKETS:
        return _PACKETS[case_key]
    assessment = sound_assessment(case)  # the case's text and assessment checked first
    documents = None
    if assessment is not None:
        documents = []
        for spec in packet_documents(assessment):
            context = spec.build_context(assessment)
            key = _context_key(spec, context)
            if key not in _DOCUMENTS:
                text = "\n".join(_paragraphs(_template(spec).render(context)))
                _DOCUMENTS[key] = frozenset(leak for leak in LEAKS if leak in text), text
            documents.append((spec.file_name, key))
    _PACKETS[case_key] = documents
    return documents


def _context_key(spec, context: dict) -> bytes:
    """What of ``context`` the document's template reads (documents.fast's names_read), as a digest; the
    whole context where that cannot be told. Pickled: a faithful copy of every value and its type (Markup
    is not escaped, text is), so two contexts share a key only when they are equal."""
    names = _template(spec).names_read()
    if names is None:
        read = context
    else:
        read = {name: context.get(name, _ABSENT) if keys is None or not isinstance(context.get(name), dict)
                else {key: context[name].get(key, _ABSENT) for key in sorted(keys)}
                for name, keys in names.items()}
    return hashlib.sha256(pickle.dumps((spec.kind, read))).digest()


_ABSENT = "(absent from the context)"
_TEMPLATES: dict[str, PreparedTemplate] = {}


def _template(spec) -> PreparedTemplate:
    """The shipped template as render_docx prepares it (documents.fast), looked up once per kind."""
    if spec.kind not in _TEMPLATES:
        _TEMPLATES[spec.kind] = prepared(spec.template(), jinja_environment)
    return _TEMPLATES[spec.kind]


def test_found_a_worker_called_none():
    # Found by the property: the text "None" typed as a name is the worker's name, not a missing value.
    test_hostile_text_gives_an_error_or_documents_that_carry_it.hypothesis.inner_test(
        PLACES[0], "None")


@pytest.mark.slow
@pytest.mark.parametrize("number", range(len(FULL_RUN_VALUES)))
def test_full_packet_with_hostile_text(number: int, tmp_path: Path, warm_office) -> None:
    value = FULL_RUN_VALUES[number]
    path, shown_in, terms = FULL_RUN_PLACES[number % len(FULL_RUN_PLACES)]
    data, _ = _with(path, value)
    try:
        case = parse_case(data)
    except InvalidCase as error:
        assert error.errors and all(e.path for e in error.errors)
        return
    written = generate_packet(assess(case), tmp_path, pdf=warm_office is not None, office=warm_office)
    for document in (p for p in written if p.suffix == ".docx"):
        text = "\n".join(document_text(document))  # python-docx parses it: valid OOXML
        for leak in ("{{", "{%", "None"):
            assert leak not in text or leak in value
        if document.name == shown_in:
            _reads_back(text, _cleaned(case, path), terms)
    if warm_office is not None:
        pdfs = [p for p in written if p.suffix == ".pdf"]
        assert len(pdfs) == len(written) // 2
        assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
