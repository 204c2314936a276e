"""Labor inspection (劳动保障监察): how long a violation can be taken up, what it covers, and 加付赔偿金.

劳动保障监察条例第二十条: 违反劳动保障法律、法规或者规章的行为在2年内未被劳动保障行政部门发现，也未被举报、
  投诉的，
  劳动保障行政部门不再查处。前款规定的期限，自违反劳动保障法律、法规或者规章的行为发生之日起计算；违反劳动保障法律、
  法规或者规章的行为有连续或者继续状态的，自行为终了之日起计算。
第二十一条第二款: 对应当通过劳动争议处理程序解决的事项或者已经按照劳动争议处理程序申请调解、
  仲裁或者已经提起诉讼的事项，
  劳动保障行政部门应当告知投诉人依照劳动争议处理或者诉讼的程序办理。
第二十六条: …由劳动保障行政部门分别责令限期支付劳动者的工资报酬、
  劳动者工资低于当地最低工资标准的差额或者解除劳动合同
  的经济补偿；逾期不支付的，责令用人单位按照应付金额50%以上1倍以下的标准计算，向劳动者加付赔偿金。
劳动合同法第八十五条 (the same order and the same 50%–100%); 劳动争议解释（一）第一条第（八）项: a claim for
  it is a labor
  dispute.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lawgen.case import Event, EventKind
from lawgen.i18n import N_, msg
from lawgen.law.computation import Computation, figure
from lawgen.law.periods import add_months
from lawgen.money import format_amount

BASIS_85 = (N_("劳动合同法第八十五条"), N_("劳动保障监察条例第二十六条"), N_("劳动争议解释（一）"
                                                                             "第一条第（八）项"))


def inspection_until(violation_ends: list[dt.date], years: int) -> dt.date | None:
    """第二十条: two years from when the (continuing) violation ended; the latest violation counts."""
    return add_months(max(violation_ends), 12 * years) if violation_ends else None


def additional_compensation(order: Event, max_rate: Decimal, min_rate: Decimal) -> Computation:
    """加付赔偿金 after a missed order to pay — 劳动合同法第八十五条: 50%–100% of the amount due;
    claimed at the top."""
    assert order.kind is EventKind.payment_order_missed and order.amount is not None
    amount = order.amount * max_rate
    formula = msg("责令支付金额{due}元，逾期未付，按{percent}%加付＝{amount}元",
                  due=format_amount(order.amount),
                  percent=figure(max_rate * 100), amount=format_amount(amount))
    notes = (msg("加付赔偿金的比例为应付金额的{low}%至{high}%，"
                 "由劳动行政部门或仲裁机构确定（劳动合同法第八十五条）",
                 low=figure(min_rate * 100), high=figure(max_rate * 100)),)
    return Computation(amount, formula, BASIS_85, notes)
