"""Figures derived from parameters that more than one reader needs: the assessment, the guide.

Each is computed here once; readers never redo the arithmetic.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lawgen.law.parameters import ParameterBook, ParameterValue
from lawgen.money import format_amount, round_fen
from lawgen.regions import Region


class ParameterLog:
    """Parameter lookups for one region and date, remembering each value used (in order, once each)."""

    def __init__(self, book: ParameterBook, region: Region, on: dt.date) -> None:
        self.book, self.region, self.on = book, region, on
        self.values: dict[tuple[str, dt.date], ParameterValue] = {}
        self._seen: dict[tuple[str, dt.date], ParameterValue] = {}  # lookups already made, in order

    def get(self, name: str, on: dt.date | None = None) -> ParameterValue:
        key = (name, on or self.on)
        value = self._seen.get(key)
        if value is None:
            value = self._seen[key] = self.book.lookup(name, self.region, on or self.on)
        self.values.setdefault((name, value.effective_from), value)
        return value

    def find(self, name: str, on: dt.date | None = None) -> ParameterValue | None:
        value = self.book.find(name, self.region, on or self.on)
        if value is not None:
            self.values.setdefault((name, value.effective_from), value)
        return value

    def decimal(self, name: str, on: dt.date | None = None) -> Decimal:
        return self.get(name, on).value


def final_award_cap(
    log: ParameterLog, on: dt.date | None = None
) -> tuple[Decimal, ParameterValue, Decimal] | None:
    """(cap, the minimum wage used, months): 12 × the local monthly minimum wage in force on ``on`` (the award
    date, else the judging date), applied to each item — 调解仲裁法第四十七条第（一）项; 劳动争议解释（一）
      第十九条.
    None when the region's minimum wage is not known for that day."""
    months = log.decimal("final_award_cap_months", on)
    minimum = log.find("min_wage_monthly", on)
    if minimum is None:
        return None
    return round_fen(months * minimum.value), minimum, months


def small_claims_limit(log: ParameterLog, name: str, ratio_name: str) -> ParameterValue:
    """A published threshold when the region has one; else the ratio × the latest published average wage
    (民诉法解释第二百七十二条), carrying the average wage's status and source."""
    explicit = log.find(name)
    if explicit is not None:
        return explicit
    ratio = log.get(ratio_name)
    wage = log.get("small_claims_avg_wage")
    value = round_fen(ratio.value * wage.value)
    year = f"{wage.statistic_year}年" if wage.statistic_year else ""
    derived = ParameterValue(
        name=name,
        region=wage.region,
        value=value,
        effective_from=wage.effective_from,
        # The average wage's own citation is listed (and warned about) once, as small_claims_avg_wage.
        source=(f"{ratio.source}：{year}平均工资{format_amount(wage.value)}元×"
                f"{format(ratio.value.normalize(), 'f')}"),
        status=wage.status,
        checked_on=wage.checked_on,
        date_note=wage.date_note,
        alternatives=tuple(round_fen(ratio.value * a) for a in wage.alternatives),
        statistic_year=wage.statistic_year,
        derived_from=wage.name,
    )
    log.values.setdefault((name, derived.effective_from), derived)
    return derived
