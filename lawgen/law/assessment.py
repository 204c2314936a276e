"""One assessment of a case: every amount, verdict, deadline, reason, parameter and warning.

``assess(case)`` is the only place the law is applied. The wizard, the CLI, every document and the guide
read the object it returns; none recomputes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from lawgen.case import Case, ClaimKind, EndReason
from lawgen.i18n import N_, Msg, msg, translate
from lawgen.law import calculators as calc
from lawgen.law.bodies import Bodies, competent_bodies, region_of_credit_code
from lawgen.law.derived import ParameterLog, final_award_cap, small_claims_limit
from lawgen.law.eligibility import (
    SmallClaimsFacts,
    SmallClaimsStatus,
    is_final_award_item,
    small_claims_status,
)
from lawgen.law.holidays import roll_past_rest_days
from lawgen.law.limitation import LimitationFacts, LimitationVerdict, limitation
from lawgen.law.parameters import (
    STATUS_LABELS,
    ParameterBook,
    ParameterValue,
    Status,
    parameter_title,
    staleness,
)
from lawgen.law.periods import add_months
from lawgen.law.relationship import Category, RelationshipVerdict, relationship_category
from lawgen.money import ZERO, format_amount, plain, round_fen
from lawgen.regions import Region
from lawgen.text import chinese_date

FORMAT = "lawgen.assessment/1"
AWARD_APPEAL_DAYS = 15  # 劳动争议调解仲裁法第四十八条、第五十条

CLAIM_TITLES = {
    ClaimKind.unpaid_wages: N_("支付拖欠工资"),
    ClaimKind.overtime: N_("支付加班费"),
    ClaimKind.no_contract_double_wages: N_("支付未签订书面劳动合同二倍工资差额"),
    ClaimKind.severance: N_("支付解除劳动合同经济补偿"),
    ClaimKind.unlawful_termination: N_("支付违法解除劳动合同赔偿金"),
    ClaimKind.unused_annual_leave: N_("支付未休年休假工资"),
    ClaimKind.work_injury_medical: N_("支付工伤医疗费"),
    ClaimKind.deposit_refund: N_("退还押金"),
    ClaimKind.unlawful_deduction: N_("退还克扣的工资及罚款"),
    ClaimKind.confirm_relationship: N_("确认劳动关系"),
}
FIXED_BASIS = {
    ClaimKind.unpaid_wages: (N_("劳动法第五十条"), N_("劳动合同法第三十条")),
    ClaimKind.work_injury_medical: (N_("劳动争议调解仲裁法第二条第（四）项"),),
    ClaimKind.deposit_refund: (N_("劳动合同法第九条"), N_("劳动合同法第八十四条第二款")),
    ClaimKind.unlawful_deduction: (N_("劳动法第五十条"),),
    ClaimKind.confirm_relationship: (
        N_("劳动争议调解仲裁法第二条第（一）项"), N_("劳社部发〔2005〕12号第一条"),
    ),
}
# 劳动报酬: does not run while employed (调解仲裁法第二十七条第四款);
# a labor-inspection matter (监察条例第二十六条).
PAY_KINDS = {ClaimKind.unpaid_wages, ClaimKind.overtime, ClaimKind.unlawful_deduction}
INSPECTION_KINDS = PAY_KINDS | {ClaimKind.severance, ClaimKind.no_contract_double_wages}


class Route(StrEnum):
    arbitration = "arbitration"
    labor_inspection = "labor_inspection"
    direct_suit_wage_iou = "direct_suit_wage_iou"
    direct_suit_mediation_agreement = "direct_suit_mediation_agreement"
    payment_order = "payment_order"


ROUTE_LABELS = {
    Route.arbitration: N_("申请劳动人事争议仲裁（不服裁决再向法院起诉）"),
    Route.labor_inspection: N_("向劳动保障监察机构投诉"),
    Route.direct_suit_wage_iou: N_("持工资欠条直接向法院起诉"),
    Route.direct_suit_mediation_agreement: N_("持调解协议直接向法院起诉"),
    Route.payment_order: N_("向法院申请支付令"),
}


@dataclass(frozen=True)
class ClaimAssessment:
    index: int
    kind: ClaimKind
    title: str
    description: str  # what is asked for, with its period, not the amount: "2026年7月1日至…期间拖欠的工资"
    period_from: dt.date | None
    period_to: dt.date | None
    amount: Decimal | None  # what is claimed, rounded to the fen; None for a non-money claim
    computed: Decimal | None
    claimed: Decimal | None
    formula: str | None
    basis: tuple[str, ...]
    final_award_item: bool
    notes: tuple[Msg, ...]
    formula_msg: Msg | None = None  # the formula in any language; ``formula`` is its Chinese text

    @property
    def is_money(self) -> bool:
        return self.amount is not None

    @property
    def differs(self) -> bool:
        return self.computed is not None and self.claimed is not None and self.computed != self.claimed


@dataclass(frozen=True)
class FinalAward:
    cap: Decimal
    final_items: tuple[ClaimKind, ...]
    non_final_items: tuple[ClaimKind, ...]
    reasons: tuple[Msg, ...]


@dataclass(frozen=True)
class SmallClaims:
    status: SmallClaimsStatus
    threshold: Decimal
    consent_limit: Decimal
    threshold_parameter: ParameterValue
    consent_parameter: ParameterValue
    reasons: tuple[Msg, ...]


@dataclass(frozen=True)
class Assessment:
    case: Case
    region: Region
    judged_on: dt.date
    claims: tuple[ClaimAssessment, ...]
    total: Decimal
    final_award: FinalAward
    small_claims: SmallClaims
    limitation: LimitationVerdict
    routes: tuple[Route, ...]
    route_reasons: tuple[Msg, ...]
    relationship: RelationshipVerdict
    bodies: Bodies
    inspection_until: dt.date | None  # last day the inspectorate can still take the wage violation
    court_deadline: dt.date | None  # after an award: the 15 days to sue
    parameters: tuple[ParameterValue, ...]
    warnings: tuple[Msg, ...]

    @property
    def copies(self) -> int:
        """Copies of an application or complaint to bring: one plus one per respondent (第二十八条)."""
        return 1 + len(self.case.respondents)

    @property
    def money_claims(self) -> tuple[ClaimAssessment, ...]:
        return tuple(c for c in self.claims if c.is_money)

    def parameter(self, name: str) -> ParameterValue | None:
        return next((p for p in self.parameters if p.name == name), None)

    def as_json(self, lang: str = "zh") -> dict:
        """The ``lawgen.assessment/1`` object."""
        return {
            "format": FORMAT,
            "region": self.region.code,
            "judged_on": self.judged_on.isoformat(),
            "claims": [
                {
                    "kind": c.kind.value,
                    "title": translate(c.title, lang),
                    "amount": plain(c.amount) if c.amount is not None else None,
                    "basis": [translate(b, lang) for b in c.basis],
                    "final_award_item": c.final_award_item,
                    **({"computed": plain(c.computed)} if c.differs else {}),
                    **({"from": c.period_from.isoformat()} if c.period_from else {}),
                    **({"to": c.period_to.isoformat()} if c.period_to else {}),
                    **({"formula": c.formula_msg.render(lang)} if c.formula_msg else {}),
                }
                for c in self.claims
            ],
            "total": plain(self.total),
            "final_award": {
                "cap": plain(self.final_award.cap),
                "final_items": [k.value for k in self.final_award.final_items],
                "non_final_items": [k.value for k in self.final_award.non_final_items],
            },
            "small_claims": {
                "status": self.small_claims.status.value,
                "threshold": plain(self.small_claims.threshold),
                "consent_limit": plain(self.small_claims.consent_limit),
                "reasons": [r.render(lang) for r in self.small_claims.reasons],
            },
            "limitation": {
                "status": self.limitation.status.value,
                "deadline": self.limitation.deadline.isoformat() if self.limitation.deadline else None,
                "reasons": [r.render(lang) for r in self.limitation.reasons],
            },
            "routes": [r.value for r in self.routes],
            "relationship": {
                "category": self.relationship.category.value,
                "score": self.relationship.score,
                "reasons": [r.render(lang) for r in self.relationship.reasons],
            },
            "parameters": [p.as_json() for p in self.parameters],
            "warnings": [w.render(lang) for w in self.warnings],
        }


def assess(case: Case, on: dt.date | None = None, book: ParameterBook | None = None) -> Assessment:
    """Apply the law to a validated case as of ``on`` (default: the case's ``prepared_on``, else today).

    Raises MissingParameter when a value the verdicts need is unknown for the region and date.
    """
    judged_on = on or case.judged_on
    region = case.place
    used = ParameterLog(book or ParameterBook(), region, judged_on)
    warnings: list[Msg] = []

    claims = tuple(_assess_claim(i, case, used, judged_on) for i in range(len(case.claims)))
    total = sum((c.amount for c in claims if c.amount is not None), ZERO)

    final_award = _final_award(claims, case, used, warnings)
    claims = tuple(
        _with_final(c, is_final_award_item(c.kind, c.amount, final_award.cap)) for c in claims
    )
    small = _small_claims(case, total, claims, used)
    verdict = limitation(
        LimitationFacts(
            judged_on=judged_on,
            employment_end=case.employment.end_date,
            knew_on=case.procedure.knew_on,
            wage_claims_only=all(c.kind in PAY_KINDS for c in case.claims),
            years=int(used.decimal("arbitration_limitation_years")),
        )
    )
    relationship = relationship_category(case.relationship, case.employment.written_contract)
    inspection_until = _inspection_until(case, used, judged_on)
    routes, route_reasons = _routes(case, verdict, relationship, inspection_until, judged_on)
    employer_regions = tuple(
        r for r in (region_of_credit_code(x.credit_code) for x in case.respondents) if r
    )
    bodies = competent_bodies(region, employer_regions, case.procedure.addressees.model_dump())
    court_deadline = None
    award = case.procedure.arbitration
    if award and award.received_on:
        # 15 days from receipt (调解仲裁法第四十八条、第五十条); a last day on a rest day or holiday moves to
        # the next working day (民事诉讼法第八十五条).
        last_day = award.received_on + dt.timedelta(days=AWARD_APPEAL_DAYS)
        court_deadline, covered = roll_past_rest_days(last_day)
        if not covered:
            warnings.append(msg("节假日安排尚未覆盖{year}年，起诉期限仅按周末顺延；国务院公布当年放假安排后请核对",
                                year=court_deadline.year))

    warnings.extend(verdict.warnings)
    for claim in claims:
        warnings.extend(claim.notes)
    warnings.extend(_case_warnings(case, relationship, used))
    warnings.extend(bodies.notes)
    parameters = tuple(used.values.values())
    warnings.extend(_parameter_warnings(parameters, judged_on))

    return Assessment(
        case=case,
        region=region,
        judged_on=judged_on,
        claims=claims,
        total=round_fen(total),
        final_award=final_award,
        small_claims=small,
        limitation=verdict,
        routes=routes,
        route_reasons=route_reasons,
        relationship=relationship,
        bodies=bodies,
        inspection_until=inspection_until,
        court_deadline=court_deadline,
        parameters=parameters,
        warnings=tuple(_unique(warnings)),
    )


def _period_text(first: dt.date | None, last: dt.date | None) -> str:
    if first and last:
        return f"{chinese_date(first)}至{chinese_date(last)}期间"
    if first:
        return f"自{chinese_date(first)}起"
    if last:
        return f"截至{chinese_date(last)}"
    return ""


def _assess_claim(index: int, case: Case, used: ParameterLog, judged_on: dt.date) -> ClaimAssessment:
    claim = case.claims[index]
    employment = case.employment
    wage = employment.monthly_wage
    kind = claim.kind
    computation: calc.Computation | None = None
    first, last = claim.from_, claim.to
    if kind == ClaimKind.overtime:
        weekday, rest, holiday = claim.hours
        computation = calc.overtime_pay(
            wage, weekday, rest, holiday,
            paid_days=used.decimal("paid_days_per_month"),
            weekday_multiplier=used.decimal("overtime_multiplier_weekday"),
            rest_day_multiplier=used.decimal("overtime_multiplier_rest_day"),
            holiday_multiplier=used.decimal("overtime_multiplier_holiday"),
        )
        if any(claim.hours):
            description = f"{_period_text(first, last)}的加班费"
        else:
            description = f"{_period_text(first, last)}的加班费（加班时数待补充）"
    elif kind == ClaimKind.no_contract_double_wages:
        max_months = int(used.decimal("double_wage_max_months"))
        period = calc.double_wage_period(
            employment.start_date, employment.contract_signed_on, employment.end_date, judged_on, max_months
        )
        computation = calc.double_wages(
            wage, period, paid_days=used.decimal("paid_days_per_month"), max_months=max_months
        )
        if period:
            first, last = period.first, period.last
        description = f"{_period_text(first, last)}未签订书面劳动合同的二倍工资差额"
    elif kind in (ClaimKind.severance, ClaimKind.unlawful_termination):
        end = employment.end_date
        assert end is not None  # the case model requires it for these claims
        city_average = used.find("avg_monthly_wage_prev_year", end)
        severance = calc.severance(
            calc.SeveranceInput(
                start=employment.start_date,
                end=end,
                monthly_wage=wage,
                min_wage=used.decimal("min_wage_monthly", end),
                city_avg_monthly_wage=city_average.value if city_average else None,
                cap_multiple=used.decimal("econ_comp_wage_cap_multiple"),
                max_years=int(used.decimal("econ_comp_max_years")),
            )
        )
        if kind == ClaimKind.severance:
            computation = severance
            description = "解除劳动合同的经济补偿"
        else:
            computation = calc.unlawful_termination_damages(
                severance, used.decimal("unlawful_termination_multiple")
            )
            description = "违法解除劳动合同的赔偿金"
    elif kind == ClaimKind.unused_annual_leave:
        assert claim.days is not None
        computation = calc.unused_leave_pay(
            wage, claim.days,
            paid_days=used.decimal("paid_days_per_month"),
            extra_multiplier=used.decimal("unused_leave_extra_multiplier"),
        )
        description = f"应休未休年休假{format(claim.days.normalize(), 'f')}天的工资"
    elif kind == ClaimKind.unpaid_wages:
        description = f"{_period_text(first, last)}拖欠的工资"
    elif kind == ClaimKind.work_injury_medical:
        description = f"{_period_text(first, last)}的工伤医疗费"
    elif kind == ClaimKind.deposit_refund:
        description = "收取的押金"
    elif kind == ClaimKind.unlawful_deduction:
        description = f"{_period_text(first, last)}克扣的工资及罚款"
    elif kind == ClaimKind.confirm_relationship:
        since = first or employment.start_date
        until = last or employment.end_date
        description = (
            f"申请人与被申请人{chinese_date(since)}至{chinese_date(until)}期间存在劳动关系"
            if until else f"申请人与被申请人自{chinese_date(since)}起存在劳动关系"
        )
    else:
        description = claim.title or ""

    computed = round_fen(computation.amount) if computation else None
    claimed = round_fen(claim.amount) if claim.amount is not None else None
    if kind == ClaimKind.confirm_relationship:
        amount = None
    else:
        amount = claimed if claimed is not None else computed
    notes: list[Msg] = list(computation.notes) if computation else []
    if computed is not None and claimed is not None and computed != claimed:
        notes.append(msg("第{n}项请求：主张金额{claimed}元与按法定标准计算的{computed}元不一致，以主张金额为准",
                         n=index + 1, claimed=plain(claimed), computed=plain(computed)))
    if kind == ClaimKind.no_contract_double_wages:
        notes.append(msg("二倍工资差额是否属于终局裁决的“赔偿金”，依据劳动人事争议仲裁办案规则第五十条，其文字未经核对"))
    basis = computation.basis if computation else FIXED_BASIS.get(kind, ())
    if kind == ClaimKind.other:
        basis = (claim.basis,) if claim.basis else ()
    return ClaimAssessment(
        index=index,
        kind=kind,
        title=claim.title if kind == ClaimKind.other and claim.title else CLAIM_TITLES[kind],
        description=description,
        period_from=first,
        period_to=last,
        amount=amount,
        computed=computed,
        claimed=claimed,
        formula=computation.formula.render("zh") if computation else None,
        formula_msg=computation.formula if computation else None,
        basis=tuple(basis),
        final_award_item=False,
        notes=tuple(notes),
    )


def _with_final(claim: ClaimAssessment, final: bool) -> ClaimAssessment:
    from dataclasses import replace

    return replace(claim, final_award_item=final)


def _final_award(
    claims: tuple[ClaimAssessment, ...], case: Case, used: ParameterLog, warnings: list[Msg]
) -> FinalAward:
    """12 × the monthly minimum wage in force on the judging date, item by item (解释（一）第十九条)."""
    cap, minimum, months = final_award_cap(used)
    final = tuple(c.kind for c in claims if is_final_award_item(c.kind, c.amount, cap))
    non_final = tuple(c.kind for c in claims if c.kind not in final)
    reasons = [msg("终局裁决上限为当地月最低工资标准{minimum}元的{months}个月，即每项{cap}元"
                   "（劳动争议调解仲裁法第四十七条第（一）项；劳动争议解释（一）第十九条逐项计算）",
                   minimum=format_amount(minimum.value), months=format(months.normalize(), "f"),
                   cap=format_amount(cap))]
    dispute_day = case.employment.end_date or max((c.to for c in case.claims if c.to), default=None)
    if dispute_day:
        earlier = used.book.find("min_wage_monthly", used.region, dispute_day)
        if earlier and earlier.value != minimum.value:
            warnings.append(msg("争议发生时（{day}）的最低工资标准为{old}元，与判断日的{new}元不同；以哪一日的标准"
                                "计算终局裁决上限尚未确认，请留意",
                                day=dispute_day, old=plain(earlier.value), new=plain(minimum.value)))
    return FinalAward(cap, final, non_final, tuple(reasons))


def _small_claims(
    case: Case, total: Decimal, claims: tuple[ClaimAssessment, ...], used: ParameterLog
) -> SmallClaims:
    threshold = small_claims_limit(used, "small_claims_mandatory_max", "small_claims_mandatory_ratio")
    consent = small_claims_limit(used, "small_claims_consent_max", "small_claims_consent_ratio")
    procedure = case.procedure
    verdict = small_claims_status(
        SmallClaimsFacts(
            total=round_fen(total),
            threshold=threshold.value,
            consent_limit=consent.value,
            has_non_money_claim=any(not c.is_money for c in claims),
            needs_appraisal=procedure.needs_appraisal,
            respondent_missing=procedure.respondent_missing,
            counterclaim=procedure.counterclaim,
            consented=procedure.consent_to_small_claims,
        )
    )
    reasons = list(verdict.reasons)
    if threshold.derived_from:
        reasons.append(_derived_threshold_reason(threshold, used.get(threshold.derived_from)))
    if verdict.status is not SmallClaimsStatus.excluded and not procedure.wage_iou and not (
        procedure.mediation_agreement
    ):
        reasons.append(msg("劳动争议一般须先申请仲裁；对裁决不服向法院起诉后，法院按起诉金额判断是否适用小额诉讼程序"))
    return SmallClaims(verdict.status, threshold.value, consent.value, threshold, consent, tuple(reasons))


def _derived_threshold_reason(threshold: ParameterValue, average: ParameterValue) -> Msg:
    """No High Court notice known: say how the threshold was derived and what the other figures give."""
    alternatives: Msg | str = ""
    if average.alternatives:
        alternatives = msg("；另有资料为{wages}元，即{thresholds}元",
                           wages="、".join(format_amount(a) for a in average.alternatives),
                           thresholds="、".join(format_amount(a) for a in threshold.alternatives))
    return msg("未找到本省高级人民法院公布的小额诉讼标的额，按{year}年平均工资{wage}元推算为{threshold}元"
               "{alternatives}（民诉法解释第二百七十二条）；请以本省高级人民法院最新通知为准，新通知可用 "
               "--set small_claims_mandatory_max=数值 提供",
               year=average.statistic_year or "", wage=format_amount(average.value),
               threshold=format_amount(threshold.value), alternatives=alternatives)


def _inspection_until(case: Case, used: ParameterLog, judged_on: dt.date) -> dt.date | None:
    """劳动保障监察条例第二十条: two years from when the (continuing) wage violation ended."""
    ends = [
        claim.to or case.employment.end_date or judged_on
        for claim in case.claims
        if claim.kind in INSPECTION_KINDS
    ]
    if not ends:
        return None
    years = int(used.decimal("inspection_lookback_years"))
    return add_months(max(ends), 12 * years)


def _routes(
    case: Case,
    verdict: LimitationVerdict,
    relationship: RelationshipVerdict,
    inspection_until: dt.date | None,
    judged_on: dt.date,
) -> tuple[tuple[Route, ...], tuple[Msg, ...]]:
    procedure = case.procedure
    routes: list[Route] = []
    reasons: list[Msg] = []
    wage_only = all(c.kind == ClaimKind.unpaid_wages for c in case.claims)
    if procedure.wage_iou and wage_only:
        routes.append(Route.direct_suit_wage_iou)
        reasons.append(msg("持有工资欠条且只主张工资的，可直接起诉，无需先仲裁（劳动争议解释（一）第十五条）"))
    if procedure.mediation_agreement:
        routes.append(Route.direct_suit_mediation_agreement)
        reasons.append(msg("仅就劳动报酬达成的调解协议单位不履行的，可直接起诉（劳动争议解释（一）第五十一条第二款）"))
    if verdict.status is not verdict.status.expired:
        routes.append(Route.arbitration)
        reasons.append(msg("劳动争议应先申请仲裁（劳动争议调解仲裁法第五条），仲裁不收费（第五十三条）"))
    else:
        reasons.append(msg("仲裁时效已届满，除非能证明时效中断，不再建议申请仲裁"))
    if (
        inspection_until is not None
        and judged_on <= inspection_until
        and procedure.arbitration is None
        and relationship.category is not Category.civil
    ):
        routes.append(Route.labor_inspection)
        reasons.append(msg("拖欠工资等违法行为在两年内，可向劳动保障监察机构投诉，截至{day}（劳动保障监察条例第二十条）",
                           day=inspection_until))
        if relationship.category is Category.incomplete:
            # Inspection acts against an 用人单位 (监察条例第二条): a disputed relationship may be refused.
            reasons.append(msg("关系性质存在争议的，监察机构可能以不存在劳动关系为由不予受理，"
                               "可同时申请仲裁"))
    elif inspection_until is not None and judged_on > inspection_until:
        reasons.append(msg("违法行为已超过两年，劳动保障监察不再查处（劳动保障监察条例第二十条）"))
    if procedure.wage_iou or procedure.mediation_agreement:
        routes.append(Route.payment_order)
        reasons.append(msg("债权债务明确的，可向法院申请支付令（劳动合同法第三十条第二款；劳动争议调解仲裁法第十六条）"))
    return tuple(routes), tuple(reasons)


def _case_warnings(case: Case, relationship: RelationshipVerdict, used: ParameterLog) -> list[Msg]:
    warnings: list[Msg] = []
    kinds = {c.kind for c in case.claims}
    reason = case.employment.end_reason
    if ClaimKind.severance in kinds and reason == EndReason.resigned:
        warnings.append(msg("劳动者主动辞职的，一般无经济补偿（劳动合同法第四十六条）；如因单位欠薪、未缴社保等辞职，"
                            "离职原因应选“因单位过错解除”（第三十八条）"))
    if ClaimKind.unlawful_termination in kinds and reason not in (EndReason.dismissed, EndReason.other):
        warnings.append(msg("主张违法解除赔偿金，通常以单位解除或终止劳动合同为前提（劳动合同法第四十八条、第八十七条）"))
    if relationship.category is Category.civil:
        warnings.append(msg("按现有情况可能被认定为民事关系，劳动法上的请求可能不被支持；建议先请求确认劳动关系或咨询法律援助"))
    elif relationship.category is Category.incomplete:
        warnings.append(msg("关系性质存在争议，仲裁时须提供接受管理、按单位安排工作的证据（劳社部发〔2005〕12号第二条）"))
    # The standard in force while the wage was paid: at the end of employment, or now if still working.
    minimum = used.find("min_wage_monthly", case.employment.end_date or used.on)
    if minimum is not None and case.employment.monthly_wage < minimum.value:
        warnings.append(msg("月工资低于当地最低工资标准{minimum}元（劳动法第四十八条），可一并主张差额",
                            minimum=plain(minimum.value)))
    return warnings


def _parameter_warnings(parameters: tuple[ParameterValue, ...], judged_on: dt.date) -> list[Msg]:
    warnings: list[Msg] = []
    listed = {value.name for value in parameters}
    for value in parameters:
        if value.derived_from in listed:
            continue  # the parameter it was computed from carries the warning and the citation
        if value.status is Status.override:
            warnings.append(msg("参数 {name} 使用了用户提供的数值 {value}（{source}）",
                                name=parameter_title(value.name), value=format(value.value, "f"),
                                source=value.source))
        elif value.status is not Status.statute:
            alternatives = (
                msg("；另有资料为{values}", values="、".join(plain(a) for a in value.alternatives))
                if value.alternatives else ""
            )
            warnings.append(msg("{name}={value}：{label}{alternatives}。来源：{source}",
                                name=parameter_title(value.name), value=format(value.value, "f"),
                                source=value.source, label=Msg(STATUS_LABELS[value.status]),
                                alternatives=alternatives))
        if value.date_note:
            warnings.append(msg("{name} 的生效日期：{note}", name=parameter_title(value.name),
                                note=value.date_note))
        stale = staleness(value, judged_on)
        if stale:
            warnings.append(stale)
    return warnings


def _unique(messages: list[Msg]) -> list[Msg]:
    seen: set[str] = set()
    kept = []
    for message in messages:
        key = message.render()
        if key not in seen:
            seen.add(key)
            kept.append(message)
    return kept
