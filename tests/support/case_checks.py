"""What a case parsed from any input, and its assessment, must satisfy (the hardening properties): either
InvalidCase listing errors that render in both languages, or a case whose text a .docx can carry and an
assessment that serialises, with no negative total — never another exception."""

from __future__ import annotations

import json
import re

from lawgen.case import Case, InvalidCase
from lawgen.law import Assessment, MissingParameter, assess

# Every free-text field of a case (the example case has one respondent and evidence to hold them).
TEXT_FIELDS = [
    ("worker", "name"), ("worker", "ethnicity"), ("worker", "address"),
    ("respondents", 0, "name"), ("respondents", 0, "legal_representative"),
    ("respondents", 0, "address"), ("employment", "workplace"), ("facts",),
    ("evidence", 0, "name"), ("evidence", 0, "proves"), ("evidence", 0, "source"),
]
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def case_texts(case: Case) -> list[str]:
    worker, respondent = case.worker, case.respondents[0]
    values = [worker.name, worker.ethnicity, worker.address, respondent.name, respondent.address,
              respondent.legal_representative, case.facts, case.employment.workplace]
    values += [e.name for e in case.evidence] + [e.proves for e in case.evidence]
    return [v for v in values if v]


def assert_clear_errors(error: InvalidCase) -> None:
    assert error.errors, "InvalidCase must list at least one error"
    for e in error.errors:
        assert e.render("zh") and e.render("en")


def sound_assessment(case: Case) -> Assessment | None:
    """The case's assessment after the checks above; None where a parameter the case needs is missing
    (its message checked)."""
    for text in case_texts(case):
        assert not XML_FORBIDDEN.search(text), "a .docx cannot hold this character"
    try:
        assessment = assess(case)
    except MissingParameter as missing:
        assert missing.message().render()
        return None
    json.dumps(assessment.as_json())  # serialisable, no Decimal or date left raw
    assert assessment.total >= 0
    return assessment
