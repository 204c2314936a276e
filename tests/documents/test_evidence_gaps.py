"""What `generate` says it added to the evidence list: the document a direct suit stands on, named as what it
is. A clerk found a case with an unhonoured mediation agreement told «案件记有工资欠条…已补上“工资欠条”»
(the list itself rightly added the agreement); an enforcement packet's list, which is the decision's, gave
the same false line."""

from __future__ import annotations

import json

import pytest

from lawgen.documents.gaps import filing_gaps
from tests.support.documents_cases import assessment_of
from tests.support.paths import CASES

IOU_LINE = "案件记有工资欠条，证据中没有列出：已在证据清单中补上“工资欠条”，请核对"
AGREEMENT_LINE = "案件记有未履行的调解协议，证据中没有列出：已在证据清单中补上“调解协议书”，请核对"


def _case(name: str, **changes) -> dict:
    data = json.loads((CASES / name).read_text(encoding="utf-8"))
    data.update(changes)
    return data


@pytest.mark.parametrize(("data", "expected"), [
    # the agreement (2026-10-12, due 2026-10-31, 2,000 of 9,000 paid) not among the evidence
    (_case("mediation-unhonoured.json"), [AGREEMENT_LINE]),
    (_case("wage-iou.json", evidence=[]), [IOU_LINE]),
    (_case("final-award-unpaid.json"), []),  # enforcement: the award and its proofs are the list
])
def test_the_added_evidence_is_named_as_what_it_is(data: dict, expected: list[str]) -> None:
    lines = [gap.render("zh") for gap in filing_gaps(assessment_of(data))]
    assert [line for line in lines if line.startswith("案件记有")] == expected
