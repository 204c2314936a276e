"""How a filing writes one value: a blank line for what is unknown, figures with separators, dates in
Chinese, tick boxes. Every document's context goes through these, so no ``None`` ever reaches a page."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from lawgen.labels import END_REASON_LABELS, OCCUPATION_LABELS
from lawgen.money import amount_in_words, format_amount
from lawgen.numerals import lower_number
from lawgen.text import chinese_date

BLANK = "________"  # a line the worker fills in by hand
TICKED, UNTICKED = "☑", "☐"

__all__ = ["END_REASON_LABELS", "OCCUPATION_LABELS"]  # read from lawgen.labels, the one home


def text(value: object) -> str:
    """The value as written, or the blank line when it is unknown."""
    if value is None or value == "":
        return BLANK
    return str(value)


def money(amount: Decimal | None) -> str:
    """``12,000.00`` (the caller adds 元), or the blank line."""
    return BLANK if amount is None else format_amount(amount)


# A figure the worker typed before 元 (``16500元``, ``16,500元``, ``1.2万元``, ``人民币3000元``), not a
# figure inside a longer one, and not one already followed by a unit of its own (``3天``).
_TYPED_AMOUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万)?\s*元")


def amounts_as_filed(value: str) -> str:
    """Free text with every typed amount written as filings write figures: ``16500元`` ->
    ``16,500.00元``, ``1.2万元`` -> ``12,000.00元``. The one home for amounts in the worker's own words
    (facts, evidence, the award), so a filing never prints «16500元» beside «16,500.00元»."""

    def written(match: re.Match[str]) -> str:
        amount = Decimal(match.group(1).replace(",", "") + (match.group(2) or ""))
        if match.group(3):
            amount *= 10000
        return f"{format_amount(amount)}元"

    return _TYPED_AMOUNT.sub(written, value)


def money_in_words(amount: Decimal) -> str:
    return amount_in_words(amount)


def day(value: dt.date | None) -> str:
    return BLANK if value is None else chinese_date(value)


def box(ticked: bool) -> str:
    return TICKED if ticked else UNTICKED


def paragraphs(value: str | None) -> list[str]:
    """Multi-line text as one paragraph per line (never an empty list: a table cell needs a paragraph)."""
    lines = [line.strip() for line in (value or "").split("\n") if line.strip()]
    return lines or [BLANK]


def ordinal(number: int, count: int) -> str:
    """``被申请人一`` when there are several, nothing when there is one."""
    if count <= 1:
        return ""
    return lower_number(number)
