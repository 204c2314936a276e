"""Pay from the order records against the minimum wage, and the average monthly income.

劳动法第四十八条: “用人单位支付劳动者的工资不得低于当地最低工资标准。”
人力资源社会保障部《新就业形态劳动者休息和劳动报酬权益保障指引》（2024年2月） [secondary]:
    “不完全符合确立劳动关系情形但企业进行劳动管理的，适用劳动者实际工作地人民政府规定的小时最低工资标准。”
So income per hour worked is compared with the local hourly minimum (for a category-2 worker), and a month's
income with the monthly minimum (for a worker in a labor relationship). Both standards, as Fujian sets
them, include social-insurance contributions (§10.1 of lawgen's legal-facts review), and order fees may not
be all the worker was paid (bonuses, deductions): the comparison is evidence to weigh, not an amount owed.

劳动合同法第四十七条第三款 and the case format take the monthly wage as the average of the last twelve
months (fewer when the work was shorter); from records that is the fee income of the months worked.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


@dataclass(frozen=True)
class MonthPay:
    month: str  # YYYY-MM
    income: Decimal
    hours: Decimal
    hourly_income: Decimal | None  # None when no hours were worked
    below_hourly_minimum: bool | None  # None when the minimum is unknown
    below_monthly_minimum: bool | None
    partial: bool  # the records start or end inside this month: the monthly comparison is not fair


def month_pay(
    month: str,
    income: Decimal,
    hours: Decimal,
    *,
    hourly_minimum: Decimal | None,
    monthly_minimum: Decimal | None,
    partial: bool,
) -> MonthPay:
    """A month's income per hour against the hourly minimum and its total against the monthly one."""
    hourly = (income / hours).quantize(CENT, ROUND_HALF_UP) if hours > 0 else None
    below_hour = None if hourly is None or hourly_minimum is None else hourly < hourly_minimum
    below_month = None if monthly_minimum is None or partial else income < monthly_minimum
    return MonthPay(month, income, hours, hourly, below_hour, below_month, partial)


def average_monthly_income(incomes: dict[str, Decimal], months: int = 12) -> tuple[Decimal, list[str]]:
    """The average over the last ``months`` calendar months that have records, and which months those are.

    Months between the first and the last month with records count even when empty (the worker was not
    paid then): the average is over the calendar, not over the good months only.
    """
    if not incomes:
        return Decimal(0), []
    ordered = sorted(incomes)
    window = _calendar_months(ordered[0], ordered[-1])[-months:]
    total = sum((incomes.get(m, Decimal(0)) for m in window), Decimal(0))
    return (total / len(window)).quantize(CENT, ROUND_HALF_UP), window


def _calendar_months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:])
    end_year, end_month = int(last[:4]), int(last[5:])
    result = []
    while (year, month) <= (end_year, end_month):
        result.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result
