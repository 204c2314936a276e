"""The worker's summary when an amount is not known yet (an overtime claim without its hours): the
small-claims verdict is pending (民事诉讼法第一百六十五条 goes by the amount), so the summary must not tell
the worker the case will not use small claims (it fell through to «不用小额诉讼» when the engine learned
to leave such an amount open)."""

from __future__ import annotations

from lawgen.documents.summary import worker_answers
from lawgen.law.small_claims import SmallClaimsStatus
from tests.support.case_builder import assessed

MEANING = "小额诉讼、终局裁决对我意味着什么？"


def test_a_pending_amount_says_small_claims_is_decided_once_it_is_known():
    # unpaid wages 9,000 (within every limit) and overtime with no hours: the total known is 9,000.
    result = assessed(claims=[
        {"kind": "unpaid_wages", "from": "2026-07-01", "to": "2026-08-31", "amount": "9000"},
        {"kind": "overtime", "from": "2026-06-01", "to": "2026-08-31"},
    ])
    assert result.small_claims.status is SmallClaimsStatus.pending
    meaning = dict(worker_answers(result))[MEANING]
    assert "算出来以后才知道到了法院用不用小额诉讼" in meaning
    assert "不用小额诉讼" not in meaning.replace("用不用小额诉讼", "")
