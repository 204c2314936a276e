"""What each document prints, built from the Assessment alone (the law is applied once, in ``assess``).

Each builder returns plain dicts, lists and strings — nothing a template could call into — in which every
unknown field is the blank line ``________`` and every amount is already written as filings write it.
"""

from __future__ import annotations

from collections.abc import Callable

from lawgen.case import ClaimKind, Respondent
from lawgen.documents.annex import working_time_annex
from lawgen.documents.fields import (
    BLANK,
    END_REASON_LABELS,
    OCCUPATION_LABELS,
    box,
    day,
    money,
    money_in_words,
    ordinal,
    paragraphs,
    text,
)
from lawgen.labels import CATEGORY_LABELS, ROUTE_LABELS, SMALL_CLAIMS_LABELS
from lawgen.labels import LIMITATION_STATUS_LABELS as LIMITATION_LABELS
from lawgen.labels import PARAMETER_STATUS_LABELS as STATUS_LABELS
from lawgen.law import Assessment, ClaimAssessment, Route
from lawgen.law.assessment import INSPECTION_KINDS
from lawgen.law.parameters import ParameterValue

Context = dict[str, object]
REFUND_KINDS = {ClaimKind.deposit_refund, ClaimKind.unlawful_deduction}
DIRECT_SUIT_ROUTES = (Route.direct_suit_wage_iou, Route.direct_suit_mediation_agreement)
# The element-style complaint's fixed claim items (民事起诉状示范文本, 诉讼请求 1–8) and the kinds each takes.
COMPLAINT_ITEMS: dict[str, tuple[ClaimKind, ...]] = {
    "wages": (ClaimKind.unpaid_wages,),
    "double_wages": (ClaimKind.no_contract_double_wages,),
    "overtime": (ClaimKind.overtime,),
    "annual_leave": (ClaimKind.unused_annual_leave,),
    "social_insurance": (),
    "severance": (ClaimKind.severance,),
    "unlawful_termination": (ClaimKind.unlawful_termination,),
    "other": (ClaimKind.work_injury_medical, ClaimKind.deposit_refund, ClaimKind.unlawful_deduction,
              ClaimKind.confirm_relationship, ClaimKind.additional_compensation, ClaimKind.other),
}
AUTHORITY_TEXT = {
    "general": "一般授权：代为提交、签收文书，参加调解、庭审，进行举证、质证和辩论。",
    "special": "特别授权：除一般授权事项外，代为承认、放弃、变更仲裁或诉讼请求，进行和解，提起反诉或者上诉，"
               "代为签收裁决书、判决书、调解书。",
}


# --- pieces every document shares -----------------------------------------------------------------------

def _worker(assessment: Assessment) -> Context:
    worker = assessment.case.worker
    return {
        "name": worker.name,
        "gender": worker.gender,
        "male": box(worker.gender == "男"),
        "female": box(worker.gender == "女"),
        "birth_date": day(worker.born_on),
        "ethnicity": text(worker.ethnicity),
        "id_number": text(worker.id_number),
        "occupation": text(OCCUPATION_LABELS.get(worker.occupation) if worker.occupation else None),
        "employer": assessment.case.respondents[0].name,
        "address": text(worker.address),
        "phone": text(worker.phone),
    }


def _company_type(name: str) -> Context:
    """The complaint's 类型 boxes, ticked only where the registered name says it."""
    joint_stock = "股份有限公司" in name
    limited = not joint_stock and "有限" in name and "公司" in name
    return {"llc": box(limited), "joint_stock": box(joint_stock), "other": box(False)}


def _respondent(respondent: Respondent, number: int, count: int) -> Context:
    suffix = ordinal(number, count)
    return {
        "number": number,
        "suffix": suffix,
        "heading": f"被申请人{suffix}",
        "complaint_heading": f"被告{suffix}（法人、非法人组织）",
        "name": respondent.name,
        "credit_code": text(respondent.credit_code),
        "address": text(respondent.address),
        "legal_representative": text(respondent.legal_representative),
        "representative_title": text(respondent.representative_title),
        "phone": text(respondent.phone),
        "type": _company_type(respondent.name),
    }


def _agent(assessment: Assessment) -> Context:
    agent = assessment.case.agent
    authority = agent.authority.value if agent else None
    return {
        "present": agent is not None,
        "yes": box(agent is not None),
        "no": box(agent is None),
        "name": text(agent.name if agent else None),
        "organization": text(agent.organization if agent else None),
        "phone": text(agent.phone if agent else None),
        "general": box(authority == "general"),
        "special": box(authority == "special"),
        "authority_text": AUTHORITY_TEXT.get(authority or "", BLANK),
    }


