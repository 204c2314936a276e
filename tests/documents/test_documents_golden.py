"""Golden tests: each document of a fixed case, rendered, compared line by line with a reviewed text.

After a deliberate change, regenerate with LAWGEN_UPDATE_GOLDEN=1 and review the diff in git.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from lawgen.documents.context import BUILDERS
from lawgen.documents.packet import document_text
from lawgen.documents.render import render_docx, template_path
from tests.support.documents_cases import assessment

GOLDEN = Path(__file__).parent / "golden"
# (document, case): the example case for what it produces; variants for the complaint and the agent.
RENDERED = [
    ("arbitration_application", "example"),
    ("inspection_complaint", "example"),
    ("evidence_list", "example"),
    ("procedure_sheet", "example"),
    ("court_complaint", "award-with-agent"),
    ("power_of_attorney", "award-with-agent"),
    ("court_complaint", "wage-iou"),
    ("evidence_list", "wage-iou"),  # the IOU added to a list that lacks it
    ("procedure_sheet", "award-with-agent"),  # after an award: the deadline to sue, no arbitration steps
    ("procedure_sheet", "wage-iou"),  # the property-case fee and its computation
    ("summary", "example"),
    ("summary", "award-with-agent"),
]


@pytest.mark.parametrize(("kind", "case"), RENDERED)
def test_document_matches_golden_text(kind: str, case: str, tmp_path: Path) -> None:
    path = tmp_path / f"{kind}.docx"
    path.write_bytes(render_docx(template_path(kind), BUILDERS[kind](assessment(case))))
    actual = "\n".join(document_text(path)) + "\n"
    golden = GOLDEN / f"{kind}--{case}.txt"
    if os.environ.get("LAWGEN_UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "\n".join(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                              f"golden/{golden.name}", "rendered", lineterm=""))
        pytest.fail(f"{kind} ({case}) differs from its golden text:\n{diff}")
