"""Law messages carry no interface text (issue 10 §1): no option, no field path, no parameter id in a reason,
warning, step or hint a volunteer or worker reads; the CLI adds its own words to a hint."""

from __future__ import annotations

import re

import pytest

from lawgen.case import load_case
from lawgen.law import assess
from tests.support.case_builder import assessed
from tests.support.paths import EXAMPLES

# An option, a parameter id (snake_case) or a field path of the case file.
FIELDS = "procedure|employment|claims|worker|respondents|relationship"
INTERFACE = re.compile(rf"--[a-z]|[a-z]+_[a-z]+|\b({FIELDS})[.\[]")


def texts(result) -> list[str]:
    messages = [*result.warnings, *result.route_reasons, *result.small_claims.reasons,
                *result.final_award.reasons, *result.limitation.reasons, *result.relationship.reasons,
                *(h.message for h in result.hints)]
    for claim in result.claims:
        messages += [*claim.notes, *(claim.limitation.reasons if claim.limitation else ()),
                     *(claim.limitation.warnings if claim.limitation else ())]
    for step in result.timeline:
        messages += [step.title, *([step.note] if step.note else [])]
    sources = {p.source for p in result.parameters}
    rendered = []
    for message in messages:
        for lang in ("zh", "en"):
            text = message.render(lang)
            for source in sources:  # a cited source is quoted as published
                text = text.replace(source, "")
            rendered.append(text)
    return rendered


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_no_interface_text_in_any_example(example):
    leaks = [t for t in texts(assess(load_case(example))) if INTERFACE.search(t)]
    assert leaks == []


def test_no_interface_text_where_hints_are_asked():
    # A long service with no city average, an unknown leave year, an expired double wage: every hint fires.
    result = assessed(employment={"start_date": "2011-07-01", "monthly_wage": "30000",
                                  "written_contract": False, "contract_signed_on": "2012-01-01",
                                  "end_reason": "mutual"},
                      claims=[{"kind": "severance"}, {"kind": "unused_annual_leave", "days": 5},
                              {"kind": "no_contract_double_wages"}])
    assert {h.need.value for h in result.hints} >= {"parameter", "leave_year", "interruptions"}
    assert [t for t in texts(result) if INTERFACE.search(t)] == []
