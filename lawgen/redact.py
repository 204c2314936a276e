"""Masking a case for sharing (a review by a colleague, a bug report): ID numbers, phones and addresses,
in their own fields and wherever they were typed into free text.

Irreversible by design: nothing that narrows the ID number down is kept. An ID (GB 11643) is the region
of registration (6 digits), the birth date (8), a sequence (3, odd for men) and a check character; keeping
the region, the check character and the birth date left 46 candidates. So the whole number is masked and
the birth date, which repeats it, is dropped. Gender stays: the case format requires it and the
arbitration application states it, and with nothing else of the number left it narrows nothing.
"""

from __future__ import annotations

import copy
import re
from typing import Any

MASK = "*"
MASKED_ID = MASK * 18  # a masked ID number, as lawgen.case accepts it
# Fields that identify the worker beyond the case's needs, dropped entirely.
DROPPED_WORKER_FIELDS = ("birth_date", "ethnicity")
# Fields free-text scanning must leave alone: codes a reviewer needs, checked by the case model.
NOT_FREE_TEXT = frozenset({"format", "region", "credit_code", "id_number", "phone"})

_SEPARATOR = r"[ \-\u2010-\u2015]?"  # a space or a dash between groups of digits, as people write them
# Digits not touching other digits or letters (a longer number, a credit code) on either side.
_NUMBER_PATTERNS = [
    rf"\d{{6}}{_SEPARATOR}\d{{8}}{_SEPARATOR}\d{{3}}[\dXxＸｘ]",  # ID number, 18 characters
    r"\d{15}",  # first-generation ID number
    rf"\d{{4}}(?:{_SEPARATOR}\d{{4}}){{3}}(?:{_SEPARATOR}?\d{{1,3}})?",  # bank card, 16-19 digits
    rf"(?:\+?86{_SEPARATOR})?1[3-9]\d{_SEPARATOR}\d{{4}}{_SEPARATOR}\d{{4}}",  # mobile phone
    rf"[(（]?0\d{{2,3}}[)）]?{_SEPARATOR}\d{{7,8}}",  # landline with its area code
    r"\d{11,}",  # any other long run of digits (an account number, a number without separators)
]
_NUMBER_IN_TEXT = re.compile(
    r"(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])(?:" + "|".join(_NUMBER_PATTERNS) + r")(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])"
)


def mask_phone(value: str) -> str:
    """Keep the first three and last two digits: enough to tell two numbers apart, not to call."""
    digits = [i for i, ch in enumerate(value) if ch.isdigit()]
    keep = set(digits[:3] + digits[-2:])
    return "".join(ch if (not ch.isdigit() or i in keep) else MASK for i, ch in enumerate(value))


def mask_address(value: str) -> str:
    """Keep the place up to the district (区/县/市) so jurisdiction can still be reviewed."""
    for marker in ("区", "县", "市"):
        cut = value.find(marker)
        if cut != -1:
            return value[: cut + 1] + MASK * 4
    return MASK * 4


def mask_numbers_in_text(text: str) -> str:
    """Every ID, bank-card and phone number written in free text, each digit masked (separators kept)."""
    return _NUMBER_IN_TEXT.sub(lambda match: re.sub(r"[\dXxＸｘ]", MASK, match.group()), text)


def redact_case(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of a ``lawgen.case/1`` object with ID numbers, phones and addresses masked, wherever they are.

    Credit codes stay: they identify a company, which is public record, and the review needs them.
    """
    redacted = copy.deepcopy(data)
    worker = redacted.get("worker") if isinstance(redacted.get("worker"), dict) else {}
    if worker.get("id_number"):
        worker["id_number"] = MASKED_ID
    for name in DROPPED_WORKER_FIELDS:
        worker.pop(name, None)
    people = [worker, redacted.get("agent") or {}]
    for party in people + list(redacted.get("respondents") or []):
        if isinstance(party, dict) and isinstance(party.get("phone"), str):
            party["phone"] = mask_phone(party["phone"])
    for person in people:
        if isinstance(person, dict) and isinstance(person.get("address"), str):
            person["address"] = mask_address(person["address"])
    redacted["notes"] = {"redacted": True}
    return _mask_free_text(redacted)


def _mask_free_text(value: Any, key: str | None = None) -> Any:
    if isinstance(value, dict):
        return {k: _mask_free_text(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_mask_free_text(item, key) for item in value]
    if isinstance(value, str) and key not in NOT_FREE_TEXT:
        return mask_numbers_in_text(value)
    return value
