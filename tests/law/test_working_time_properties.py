"""Properties of the working-time rule over arbitrary orders: what any correct count must satisfy."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from lawgen.law.day_class import DayClass
from lawgen.law.working_time import DAY, overtime_split, per_day, union, working_days_time

BASE = dt.datetime(2026, 3, 2).toordinal() * DAY
orders = st.lists(
    st.tuples(st.integers(0, 14 * DAY), st.integers(60, 6 * 3600))
    .map(lambda o: (BASE + o[0], BASE + o[0] + o[1])),
    max_size=25,
)
allowances = st.integers(0, 3600)
windows = st.lists(st.tuples(st.integers(0, 23), st.integers(0, 23)).filter(lambda w: w[0] != w[1])
                   .map(lambda w: (dt.time(w[0]), dt.time(w[1]))), max_size=2)


def weekday_class(day: dt.date) -> DayClass:
    return DayClass.rest_day if day.weekday() >= 5 else DayClass.working_day


# The three properties below read the same orders: one example drawn serves all three (drawing the orders is
# most of an example's cost), each property still checked on every example, 2,000 in CI.


def each_day_is_bounded_and_split_without_loss(blocks, allowance, required):
    days = working_days_time(blocks, allowance, required, weekday_class)
    for day in days:
        assert 0 <= day.order_time <= day.worked <= DAY
        assert day.allowance >= 0 and day.required >= 0
        weekday, rest, holiday = overtime_split(day.day_class, day.worked, 8 * 3600)
        assert weekday + rest + holiday <= day.worked
    # the order time is the union of the orders, whatever the allowance: overlapping orders once
    assert sum(d.order_time for d in days) == sum(e - s for s, e in union(blocks))


def more_allowance_never_counts_less(blocks):
    less = sum(d.worked for d in working_days_time(blocks, 600, (), weekday_class))
    more = sum(d.worked for d in working_days_time(blocks, 1800, (), weekday_class))
    assert less <= more


def splitting_at_midnight_keeps_every_second(blocks):
    merged = union(blocks)
    assert sum(per_day(merged).values()) == sum(e - s for s, e in merged)


@given(orders, allowances, windows)
def test_days_are_bounded_more_allowance_never_counts_less_and_midnight_keeps_every_second(
        blocks, allowance, required):
    each_day_is_bounded_and_split_without_loss(blocks, allowance, required)
    more_allowance_never_counts_less(blocks)
    splitting_at_midnight_keeps_every_second(blocks)
