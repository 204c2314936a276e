"""One assessment of a case: every amount, verdict, deadline, step, reason, parameter and warning.

``assess(case)`` is the only place the law is applied, and it only orchestrates: each question is decided in
its own module (the claim registry ``claims``, ``final_award``, ``small_claims``, ``limitation``,
``relationship``, ``routes``, ``inspection``, ``timeline``, ``bodies``). The wizard, the CLI, every document
and the guide read the object it returns; none recomputes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

from lawgen.case import Case, Claim, ClaimKind, EndReason, Event, EventKind
from lawgen.i18n import N_, Msg, MsgList, msg, translate
from lawgen.labels import MONEY_PARAMETERS, PARAMETER_STATUS_LABELS
from lawgen.law.bodies import Bodies, competent_bodies, region_of_credit_code
from lawgen.law.claims import REGISTRY, ClaimInputs
from lawgen.law.derived import ParameterLog
from lawgen.law.final_award import FinalAward, Finality, final_award, is_final_award_item
from lawgen.law.hints import Hint, Need
from lawgen.law.inspection import inspection_until
from lawgen.law.limitation import (
    ClaimLimitation,
    LimitationFacts,
    LimitationRule,
    LimitationVerdict,
    case_limitation,
    claim_limitation,
)
from lawgen.law.parameters import ParameterBook, ParameterValue, Status, parameter_title, staleness
from lawgen.law.relationship import (
    Category,
    RecordIndicator,
    RelationshipVerdict,
    questions_to_ask,
    relationship_category,
)
from lawgen.law.rest_days import DEFAULT_CALENDAR, HolidayCalendar
from lawgen.law.routes import Route, RouteFacts, routes
from lawgen.law.small_claims import SmallClaims, small_claims
from lawgen.law.stages import StageVerdict, case_stage
from lawgen.law.timeline import TimelineFacts, TimelineStep, timeline
from lawgen.law.unclaimed import pointed_to
from lawgen.money import ZERO, format_amount, plain, round_fen
from lawgen.regions import Region
from lawgen.text import source_title

FORMAT = "lawgen.assessment/1"
# 劳动报酬 and what labor inspection orders paid: read from the registry, for the documents.
PAY_KINDS = frozenset(kind for kind, rule in REGISTRY.items() if rule.pay)
INSPECTION_KINDS = frozenset(kind for kind, rule in REGISTRY.items() if rule.inspection)


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
    limitation: ClaimLimitation | None = None
    finality: Finality = Finality.not_final
    hints: tuple[Hint, ...] = ()

    @property
    def is_money(self) -> bool:
        return self.amount is not None

    @property
    def awaits_amount(self) -> bool:
        """A money claim whose amount cannot be computed yet (overtime without its hours): not a 0."""
        return self.amount is None and self.kind is not ClaimKind.confirm_relationship

    @property
    def differs(self) -> bool:
        return self.computed is not None and self.claimed is not None and self.computed != self.claimed

    def as_json(self, lang: str) -> dict:
        return {
            "kind": self.kind.value,
            "title": translate(self.title, lang),
            "amount": plain(self.amount) if self.amount is not None else None,
            "basis": [translate(b, lang) for b in self.basis],
            "final_award_item": self.final_award_item,
            "finality": self.finality.value,
            **({"computed": plain(self.computed)} if self.differs else {}),
            **({"from": self.period_from.isoformat()} if self.period_from else {}),
            **({"to": self.period_to.isoformat()} if self.period_to else {}),
            **({"formula": self.formula_msg.render(lang)} if self.formula_msg else {}),
            **({"limitation": self.limitation.as_json(lang)} if self.limitation else {}),
        }


@dataclass(frozen=True)
class Unclaimed:
    """A claim the facts point to and the case does not make (``law.unclaimed``), assessed as if it were
    made: its amount, basis and own last day; ``because`` is the fact (a msgid)."""

    claim: ClaimAssessment
    because: str


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
    timeline: tuple[TimelineStep, ...] = ()
    hints: tuple[Hint, ...] = ()
    stage: StageVerdict | None = None  # where the case stands after its first filing, and its deadlines
    calendar: HolidayCalendar = DEFAULT_CALENDAR  # the holiday arrangements the dates were counted with
    unclaimed: tuple[Unclaimed, ...] = ()  # claims the facts point to that the case does not make

    @property
    def copies(self) -> int:
        """Copies of an application or complaint to bring: one plus one per respondent (第二十八条)."""
        return 1 + len(self.case.respondents)

    @property
    def time_to_sue_passed(self) -> bool:
        """After an award, its fifteen days to sue have run out (劳动争议调解仲裁法第四十八条、第五十条);
        false while they run or their start (the award's receipt) is not recorded."""
        return self.court_deadline is not None and self.court_deadline < self.judged_on

    @property
    def money_claims(self) -> tuple[ClaimAssessment, ...]:
        return tuple(c for c in self.claims if c.is_money)

    @property
    def paid(self) -> Decimal:
        """What the employer has paid towards the claims so far (``procedure.payments``)."""
        return sum((p.amount for p in self.case.procedure.payments), Decimal(0))

    @property
    def owed(self) -> Decimal:
        """The claims' total less what was paid: what a first filing asks for (never below zero)."""
        return max(self.total - self.paid, Decimal(0))

    def parameter(self, name: str) -> ParameterValue | None:
        return next((p for p in self.parameters if p.name == name), None)

    def as_json(self, lang: str = "zh") -> dict:
        """The ``lawgen.assessment/1`` object (fields are only ever added)."""
        verdict = self.limitation
        return {
            "format": FORMAT,
            "region": self.region.code,
            "judged_on": self.judged_on.isoformat(),
            "claims": [c.as_json(lang) for c in self.claims],
            "unclaimed": [{**u.claim.as_json(lang), "because": translate(u.because, lang)}
                          for u in self.unclaimed],
            "total": plain(self.total),
            "final_award": {
                "cap": plain(self.final_award.cap) if self.final_award.cap is not None else None,
                "cap_on": self.final_award.cap_on.isoformat() if self.final_award.cap_on else None,
                "final_items": [k.value for k in self.final_award.final_items],
                "non_final_items": [k.value for k in self.final_award.non_final_items],
                "reasons": [r.render(lang) for r in self.final_award.reasons],
            },
            "small_claims": {
                "status": self.small_claims.status.value,
                "threshold": plain(self.small_claims.threshold),
                "consent_limit": plain(self.small_claims.consent_limit),
                "reasons": [r.render(lang) for r in self.small_claims.reasons],
            },
            "limitation": {
                "status": verdict.status.value,
                "deadline": verdict.deadline.isoformat() if verdict.deadline else None,
                "estimate": verdict.estimate,
                "reasons": [r.render(lang) for r in verdict.reasons],
            },
            "timeline": [step.as_json(lang) for step in self.timeline],
            "stage": self.stage.as_json(lang) if self.stage else None,
            "routes": [r.value for r in self.routes],
            "relationship": {
                "category": self.relationship.category.value,
                "score": self.relationship.score,
                "indicators_for": self.relationship.indicators_for,
                "indicators_answered": self.relationship.indicators_answered,
                "reasons": [r.render(lang) for r in self.relationship.reasons],
                "from_records": [
                    {"name": i.key, "label": Msg(i.label).render(lang), "figures": i.figures.render(lang),
                     "informs": list(i.informs)}
                    for i in self.relationship.records
                ],
                "to_ask": list(self.relationship.to_ask),
            },
            "parameters": [p.as_json() for p in self.parameters],
            "warnings": [w.render(lang) for w in self.warnings],
            "hints": [h.as_json(lang) for h in self.hints],
        }


def assess(case: Case, on: dt.date | None = None, book: ParameterBook | None = None,
           records: tuple[RecordIndicator, ...] = ()) -> Assessment:
    """Apply the law to a validated case as of ``on`` (default: the case's ``prepared_on``, else today).

    ``records``: the relationship figures of the case's order records (``lawgen.records``), shown beside
    the answers.

    Raises MissingParameter when a value a verdict needs is unknown for the region and date.
    """
    judged_on = on or case.judged_on
    book = book or ParameterBook()
    used = ParameterLog(book, case.place, judged_on)
    calendar = book.calendar
    procedure, employment = case.procedure, case.employment

    relationship = relationship_category(case.relationship, employment.written_contract, records)
    applied_on = _applied_on(case, judged_on)
    claims = tuple(_claim(ClaimInputs(i, claim, case, used, judged_on, calendar), relationship, applied_on)
                   for i, claim in enumerate(case.claims))
    total = round_fen(sum((c.amount for c in claims if c.amount is not None), ZERO))
    award = procedure.arbitration
    dispute_day = employment.end_date or max((c.to for c in case.claims if c.to), default=None)
    verdict_final, final_warnings = final_award(
        tuple((c.kind, c.finality, c.amount) for c in claims), used, award.award_date if award else None,
        dispute_day,
    )
    claims = tuple(replace(c, final_award_item=is_final_award_item(c.finality, c.amount, verdict_final.cap))
                   for c in claims)
    small = small_claims(
        used, total=total, has_non_money_claim=any(not c.is_money and not c.awaits_amount for c in claims),
        amounts_pending=sum(c.awaits_amount for c in claims),
        needs_appraisal=procedure.needs_appraisal, respondent_missing=procedure.respondent_missing,
        counterclaim=procedure.counterclaim, consented=procedure.consent_to_small_claims,
        arbitration_first=not (procedure.wage_iou or procedure.mediation_agreement),
    )
    limitations = tuple(c.limitation for c in claims if c.limitation is not None)
    limitation = case_limitation(limitations, judged_on, applied_on)
    ends = [c.to or employment.end_date or judged_on for c in case.claims if REGISTRY[c.kind].inspection]
    until = inspection_until(ends, int(used.decimal("inspection_lookback_years")))
    found_routes, route_reasons = routes(RouteFacts(
        procedure, tuple(c.kind for c in case.claims),
        tuple(c.kind for c in case.claims if REGISTRY[c.kind].inspection), limitation, relationship.category,
        until, judged_on,
        tuple(format((used.decimal(n) * 100).normalize(), "f")
              for n in ("additional_compensation_min_rate", "additional_compensation_max_rate")),
    ))
    steps = timeline(TimelineFacts(case, found_routes, limitation, limitations, small.status, until,
                                   bool(verdict_final.final_items)), used, calendar)
    court_deadline = next((s.date for s in steps if s.key == "sue_after_award" and s.date), None)
    stage = case_stage(case, judged_on, used, calendar, steps, claimed=total)
    employer_regions = tuple(r for r in (region_of_credit_code(x.credit_code) for x in case.respondents) if r)
    bodies = competent_bodies(case.place, employer_regions, procedure.addressees.model_dump(),
                              case.respondents[0].address)

    parameters = tuple(used.values.values())
    warnings = [*final_warnings]
    for claim in claims:
        warnings += [*(claim.limitation.warnings if claim.limitation else ()), *claim.notes]
    warnings += [*_case_warnings(case, relationship, used), *bodies.notes,
                 *_parameter_warnings(parameters, judged_on)]
    agreed = procedure.mediation.amount if procedure.mediation else None
    if agreed is not None and total and agreed > total:
        # Not an error (an agreement may add what the claims left out), but a typed extra zero would go into
        # a binding agreement and the payment order: the volunteer checks it with the worker.
        warnings.append(msg("调解协议约定的金额{agreed}元高于各项请求合计{total}元，请与劳动者核对协议上的数额",
                            agreed=format_amount(agreed), total=format_amount(total)))
    warnings += [msg("{title}的日期为估算（当年节假日安排尚未公布）",
                     title=s.title) for s in steps
                 if s.estimate and s.key != "file_arbitration"]  # the limitation already says so
    hints = [*(h for c in claims for h in c.hints),
             *(h for c in claims if c.limitation for h in c.limitation.hints), *small.hints,
             *questions_to_ask(relationship)]
    if award is not None and award.award_date is None:
        words = msg("请填写仲裁裁决作出的日期：终局裁决上限按该日的最低工资标准计算")
        hints.append(Hint(Need.award_date, words))
    return Assessment(
        case=case, region=case.place, judged_on=judged_on, claims=claims, total=total,
        unclaimed=_unclaimed(case, book, judged_on, relationship),
        final_award=verdict_final,
        small_claims=small, limitation=limitation, routes=found_routes, route_reasons=route_reasons,
        relationship=relationship, bodies=bodies, inspection_until=until, court_deadline=court_deadline,
        parameters=parameters, warnings=tuple(_unique(warnings)), timeline=steps,
        hints=tuple(_unique_hints(hints)), stage=stage, calendar=calendar,
    )


def _unclaimed(case: Case, book: ParameterBook, judged_on: dt.date,
               relationship: RelationshipVerdict) -> tuple[Unclaimed, ...]:
    """Each claim the facts point to, assessed as the next claim of the case would be (its parameters kept
    out of the case's own list); one that comes to nothing (a double wage for under a month) is left out."""
    employment = case.employment
    pointers = pointed_to(employment.written_contract, employment.end_reason, {c.kind for c in case.claims},
                          employment.start_date, employment.contract_signed_on)
    if not pointers:
        return ()
    used = ParameterLog(book, case.place, judged_on)
    found = []
    for pointer in pointers:
        inputs = ClaimInputs(len(case.claims), Claim(kind=pointer.kind), case, used, judged_on, book.calendar)
        assessed = _claim(inputs, relationship)
        if assessed.amount:
            found.append(Unclaimed(assessed, pointer.because))
    return tuple(found)


def _applied_on(case: Case, judged_on: dt.date) -> dt.date | None:
    """The day the worker applied for arbitration, if recorded and not after the day judged on: the claims
    applied for are judged as of it (调解仲裁法第二十七条第一款); a claim the case does not make is not."""
    award = case.procedure.arbitration
    applied = award.applied_on if award is not None else None
    return applied if applied is not None and applied <= judged_on else None


def _claim(inputs: ClaimInputs, relationship: RelationshipVerdict,
           applied_on: dt.date | None = None) -> ClaimAssessment:
    """One claim: the registry's computation, the amount claimed (rounded once), and its own limitation."""
    claim = inputs.claim
    rule = REGISTRY[claim.kind]
    worked = rule.work(inputs)
    computation = worked.computation
    computed = round_fen(computation.amount) if computation else None
    claimed = round_fen(claim.amount) if claim.amount is not None else None
    money_claim = claim.kind is not ClaimKind.confirm_relationship
    amount = (claimed if claimed is not None else computed) if money_claim else None
    notes = [*(computation.notes if computation else ()), *worked.notes]
    if computed is not None and claimed is not None and computed != claimed:
        notes.append(msg("第{n}项请求：主张金额{claimed}元与按法定标准计算的{computed}元不一致，以主张金额为准",
                         n=inputs.index + 1, claimed=plain(claimed), computed=plain(computed)))
    basis = computation.basis if computation else rule.basis
    if claim.kind is ClaimKind.other:
        basis = (claim.basis,) if claim.basis else ()
    title = claim.title if claim.kind is ClaimKind.other and claim.title else rule.title
    return ClaimAssessment(
        index=inputs.index, kind=claim.kind, title=title, description=worked.description,
        period_from=worked.first, period_to=worked.last, amount=amount, computed=computed, claimed=claimed,
        formula=computation.formula.render("zh") if computation else None,
        formula_msg=computation.formula if computation else None, basis=tuple(basis), final_award_item=False,
        notes=tuple(notes),
        limitation=_limitation(inputs, rule.limitation, worked, relationship, title, applied_on),
        finality=rule.finality, hints=worked.hints,
    )


def _limitation(inputs: ClaimInputs, rule: LimitationRule, worked, relationship: RelationshipVerdict,
                title: str, applied_on: dt.date | None) -> ClaimLimitation:
    case = inputs.case
    civil = relationship.category is Category.civil and inputs.claim.kind != ClaimKind.confirm_relationship
    period = worked.double_wage_period
    if rule is LimitationRule.double_wages_27_1 and period is None:
        end = case.employment.end_date
        rule = LimitationRule.from_end_of_employment if end else LimitationRule.one_year_27_1
    events: tuple[Event, ...] = tuple(
        e for e in case.procedure.events if e.kind is not EventKind.payment_order_missed
        and (e.claims is None or inputs.index in e.claims)
    )
    # The civil period (民法典第一百八十八条) is looked up, and cited, only where a civil suit is open.
    civil_years = 3
    if civil or case.procedure.wage_iou:
        civil_years = int(inputs.used.decimal("civil_limitation_years"))
    return claim_limitation(LimitationFacts(
        rule=rule, judged_on=inputs.judged_on, employment_end=case.employment.end_date,
        knew_on=case.procedure.knew_on, events=events, calendar=inputs.calendar,
        years=int(inputs.used.decimal("arbitration_limitation_years")), civil_years=civil_years,
        period=(period.first, period.last) if period else None,
        period_ongoing=bool(period and period.ongoing),
        leave_year=worked.leave_year, claim_last_day=worked.last,
        wage_iou=case.procedure.wage_iou, title=title, civil=civil,
        arises_on=worked.first if inputs.claim.kind is ClaimKind.additional_compensation else None,
        applied_on=applied_on,
    ))


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


# A parameter's date note, said in the reader's language: each note the shipped parameter files carry is a
# message of the catalog (a note from a user's own file is shown as written).
DATE_NOTE = N_("{name} 的生效日期：{note}")
DATE_NOTES = (
    N_("统计数据公布日；适用日期未查到"),
    N_("发布日期未经证实，按次年6月推定"),
    N_("起始日期未经证实（资料称可能为2022年）"),
    N_("资料标注“截至2026年1月1日”，非生效日期"),
)


def _figure(name: str, value: Decimal) -> Msg | str:
    """A parameter's value as a person reads it: a sum of money as «2,265.00元», any other as it is."""
    return msg("{amount}元", amount=format_amount(value)) if name in MONEY_PARAMETERS else format(value, "f")


def _parameter_warnings(parameters: tuple[ParameterValue, ...], judged_on: dt.date) -> list[Msg]:
    warnings: list[Msg] = []
    listed = {value.name for value in parameters}
    for value in parameters:
        if value.derived_from in listed:
            continue  # the parameter it was computed from carries the warning and the citation
        if value.status is Status.override:
            warnings.append(msg("{name}使用了用户提供的数值{value}（{source}）",
                                name=parameter_title(value.name), value=_figure(value.name, value.value),
                                source=source_title(value.source)))
        elif value.status is not Status.statute:
            alternatives = (
                msg("；另有资料为{values}", values=MsgList(
                    tuple(Msg("{v}", {"v": _figure(value.name, a)}) for a in value.alternatives), "、", ", "))
                if value.alternatives else ""
            )
            # Said to people: the source by its title and date (its web address stays in the parameters).
            warnings.append(msg("{name}为{value}：{label}{alternatives}。来源：{source}",
                                name=parameter_title(value.name), value=_figure(value.name, value.value),
                                source=source_title(value.source),
                                label=Msg(PARAMETER_STATUS_LABELS[value.status]), alternatives=alternatives))
        if value.date_note:
            warnings.append(msg(DATE_NOTE, name=parameter_title(value.name), note=Msg(value.date_note)))
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


def _unique_hints(hints: list[Hint]) -> list[Hint]:
    seen: set[tuple[str, str | None]] = set()
    kept = []
    for hint in hints:
        if (hint.need.value, hint.parameter) not in seen:
            seen.add((hint.need.value, hint.parameter))
            kept.append(hint)
    return kept
