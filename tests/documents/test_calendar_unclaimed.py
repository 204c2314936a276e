"""A claim the facts point to but the case does not make has its own dates in the worker's calendar (filing
clerk, 2026-12-01: the summary named a double wage whose months start running out in 13 days, and the .ics
had no event for it)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from lawgen.calendar import calendar_entries
from lawgen.case import parse_case
from lawgen.law import assess
from tests.support.paths import EXAMPLES


@pytest.mark.parametrize(("example", "expected"), [
    # Example 04 (start 2025-06-01, no written contract, judged 2026-11-28): the double-wage period runs
    # 2025-07-01..2026-05-31. Month by month, November 2025's part is lost a year after 2025-11-30; the last
    # chance, from the period's end: 2026-05-31 + 1 year = 2027-05-31, a Monday.
    ("04-ride-hailing-unclear-relationship.json", [dt.date(2026, 11, 30), dt.date(2027, 5, 31)]),
    # Example 02 makes every claim its facts point to.
    ("02-courier-unpaid-wages-overtime.json", []),
])
def test_a_claim_not_made_has_its_own_dates(example: str, expected: list[dt.date]) -> None:
    data = json.loads((EXAMPLES / example).read_text(encoding="utf-8"))
    entries = [e for e in calendar_entries(assess(parse_case(data))) if e.key.startswith("unclaimed_")]
    assert [e.date for e in entries] == expected
    for entry in entries:
        title = "还没主张的“支付未签订书面劳动合同二倍工资差额”：申请劳动仲裁的时效"
        assert entry.title.render("zh") == title
        assert entry.worker_acts
