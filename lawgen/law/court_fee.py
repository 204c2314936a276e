"""案件受理费 on the property-case scale — 诉讼费用交纳办法第十三条第（一）项, halved under 第十六条.

第十三条 (一)财产案件根据诉讼请求的金额或者价额，按照下列比例分段累计交纳：1．不超过1万元的，每件交纳
50元；2．超过1万元至10万元的部分，按照2.5%交纳；3．超过10万元至20万元的部分，按照2%交纳；4．超过20万元
至50万元的部分，按照1.5%交纳；5．超过50万元至100万元的部分，按照1%交纳；6．超过100万元至200万元的部分，
按照0.9%交纳；7．超过200万元至500万元的部分，按照0.8%交纳；8．超过500万元至1000万元的部分，按照0.7%交纳；
9．超过1000万元至2000万元的部分，按照0.6%交纳；10．超过2000万元的部分，按照0.5%交纳。
第十六条 适用简易程序审理的案件减半交纳案件受理费。
第二十条 ……追索劳动报酬的案件可以不预交案件受理费。

A wage-IOU suit is heard "按照普通民事纠纷" (劳动争议解释（一）第十五条), so it may be charged on this scale
rather than the 10 yuan of 第十三条第（四）项 — unconfirmed (legal-facts §13.9): every use says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lawgen.money import format_amount, round_fen

# (upper bound of the band, rate): each band's part of the amount at its rate, the first band a flat fee.
FLAT_UP_TO = Decimal(10_000)
FLAT_FEE = Decimal(50)
BANDS = (
    (Decimal(100_000), Decimal("0.025")),
    (Decimal(200_000), Decimal("0.02")),
    (Decimal(500_000), Decimal("0.015")),
    (Decimal(1_000_000), Decimal("0.01")),
    (Decimal(2_000_000), Decimal("0.009")),
    (Decimal(5_000_000), Decimal("0.008")),
    (Decimal(10_000_000), Decimal("0.007")),
    (Decimal(20_000_000), Decimal("0.006")),
    (None, Decimal("0.005")),
)
BASIS = "诉讼费用交纳办法第十三条第（一）项"
HALF_BASIS = "诉讼费用交纳办法第十六条"


@dataclass(frozen=True)
class CourtFee:
    full: Decimal  # on the property-case scale
    simplified: Decimal  # halved: simplified procedure, small claims included
    computation: str  # the bands with their numbers, as a filing writes them


def _percent(rate: Decimal) -> str:
    return format(rate * 100, "f").rstrip("0").rstrip(".")


def property_case_fee(amount: Decimal) -> CourtFee:
    """The fee for a money claim of ``amount`` yuan: 50 yuan up to 10,000, then each band at its rate."""
    parts = [f"{format_amount(FLAT_FEE)}元（1万元以下）"]
    fee = FLAT_FEE
    lower = FLAT_UP_TO
    for upper, rate in BANDS:
        if amount <= lower:
            break
        portion = (amount if upper is None else min(amount, upper)) - lower
        fee += portion * rate
        parts.append(f"{format_amount(portion)}元×{_percent(rate)}%")
        lower = upper
    full = round_fen(fee)
    half = round_fen(fee / 2)
    computation = "＋".join(parts) + f"＝{format_amount(full)}元；减半为{format_amount(half)}元"
    return CourtFee(full, half, computation)
