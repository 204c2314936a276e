"""Economic compensation (经济补偿) and damages for unlawful termination (违法解除赔偿金).

劳动合同法第四十七条: 经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资的标准向劳动者支付。
  六个月以上不满
  一年的，按一年计算；不满六个月的，向劳动者支付半个月工资的经济补偿。
  劳动者月工资高于用人单位所在直辖市、设区的市级人民政府公布的本地区上年度职工月平均工资三倍的，向其支付经济补偿的
  标准按职工月平均工资三倍的数额支付，向其支付经济补偿的年限最高不超过十二年。
实施条例第二十七条: …前12个月的平均工资低于当地最低工资标准的，按照当地最低工资标准计算。
劳动合同法第八十七条: 违反本法规定解除或者终止劳动合同的，应当依照本法第四十七条规定的经济补偿标准的二倍向劳动
  者支付
  赔偿金。实施条例第二十五条: …赔偿金的计算年限自用工之日起计算。
劳动合同法第九十七条第三款: 本法施行之日存续的劳动合同在本法施行后解除或者终止，
  依照本法第四十六条规定应当支付经济补偿的，
  经济补偿年限自本法施行之日起计算；本法施行前按照当时有关规定，用人单位应当向劳动者支付经济补偿的，按照当时有关规定执行。
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from lawgen.i18n import N_, Msg, msg
from lawgen.law.computation import Computation, figure
from lawgen.law.double_wages import LABOR_CONTRACT_LAW_START
from lawgen.law.periods import ONE_DAY, Service, service_length
from lawgen.money import format_amount


@dataclass(frozen=True)
class SeveranceInput:
    start: dt.date
    end: dt.date
    monthly_wage: Decimal
    min_wage: Decimal | None
    city_avg_monthly_wage: Decimal | None
    cap_multiple: Decimal
    max_years: int
    from_first_day: bool = False  # 实施条例第二十五条: damages count every year from the first day of work


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
    """Economic compensation — 劳动合同法第四十七条; floor: 实施条例第二十七条; years across 2008:
    第九十七条."""
    basis = [N_("劳动合同法第四十六条"), N_("劳动合同法第四十七条")]
    notes: list[Msg] = []
    counted_from = data.start
    if data.start < LABOR_CONTRACT_LAW_START and not data.from_first_day:
        counted_from = LABOR_CONTRACT_LAW_START
        basis.append(N_("劳动合同法第九十七条第三款"))
        before = service_length(data.start, LABOR_CONTRACT_LAW_START - ONE_DAY)
        notes.append(msg("经济补偿年限自2008年1月1日起计算（劳动合同法第九十七条第三款）；此前{years}的工作年限，"
                         "如按当时规定单位应支付经济补偿的，按当时规定另行计算，本金额未包括",
                         years=before.describe()))
    service = service_length(counted_from, data.end)
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
        notes.append(msg("未提供本市上年度职工月平均工资，无法核对三倍封顶（劳动合同法第四十七条第二款）；"
                         "月工资较高的，请提供该数值"))
    elif data.city_avg_monthly_wage is not None and wage > data.city_avg_monthly_wage * data.cap_multiple:
        wage = data.city_avg_monthly_wage * data.cap_multiple
        capped_years = data.max_years
        wage_text = msg(
            "本市上年度职工月平均工资{average}元的{multiple}倍即{wage}元（封顶，年限最高{years}年）",
            average=format_amount(data.city_avg_monthly_wage), multiple=figure(data.cap_multiple),
            wage=format_amount(wage), years=data.max_years,
        )
    months = severance_months(service, capped_years=capped_years)
    amount = wage * months
    formula = msg(
        "工作年限{service}（{start}至{end}），计{months}个月；{wage}×{months}＝{amount}元",
        service=service.describe(), start=counted_from, end=data.end, months=figure(months), wage=wage_text,
        amount=format_amount(amount),
    )
    return Computation(amount, formula, tuple(basis), tuple(notes))


def unlawful_termination_damages(severance_result: Computation, multiple: Decimal) -> Computation:
    """Twice the severance, its years from the first day of work — 劳动合同法第八十七条;
    实施条例第二十五条."""
    amount = severance_result.amount * multiple
    formula = msg("经济补偿：{severance}；×{multiple}倍＝{amount}元", severance=severance_result.formula,
                  multiple=figure(multiple), amount=format_amount(amount))
    return Computation(
        amount, formula, (N_("劳动合同法第四十八条"), N_("劳动合同法第八十七条"), N_("劳动合同法第四十七条")),
        severance_result.notes,
    )