def _claim_object(claim: ClaimAssessment) -> str:
    """What is asked for, with its amount: ``2026年7月1日至2026年8月31日期间拖欠的工资12,000.00元``."""
    if claim.kind is ClaimKind.other:
        return f"{claim.title}{money(claim.amount)}元"
    if claim.amount is None:
        return claim.description
    return f"{claim.description}{money(claim.amount)}元"


def _request(claim: ClaimAssessment, ruling: str, respondent: str, applicant: str, last: bool) -> str:
    """One numbered request: 请求裁决被申请人支付申请人……元 / 请求判令被告支付原告……元."""
    if claim.kind is ClaimKind.confirm_relationship:
        parties = claim.description.replace("申请人", applicant).replace("被" + applicant, respondent)
        body = f"请求确认{parties}"
    elif claim.kind is ClaimKind.other:
        body = f"请求{ruling}{respondent}向{applicant}{_claim_object(claim)}"
    else:
        verb = "退还" if claim.kind in REFUND_KINDS else "支付"
        body = f"请求{ruling}{respondent}{verb}{applicant}{_claim_object(claim)}"
    return body + ("。" if last else "；")


def _reasoning(claim: ClaimAssessment) -> str:
    """The legal basis by article and, for a computed amount, its formula with the numbers."""
    basis = "、".join(claim.basis) if claim.basis else BLANK
    parts = [f"关于第{claim.index + 1}项请求（{claim.title}）：依据{basis}。"]
    if claim.formula:
        parts.append(f"计算方法：{claim.formula}。")
    if claim.differs:
        parts.append(f"按法定标准计算为{money(claim.computed)}元，现主张{money(claim.claimed)}元。")
    return "".join(parts)


def _claims(assessment: Assessment, ruling: str, respondent: str, applicant: str) -> list[Context]:
    count = len(assessment.claims)
    return [
        {
            "number": claim.index + 1,
            "title": claim.title,
            "request": _request(claim, ruling, respondent, applicant, claim.index + 1 == count),
            "object": _claim_object(claim),
            "amount": money(claim.amount) if claim.is_money else "—",
            "final": ("是" if claim.final_award_item else "否") if claim.is_money else "—",
            "reasoning": _reasoning(claim),
        }
        for claim in assessment.claims
    ]


def _employment_facts(assessment: Assessment, worker: str = "申请人", employer: str = "被申请人"
                      ) -> list[str]:
    """The employment facts the case holds, as sentences: start, work, contract, wage, how it ended."""
    case = assessment.case
    employment = case.employment
    occupation = OCCUPATION_LABELS.get(case.worker.occupation) if case.worker.occupation else None
    work = f"，担任{occupation}" if occupation else ""
    place = f"，工作地点为{employment.workplace}" if employment.workplace else ""
    facts = [f"{worker}自{day(employment.start_date)}起在{employer}处工作{work}{place}。"]
    if not employment.written_contract:
        facts.append("双方未签订书面劳动合同。")
    elif employment.contract_signed_on:
        facts.append(f"双方于{day(employment.contract_signed_on)}签订书面劳动合同。")
    else:
        facts.append("双方签订了书面劳动合同。")
    facts.append(f"{worker}月工资为{money(employment.monthly_wage)}元。")
    if employment.end_date:
        reason = END_REASON_LABELS.get(employment.end_reason) if employment.end_reason else None
        facts.append(f"{day(employment.end_date)}，双方劳动关系结束（{text(reason)}）。")
    else:
        facts.append(f"{worker}目前仍在职。")
    return facts


def _evidence(assessment: Assessment) -> list[Context]:
    return [
        {
            "number": number,
            "name": item.name,
            "source": text(item.source),
            "proves": text(item.proves),
            "pages": text(item.pages),
            "original": {True: "原件", False: "复印件"}.get(item.original, BLANK)
            if item.original is not None else BLANK,
        }
        for number, item in enumerate(assessment.case.evidence, start=1)
    ]


def _base(assessment: Assessment) -> Context:
    case = assessment.case
    respondents = case.respondents
    return {
        "worker": _worker(assessment),
        "respondents": [_respondent(r, n, len(respondents)) for n, r in enumerate(respondents, start=1)],
        "respondent_names": "、".join(r.name for r in respondents),
        "agent": _agent(assessment),
        "total": money(assessment.total),
        "total_words": money_in_words(assessment.total),
        "facts": paragraphs(case.facts),
        "evidence": _evidence(assessment),
        "date": day(assessment.judged_on),
        "copies": assessment.copies,
        "respondent_copies": len(respondents),
    }


# --- one builder per document ---------------------------------------------------------------------------

