"""Property test over the whole pipeline: hostile text in any text field gives either a clear case error
or a packet whose every .docx is valid OOXML that python-docx reads back with the same text.

CI runs 2,000 examples (profile ``ci`` from test_properties_case); locally 200.
"""

from __future__ import annotations

import copy
import json
import tempfile
import zipfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from lawgen.case import InvalidCase, parse_case
from lawgen.documents.packet import document_text, generate_packet
from lawgen.law import assess
from tests.support.paths import EXAMPLE_CASE
from tests.support.strategies import hostile_text

BASE = json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))
OUT = Path(tempfile.mkdtemp(prefix="lawgen-prop-"))

# (where in the case, which document shows it)
PLACES = [
    (("worker", "name"), "01-劳动人事争议仲裁申请书.docx"),
    (("worker", "address"), "01-劳动人事争议仲裁申请书.docx"),
    (("respondents", 0, "name"), "01-劳动人事争议仲裁申请书.docx"),
    (("respondents", 0, "legal_representative"), "01-劳动人事争议仲裁申请书.docx"),
    (("facts",), "01-劳动人事争议仲裁申请书.docx"),
    (("evidence", 0, "name"), "03-证据清单.docx"),
    (("evidence", 0, "proves"), "03-证据清单.docx"),
]


@given(place=st.sampled_from(PLACES), value=hostile_text)
def test_hostile_text_gives_an_error_or_a_readable_packet(place, value):
    path, document = place
    data = copy.deepcopy(BASE)
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    try:
        case = parse_case(data)
    except InvalidCase as error:
        assert error.errors and all(e.path for e in error.errors)
        return
    written = generate_packet(assess(case), OUT, force=True)
    for docx in written:
        with zipfile.ZipFile(docx) as archive:
            assert archive.testzip() is None
        text = "\n".join(document_text(docx))  # python-docx parses it: valid OOXML
        for leak in ("{{", "{%", "None"):  # a template tag or a missing value showing through
            assert leak not in text or leak in str(value)
    shown = target[path[-1]] if isinstance(target, dict) else None
    cleaned = _field(case, path)
    if cleaned and len(cleaned) < 1000:
        # The cleaned text reads back as written, line by line (facts keep their breaks as paragraphs).
        text = "\n".join(document_text(OUT / document))
        for line in cleaned.split("\n"):
            if line.strip():
                assert line.strip() in text, (shown, line)


def test_found_a_worker_called_none():
    # Found by the property: the text "None" typed as a name is the worker's name, not a missing value.
    test_hostile_text_gives_an_error_or_a_readable_packet.hypothesis.inner_test(
        (("worker", "name"), "01-劳动人事争议仲裁申请书.docx"), "None")


def _field(case, path: tuple) -> str | None:
    value = case.model_dump(by_alias=True)
    for part in path:
        value = value[part]
    return value
