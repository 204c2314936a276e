"""Claims the facts already point to, offered on the claims step to accept or decline in one key.

Each suggestion names the fact it comes from; the volunteer decides with the worker (dismissed *without a
lawful reason* is the worker's account, not the wizard's finding). Nothing is added unasked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from lawgen.case import ClaimKind
from lawgen.i18n import N_, Msg, msg
from lawgen.wizard.draft import get_path


@dataclass(frozen=True)
class Suggestion:
    kind: ClaimKind
    because: str | Msg  # the fact, a msgid (or a message with its figures)


@dataclass(frozen=True)
class UsualHours:
    """What the worker said on the work step: about ``hours`` a day, ``days`` a week."""

    hours: Decimal
    days: int

    def weekdays(self) -> str:
        """The overtime helper's «每周哪几天»: that many days from Monday (1-6 for six days)."""
        return "1" if self.days == 1 else f"1-{self.days}"


def usual_hours(draft: dict[str, Any]) -> UsualHours | None:
    """The hours a day and days a week typed on the work step, when both read as numbers in range."""
    from lawgen.wizard.claim_helpers import Unreadable, read_hours
    from lawgen.wizard.steps import DAYS_A_WEEK, HOURS_A_DAY

    hours, days = get_path(draft, HOURS_A_DAY), get_path(draft, DAYS_A_WEEK)
    if hours in (None, "") or not isinstance(days, int) or not 1 <= days <= 7:
        return None
    try:
        return UsualHours(read_hours(str(hours)), days)
    except Unreadable:
        return None


def _overtime(draft: dict[str, Any]) -> Suggestion | None:
    """Over the standard working time — 8 hours a day (劳动法第三十六条) or 40 a week (国务院关于职工
    工作时间的规定第三条), as lawgen.law's parameters say: beyond it, overtime pay (第四十四条)."""
    from lawgen.wizard.claim_helpers import Unreadable, legal_parameter

    usual = usual_hours(draft)
    if usual is None:
        return None
    try:
        on = dt.date.fromisoformat(str(draft.get("prepared_on")))
    except ValueError:
        on = dt.date.today()
    try:
        day = legal_parameter(draft, "standard_hours_per_day", on)
        week = legal_parameter(draft, "standard_hours_per_week", on)
    except Unreadable:
        return None
    if usual.hours > day.value:
        rule, source = msg("每天{standard}小时", standard=f"{day.value:g}"), day.source
    elif usual.hours * usual.days > week.value:
        rule, source = msg("每周{standard}小时", standard=f"{week.value:g}"), week.source
        source = source.split("（")[0]  # the rule itself; its note on the 44-hour average is for the book
    else:
        return None
    return Suggestion(ClaimKind.overtime, msg("每天约{hours}小时、一周{days}天，超过{rule}（{source}）",
                                              hours=f"{usual.hours:g}", days=usual.days, rule=rule,
                                              source=source))


def _relationship_unclear(draft: dict[str, Any]) -> bool:
    """The answers about management do not clearly make a labor relationship (劳社部发〔2005〕12号第一条)."""
    from pydantic import ValidationError

    from lawgen.case import Relationship
    from lawgen.law.relationship import Category, relationship_category

    try:
        answers = Relationship.model_validate(get_path(draft, "relationship") or {})
    except ValidationError:
        return False
    contract = get_path(draft, "employment.written_contract") is True
    return relationship_category(answers, contract).category is not Category.labor


def _date(draft: dict[str, Any], path: str) -> dt.date | None:
    """A date the volunteer typed, or None while it is half typed."""
    value = get_path(draft, path)
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def suggested_claims(draft: dict[str, Any], declined: set[str]) -> list[Suggestion]:
    """What the answers so far suggest, minus the kinds already claimed or declined for this case."""
    from lawgen.law.unclaimed import pointed_to

    found: list[Suggestion] = [Suggestion(ClaimKind.unpaid_wages, N_("常见：有没有拖欠的工资"))]
    written = get_path(draft, "employment.written_contract")
    found += [Suggestion(p.kind, p.because) for p in pointed_to(
        written if isinstance(written, bool) else None, get_path(draft, "employment.end_reason"), set(),
        _date(draft, "employment.start_date"), _date(draft, "employment.contract_signed_on"))]
    overtime = _overtime(draft)
    if overtime is not None:
        found.append(overtime)
    if get_path(draft, "relationship.company_rules_and_penalties") is True:
        found.append(Suggestion(ClaimKind.unlawful_deduction, N_("单位有罚款、扣款的")))
    if _relationship_unclear(draft):
        found.append(Suggestion(ClaimKind.confirm_relationship, N_("是不是劳动关系还不清楚")))
    from lawgen.law.unclaimed import ONE_OF_TWO

    claimed = {claim.get("kind") for claim in get_path(draft, "claims") or [] if isinstance(claim, dict)}
    if claimed & {kind.value for kind in ONE_OF_TWO}:
        claimed |= {kind.value for kind in ONE_OF_TWO}  # 劳动合同法第八十七条: one of the two
    return [s for s in found if s.kind.value not in claimed and s.kind.value not in declined]
