"""What a filing clerk found reading today's packets page by page: each finding as a test on the text a
worker or a clerk reads."""

from __future__ import annotations

import pytest

from lawgen.case import load_case
from lawgen.documents.summary import worker_answers
from lawgen.law import assess
from tests.support.paths import EXAMPLES


def _summary(path) -> dict[str, str]:
    return dict(worker_answers(assess(load_case(path))))


@pytest.mark.parametrize(("example", "says", "never"), [
    # Judged 2026-11-28; the double wages' limitation ends 2026-11-30 (2 days, ≤ 30), before the demand
    # letter's day to pay (2026-11-28 + 7 = 2026-12-05): apply first, the letter the same day at the earliest.
    ("03-food-delivery-no-contract.json", "最迟在2026年11月30日当天先申请仲裁", "先把催告函"),
    # Judged 2026-11-28; the limitation ends 2027-08-31 (276 days off): the letter first is safe.
    ("01-food-delivery-unlawful-dismissal.json", "先把催告函", "先申请仲裁"),
])
def test_a_near_limitation_puts_arbitration_before_the_demand_letter(example, says, never):
    step = _summary(EXAMPLES / example)["第一步做什么？"]
    assert says in step
    assert never not in step
