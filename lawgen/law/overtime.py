"""Overtime pay (加班费).

劳动法第四十四条: 有下列情形之一的，用人单位应当按照下列标准支付高于劳动者正常工作时间工资的工资报酬：
  （一）安排劳动者延长工作时间的，支付不低于工资的百分之一百五十的工资报酬；
  （二）休息日安排劳动者工作又不能安排补休的，支付不低于工资的百分之二百的工资报酬；
  （三）法定休假日安排劳动者工作的，支付不低于工资的百分之三百的工资报酬。
劳社部发〔2008〕3号: 小时工资 = 月工资收入 ÷（月计薪天数 × 8小时）; 月计薪天数 = 21.75.

The base is the monthly wage without overtime pay where the case gives it (the overtime itself is not part of
the normal-time wage it multiplies). No national text sets a minimum-wage floor for the base: below the
  minimum,
lawgen warns and does not raise it.
"""

from __future__ import annotations

from decimal import Decimal

from lawgen.i18n import N_, MsgList, msg
from lawgen.law.computation import Computation, figure
from lawgen.money import format_amount

BASIS = (N_("劳动法第四十四条"), N_("劳社部发〔2008〕3号"))


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
    min_wage: Decimal | None = None,
) -> Computation:
    """Overtime pay — 劳动法第四十四条; hourly base per 劳社部发〔2008〕3号."""
    weighted = (
        weekday_multiplier * weekday_hours
        + rest_day_multiplier * rest_day_hours
        + holiday_multiplier * holiday_hours
    )
    amount = monthly_wage * weighted / (paid_days * 8)
    terms = tuple(
        msg("{hours}小时×{percent}%", hours=figure(h), percent=figure(m * 100))
        for h, m in (
            (weekday_hours, weekday_multiplier),
            (rest_day_hours, rest_day_multiplier),
            (holiday_hours, holiday_multiplier),
        )
        if h
    )
    formula = msg(
        "月工资{wage}元÷{days}天÷8小时×（{terms}）＝{amount}元",
        wage=format_amount(monthly_wage), days=figure(paid_days), terms=MsgList(terms),
        amount=format_amount(amount),
    )
    notes = ()
    if min_wage is not None and monthly_wage < min_wage:
        notes = (msg("加班费计算基数{wage}元低于当地月最低工资标准{minimum}元；"
                     "国家规定未明确以最低工资为加班费基数，"
                     "请核对当地规定（劳动法第四十八条）", wage=format_amount(monthly_wage),
                     minimum=format_amount(min_wage)),)
    return Computation(amount, formula, BASIS, notes)
