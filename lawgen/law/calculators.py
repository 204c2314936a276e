"""The money rules: pure functions over plain values, each citing the article it implements.

Amounts stay unrounded here; the assessment rounds each claim once, half-up to the fen. Every result
carries the formula with its numbers, as a filing must show how an amount was computed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from lawgen.i18n import N_, Msg, MsgList, msg
from lawgen.law.holidays import working_days
from lawgen.law.periods import ONE_DAY, Service, add_months, service_length
from lawgen.money import format_amount


@dataclass(frozen=True)
class Computation:
    amount: Decimal
    formula: Msg  # the computation with its numbers, as filings print it (Chinese) or a screen shows it
    basis: tuple[str, ...]
    notes: tuple[Msg, ...] = field(default_factory=tuple)


def _num(value: Decimal) -> str:
    """A figure as written inside a formula, without trailing zeros (``21.75``, ``150``)."""
    return format(value.normalize(), "f")


def overtime_pay(
    monthly_wage: Decimal,
    weekday_hours: Decimal,
    rest_day_hours: Decimal,
    holiday_hours: Decimal,
    *,
    paid_days: Decimal,
    weekday_multiplier: Decimal,
    rest_day_multiplier: Decimal,
    holiday_multiplier: Decimal,
) -> Computation:
    """Overtime pay (加班费) — 劳动法第四十四条; hourly base per 劳社部发〔2008〕3号."""
    weighted = (
        weekday_multiplier * weekday_hours
        + rest_day_multiplier * rest_day_hours
        + holiday_multiplier * holiday_hours
    )
    amount = monthly_wage * weighted / (paid_days * 8)
    terms = tuple(
        msg("{hours}小时×{percent}%", hours=_num(h), percent=_num(m * 100))
        for h, m in (
            (weekday_hours, weekday_multiplier),
            (rest_day_hours, rest_day_multiplier),
            (holiday_hours, holiday_multiplier),
        )
        if h
    )
    formula = msg(
        "月工资{wage}元÷{days}天÷8小时×（{terms}）＝{amount}元",
        wage=format_amount(monthly_wage), days=_num(paid_days), terms=MsgList(terms),
        amount=format_amount(amount),
    )
    basis = [N_("劳动法第四十四条"), N_("劳社部发〔2008〕3号")]
    return Computation(amount, formula, tuple(basis))


@dataclass(frozen=True)
class DoubleWagePeriod:
    first: dt.date
    last: dt.date
    whole_months: int
    extra_working_days: int
    calendar_covered: bool = True  # False: a year chinesecalendar does not know yet, weekends only


def double_wage_period(
    start: dt.date, signed_on: dt.date | None, end: dt.date | None, judged_on: dt.date, max_months: int
) -> DoubleWagePeriod | None:
    """The no-contract double-wage period — 劳动合同法第八十二条; 实施条例第六条、第七条.

    From the day after the first month (start + 1 month) to the day before signing, the day before the
    one-year mark, or the last day worked, whichever comes first; at most ``max_months`` whole months.
    """
    first = add_months(start, 1)
    stops = [add_months(start, 12) - ONE_DAY, judged_on]
    if signed_on:
        stops.append(signed_on - ONE_DAY)
    if end:
        stops.append(end)
    last = min(stops)
    if last < first:
        return None
    length = service_length(first, last)
    months = min(length.months, max_months)
    leftover_first = add_months(first, months)
    extra, covered = 0, True
    if months < max_months and leftover_first <= last:
        extra, covered = working_days(leftover_first, last)
    return DoubleWagePeriod(first, last, months, extra, covered)


def double_wages(
    monthly_wage: Decimal, period: DoubleWagePeriod | None, *, paid_days: Decimal, max_months: int
) -> Computation:
    """The extra 1× wage per month without a written contract (二倍工资差额) — 劳动合同法第八十二条.

    Month by month; a part month by its working days (劳动争议解释（二）第六条, secondary source).
    """
    basis = (N_("劳动合同法第八十二条"), N_("劳动合同法实施条例第六条、第七条"))
    if period is None:
        return Computation(
            Decimal(0),
            msg("书面合同在用工之日起一个月内订立（或用工未满一个月），无二倍工资差额"),
            basis,
            (msg("书面劳动合同在用工之日起一个月内订立或用工未满一个月的，不产生二倍工资差额（劳动合同法第十条、第八十二条）"),),
        )
    amount = monthly_wage * period.whole_months + monthly_wage / paid_days * period.extra_working_days
    values = dict(first=period.first, last=period.last, wage=format_amount(monthly_wage),
                  months=period.whole_months, amount=format_amount(amount))
    if period.extra_working_days:
        formula = msg("{first}至{last}：月工资{wage}元×{months}个月＋{wage}元÷{days}天×{workdays}个工作日"
                      "＝{amount}元",
                      days=_num(paid_days), workdays=period.extra_working_days, **values)
    else:
        formula = msg("{first}至{last}：月工资{wage}元×{months}个月＝{amount}元", **values)
    notes: tuple[Msg, ...] = ()
    if period.whole_months >= max_months:
        notes = (msg("二倍工资差额最多计算{months}个月（劳动合同法实施条例第七条）", months=max_months),)
    if not period.calendar_covered:
        notes += (msg("节假日安排尚未覆盖{year}年，不足一个月部分的工作日仅按周末计算，请核对",
                      year=period.last.year),)
    return Computation(amount, formula, basis, notes)


@dataclass(frozen=True)
class SeveranceInput:
    start: dt.date
    end: dt.date
    monthly_wage: Decimal
    min_wage: Decimal | None
    city_avg_monthly_wage: Decimal | None
    cap_multiple: Decimal
    max_years: int


def severance_months(service: Service, *, capped_years: int | None = None) -> Decimal:
    """Months of wage owed — 劳动合同法第四十七条第一款.

    One per full year; a remainder of six months or more (“六个月以上”, inclusive) counts as a year;
    a remainder under six months earns half a month. With the wage cap, years stop at ``capped_years``.
    """
    years = Decimal(service.years)
    remainder = service.remainder_months, service.days
    if remainder[0] >= 6:
        years += 1
    elif remainder != (0, 0):
        years += Decimal("0.5")
    if capped_years is not None:
        years = min(years, Decimal(capped_years))
    return years


def severance(data: SeveranceInput) -> Computation:
    """Economic compensation (经济补偿) — 劳动合同法第四十七条; floor: 实施条例第二十七条."""
    service = service_length(data.start, data.end)
    basis = [N_("劳动合同法第四十六条"), N_("劳动合同法第四十七条")]
    notes: list[Msg] = []
    wage = data.monthly_wage
    wage_text = msg("月工资{wage}元", wage=format_amount(wage))
    if data.min_wage is not None and wage < data.min_wage:
        wage = data.min_wage
        wage_text = msg("当地最低工资{wage}元（实际月工资低于最低工资标准）", wage=format_amount(wage))
        basis.append(N_("劳动合同法实施条例第二十七条"))
        notes.append(msg("月工资低于当地最低工资标准，按最低工资计算（劳动合同法实施条例第二十七条）"))
    capped_years = None
    # A city's average wage is always above its minimum wage, so a wage of at most 3 × the minimum can never
    # reach 3 × the average: the cap is then known not to apply even without the average.
    cap_cannot_apply = data.min_wage is not None and wage <= data.min_wage * data.cap_multiple
    if data.city_avg_monthly_wage is None and not cap_cannot_apply:
        notes.append(
            msg(
                "未提供本市上年度职工月平均工资，无法核对三倍封顶（劳动合同法第四十七条第二款）；"
                "月工资较高的，请用 --set avg_monthly_wage_prev_year=数值 提供"
            )
        )
    elif data.city_avg_monthly_wage is not None and wage > data.city_avg_monthly_wage * data.cap_multiple:
        wage = data.city_avg_monthly_wage * data.cap_multiple
        capped_years = data.max_years
        wage_text = msg(
            "本市上年度职工月平均工资{average}元的{multiple}倍即{wage}元（封顶，年限最高{years}年）",
            average=format_amount(data.city_avg_monthly_wage), multiple=_num(data.cap_multiple),
            wage=format_amount(wage), years=data.max_years,
        )
    if data.start < dt.date(2008, 1, 1):
        notes.append(msg("2008年1月1日前的工作年限按当时规定计算（劳动合同法第九十七条），本计算未区分，请核对"))
    months = severance_months(service, capped_years=capped_years)
    amount = wage * months
    formula = msg(
        "工作年限{service}（{start}至{end}），计{months}个月；{wage}×{months}＝{amount}元",
        service=service.describe(), start=data.start, end=data.end, months=_num(months), wage=wage_text,
        amount=format_amount(amount),
    )
    return Computation(amount, formula, tuple(basis), tuple(notes))


def unlawful_termination_damages(severance_result: Computation, multiple: Decimal) -> Computation:
    """Damages for unlawful termination (违法解除赔偿金): twice the severance — 劳动合同法第八十七条."""
    amount = severance_result.amount * multiple
    formula = msg("经济补偿：{severance}；×{multiple}倍＝{amount}元", severance=severance_result.formula,
                  multiple=_num(multiple), amount=format_amount(amount))
    return Computation(
        amount, formula, (N_("劳动合同法第四十八条"), N_("劳动合同法第八十七条"), N_("劳动合同法第四十七条")),
        severance_result.notes,
    )


def unused_leave_pay(
    monthly_wage: Decimal, days: Decimal, *, paid_days: Decimal, extra_multiplier: Decimal
) -> Computation:
    """Unused annual leave (未休年休假工资): the extra 200% of daily wage — 职工带薪年休假条例第五条;
    实施办法第十条、第十一条."""
    amount = monthly_wage / paid_days * days * extra_multiplier
    formula = msg(
        "月工资{wage}元÷{days}天×{leave}天×{percent}%＝{amount}元",
        wage=format_amount(monthly_wage), days=_num(paid_days), leave=_num(days),
        percent=_num(extra_multiplier * 100), amount=format_amount(amount),
    )
    return Computation(
        amount, formula, (N_("职工带薪年休假条例第五条"), N_("企业职工带薪年休假实施办法第十条、第十一条"))
    )
