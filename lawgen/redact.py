"""Masking a case for sharing (a review by a colleague, a bug report): ID numbers, phones and addresses."""

from __future__ import annotations

import copy
from typing import Any

MASK = "*"


def mask_id_number(value: str) -> str:
    """Keep the region (first 6) and the check character, hide the birth date and sequence."""
    return value[:6] + MASK * (len(value) - 7) + value[-1:] if len(value) > 7 else MASK * len(value)


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


def redact_case(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of a ``lawgen.case/1`` object with ID numbers, phones and addresses masked.

    Credit codes stay: they identify a company, which is public record, and the review needs them.
    """
    redacted = copy.deepcopy(data)
    people = [redacted.get("worker") or {}, redacted.get("agent") or {}]
    parties = people + list(redacted.get("respondents") or [])
    for party in parties:
        if not isinstance(party, dict):
            continue
        if isinstance(party.get("id_number"), str):
            party["id_number"] = mask_id_number(party["id_number"])
        if isinstance(party.get("phone"), str):
            party["phone"] = mask_phone(party["phone"])
    for person in people:
        if isinstance(person, dict) and isinstance(person.get("address"), str):
            person["address"] = mask_address(person["address"])
    redacted["notes"] = {"redacted": True}
    return redacted
