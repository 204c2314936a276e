"""Claims the facts already point to, offered on the claims step to accept or decline in one key.

Each suggestion names the fact it comes from; the volunteer decides with the worker (dismissed *without a
lawful reason* is the worker's account, not the wizard's finding). Nothing is added unasked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lawgen.case import ClaimKind
from lawgen.i18n import N_
from lawgen.wizard.draft import get_path


@dataclass(frozen=True)
class Suggestion:
    kind: ClaimKind
    because: str  # the fact, a msgid


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


def suggested_claims(draft: dict[str, Any], declined: set[str]) -> list[Suggestion]:
    """What the answers so far suggest, minus the kinds already claimed or declined for this case."""
    reason = get_path(draft, "employment.end_reason")
    found: list[Suggestion] = [Suggestion(ClaimKind.unpaid_wages, N_("常见：有没有拖欠的工资"))]
    if reason == "dismissed":
        found.append(Suggestion(ClaimKind.unlawful_termination, N_("被单位辞退，单位没有合法理由的")))
    if reason == "quit_employer_fault":
        found.append(Suggestion(ClaimKind.severance, N_("因单位欠薪、不缴社保等过错辞职")))
    if get_path(draft, "employment.written_contract") is False:
        found.append(Suggestion(ClaimKind.no_contract_double_wages, N_("没有签书面劳动合同")))
    if get_path(draft, "relationship.company_rules_and_penalties") is True:
        found.append(Suggestion(ClaimKind.unlawful_deduction, N_("单位有罚款、扣款的")))
    if _relationship_unclear(draft):
        found.append(Suggestion(ClaimKind.confirm_relationship, N_("是不是劳动关系还不清楚")))
    claimed = {claim.get("kind") for claim in get_path(draft, "claims") or [] if isinstance(claim, dict)}
    if ClaimKind.severance.value in claimed or ClaimKind.unlawful_termination.value in claimed:
        claimed |= {ClaimKind.severance.value, ClaimKind.unlawful_termination.value}  # 第八十七条: one of two
    return [s for s in found if s.kind.value not in claimed and s.kind.value not in declined]
