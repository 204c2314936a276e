"""Cases the document tests share: the spec's example and variants of it (tests/cases/)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
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


def variant(name: str, change: Callable[[dict], object] = lambda data: None) -> dict:
    """A copy of the case ``name`` changed in place by ``change``."""
    data = copy.deepcopy(case_data(name))
    change(data)
    return data


def employer_address(address: str | None) -> Callable[[dict], object]:
    """A change for ``variant``: the first respondent's address (None: no address)."""
    def change(data: dict) -> None:
        data["respondents"][0]["address"] = address
    return change


def addressee(text: list[str]) -> str:
    """The line after «此致» in a document's text: the body a filing is addressed to."""
    return text[[line.strip("　 ") for line in text].index("此致") + 1]
