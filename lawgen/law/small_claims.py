"""The small-claims procedure (小额诉讼程序).

民事诉讼法第一百六十五条: 基层人民法院和它派出的法庭审理事实清楚、权利义务关系明确、
  争议不大的简单金钱给付民事案件，
  标的额为各省、自治区、直辖市上年度就业人员年平均工资百分之五十以下的，适用小额诉讼的程序审理，实行一审终审。
  基层人民法院和它派出的法庭审理前款规定的民事案件，标的额超过各省、自治区、直辖市上年度就业人员年平均工资百分之
  五十但在二倍以下的，当事人双方也可以约定适用小额诉讼的程序。
第一百六十六条: 人民法院审理下列民事案件，不适用小额诉讼的程序：…（三）需要评估、鉴定或者对诉前评估、
  鉴定结果有异议
  的案件；（四）一方当事人下落不明的案件；（五）当事人提出反诉的案件…
民诉法解释第二百七十二条: the latest *published* year's average wage.

Small-claims eligibility looks at the total claimed in court; finality (``final_award``) looks at each item
  of an
award. The two tests must not be mixed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from lawgen.i18n import Msg, msg
from lawgen.law.derived import ParameterLog, small_claims_limit
from lawgen.law.hints import Hint, Need
from lawgen.law.parameters import ParameterValue
from lawgen.money import format_amount


class SmallClaimsStatus(StrEnum):
    applies = "applies"
    pending = "pending"  # an amount is not known yet and the known ones are within the consent limit
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
    amounts_pending: int = 0  # money claims whose amount is not known yet (the total leaves them out)


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
    if facts.amounts_pending and facts.total <= facts.consent_limit:
        # 第一百六十五条 looks at the whole 标的额: with an amount unknown, the known ones decide nothing
        # (only a known total already over the consent limit does, amounts being never negative).
        return SmallClaimsVerdict(
            SmallClaimsStatus.pending,
            (msg("有{n}项请求的金额尚未确定，请求总额未知，暂不能判断是否适用小额诉讼程序"
                 "（民事诉讼法第一百六十五条按标的额判断）", n=facts.amounts_pending),),
        )
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


@dataclass(frozen=True)
class SmallClaims:
    status: SmallClaimsStatus
    threshold: Decimal
    consent_limit: Decimal
    threshold_parameter: ParameterValue
    consent_parameter: ParameterValue
    reasons: tuple[Msg, ...]
    hints: tuple[Hint, ...] = ()
    derivation: Msg | None = None  # how a threshold no court published was derived (also among the reasons)


def small_claims(
    used: ParameterLog, *, total: Decimal, has_non_money_claim: bool, needs_appraisal: bool,
    respondent_missing: bool, counterclaim: bool, consented: bool, arbitration_first: bool,
    amounts_pending: int = 0,
) -> SmallClaims:
    """The verdict with the region's thresholds on the judging date, and how they were found."""
    threshold = small_claims_limit(used, "small_claims_mandatory_max", "small_claims_mandatory_ratio")
    consent = small_claims_limit(used, "small_claims_consent_max", "small_claims_consent_ratio")
    verdict = small_claims_status(SmallClaimsFacts(
        total, threshold.value, consent.value, has_non_money_claim, needs_appraisal, respondent_missing,
        counterclaim, consented, amounts_pending,
    ))
    reasons = list(verdict.reasons)
    hints: list[Hint] = []
    derivation = None
    if threshold.derived_from:
        derivation = _derived_threshold_reason(threshold, used.get(threshold.derived_from))
        reasons.append(derivation)
        hints.append(Hint(Need.parameter, msg("本省高级人民法院公布小额诉讼标的额后，请以通知中的数额为准"),
                          "small_claims_mandatory_max"))
    if verdict.status is not SmallClaimsStatus.excluded and arbitration_first:
        reasons.append(msg("劳动争议一般须先申请仲裁；对裁决不服向法院起诉后，法院按起诉金额判断是否适用小额诉讼程序"))
    return SmallClaims(verdict.status, threshold.value, consent.value, threshold, consent, tuple(reasons),
                       tuple(hints), derivation)


def _derived_threshold_reason(threshold: ParameterValue, average: ParameterValue) -> Msg:
    """No High Court notice known: say how the threshold was derived and what the other figures give."""
    alternatives: Msg | str = ""
    if average.alternatives:
        alternatives = msg("；另有资料为{wages}元，即{thresholds}元",
                           wages="、".join(format_amount(a) for a in average.alternatives),
                           thresholds="、".join(format_amount(a) for a in threshold.alternatives))
    return msg("未找到本省高级人民法院公布的小额诉讼标的额，按{year}年平均工资{wage}元推算为{threshold}元"
               "{alternatives}（民诉法解释第二百七十二条）；请以本省高级人民法院最新通知为准",
               year=average.statistic_year or "", wage=format_amount(average.value),
               threshold=format_amount(threshold.value), alternatives=alternatives)
