"""Pay from order records against the minimum wage (劳动法第四十八条; the 2024 MOHRSS guideline: the local
hourly minimum for a category-2 worker), and the twelve-month average income for ``monthly_wage``."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lawgen.law.gig_pay import average_monthly_income, month_pay

D = Decimal


@pytest.mark.parametrize(("income", "hours", "partial", "expected"), [
    # 3,000 yuan over 200 h = 15.00 an hour < Xiamen's 23.5; 3,000 ≥ the monthly 2,265.
    (D("3000"), D("200"), False, (D("15.00"), True, False)),
    # 2,000 over 80 h = 25.00 ≥ 23.5; 2,000 < 2,265.
    (D("2000"), D("80"), False, (D("25.00"), False, True)),
    # a month the records start inside: the monthly comparison is not made
    (D("2000"), D("80"), True, (D("25.00"), False, None)),
    # 100 / 3 h = 33.333… → 33.33 (half-up to the fen)
    (D("100"), D("3"), False, (D("33.33"), False, True)),
])
def test_month_pay(income, hours, partial, expected):
    pay = month_pay("2025-09", income, hours, hourly_minimum=D("23.5"), monthly_minimum=D("2265"),
                    partial=partial)
    assert (pay.hourly_income, pay.below_hourly_minimum, pay.below_monthly_minimum) == expected


def test_unknown_minimum_is_not_compared():
    pay = month_pay("2025-09", D("100"), D("10"), hourly_minimum=None, monthly_minimum=None, partial=False)
    assert (pay.below_hourly_minimum, pay.below_monthly_minimum) == (None, None)


def test_average_counts_the_empty_months_between():
    """January 3,000 and March 4,500, nothing in February: 7,500 / 3 months = 2,500.00."""
    average, months = average_monthly_income({"2025-01": D("3000"), "2025-03": D("4500")})
    assert (average, months) == (D("2500.00"), ["2025-01", "2025-02", "2025-03"])


def test_average_takes_the_last_twelve_months():
    """Fourteen months of 1,000 and a last month of 2,200: the last twelve are 11 × 1,000 + 2,200 = 13,200,
    an average of 1,100.00."""
    incomes = {f"2024-{m:02d}": D("1000") for m in range(1, 13)}
    incomes |= {"2025-01": D("1000"), "2025-02": D("1000"), "2025-03": D("2200")}
    average, months = average_monthly_income(incomes)
    assert (average, months[0], months[-1], len(months)) == (D("1100.00"), "2024-04", "2025-03", 12)
