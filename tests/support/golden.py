"""Golden texts: a rendered document's text compared line by line with a reviewed file in
``tests/documents/golden/`` (regenerated with LAWGEN_UPDATE_GOLDEN=1, then reviewed in the git diff)."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

GOLDEN = Path(__file__).resolve().parents[1] / "documents" / "golden"


def golden_difference(kind: str, case: str, lines: list[str]) -> str | None:
    """The unified diff from ``golden/<kind>--<case>.txt`` to ``lines``, or None when they agree."""
    actual = "\n".join(lines) + "\n"
    golden = GOLDEN / f"{kind}--{case}.txt"
    if os.environ.get("LAWGEN_UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if actual == expected:
        return None
    return "\n".join(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                          f"golden/{golden.name}", "rendered", lineterm=""))
