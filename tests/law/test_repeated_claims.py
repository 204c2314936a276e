"""The same claim twice is refused with the claim it repeats (attacker, 2026-12-01: two severance claims were
assessed, totalled and filed twice, and the doubled total moved the small-claims verdict)."""

from __future__ import annotations

import copy
import json

import pytest

from lawgen.case import InvalidCase, parse_case
from tests.support.paths import EXAMPLE_CASE

# Example 01: 2025-03-01..2026-08-31, dismissed, no written contract; its claims: unpaid wages
# 2026-07-01..08-31, overtime 2026-06-01..08-31, unlawful-termination damages.
BASE = json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))
WAGES = {"kind": "unpaid_wages", "from": "2026-07-01", "to": "2026-08-31", "amount": "12000"}

TABLE = [
    # (name, claims added to the example's, the error's place and words, or None when the case is valid)
    ("damages twice", [{"kind": "unlawful_termination"}], "claims[3].kind", "与第3项请求相同"),
    ("double wage twice", [{"kind": "no_contract_double_wages"}, {"kind": "no_contract_double_wages"}],
     "claims[4].kind", "与第4项请求相同"),
    ("wages over the same months", [WAGES], "claims[3].from", "与第1项是同一类请求，期间重叠"),
    ("wages overlapping by one day", [{**WAGES, "from": "2026-06-01", "to": "2026-07-01", "amount": "6000"}],
     "claims[3].from", "期间重叠"),
    ("wages for earlier months", [{**WAGES, "from": "2026-05-01", "to": "2026-06-30", "amount": "12000"}],
     None, None),
    ("overtime without dates covers the whole employment", [{"kind": "overtime", "weekday_hours": "10"}],
     "claims[3].from", "与第2项是同一类请求"),
    ("two deposits",
     [{"kind": "deposit_refund", "amount": "500"}, {"kind": "deposit_refund", "amount": "300"}], None, None),
]


@pytest.mark.parametrize(("added", "where", "words"), [row[1:] for row in TABLE],
                         ids=[row[0] for row in TABLE])
def test_a_claim_made_twice_is_refused_with_the_one_it_repeats(added, where, words) -> None:
    data = copy.deepcopy(BASE)
    data["claims"] = [*data["claims"], *added]
    if where is None:
        assert len(parse_case(data).claims) == len(data["claims"])
        return
    with pytest.raises(InvalidCase) as raised:
        parse_case(data)
    errors = raised.value.errors
    assert [e.path for e in errors] == [where]
    assert words in errors[0].message.render("zh")
