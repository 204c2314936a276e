"""What every money rule returns: the amount (unrounded), the formula with its numbers, the basis, notes.

Amounts stay unrounded in the rules; the assessment rounds each claim once, half-up to the fen. A filing must
show how an amount was computed, so every result carries its formula.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from lawgen.i18n import Msg


@dataclass(frozen=True)
class Computation:
    amount: Decimal
    formula: Msg  # the computation with its numbers, as filings print it (Chinese) or a screen shows it
    basis: tuple[str, ...]
    notes: tuple[Msg, ...] = field(default_factory=tuple)


def figure(value: Decimal) -> str:
    """A figure as written inside a formula, without trailing zeros (``21.75``, ``150``)."""
    return format(value.normalize(), "f")
