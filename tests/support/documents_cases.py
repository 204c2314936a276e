"""Cases the document tests share: the spec's example and variants of it (tests/cases/)."""

from __future__ import annotations

import json
from pathlib import Path

from lawgen.case import parse_case
from lawgen.law import Assessment, assess

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "01-food-delivery-unlawful-dismissal.json"
CASES = Path(__file__).resolve().parents[1] / "cases"


def case_data(name: str = "example") -> dict:
    path = EXAMPLE if name == "example" else CASES / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def assessment_of(data: dict) -> Assessment:
    return assess(parse_case(data))


def assessment(name: str = "example") -> Assessment:
    return assessment_of(case_data(name))
