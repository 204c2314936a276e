"""One home for labels (lawgen.labels): every member of every closed set has its label, and every parameter
the law can use has a title, so no interface keeps its own copy or shows an id."""

from __future__ import annotations

import pytest

from lawgen import labels
from lawgen.case import ClaimKind, EndReason, EventKind, Occupation, RespondentRole
from lawgen.law import LimitationRule, LimitationStatus, ParameterBook, Route, SmallClaimsStatus
from lawgen.law.final_award import Finality
from lawgen.law.parameters import Status
from lawgen.law.relationship import Category


@pytest.mark.parametrize(
    ("enum", "table"),
    [
        (Occupation, labels.OCCUPATION_LABELS), (RespondentRole, labels.RESPONDENT_ROLE_LABELS),
        (EndReason, labels.END_REASON_LABELS), (EndReason, labels.END_REASON_ANSWERS),
        (ClaimKind, labels.CLAIM_TITLES), (ClaimKind, labels.CLAIM_KIND_LABELS),
        (EventKind, labels.EVENT_LABELS),
        (Route, labels.ROUTE_LABELS), (Category, labels.CATEGORY_LABELS),
        (SmallClaimsStatus, labels.SMALL_CLAIMS_LABELS), (LimitationStatus, labels.LIMITATION_STATUS_LABELS),
        (LimitationRule, labels.LIMITATION_RULE_LABELS), (Finality, labels.FINALITY_LABELS),
        (Status, labels.PARAMETER_STATUS_LABELS),
    ],
)
def test_every_member_has_its_label(enum, table):
    assert set(table) == {member.value for member in enum}


def test_every_parameter_has_a_title():
    # the small-claims ratios too: shown derived, but named by a warning that a value is old (an attacker
    # found «small_claims_mandatory_ratio最后核对于…» in the report of a case judged in 2027-12)
    assert ParameterBook().known_names() <= set(labels.PARAMETER_TITLES)


def test_an_old_value_is_named_in_words() -> None:
    from tests.support.cli import run_check
    from tests.support.paths import EXAMPLES

    ran = run_check(EXAMPLES / "01-food-delivery-unlawful-dismissal.json", "--on", "2027-12-15")
    assert "小额诉讼标的额上限占年平均工资的比例（应当适用）最后核对于" in ran.stdout
    assert "_ratio" not in ran.stdout
