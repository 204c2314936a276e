"""Every example case against its hand-checked key figures (tests/law/expected/*.json, the computation written
out in each file's ``hand`` list), and the acceptance check of issue 2 through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawgen.case import load_case
from lawgen.cli import main
from lawgen.law import ParameterBook, assess
from lawgen.money import format_amount, plain
from tests.support.cli import run_check

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = sorted((Path(__file__).parent / "expected").glob("*.json"))


def test_every_example_has_an_expectation():
    examples = {p.name for p in (ROOT / "examples").glob("*.json")}
    covered = {json.loads(p.read_text(encoding="utf-8"))["case"] for p in EXPECTED}
    assert examples == covered
    assert len(examples) >= 7


@pytest.mark.parametrize("expected_file", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_example(expected_file):
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    book = ParameterBook()
    for name, value in expected.get("set", {}).items():
        book = book.with_override(name, value, "测试")
    result = assess(load_case(ROOT / "examples" / expected["case"]), book=book)
    assert plain(result.total) == expected["total"]
    assert [
        {"kind": c.kind.value, "amount": plain(c.amount) if c.amount is not None else None,
         "final_award_item": c.final_award_item}
        for c in result.claims
    ] == expected["claims"]
    assert result.small_claims.status.value == expected["small_claims"]
    deadline = result.limitation.deadline.isoformat() if result.limitation.deadline else None
    assert {"status": result.limitation.status.value, "deadline": deadline} == expected["limitation"]
    assert [r.value for r in result.routes] == expected["routes"]
    assert result.relationship.category.value == expected["relationship"]
    if "warning_contains" in expected:
        assert any(expected["warning_contains"] in w.render() for w in result.warnings)


def test_acceptance_check_of_the_spec_example():
    result = run_check(ROOT / "examples" / "01-food-delivery-unlawful-dismissal.json", "--json",
                       fresh_process=True)  # as a user runs it, in a process of its own
    assert result.returncode == 0, result.stderr
    assessment = json.loads(result.stdout)
    assert assessment["format"] == "lawgen.assessment/1"
    assert assessment["total"] == "40500.00"
    assert all(c["final_award_item"] for c in assessment["claims"]) and len(assessment["claims"]) == 3
    assert assessment["final_award"]["cap"] == "27180.00"
    assert assessment["small_claims"]["status"] == "applies"
    assert assessment["limitation"]["deadline"] == "2027-08-31"


@pytest.mark.parametrize("example", sorted((ROOT / "examples").glob("*.json")), ids=lambda p: p.stem)
def test_report_prints_for_every_example(example, capsys):
    assert main(["--lang", "zh", "check", str(example)]) == 0
    output = capsys.readouterr().out
    assert "合计" in output and format_amount(assess(load_case(example)).total) in output
