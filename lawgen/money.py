"""Money: Decimal throughout, rounded once at the end, half-up to the fen (分)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

FEN = Decimal("0.01")
ZERO = Decimal("0")
# Larger than any wage claim a small-claims tool will see; a figure beyond it is a typing slip.
ABSURD_AMOUNT = Decimal("100000000")
_MONEY_TEXT = re.compile(r"^\d+(\.\d{1,2})?$")


class MoneyError(ValueError):
    """Raised with a short code the case model turns into a message."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def parse_money(value: object) -> Decimal:
    """A JSON money value: a string of digits with at most two decimals, not negative, not absurd."""
    if isinstance(value, bool) or not isinstance(value, str):
        raise MoneyError("money_not_string")
    text = value.strip()
    if text.startswith("-"):
        raise MoneyError("money_negative")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise MoneyError("money_not_number") from None
    if not amount.is_finite():
        raise MoneyError("money_not_number")
    if not _MONEY_TEXT.match(text):
        raise MoneyError("money_too_many_decimals" if "." in text else "money_not_number")
    if amount > ABSURD_AMOUNT:
        raise MoneyError("money_absurd")
    return amount


def round_fen(amount: Decimal) -> Decimal:
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def format_amount(amount: Decimal) -> str:
    """``12000`` -> ``12,000.00``: thousands separators and two decimals, as filings write figures."""
    return f"{round_fen(amount):,.2f}"


def amount_in_words(amount: Decimal) -> str:
    """``40500`` -> ``人民币肆万零伍佰元整``: the capital-numeral form (大写) that totals carry."""
    from lawgen.numerals import capital_amount

    return capital_amount(round_fen(amount))


def plain(amount: Decimal) -> str:
    """Two decimals without separators, as the assessment's JSON carries money."""
    return f"{round_fen(amount):.2f}"
