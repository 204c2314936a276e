"""Stale law: a value nobody has checked for over a year, or past its known validity, is flagged."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from lawgen.case import load_case
from lawgen.law import assess
from lawgen.law.parameters import ParameterBook, staleness
from lawgen.regions import resolve
from tests.support.paths import EXAMPLE_CASE

# Every shipped value was last checked on 2026-11-01; a year and a day later is 2027-11-02.
CHECKED = dt.date(2026, 11, 1)


def _stale_warnings(on: dt.date) -> list[str]:
    assessment = assess(load_case(EXAMPLE_CASE), on=on)
    return [w.render() for w in assessment.warnings if "可能已过时" in w.render() or "已超出" in w.render()]


def test_fresh_parameters_carry_no_staleness_warning():
    assert _stale_warnings(dt.date(2026, 11, 28)) == []


def test_moving_the_clock_past_a_year_flags_every_used_parameter():
    warnings = _stale_warnings(dt.date(2027, 11, 3))
    assert any("月最低工资标准" in w for w in warnings)
    assert any("月计薪天数" in w for w in warnings)
    assert all("2026-11-01" in w for w in warnings)


def test_exactly_one_year_is_not_yet_stale():
    value = ParameterBook().lookup("min_wage_monthly", resolve("350200"), dt.date(2026, 11, 28))
    assert value.checked_on == CHECKED
    assert staleness(value, dt.date(2027, 11, 1)) is None
    assert staleness(value, dt.date(2027, 11, 3)) is not None


def test_past_known_validity_is_flagged():
    value = ParameterBook().lookup("min_wage_monthly", resolve("350200"), dt.date(2026, 11, 28))
    bounded = replace(value, valid_until=dt.date(2026, 12, 31))
    assert staleness(bounded, dt.date(2026, 12, 31)) is None
    warning = staleness(bounded, dt.date(2027, 1, 1))
    assert warning is not None and "2026-12-31" in warning.render()
