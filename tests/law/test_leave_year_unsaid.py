"""Unused annual leave claimed without its year when the work has ended (a filing clerk: example 06 claimed
all ten days of 2026 for a driver who left on 30 September). 企业职工带薪年休假实施办法第十二条 pro-rates the
year of leaving; lawgen does not guess the year, it says what that year's leave would come to and asks for the
year. Judged on 2026-11-28."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.support.case_builder import assessed

ROWS = [
    # Left 2026-09-30 after 12 years worked in all → 10 days a year (条例第三条); Jan 1–Sep 30 = 273 days:
    # 273 ÷ 365 × 10 = 7.48 → 7 whole days. 10 claimed without a year: the note names 7; the amount stays
    # 12000 ÷ 21.75 × 10 × 200% = 11034.48 (the year may be an earlier one).
    ("ten-days-no-year", {"start_date": "2014-03-01", "end_date": "2026-09-30", "monthly_wage": "12000",
                          "total_years_worked": 12},
     {"kind": "unused_annual_leave", "days": 10}, "11034.48", ["只有7天（273天÷365天×10天", "请写明年度"]),
    # The same with the year said: pro-rated to 7 days: 12000 ÷ 21.75 × 7 × 200% = 7724.14, no note.
    ("ten-days-2026", {"start_date": "2014-03-01", "end_date": "2026-09-30", "monthly_wage": "12000",
                       "total_years_worked": 12},
     {"kind": "unused_annual_leave", "days": 10, "year": 2026}, "7724.14", None),
    # Example 06's shape: the year said, the total years worked not known; 14 full years here (2012-03-01 to
    # 2026-09-30) → at least 10 days a year → 7 for 2026. Not capped (more years elsewhere may give 15 days),
    # so 11034.48 as claimed, with the note that the year of leaving comes to 7 on the years here.
    ("year-said-total-unknown",
     {"start_date": "2012-03-01", "end_date": "2026-09-30", "monthly_wage": "12000"},
     {"kind": "unused_annual_leave", "days": 10, "year": 2026}, "11034.48",
     ["只有7天（273天÷365天×10天", "按在本单位工作14年计", "累计工作年限更长的"]),
    # 5 days claimed for no year after 3 full years here (2023-06-01 to 2026-09-30), total unknown:
    # 5 days a year, 273 ÷ 365 × 5 = 3.74 → 3; 5 > 3, so the note; 6525 ÷ 21.75 × 5 × 200% = 3000.00.
    ("five-days-no-year", {"start_date": "2023-06-01", "end_date": "2026-09-30", "monthly_wage": "6525"},
     {"kind": "unused_annual_leave", "days": 5}, "3000.00",
     ["只有3天（273天÷365天×5天", "按在本单位工作3年计"]),
    # 3 days claimed, no year: not more than the year of leaving gives (3), no note; 300 × 3 × 2 = 1800.00.
    ("within-the-year", {"start_date": "2023-06-01", "end_date": "2026-09-30", "monthly_wage": "6525"},
     {"kind": "unused_annual_leave", "days": 3}, "1800.00", None),
    # An earlier year named: Art 12 is not about it, no note; 300 × 5 × 2 = 3000.00.
    ("an-earlier-year", {"start_date": "2023-06-01", "end_date": "2026-09-30", "monthly_wage": "6525"},
     {"kind": "unused_annual_leave", "days": 5, "year": 2025}, "3000.00", None),
]


@pytest.mark.parametrize(("employment", "claim", "amount", "note"), [row[1:] for row in ROWS],
                         ids=[row[0] for row in ROWS])
def test_the_year_of_leaving_is_named_when_the_claim_does_not_say_its_year(employment, claim, amount, note):
    result = assessed(employment=employment, claims=[claim])
    verdict = result.claims[0]
    assert verdict.amount == Decimal(amount)
    notes = [n.render() for n in verdict.notes]
    said = [n for n in notes if "离职当年" in n and "第十二条" in n and "已工作时间折算只有" in n]
    if note is None:
        assert not said
    else:
        assert len(said) == 1 and "企业职工带薪年休假实施办法第十二条" in said[0], notes
        assert all(part in said[0] for part in note), said[0]
