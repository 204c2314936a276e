"""Final awards (一裁终局).

劳动争议调解仲裁法第四十七条: 下列劳动争议，除本法另有规定的外，仲裁裁决为终局裁决，
  裁决书自作出之日起发生法律效力：
  （一）追索劳动报酬、工伤医疗费、经济补偿或者赔偿金，不超过当地月最低工资标准十二个月金额的争议；
  （二）因执行国家的劳动标准在工作时间、休息休假、社会保险等方面发生的争议。
劳动争议解释（一）第十九条: …如果仲裁裁决涉及数项，每项确定的数额均不超过当地月最低工资标准十二个月金额的，
  应当按照终局
  裁决处理。 (Per item, on the amounts the award *determines*: what is claimed only predicts it.)
Double wages count as 赔偿金 per 劳动人事争议仲裁办案规则第五十条 (wording unconfirmed, flagged).

The cap uses the minimum wage in force on the day of the award when it is known; before an award, on the
judging day, with a warning that a later adjustment changes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from lawgen.case import ClaimKind
from lawgen.i18n import Msg, msg
from lawgen.law.derived import ParameterLog, final_award_cap
from lawgen.money import format_amount, plain


class Finality(StrEnum):
    pay_47_1 = "pay_47_1"  # 劳动报酬、工伤医疗费、经济补偿或者赔偿金: final up to the cap
    standards_47_2 = "standards_47_2"  # 工作时间、休息休假、社会保险: final whatever the amount
    not_final = "not_final"


@dataclass(frozen=True)
class FinalAward:
    cap: Decimal | None  # None: the region's minimum wage is not known
    final_items: tuple[ClaimKind, ...]
    non_final_items: tuple[ClaimKind, ...]
    reasons: tuple[Msg, ...]
    cap_on: dt.date | None = None  # the day whose minimum wage sets the cap


def is_final_award_item(finality: Finality, amount: Decimal | None, cap: Decimal | None) -> bool:
    """第四十七条: (二) final whatever the amount; (一) final when the item is within the cap."""
    if finality is Finality.standards_47_2:
        return True
    return finality is Finality.pay_47_1 and amount is not None and cap is not None and amount <= cap


def final_award(
    items: tuple[tuple[ClaimKind, Finality, Decimal | None], ...],
    used: ParameterLog,
    award_date: dt.date | None,
    dispute_day: dt.date | None,
) -> tuple[FinalAward, tuple[Msg, ...]]:
    """(the verdict, warnings): each item against 12 × the minimum wage on the award date, else today's."""
    warnings: list[Msg] = []
    on = award_date or used.on
    found = final_award_cap(used, on)
    reasons: list[Msg] = []
    if found is None:
        cap = None
        reasons.append(msg("本地区月最低工资标准未收录，无法判断哪些事项为终局裁决（劳动争议调解仲裁法第四十七条第（一）项）"))
    else:
        cap, minimum, months = found
        reasons.append(msg("终局裁决上限为当地月最低工资标准{minimum}元的{months}个月，即每项{cap}元"
                           "（劳动争议调解仲裁法第四十七条第（一）项；劳动争议解释（一）第十九条逐项计算）",
                           minimum=format_amount(minimum.value), months=format(months.normalize(), "f"),
                           cap=format_amount(cap)))
        if award_date is None:
            reasons.append(msg("尚未裁决，按{day}的最低工资标准估计；终局与否以裁决作出之日的标准和裁决确定的各项数额为准",
                               day=on))
        if dispute_day and award_date is None:
            earlier = used.book.find("min_wage_monthly", used.region, dispute_day)
            if earlier and earlier.value != minimum.value:
                warnings.append(msg("争议发生时（{day}）的最低工资标准为{old}元，与判断日的{new}元不同；以哪一日的标准"
                                    "计算终局裁决上限尚未确认，请留意",
                                    day=dispute_day, old=plain(earlier.value), new=plain(minimum.value)))
    if any(f is Finality.standards_47_2 for _, f, _ in items):
        reasons.append(msg("工作时间、休息休假、社会保险等执行国家劳动标准的争议，不论金额均为终局裁决"
                           "（劳动争议调解仲裁法第四十七条第（二）项）；有的仲裁委员会将未休年休假工资按劳动报酬"
                           "适用第（一）项限额"))
    final = tuple(kind for kind, finality, amount in items if is_final_award_item(finality, amount, cap))
    # An amount not known yet (overtime without hours) is neither: 第四十七条第（一）项 looks at the amount.
    non_final = tuple(kind for kind, finality, amount in items
                      if not is_final_award_item(finality, amount, cap)
                      and not (finality is Finality.pay_47_1 and amount is None))
    return FinalAward(cap, final, non_final, tuple(reasons), on if cap is not None else None), tuple(warnings)
