"""Invariants of the money rules that hold for any dates and wages (hypothesis): the law's own shape, not a
second implementation of it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from lawgen.law import double_wages, overtime
from lawgen.law import severance as sev
from lawgen.law.periods import add_months, service_length
from lawgen.money import round_fen

DAYS = Decimal("21.75")
wages = st.decimals(min_value=Decimal("100"), max_value=Decimal("80000"), places=2)
days = st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2026, 12, 31))
spans = st.integers(min_value=0, max_value=365 * 30)


def severance_amount(start: dt.date, end: dt.date, wage: Decimal, average: Decimal | None = None) -> Decimal:
    return sev.severance(sev.SeveranceInput(start, end, wage, None, average, Decimal(3), 12)).amount


def longer_service_never_earns_less(start, span, extra):
    # 劳动合同法第四十七条: the months owed grow with the service, by half a month at most per step.
    shorter = sev.severance_months(service_length(start, start + dt.timedelta(days=span)))
    longer = sev.severance_months(service_length(start, start + dt.timedelta(days=span + extra)))
    assert longer >= shorter
    assert shorter * 2 == int(shorter * 2)  # whole or half months only


# The properties below read the same service and wages: one example drawn serves all five (drawing and
# Hypothesis's own work on an example are most of its cost), each property still checked on every example,
# 2,000 in CI.


def damages_are_twice_the_severance(start, span, wage):
    # 第八十七条: 2 × the 第四十七条 amount, rounded once: within one fen of twice the rounded severance.
    end = start + dt.timedelta(days=span)
    severance = sev.severance(sev.SeveranceInput(start, end, wage, None, None, Decimal(3), 12))
    damages = sev.unlawful_termination_damages(severance, Decimal(2))
    assert damages.amount == 2 * severance.amount
    assert abs(round_fen(damages.amount) - 2 * round_fen(severance.amount)) <= Decimal("0.01")


def capped_severance_never_exceeds_twelve_times_three_averages(start, span, wage, average):
    # 第四十七条第二款: with the cap, at most 12 years × 3 × the average; never more than uncapped.
    end = start + dt.timedelta(days=span)
    capped = severance_amount(start, end, wage, average)
    assert capped <= severance_amount(start, end, wage)
    if wage > 3 * average:
        assert capped <= 12 * 3 * average


def double_wages_at_most_eleven_months(start, span, wage):
    # 劳动合同法第八十二条; 实施条例第六条、第七条: from start + 1 month to the day before the one-year mark.
    end = start + dt.timedelta(days=span)
    period = double_wages.double_wage_period(start, None, end, end, 11)
    result = double_wages.double_wages(wage, period, paid_days=DAYS, max_months=11)
    assert result.amount <= 11 * wage + wage / DAYS * 23  # 11 months, or fewer plus a part month's workdays
    if period is not None:
        assert add_months(start, 1) <= period.first <= period.last <= add_months(start, 12) - dt.timedelta(1)
        assert period.whole_months <= 11


def overtime_is_linear_in_each_kind_of_hour(wage, weekday, rest, holiday):
    # 劳动法第四十四条: 150% / 200% / 300% of wage ÷ 21.75 ÷ 8 per hour, each hour the same.
    def pay(w: int, r: int, h: int) -> Decimal:
        return overtime.overtime_pay(wage, Decimal(w), Decimal(r), Decimal(h), paid_days=DAYS,
                                 weekday_multiplier=Decimal("1.5"), rest_day_multiplier=Decimal(2),
                                 holiday_multiplier=Decimal(3)).amount

    hourly = wage / DAYS / 8
    total = pay(weekday, rest, holiday)
    assert abs(total - hourly * (Decimal("1.5") * weekday + 2 * rest + 3 * holiday)) < Decimal("1e-20")
    assert abs(total - (pay(weekday, 0, 0) + pay(0, rest, 0) + pay(0, 0, holiday))) < Decimal("1e-20")


@given(days, spans, spans, wages, wages, st.integers(0, 300), st.integers(0, 300), st.integers(0, 100))
def test_service_severance_damages_the_cap_double_wages_and_overtime_keep_their_shape(
        start, span, extra, wage, average, weekday, rest, holiday):
    # 第四十七条: longer service never earns fewer months, whole or half months only.
    # 第八十七条: 2 × the 第四十七条 amount, rounded once: within one fen of twice the rounded severance.
    # 第四十七条第二款: with the cap, at most 12 years × 3 × the average; never more than uncapped.
    # 劳动合同法第八十二条; 实施条例第六条、第七条: from start + 1 month to the day before the one-year mark.
    # 劳动法第四十四条: overtime pay is linear in each kind of hour.
    longer_service_never_earns_less(start, span, extra)
    damages_are_twice_the_severance(start, span, wage)
    capped_severance_never_exceeds_twelve_times_three_averages(start, span, wage, average)
    double_wages_at_most_eleven_months(start, span, wage)
    overtime_is_linear_in_each_kind_of_hour(wage, weekday, rest, holiday)
