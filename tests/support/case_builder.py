"""Small case files for the law tests: a valid base case that each test changes in one or two places."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from lawgen.case import Case, parse_case
from lawgen.law import Assessment, ParameterBook, assess

BASE: dict[str, Any] = {
    "format": "lawgen.case/1",
    "region": "350203",
    "prepared_on": "2026-11-28",
    "worker": {"name": "林小海", "gender": "男"},
    "respondents": [{"name": "厦门速达即时配送服务有限公司", "role": "outsourcer"}],
    "employment": {
        "start_date": "2025-03-01",
        "end_date": "2026-08-31",
        "end_reason": "dismissed",
        "written_contract": True,
        "monthly_wage": "6000.00",
    },
    "relationship": {
        "company_sets_schedule": True,
        "company_rules_and_penalties": True,
        "company_pays_worker": True,
        "work_is_company_business": True,
    },
    "claims": [{"kind": "unpaid_wages", "from": "2026-07-01", "to": "2026-08-31", "amount": "12000.00"}],
}


def case_dict(**changes: Any) -> dict[str, Any]:
    """The base case with top-level keys replaced; dict values are merged one level deep.

    ``employment={"end_date": None}`` removes a key.
    """
    data = copy.deepcopy(BASE)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            merged = {**data[key], **value}
            data[key] = {k: v for k, v in merged.items() if v is not None}
        else:
            data[key] = value
    return data


def build(**changes: Any) -> Case:
    return parse_case(case_dict(**changes))


def assessed(on: str | None = None, book: ParameterBook | None = None, **changes: Any) -> Assessment:
    day = dt.date.fromisoformat(on) if on else None
    return assess(build(**changes), on=day, book=book)


def amounts(assessment: Assessment) -> list[str]:
    return [f"{c.amount:.2f}" if c.amount is not None else "—" for c in assessment.claims]
