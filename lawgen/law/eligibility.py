"""Final awards (一裁终局) and the small-claims procedure (小额诉讼程序).

The two tests are different and must not be mixed: finality looks at each item of the award
(劳动争议解释（一）第十九条); small-claims eligibility looks at the total claimed in court
(民事诉讼法第一百六十五条).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from lawgen.case import ClaimKind
from lawgen.i18n import Msg, msg
from lawgen.money import format_amount

# 劳动争议调解仲裁法第四十七条第（一）项: 劳动报酬、工伤医疗费、经济补偿或者赔偿金.
# Double wages count as 赔偿金 per 劳动人事争议仲裁办案规则第五十条 (unconfirmed wording, flagged).
FINAL_AWARD_KINDS = {
    ClaimKind.unpaid_wages: "劳动报酬",
    ClaimKind.overtime: "劳动报酬",
    ClaimKind.unused_annual_leave: "劳动报酬",
    ClaimKind.unlawful_deduction: "劳动报酬",
    ClaimKind.work_injury_medical: "工伤医疗费",
    ClaimKind.severance: "经济补偿",
    ClaimKind.unlawful_termination: "赔偿金",
    ClaimKind.no_contract_double_wages: "赔偿金",
}


def is_final_award_item(kind: ClaimKind, amount: Decimal | None, cap: Decimal) -> bool:
    """An item is final when its kind is named in 调解仲裁法第四十七条第（一）项 and it is within the cap."""
    return kind in FINAL_AWARD_KINDS and amount is not None and amount <= cap


class SmallClaimsStatus(StrEnum):
    applies = "applies"
    by_agreement = "by_agreement"
    over_limit = "over_limit"
    excluded = "excluded"


@dataclass(frozen=True)
class SmallClaimsFacts:
    total: Decimal
    threshold: Decimal
    consent_limit: Decimal
    has_non_money_claim: bool
    needs_appraisal: bool
    respondent_missing: bool
    counterclaim: bool
    consented: bool


@dataclass(frozen=True)
class SmallClaimsVerdict:
    status: SmallClaimsStatus
    reasons: tuple[Msg, ...]


def small_claims_status(facts: SmallClaimsFacts) -> SmallClaimsVerdict:
    """民事诉讼法第一百六十五条 (threshold, consent band) and 第一百六十六条 (exclusions)."""
    exclusions = []
    if facts.has_non_money_claim:
        exclusions.append(msg("请求中含确认劳动关系等非金钱给付请求，不属于简单金钱给付案件（民事诉讼法第一百六十五条）"))
    if facts.needs_appraisal:
        exclusions.append(msg("案件需要评估、鉴定（民事诉讼法第一百六十六条第（三）项）"))
    if facts.respondent_missing:
        exclusions.append(msg("一方当事人下落不明（民事诉讼法第一百六十六条第（四）项）"))
    if facts.counterclaim:
        exclusions.append(msg("当事人提出反诉（民事诉讼法第一百六十六条第（五）项）"))
    if exclusions:
        return SmallClaimsVerdict(SmallClaimsStatus.excluded, tuple(exclusions))
    total, threshold, limit = (format_amount(v) for v in (facts.total, facts.threshold, facts.consent_limit))
    if facts.total <= facts.threshold:
        return SmallClaimsVerdict(
            SmallClaimsStatus.applies,
            (msg("请求总额{total}元不超过本省小额诉讼标的额上限{threshold}元，法院应当适用小额诉讼程序，"
                 "一审终审（民事诉讼法第一百六十五条第一款）", total=total, threshold=threshold),),
        )
    if facts.total <= facts.consent_limit:
        agreed = (
            msg("双方已同意适用小额诉讼程序")
            if facts.consented
            else msg("须双方当事人约定方可适用")
        )
        return SmallClaimsVerdict(
            SmallClaimsStatus.by_agreement,
            (msg("请求总额{total}元超过{threshold}元但不超过{limit}元，双方可以约定适用小额诉讼程序"
                 "（民事诉讼法第一百六十五条第二款）；{agreed}",
                 total=total, threshold=threshold, limit=limit,
                 agreed=agreed),),
        )
    return SmallClaimsVerdict(
        SmallClaimsStatus.over_limit,
        (msg("请求总额{total}元超过约定适用上限{limit}元，不能适用小额诉讼程序，可适用简易程序或普通程序",
             total=total, limit=limit),),
    )
