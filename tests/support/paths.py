"""Where the repository's inputs live, for every test layer."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
EXAMPLE_CASE = EXAMPLES / "01-food-delivery-unlawful-dismissal.json"
CASES = ROOT / "tests" / "cases"  # the document tests' extra cases (award with agent, wage IOU)