def arbitration_application(assessment: Assessment) -> Context:
    """劳动人事争议仲裁申请书 — 劳动争议调解仲裁法第二十八条."""
    return {
        **_base(assessment),
        "claims": _claims(assessment, "裁决", "被申请人", "申请人"),
        "employment_facts": _employment_facts(assessment),
        "commission": text(assessment.bodies.commission),
    }


def _complaint_items(assessment: Assessment) -> dict[str, Context]:
    items = {}
    for key, kinds in COMPLAINT_ITEMS.items():
        claims = [c for c in assessment.claims if c.kind in kinds]
        details = []
        for claim in claims:
            detail = _claim_object(claim)
            if claim.formula:
                detail += f"（计算方法：{claim.formula}）"
            details.append(detail)
        items[key] = {"yes": box(bool(claims)), "no": box(not claims), "detail": "；".join(details) or "无"}
    return items


def _route_note(assessment: Assessment) -> str:
    award = assessment.case.procedure.arbitration
    if award is not None:
        deadline = f"，应于{day(assessment.court_deadline)}前起诉" if assessment.court_deadline else ""
        return (f"本案已经{text(award.commission)}仲裁（{text(award.case_number)}），原告不服仲裁裁决，"
                f"依照劳动争议调解仲裁法第四十八条、第五十条向人民法院起诉{deadline}。")
    if Route.direct_suit_wage_iou in assessment.routes:
        return ("原告持有被告出具的工资欠条，仅主张欠条载明的工资，"
                "依照劳动争议解释（一）第十五条直接向人民法院起诉，无需先经劳动仲裁。")
    if Route.direct_suit_mediation_agreement in assessment.routes:
        return ("双方仅就劳动报酬达成的调解协议，被告未按期履行，原告依照劳动争议解释（一）第五十一条第二款"
                "直接向人民法院起诉。")
    return "劳动争议须先申请劳动仲裁（劳动争议调解仲裁法第五条）；本起诉状供仲裁后起诉时使用。"


def _arbitration_lines(assessment: Assessment) -> list[str]:
    award = assessment.case.procedure.arbitration
    if award is None:
        return [_route_note(assessment)]
    return [
        f"仲裁委员会：{text(award.commission)}",
        f"仲裁案号：{text(award.case_number)}",
        f"裁决日期：{day(award.award_date)}；收到裁决书日期：{day(award.received_on)}",
        *(f"仲裁结果：{line}" if n == 0 else line for n, line in enumerate(paragraphs(award.outcome))),
    ]


def court_complaint(assessment: Assessment) -> Context:
    """民事起诉状（劳动争议纠纷）, the element-style form (民事起诉状示范文本) item by item."""
    claims = assessment.claims
    employment = _employment_facts(assessment, "原告", "被告")
    by_kind = {c.kind: c for c in claims}
    performance = [employment[0], employment[2]]
    for kind in (ClaimKind.overtime, ClaimKind.unused_annual_leave):
        if kind in by_kind and by_kind[kind].formula:
            performance.append(f"{by_kind[kind].title}：{by_kind[kind].formula}")
    termination = [employment[-1]]
    for kind in (ClaimKind.severance, ClaimKind.unlawful_termination):
        if kind in by_kind:
            termination.append(f"主张{_claim_object(by_kind[kind])}。")
    injury = by_kind.get(ClaimKind.work_injury_medical)
    award = assessment.case.procedure.arbitration
    iou = Route.direct_suit_wage_iou in assessment.routes
    return {
        **_base(assessment),
        "claims": _claims(assessment, "判令", "被告", "原告"),
        "items": _complaint_items(assessment),
        "costs": "本案诉讼费用由被告承担。",
        "facts_items": {
            "contract": employment[1],
            "performance": performance,
            "termination": "".join(termination),
            "injury": f"主张{_claim_object(injury)}。" if injury else "无",
            "arbitration": _arbitration_lines(assessment),
        },
        "route_note": _route_note(assessment),
        "court": text(assessment.bodies.court),
        "attachments": "仲裁裁决书、" if award else "工资欠条原件及复印件、" if iou else "",
    }


