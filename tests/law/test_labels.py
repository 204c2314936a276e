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
    ratios = {"small_claims_mandatory_ratio", "small_claims_consent_ratio"}  # only ever shown derived
    assert ParameterBook().known_names() - ratios <= set(labels.PARAMETER_TITLES)


def test_the_wizard_and_the_documents_name_an_occupation_alike():
    # Issue 10: instant_delivery was 网约配送员 in the wizard and 即时配送员 in the documents.
    from lawgen.documents.fields import OCCUPATION_LABELS
    from lawgen.wizard.steps import OCCUPATIONS

    assert dict(OCCUPATIONS)["instant_delivery"] == OCCUPATION_LABELS["instant_delivery"] == "即时配送员"
