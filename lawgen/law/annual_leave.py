"""Pay for unused annual leave (未休年休假工资), and the days a worker is entitled to.

职工带薪年休假条例第三条: 职工累计工作已满1年不满10年的，年休假5天；已满10年不满20年的，年休假10天；
  已满20年的，
  年休假15天。
条例第五条: 对职工应休未休的年休假天数，单位应当按照该职工日工资收入的300%支付年休假工资报酬。
实施办法第十条: …其中包含用人单位支付职工正常工作期间的工资收入 (so 200% is still owed).
实施办法第十一条: 日工资收入 = 月工资 ÷ 月计薪天数（21.75天）; 月工资是支付前12个月剔除加班工资后的月平均工资.
实施办法第十二条: 解除或者终止劳动合同时…按照职工当年已工作时间折算应休未休年休假天数…折算后不足1整天的部分不
  支付。
  折算方法：（当年度在本单位已过日历天数÷365天）×职工本人全年应当享受的年休假天数－当年度已安排年休假天数。
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_FLOOR, Decimal

from lawgen.i18n import N_, Msg, msg
from lawgen.law.computation import Computation, figure
from lawgen.money import format_amount

BASIS = (N_("职工带薪年休假条例第五条"), N_("企业职工带薪年休假实施办法第十条、第十一条"))


def entitled_days(total_years: int, under_10: Decimal, under_20: Decimal, from_20: Decimal) -> Decimal:
    """条例第三条: by cumulative years of work (累计工作时间), any employer counted."""
    if total_years < 1:
        return Decimal(0)
    if total_years < 10:
        return under_10
    if total_years < 20:
        return under_20
    return from_20


def days_passed(year: int, last_day: dt.date) -> int:
    """实施办法第十二条's 当年度在本单位已过日历天数: from 1 January to the last day of work, both counted."""
    return (last_day - dt.date(year, 1, 1)).days + 1


def pro_rated_days(annual: Decimal, year: int, last_day: dt.date) -> Decimal:
    """实施办法第十二条: (calendar days passed this year ÷ 365) × the year's days, whole days only."""
    return (Decimal(days_passed(year, last_day)) / 365 * annual).to_integral_value(rounding=ROUND_FLOOR)


def unused_leave_pay(
    monthly_wage: Decimal, days: Decimal, *, paid_days: Decimal, extra_multiplier: Decimal,
    entitled: Decimal | None = None, entitlement_note: Msg | None = None,
) -> Computation:
    """The extra 200% of the daily wage for each unused day — 条例第五条; 实施办法第十条、第十一条.
    Days beyond the
    entitlement, where it is known, are not paid."""
    notes: list[Msg] = []
    basis = list(BASIS)
    if entitled is not None and days > entitled:
        notes.append(msg("主张未休年休假{days}天，超过应享受的{entitled}天，按{entitled}天计算",
                         days=figure(days),
                         entitled=figure(entitled)))
        if entitlement_note:
            notes.append(entitlement_note)
        days = entitled
        basis.append(N_("职工带薪年休假条例第三条"))
    amount = monthly_wage / paid_days * days * extra_multiplier
    formula = msg(
        "月工资{wage}元÷{days}天×{leave}天×{percent}%＝{amount}元",
        wage=format_amount(monthly_wage), days=figure(paid_days), leave=figure(days),
        percent=figure(extra_multiplier * 100), amount=format_amount(amount),
    )
    return Computation(amount, formula, tuple(basis), tuple(notes))
