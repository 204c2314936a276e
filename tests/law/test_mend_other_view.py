"""ClaimLimitation.other_view_day: the one home of «another view only when its date differs» (legal-facts
§14.2), which the report's verdict rows, its unclaimed list and the calendar all read."""

import datetime as dt

import pytest

from lawgen.law.limitation import ClaimLimitation, LimitationRule, LimitationStatus

D = dt.date


def _limitation(deadline: dt.date | None, later: dt.date | None) -> ClaimLimitation:
    return ClaimLimitation(LimitationRule.double_wages_27_1, None, deadline, later, LimitationStatus.running,
                           False, (), ())


@pytest.mark.parametrize(("deadline", "later", "other_view_day", "last_day"), [
    # views differ: the later date is the other view's last chance, and the last day
    (D(2026, 3, 1), D(2026, 9, 1), D(2026, 9, 1), D(2026, 9, 1)),
    # views give the same day: no other view, the deadline is the last day
    (D(2026, 3, 1), D(2026, 3, 1), None, D(2026, 3, 1)),
    # one view only
    (D(2026, 3, 1), None, None, D(2026, 3, 1)),
    # no period running
    (None, None, None, None),
])
def test_other_view_day_only_when_the_date_differs(deadline, later, other_view_day, last_day):
    limitation = _limitation(deadline, later)
    assert limitation.other_view_day == other_view_day
    assert limitation.last_day == last_day
