"""Property tests over the case model and the assessment: whatever a field holds, the result is either a
valid case whose text a .docx can carry, or InvalidCase naming the field — never another exception.
"""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from lawgen.case import InvalidCase, parse_case
from tests.support.case_checks import TEXT_FIELDS, assert_clear_errors, sound_assessment
from tests.support.paths import EXAMPLE_CASE
from tests.support.strategies import hostile_text

BASE_TEXT = EXAMPLE_CASE.read_text(encoding="utf-8")

ANY_FIELDS = TEXT_FIELDS + [
    ("region",), ("prepared_on",), ("worker", "gender"), ("worker", "id_number"), ("worker", "phone"),
    ("worker", "occupation"), ("respondents", 0, "role"), ("respondents", 0, "credit_code"),
    ("employment", "start_date"), ("employment", "end_date"), ("employment", "end_reason"),
    ("employment", "written_contract"), ("employment", "monthly_wage"), ("claims", 0, "amount"),
    ("claims", 0, "from"), ("claims", 0, "to"), ("claims", 1, "weekday_hours"), ("claims", 2, "kind"),
    ("evidence", 0, "pages"), ("procedure", "knew_on"), ("relationship", "can_refuse_orders"),
]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | hostile_text
    | st.dates().map(dt.date.isoformat) | st.decimals(allow_nan=False, allow_infinity=False).map(str),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


def _with(path: tuple, value: object) -> dict:
    data = json.loads(BASE_TEXT)  # a fresh copy, three times as fast as copy.deepcopy
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return data


def _check(data: dict) -> None:
    try:
        case = parse_case(data)
    except InvalidCase as error:
        assert_clear_errors(error)
        return
    sound_assessment(case)


# Any text in any text field: the hostile-text property of test_properties_pipeline.py, over the same
# TEXT_FIELDS, makes these checks (tests.support.case_checks) on every example before it renders the packet.


def any_json_value_in_any_field(path, value):
    _check(_with(path, value))


def any_wage_hours_and_dates(wage, hours, start, length):
    data = _with(("employment", "monthly_wage"), wage)
    data["employment"]["start_date"] = start.isoformat()
    data["employment"]["end_date"] = (start + dt.timedelta(days=length)).isoformat()
    data["claims"] = [{"kind": "overtime", "weekday_hours": hours}, {"kind": "severance"}]
    _check(data)


def any_claim_list(kinds):
    claims = []
    for kind in kinds:
        claim: dict = {"kind": kind}
        if kind in ("unpaid_wages", "deposit_refund", "other"):
            claim["amount"] = "1000.00"
        if kind == "other":
            claim["title"] = "其他请求"
        if kind == "unused_annual_leave":
            claim["days"] = 5
        claims.append(claim)
    _check(_with(("claims",), claims))


# The three properties draw apart but run on one example: Hypothesis's own work on an example (its draws,
# the mutations it tries, the tree of what it has seen) cost as much as the checks, so one example serves
# all three, each still checked on every example, 2,000 in CI.
@given(
    path=st.sampled_from(ANY_FIELDS), value=json_values,
    wage=st.decimals(min_value=0, max_value=10**9, places=2).map(str),
    hours=st.integers(min_value=0, max_value=2500),
    start=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2026, 11, 28)),
    length=st.integers(min_value=0, max_value=9000),
    kinds=st.lists(st.sampled_from(
        ["unpaid_wages", "overtime", "no_contract_double_wages", "severance", "unlawful_termination",
         "unused_annual_leave", "deposit_refund", "confirm_relationship", "other", "nonsense"]), max_size=6),
)
def test_any_json_value_in_any_field_any_wage_hours_and_dates_and_any_claim_list(
        path, value, wage, hours, start, length, kinds):
    any_json_value_in_any_field(path, value)
    any_wage_hours_and_dates(wage, hours, start, length)
    any_claim_list(kinds)


# Failures Hypothesis found, kept as regular tests.
def test_found_region_that_is_not_text():
    _check(_with(("region",), None))


def test_found_region_that_is_long_garbage():
    _check(_with(("region",), "x" * 1000))


def test_found_claim_kind_that_is_a_list():
    _check(_with(("claims", 2, "kind"), []))