def inspection_complaint(assessment: Assessment) -> Context:
    """劳动保障监察投诉书 — 劳动保障监察条例; 若干规定第十三、十四条."""
    requests = []
    for claim in assessment.claims:
        if claim.kind in INSPECTION_KINDS:
            verb = "退还" if claim.kind in REFUND_KINDS else "支付"
            requests.append(f"请求责令被投诉单位{verb}投诉人{_claim_object(claim)}。")
    until = assessment.inspection_until
    window = "依照《劳动保障监察条例》第二十条，违法行为在两年内未被发现，也未被举报、投诉的，不再查处；"
    return {
        **_base(assessment),
        "inspection_requests": [f"{n}. {r}" for n, r in enumerate(requests, start=1)] or [BLANK],
        "employment_facts": _employment_facts(assessment, "投诉人", "被投诉单位"),
        "inspection_office": text(assessment.bodies.inspection_office),
        "inspection_window": window + (f"本案请于{day(until)}前投诉。" if until else "请尽早投诉。"),
    }


def evidence_list(assessment: Assessment) -> Context:
    """证据清单. With no evidence recorded, three empty numbered rows to fill in by hand."""
    context = _base(assessment)
    if not context["evidence"]:
        empty = {"name": "", "source": "", "proves": "", "pages": "", "original": ""}
        context["evidence"] = [{"number": n, **empty} for n in (1, 2, 3)]
    return context


def _parameter_source(value: ParameterValue) -> str:
    year = f"{value.statistic_year}年度数据；" if value.statistic_year else ""
    status = STATUS_LABELS[value.status]
    return f"（{year}自{day(value.effective_from)}起适用；来源：{value.source}；状态：{status}）"


def _step(step: str, when: str, basis: str) -> Context:
    return {"step": step, "when": when, "basis": basis}


def _steps(assessment: Assessment) -> list[Context]:
    """This case's route step by step, from the assessment's timeline: the date where it is known, else the
    period (each period a dated, cited parameter of the law)."""
    steps = []
    for step in assessment.timeline:
        title = step.title.render("zh")
        if step.key == "file_arbitration":
            title = f"向{assessment.bodies.commission or '劳动人事争议仲裁委员会'}申请仲裁"
        note = step.note.render("zh") if step.note else ""
        if step.estimate:
            note = f"{note}；日期为估算" if note else "日期为估算"
        if step.date:
            when = f"{day(step.date)}前" + (f"（{note}）" if note else "")
        else:
            when = note or "—"
        steps.append(_step(title, when, "、".join(step.basis)))
    return steps or [_step("暂无可用途径，请咨询法律援助机构", "—", "—")]


def procedure_sheet(assessment: Assessment) -> Context:
    """程序对比表: this case's route and deadlines, final awards, small claims and the comparison table."""
    small = assessment.small_claims
    limitation = assessment.limitation
    deadline = f"，应于{day(limitation.deadline)}前申请仲裁" if limitation.deadline else ""
    relationship = assessment.relationship
    return {
        **_base(assessment),
        "claims": _claims(assessment, "裁决", "被申请人", "申请人"),
        "region": assessment.region.full_name,
        "judged_on": day(assessment.judged_on),
        "relationship": f"{CATEGORY_LABELS[relationship.category]}（{relationship.summary.render('zh')}）",
        "limitation": f"{LIMITATION_LABELS[limitation.status]}{deadline}",
        "routes": [ROUTE_LABELS[r] for r in assessment.routes] or ["暂无可用途径，请咨询法律援助机构"],
        "bodies": {
            "commission": text(assessment.bodies.commission),
            "court": text(assessment.bodies.court),
            "inspection_office": text(assessment.bodies.inspection_office),
        },
        "steps": _steps(assessment),
        "final_award": {
            "cap": money(assessment.final_award.cap),
            "reasons": [r.render("zh") for r in assessment.final_award.reasons],
        },
        "small_claims": {
            "status": SMALL_CLAIMS_LABELS[small.status],
            "threshold": money(small.threshold),
            "threshold_source": _parameter_source(small.threshold_parameter),
            "consent_limit": money(small.consent_limit),
            "consent_source": _parameter_source(small.consent_parameter),
            "reasons": [r.render("zh") for r in small.reasons],
        },
        "warnings": [{"number": n, "text": w.render("zh")}
                     for n, w in enumerate(assessment.warnings, start=1)] or [{"number": 1, "text": "无"}],
    }


def power_of_attorney(assessment: Assessment) -> Context:
    """授权委托书 — 民事诉讼法第六十二条 (what special authority covers)."""
    base = _base(assessment)
    return {
        **base,
        "matter": f"{base['worker']['name']}与{base['respondent_names']}劳动争议一案（仲裁及诉讼阶段）",
    }


BUILDERS: dict[str, Callable[[Assessment], Context]] = {
    "arbitration_application": arbitration_application,
    "court_complaint": court_complaint,
    "inspection_complaint": inspection_complaint,
    "evidence_list": evidence_list,
    "procedure_sheet": procedure_sheet,
    "power_of_attorney": power_of_attorney,
    "working_time_annex": working_time_annex,
}

