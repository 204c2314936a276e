"""What each document prints, built from the Assessment alone (the law is applied once, in ``assess``).

Each builder returns plain dicts, lists and strings — nothing a template could call into — in which every
unknown field is the blank line ``________`` and every amount is already written as filings write it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from lawgen.case import ClaimKind, Evidence
from lawgen.documents import plan_stage
from lawgen.documents.annex import working_time_annex
from lawgen.documents.caveats import caveats
from lawgen.documents.citations import cite
from lawgen.documents.fields import (
    BLANK,
    END_REASON_LABELS,
    OCCUPATION_LABELS,
    amounts_as_filed,
    box,
    day,
    money,
    money_in_words,
    ordinal,
    paragraphs,
    text,
)
from lawgen.documents.parties import all_respondents, worker_fields
from lawgen.documents.stage_documents import STAGE_BUILDERS, agreement_unhonoured
from lawgen.documents.summary import summary
from lawgen.documents.summary_stage import decided_in_force
from lawgen.documents.terms import (
    ARBITRATION,
    COURT,
    INSPECTION,
    NEUTRAL,
    PartyTerms,
    chinese_words,
    speak_as,
)
from lawgen.labels import CATEGORY_LABELS, CLAIM_TITLES, SMALL_CLAIMS_LABELS
from lawgen.labels import LIMITATION_STATUS_LABELS as LIMITATION_LABELS
from lawgen.law import Assessment, ClaimAssessment, LimitationStatus, Route
from lawgen.law.assessment import INSPECTION_KINDS
from lawgen.law.court_fee import property_case_fee
from lawgen.law.liability import JOINT_BASIS, Liability, contract_party, liability

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
# What each authority covers, before the body the agent acts before: the court (民事诉讼法第六十二条: special
# authority to admit, waive or change claims, settle, counterclaim or appeal) or the arbitration commission
# (劳动争议调解仲裁法第二十四条: the 委托书 states the matters and the authority).
AUTHORITY_TEXT = {
    (True, "general"): "一般授权：代为起诉、应诉，提交、签收诉讼文书，参加调解、庭审，进行举证、质证和辩论。",
    (True, "special"): "特别授权：除一般授权事项外，代为承认、放弃、变更诉讼请求，进行和解，"
                       "提起反诉或者上诉。",
    (False, "general"): "一般授权：代为提交、签收仲裁文书，参加调解、庭审，进行举证、质证和辩论。",
    (False, "special"): "特别授权：除一般授权事项外，代为承认、放弃、变更仲裁请求，进行和解，"
                        "代为签收裁决书、调解书。",
}


# --- pieces every document shares -----------------------------------------------------------------------

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
        "credential_label": "执业证号" if agent and agent.license_number
        else "公民身份号码" if agent and agent.id_number else "公民身份号码（或执业证号）",
        "credential": text(agent and (agent.license_number or agent.id_number)),
        "general": box(authority == "general"),
        "special": box(authority == "special"),
        "authority_text": AUTHORITY_TEXT.get((_in_court_first(assessment), authority or ""), BLANK),
    }


def _claim_object(claim: ClaimAssessment, paid: Decimal = Decimal(0)) -> str:
    """What is asked for, with its amount: ``2026年7月1日至2026年8月31日期间拖欠的工资12,000.00元``; less
    ``paid`` when the payments are netted in it: ``…8,000.00元（共12,000.00元，已支付4,000.00元）``."""
    name = claim.title if claim.kind is ClaimKind.other else claim.description
    if claim.amount is None:
        return name
    if not paid:
        return f"{name}{money(claim.amount)}元"
    return f"{name}{money(claim.amount - paid)}元（共{money(claim.amount)}元，已支付{money(paid)}元）"


def _netted(assessment: Assessment, claim: ClaimAssessment) -> Decimal:
    """The payments netted in ``claim``'s request: all of them when it is the case's one money claim (what
    is still owed is then plain); with several money claims each keeps its amount and the total nets them
    (``_total_words``), since a payment says no claim it pays."""
    money_claims = assessment.money_claims
    return assessment.paid if money_claims == (claim,) and claim.amount is not None else Decimal(0)


def _total_words(assessment: Assessment, terms: PartyTerms) -> str:
    """The total in words, and the payments it is net of: «人民币柒仟元整，已扣除被申请人已支付的
    2,000.00元»."""
    words = money_in_words(assessment.owed)
    if not assessment.paid:
        return words
    return f"{words}，已扣除{terms.employer}已支付的{money(assessment.paid)}元"


def _request(claim: ClaimAssessment, ruling: str, respondent: str, applicant: str, last: bool,
             paid: Decimal = Decimal(0)) -> str:
    """One numbered request: 请求裁决被申请人支付申请人……元 / 请求判令被告支付原告……元."""
    if claim.kind is ClaimKind.confirm_relationship:
        parties = claim.description.replace("申请人", applicant).replace("被" + applicant, respondent)
        body = f"请求确认{parties}"
    elif claim.kind is ClaimKind.other:
        body = f"请求{ruling}{respondent}向{applicant}{_claim_object(claim, paid)}"
    else:
        verb = "退还" if claim.kind in REFUND_KINDS else "支付"
        body = f"请求{ruling}{respondent}{verb}{applicant}{_claim_object(claim, paid)}"
    return body + ("。" if last else "；")


def payers(assessment: Assessment, respondent: str) -> str:
    """Who a money request asks to pay: «被申请人»; with several respondents each by number, jointly
    («连带») beside a dispatch agency (劳动合同法第九十二条第二款; 调解仲裁法第二十二条第二款)."""
    respondents = assessment.case.respondents
    if len(respondents) < 2:
        return respondent
    named = "、".join(respondent + ordinal(n, len(respondents)) for n in range(1, len(respondents) + 1))
    return named + ("连带" if liability(assessment.case) is Liability.joint else "")


def _reasoning(claim: ClaimAssessment, joint: bool = False) -> str:
    """The legal basis by article and, for a computed amount, its formula with the numbers; a joint
    request cites what makes it joint too."""
    bases = (*claim.basis, *JOINT_BASIS) if joint and claim.is_money else claim.basis
    basis = cite(bases) if bases else BLANK
    parts = [f"关于第{claim.index + 1}项请求（{claim.title}）：依据{basis}。"]
    if claim.formula:
        parts.append(f"计算方法：{claim.formula}。")
    if claim.differs:
        parts.append(f"按法定标准计算为{money(claim.computed)}元，现主张{money(claim.claimed)}元。")
    return "".join(parts)


def _claims(assessment: Assessment, ruling: str, respondent: str, applicant: str) -> list[Context]:
    count = len(assessment.claims)
    joint = liability(assessment.case) is Liability.joint
    payer = payers(assessment, respondent)
    return [
        {
            "number": claim.index + 1,
            "title": claim.title,
            "request": _request(claim, ruling, respondent if not claim.is_money else payer, applicant,
                                claim.index + 1 == count,
                                _netted(assessment, claim)),
            "object": _claim_object(claim, _netted(assessment, claim)),
            "amount": money(claim.amount - _netted(assessment, claim)) if claim.is_money else "—",
            "final": ("是" if claim.final_award_item else "否") if claim.is_money else "—",
            "reasoning": _reasoning(claim, joint),
        }
        for claim in assessment.claims
    ]


def told(value: str, terms: PartyTerms) -> str:
    """The worker's own words as this document prints them: its party terms, Chinese for «App» and «EMS»,
    and every amount written as the filings write figures."""
    return amounts_as_filed(chinese_words(speak_as(value, terms)))


def _employment_facts(assessment: Assessment, terms: PartyTerms = ARBITRATION) -> list[str]:
    """The employment facts the case holds, as sentences: start, work, contract, wage, how it ended."""
    case = assessment.case
    employment = case.employment
    worker, employer = terms.worker, terms.employer
    occupation = OCCUPATION_LABELS.get(case.worker.occupation) if case.worker.occupation else None
    work = f"，担任{occupation}" if occupation else ""
    place = f"，工作地点为{employment.workplace}" if employment.workplace else ""
    facts = [f"{worker}自{day(employment.start_date)}起在{employer}处工作{work}{place}。"]
    if not employment.written_contract:
        facts.append("双方未签订书面劳动合同。")
    elif employment.contract_signed_on:
        facts.append(f"双方于{day(employment.contract_signed_on)}签订书面劳动合同。")
    elif len(case.respondents) > 1:  # the contract is with one of them
        facts.append(f"{worker}与{contract_party(case)}签订了书面劳动合同。")
    else:
        facts.append("双方签订了书面劳动合同。")
    facts.append(f"{worker}月工资为{money(employment.monthly_wage)}元。")
    if employment.end_date:
        reason = END_REASON_LABELS.get(employment.end_reason) if employment.end_reason else None
        facts.append(f"{day(employment.end_date)}，双方劳动关系结束（{text(reason)}）。")
    else:
        facts.append(f"{worker}目前仍在职。")
    return facts


def _facts(assessment: Assessment, terms: PartyTerms) -> list[str]:
    """The facts told once: the worker's own text in this document's party terms, then the employment
    facts it does not already say."""
    story = told(assessment.case.facts or "", terms)
    employment = assessment.case.employment
    # What each employment sentence states, as the worker's own text would say it too (its amounts are
    # already written as the filing writes them).
    keys = [day(employment.start_date), "书面劳动合同", f"{money(employment.monthly_wage)}元",
            day(employment.end_date) if employment.end_date else "仍在职"]
    untold = [fact for fact, key in zip(_employment_facts(assessment, terms), keys, strict=True)
              if key not in story]
    untold += [f"{day(p.on)}，{terms.employer}支付了{money(p.amount)}元。"
               for p in assessment.case.procedure.payments if money(p.amount) not in story]
    if not untold:
        return paragraphs(story)
    return (paragraphs(story) if story else []) + ["".join(untold)]


IOU_EVIDENCE = Evidence(name="工资欠条", source="被申请人出具", proves="被申请人拖欠工资的事实和数额",
                        original=True)


def _agreement_evidence(assessment: Assessment) -> Evidence:
    mediation = assessment.case.procedure.mediation
    signed = f"{day(mediation.signed_on)}签订" if mediation and mediation.signed_on else "双方签订"
    mediator = f"，{mediation.mediator}主持" if mediation and mediation.mediator else ""
    return Evidence(name="调解协议书", source=signed + mediator,
                    proves="双方就拖欠的劳动报酬达成调解协议，约定的支付数额和期限", original=True)


def evidence_items(assessment: Assessment) -> list[Evidence]:
    """The case's evidence, with the wage IOU or the unhonoured mediation agreement added when the case
    says there is one but lists none (a direct suit stands on it: 劳动争议解释（一）第十五条,
    第五十一条第二款)."""
    decided = plan_stage.decision_evidence(assessment)
    if decided is not None:  # enforcement stands on the decision, not on what proved the claims
        return decided
    items = list(assessment.case.evidence)
    if agreement_unhonoured(assessment) and not any("调解协议" in item.name for item in items):
        items.insert(0, _agreement_evidence(assessment))
    if assessment.case.procedure.wage_iou and not any("欠条" in item.name for item in items):
        items.insert(0, IOU_EVIDENCE)
    return items


ELECTRONIC_WORDS = ("微信", "支付宝", "聊天记录", "截图", "短信", "App", "APP", "app", "应用程序", "录音",
                    "视频")


def is_electronic(item: Evidence) -> bool:
    """电子数据 (民事诉讼法第六十六条): as the case says, else as its name or source says."""
    if item.electronic is not None:
        return item.electronic
    if item.carrier:  # only electronic data has a carrier (the form the wizard asks for it)
        return True
    return any(word in f"{item.name}{item.source or ''}" for word in ELECTRONIC_WORDS)


_PURPOSE_WORD = re.compile(r"证明[：:]?")


def purpose_after_label(proves: str | None) -> str | None:
    """The purpose as a filing prints it after its own «证明：»: a leading «证明» (and a colon after it) typed
    by the volunteer is taken off when something follows, so «证明劳动关系» is not said twice; anything
    else is printed as typed (a purpose of «证明» or «:» alone stays)."""
    if not proves:
        return proves
    found = _PURPOSE_WORD.match(proves)
    rest = proves[found.end():] if found else proves
    return rest if rest.strip() else proves


def _form(item: Evidence) -> str:
    """证据形式 as the evidence list prints it: electronic data with the form it is handed in (its carrier
    as typed or chosen: «原件在手机上», «打印件», «截图打印»), a record marked 复印件 as its printout."""
    if is_electronic(item):
        carrier = item.carrier or ("打印件" if item.original is False else "手机")
        return f"电子数据（{carrier}）"
    return {True: "原件", False: "复印件"}.get(item.original, BLANK) if item.original is not None else BLANK


def _evidence(assessment: Assessment, terms: PartyTerms = ARBITRATION,
              after_label: bool = True) -> list[Context]:
    """Each item with its 页码起止, counted on from the one before while every page count is known.
    ``after_label``: the filing prints the purpose after «证明：» (the evidence list has a column instead,
    where it is printed as typed)."""
    rows = []
    first: int | None = 1
    for number, item in enumerate(evidence_items(assessment), start=1):
        pages = item.pages
        if first is not None and pages:
            span = f"{first}-{first + pages - 1}" if pages > 1 else str(first)
            first += pages
        else:
            span, first = BLANK, None  # an unknown count: the following numbers are unknown too
        rows.append({
            "number": number,
            "name": told(item.name, terms),
            "source": told(text(item.source), terms),
            "proves": told(text(purpose_after_label(item.proves) if after_label else item.proves), terms),
            "pages": text(pages),
            "span": span,
            "original": _form(item),
        })
    return rows


def _total_pages(assessment: Assessment) -> str:
    items = evidence_items(assessment)
    if items and all(item.pages for item in items):
        return str(sum(item.pages for item in items))
    return BLANK


def _base(assessment: Assessment, terms: PartyTerms = ARBITRATION) -> Context:
    case = assessment.case
    respondents = case.respondents
    return {
        "worker": worker_fields(assessment),
        "respondents": all_respondents(respondents),
        "respondent_names": "、".join(r.name for r in respondents),
        "agent": _agent(assessment),
        "total": money(assessment.owed),
        "total_words": _total_words(assessment, terms),
        "facts": _facts(assessment, terms),
        "evidence": _evidence(assessment, terms),
        "evidence_pages": _total_pages(assessment),
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
        "commission": text(assessment.bodies.commission),
    }


def _complaint_items(assessment: Assessment) -> dict[str, Context]:
    items = {}
    for key, kinds in COMPLAINT_ITEMS.items():
        claims = [c for c in assessment.claims if c.kind in kinds]
        details = []
        for claim in claims:
            detail = _claim_object(claim, _netted(assessment, claim))
            if claim.formula:
                detail += f"（计算方法：{claim.formula}）"
            details.append(detail)
        items[key] = {"yes": box(bool(claims)), "no": box(not claims), "detail": "；".join(details) or "无"}
    return items


def _route_note(assessment: Assessment) -> str:
    """Why there was no arbitration (劳动仲裁相关情况 before an award)."""
    if Route.direct_suit_wage_iou in assessment.routes:
        return ("原告持有被告出具的工资欠条，仅主张欠条载明的工资，依照《最高人民法院关于审理劳动争议案件"
                "适用法律问题的解释（一）》第十五条直接向人民法院起诉，无需先经劳动仲裁。")
    if Route.direct_suit_mediation_agreement in assessment.routes:
        return ("双方仅就劳动报酬达成的调解协议，被告未按期履行，原告依照《最高人民法院关于审理劳动争议案件"
                "适用法律问题的解释（一）》第五十一条第二款直接向人民法院起诉。")
    return "尚未申请劳动仲裁。"


def _contract_lines(assessment: Assessment) -> list[str]:
    """合同签订情况: 主体、时间、地点、名称."""
    employment = assessment.case.employment
    party = contract_party(assessment.case)
    if not employment.written_contract:
        name = f"，仅有{employment.contract_name}" if employment.contract_name else ""
        return [f"原告与{party}未签订书面劳动合同{name}。"]
    return [
        f"合同主体：原告与{party}",
        f"签订时间：{day(employment.contract_signed_on)}",
        f"签订地点：{text(employment.contract_place)}",
        f"合同名称：{text(employment.contract_name or '劳动合同')}",
    ]


def _performance_lines(assessment: Assessment) -> list[str]:
    """合同履行情况: 入职、岗位、地点、约定工资及构成、社保、实际领取工资、加班基数及加班费、年休假."""
    employment = assessment.case.employment
    by_kind = {c.kind: c for c in assessment.claims}
    occupation = assessment.case.worker.occupation
    lines = [
        f"入职时间：{day(employment.start_date)}；用人单位：{assessment.case.respondents[0].name}",
        f"工作岗位：{text(OCCUPATION_LABELS.get(occupation) if occupation else None)}；"
        f"工作地点：{text(employment.workplace)}",
        f"每月工资数额：{money(employment.monthly_wage)}元；工资构成：{text(employment.wage_structure)}",
        f"办理社会保险的时间及险种：{text(employment.social_insurance)}",
        f"实际领取的每月工资：{money(employment.paid_monthly_wage)}元",
    ]
    overtime = by_kind.get(ClaimKind.overtime)
    base = f"月工资{money(employment.monthly_wage)}元" if overtime else "无"
    lines.append(f"加班工资计算基数：{base}")
    lines.append(f"加班时间及加班费：{overtime.formula or _claim_object(overtime)}" if overtime
                 else "加班时间及加班费：无")
    leave = by_kind.get(ClaimKind.unused_annual_leave)
    lines.append(f"年休假：{leave.formula or _claim_object(leave)}" if leave else "年休假：未主张")
    return lines


def _termination_lines(assessment: Assessment) -> list[str]:
    employment = assessment.case.employment
    if not employment.end_date:
        return ["原告目前仍在职，劳动关系未解除。"]
    reason = END_REASON_LABELS.get(employment.end_reason) if employment.end_reason else None
    lines = [f"解除或终止时间：{day(employment.end_date)}；原因：{text(reason)}"]
    amounts = [f"{c.title}{money(c.amount)}元" for c in assessment.claims
               if c.kind in (ClaimKind.severance, ClaimKind.unlawful_termination)]
    lines.append(f"经济补偿/赔偿金数额：{'；'.join(amounts) or '未主张'}")
    return lines


def _arbitration_lines(assessment: Assessment) -> list[str]:
    """劳动仲裁相关情况: 申请时间、仲裁请求、文书、结果 — or why there was none."""
    award = assessment.case.procedure.arbitration
    if award is None:
        return [_route_note(assessment)]
    requests = paragraphs(told(award.requests, COURT)) if award.requests else [_award_requests(award)]
    outcome = paragraphs(told(award.outcome, COURT)) if award.outcome else [_award_outcome(award)]
    return [
        f"申请仲裁时间：{day(award.applied_on)}；仲裁委员会：{text(award.commission)}",
        "仲裁请求：" + requests[0], *requests[1:],
        f"仲裁文书：{text(award.case_number)}仲裁裁决书，裁决日期{day(award.award_date)}，"
        f"原告于{day(award.received_on)}收到",
        "仲裁结果：" + outcome[0], *outcome[1:],
    ]


def _item_title(item) -> str:
    return item.title or CLAIM_TITLES[item.kind.value]  # the msgid is the Chinese title


def _award_requests(award) -> str:
    """仲裁请求 when the case does not give their wording: the matters the award's items decide."""
    return "、".join(_item_title(item) for item in award.items) if award.items else BLANK


def _award_outcome(award) -> str:
    """仲裁结果 from the award's recorded items: each granted amount (or its rejection) and whether it is
    final (调解仲裁法第四十七条); an award with both kinds is said plainly to be treated as non-final once
    sued against (劳动争议解释（一）第二十条)."""
    if not award.items:
        return BLANK
    parts = []
    for item in award.items:
        finality = "终局裁决" if item.final else "非终局裁决"
        granted = f"{money(item.amount)}元" if item.amount else "：驳回"
        parts.append(f"{_item_title(item)}{granted}（{finality}）")
    line = "；".join(parts) + "。"
    finals = {item.final for item in award.items}
    if finals == {True, False}:
        line += ("本裁决同时包含终局裁决事项和非终局裁决事项，原告起诉的，按非终局裁决处理"
                 "（《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》第二十条）。")
    return line


def _other_lines(assessment: Assessment) -> list[str]:
    """其他相关情况 (如是否农民工) and the worker's own account, in the complaint's terms."""
    migrant = assessment.case.worker.migrant_worker
    said = {True: "是", False: "否"}.get(migrant, BLANK) if migrant is not None else BLANK
    story = told(assessment.case.facts, COURT) if assessment.case.facts else None
    return [f"是否农民工：{said}", *(paragraphs(story) if story else [])]


def iou_suit(assessment: Assessment) -> bool:
    """A direct suit on a wage IOU, before any award: 劳动争议解释（一）第十五条 has the court accept it as an
    ordinary civil dispute (拖欠劳动报酬争议), not as a labor dispute."""
    return Route.direct_suit_wage_iou in assessment.routes and assessment.case.procedure.arbitration is None


def _caption(assessment: Assessment) -> Context:
    if iou_suit(assessment):
        return {"title": "（拖欠劳动报酬争议）",
                "basis": "依照《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》第十五条，"
                         "以工资欠条为证据直接起诉，按照普通民事纠纷受理"}
    return {"title": "（劳动争议纠纷）", "basis": ""}


def _preservation(assessment: Assessment) -> Context:
    """Item 10, 是否已经申请诉前保全: ticked as the case says; both boxes open when it does not say."""
    preservation = assessment.case.procedure.preservation
    applied = preservation.applied if preservation else None
    return {
        "yes": box(applied is True),
        "no": box(applied is False),
        "court": text(preservation.court if applied else None),
        "applied_on": day(preservation.applied_on if applied else None),
        "case_number": text(preservation.case_number if applied else None),
    }


def court_fee(assessment: Assessment) -> Context:
    """The complaint's fee: 10 yuan for a labor dispute; for a wage-IOU suit the property-case scale,
    marked as unconfirmed (legal-facts §13.9)."""
    if not iou_suit(assessment):
        return {"iou": False, "full": "10.00", "simplified": "5.00",
                "text": "劳动争议案件每件交纳10.00元，适用简易程序减半为5.00元"
                        "（《诉讼费用交纳办法》第十三条第（四）项、第十六条；小额诉讼见第{caveat}部分）。"}
    fee = property_case_fee(assessment.owed)  # on what is claimed: the IOU's wages less what was paid
    return {"iou": True, "full": money(fee.full), "simplified": money(fee.simplified),
            "text": f"按财产案件标准：{fee.computation}（《诉讼费用交纳办法》第十三条第（一）项、第十六条；"
                    "是否适用这个标准见第{caveat}部分）。"}


def court_complaint(assessment: Assessment) -> Context:
    """民事起诉状（劳动争议纠纷）, the element-style form (民事起诉状示范文本) item by item."""
    return {
        **_base(assessment, COURT),
        "claims": _claims(assessment, "判令", "被告", "原告"),
        "items": _complaint_items(assessment),
        "caption": _caption(assessment),
        "preservation": _preservation(assessment),
        "costs": "本案诉讼费用由被告承担。",
        "facts_items": {
            "contract": _contract_lines(assessment),
            "performance": _performance_lines(assessment),
            "termination": _termination_lines(assessment),
            "injury": _injury(assessment),
            "arbitration": _arbitration_lines(assessment),
            "other": _other_lines(assessment),
        },
        "court": text(assessment.bodies.court),
        "attachments": _attachments(assessment),
    }


def _attachments(assessment: Assessment) -> str:
    """What the complaint's 附 line names before the evidence: what the suit stands on."""
    if assessment.case.procedure.arbitration:
        return "仲裁裁决书、"
    if Route.direct_suit_wage_iou in assessment.routes:
        return "工资欠条原件及复印件、"
    if agreement_unhonoured(assessment):
        return "调解协议书原件及复印件、"
    return ""


def _injury(assessment: Assessment) -> str:
    injury = next((c for c in assessment.claims if c.kind is ClaimKind.work_injury_medical), None)
    return f"主张{_claim_object(injury)}。" if injury else "无"


def inspection_complaint(assessment: Assessment) -> Context:
    """劳动保障监察投诉书 — 劳动保障监察条例; 若干规定第十三、十四条."""
    requests = []
    for claim in assessment.claims:
        if claim.kind in INSPECTION_KINDS:
            verb = "退还" if claim.kind in REFUND_KINDS else "支付"
            owed = _claim_object(claim, _netted(assessment, claim))
            requests.append(f"请求责令{payers(assessment, '被投诉单位')}{verb}投诉人{owed}。")
    if requests and assessment.paid and len(assessment.money_claims) > 1:
        requests.append(f"以上各项扣除被投诉单位已支付的{money(assessment.paid)}元，"
                        f"共计{money(assessment.owed)}元。")
    return {
        **_base(assessment, INSPECTION),
        "inspection_requests": [f"{n}. {r}" for n, r in enumerate(requests, start=1)] or [BLANK],
        "inspection_office": text(assessment.bodies.inspection_office),
    }


def evidence_list(assessment: Assessment) -> Context:
    """证据清单. With no evidence recorded, five empty numbered rows to fill in by hand (the ruled cells
    are the lines to write on: a printed blank line would only crowd them)."""
    context = _base(assessment, NEUTRAL)  # attached to every filing of the packet: neutral words
    context["evidence"] = _evidence(assessment, NEUTRAL, after_label=False)
    if not context["evidence"]:
        empty = {"name": "", "source": "", "proves": "", "pages": "", "span": "", "original": ""}
        context["evidence"] = [{"number": n, **empty} for n in range(1, 6)]
    context["evidence_count"] = len(evidence_items(assessment)) or BLANK  # blank rows: counted by hand
    context["case_number"] = BLANK  # the number the commission or court gives this case
    # A suit on a wage IOU is a 拖欠劳动报酬争议 heard as an ordinary civil case (劳动争议解释（一）第十五条).
    context["cause"] = "拖欠劳动报酬争议" if iou_suit(assessment) else "劳动争议"
    return context


# --- the procedure sheet: this case's plan -------------------------------------------------------------

def _step(step: str, when: str, basis: str) -> Context:
    return {"step": step, "when": when, "basis": basis}


def last_day(value) -> str:
    """«2027年8月31日（最后一日，当天有效）»: never «…前», which some read as the day before."""
    return f"{day(value)}（最后一日，当天有效）"


def _stage(assessment: Assessment) -> str:
    if plan_stage.follows_stage(assessment):
        return plan_stage.stage_line(assessment)
    routes = assessment.routes
    if assessment.case.procedure.arbitration is not None:
        return "已经仲裁并收到裁决书；不服裁决的，向人民法院起诉"
    if Route.direct_suit_wage_iou in routes:
        return "持有工资欠条，可以直接向人民法院起诉，不必先仲裁"
    if Route.direct_suit_mediation_agreement in routes:
        return "持有调解协议，可以直接向人民法院起诉"
    if Route.arbitration in routes:
        return "尚未申请仲裁：先向劳动人事争议仲裁委员会申请仲裁"
    if Route.labor_inspection in routes:
        return "仲裁期限可能已过；可以向劳动保障监察机构投诉欠薪"
    return "暂无明确途径，请咨询法律援助机构"


def _in_court_first(assessment: Assessment) -> bool:
    """After an award or on a direct-suit route: the court is the next body."""
    return assessment.case.procedure.arbitration is not None or any(
        r in assessment.routes for r in DIRECT_SUIT_ROUTES)


def _deadlines(assessment: Assessment) -> list[str]:
    if plan_stage.follows_stage(assessment):
        return plan_stage.deadline_lines(assessment, last_day)
    if assessment.case.procedure.arbitration is not None:
        when = last_day(assessment.court_deadline) if assessment.court_deadline else "收到裁决书之日起15日内"
        lines = [f"起诉：{when}（劳动争议调解仲裁法第四十八条、第五十条）"]
    elif Route.direct_suit_wage_iou in assessment.routes:
        suit = timeline_date(assessment, "file_iou_suit")
        when = f"{last_day(suit)}；" if suit else ""
        lines = [f"持欠条起诉：{when}诉讼时效三年（民法典第一百八十八条）"]
    else:
        limitation = assessment.limitation
        if limitation.status is LimitationStatus.running and limitation.deadline and limitation.not_last:
            lines = [f"申请仲裁：{day(limitation.deadline)}是最早的时效截止日，不是最后机会，越早申请越好"
                     f"（劳动争议调解仲裁法第二十七条）", *_claim_deadlines(assessment)]
        elif limitation.status is LimitationStatus.running and limitation.deadline:
            lines = [f"申请仲裁：{last_day(limitation.deadline)}（劳动争议调解仲裁法第二十七条）"]
        else:
            deadline = f"，{last_day(limitation.deadline)}" if limitation.deadline else ""
            status = LIMITATION_LABELS[limitation.status]
            if limitation.status is LimitationStatus.expired and limitation.deadline:
                # a past day is no last day to act on
                status, deadline = f"已于{day(limitation.deadline)}届满", ""
            lines = [f"仲裁时效：{status}{deadline}（劳动争议调解仲裁法第二十七条）"]
    if Route.labor_inspection in assessment.routes and assessment.inspection_until:
        lines.append(f"投诉欠薪：{inspection_day(assessment.inspection_until)}（劳动保障监察条例第二十条）")
    return lines


def _claim_deadlines(assessment: Assessment) -> list[str]:
    """Each claim's own days when the headline deadline is not the last chance (legal-facts §14.2): a claim
    whose safest date has passed is at risk, not lost, with its latest view's day as the last chance."""
    lines = []
    for claim in assessment.claims:
        own = claim.limitation
        if own is None or own.deadline is None:
            continue
        label = f"第{claim.index + 1}项（{claim.title}）"
        if own.status is LimitationStatus.at_risk:
            passed = min(v.deadline for v in own.views) if own.views else own.deadline
            last = own.later_deadline or own.deadline
            line = f"{label}：按最严格的观点已于{day(passed)}超过时效，有风险但不一定要不回"
            if own.deadline != last:
                line += f"；{day(own.deadline)}过后又有一部分超过时效"
            lines.append(line + f"；按其他观点最迟{last_day(last)}")
        elif own.status is LimitationStatus.running:
            later = own.later_deadline if own.later_deadline and own.later_deadline != own.deadline else None
            other = f"（其他观点最迟{day(later)}）" if later else ""
            lines.append(f"{label}：{last_day(own.deadline)}{other}")
    return lines


def inspection_day(value) -> str:
    """The inspection's two years (劳动保障监察条例第二十条) as a last day: the inspectorate's period, not a
    filing period that 民法典第二百零三条 rolls past a rest day — so a weekend is said, with the working
    day before it to complain on (conservative)."""
    if value.weekday() < 5:
        return last_day(value)
    weekday = "星期六" if value.weekday() == 5 else "星期日"
    return f"{day(value)}（{weekday}，不顺延：请在此前的工作日投诉）"


def _steps(assessment: Assessment) -> list[Context]:
    """This case's timeline for its stage (the law computes it): each step with its own date when it has
    one — the last day, said so that it cannot be misread — and otherwise its period."""
    if plan_stage.follows_stage(assessment):
        return plan_stage.steps(assessment, last_day) or [
            _step("按当前阶段办理，请咨询法律援助机构", "—", "—")]
    steps = []
    for step in assessment.timeline:
        note = step.note.render("zh") if step.note else ""
        if step.date:
            shown = inspection_day if step.key == "file_inspection" else last_day
            if step.key == "file_arbitration" and assessment.limitation.not_last:
                shown = day  # the first day something is lost, not the last chance (legal-facts §14.2)
            when = shown(step.date) + ("，按法定节日估算" if step.estimate else "")
            when += f"；{note}" if note else ""
        else:
            when = note or "—"
        steps.append(_step(step.title.render("zh"), when, "；".join(step.basis) or "—"))
    return steps or [_step("暂无可用途径，请咨询法律援助机构", "—", "—")]


def timeline_date(assessment: Assessment, key: str):
    """The date of the timeline's step ``key``, when the law computed one."""
    return next((step.date for step in assessment.timeline if step.key == key), None)


def _comparison(assessment: Assessment) -> list[Context]:
    """小额诉讼 / 简易程序 / 普通程序 in time, cost and effect, with this case's figures."""
    small = assessment.small_claims
    fee = court_fee(assessment)
    small_fee = f"{fee['simplified']}元（减半，须核实）"
    # The property-case scale for an IOU suit is itself unconfirmed (legal-facts §13.9): every column says so.
    doubt, ordinary_doubt = ("，须核实", "（须核实）") if fee["iou"] else ("", "")

    def row(topic: str, small_text: str, simplified: str, ordinary: str) -> Context:
        return {"topic": topic, "small": small_text, "simplified": simplified, "ordinary": ordinary}

    return [
        row("本案能否适用", SMALL_CLAIMS_LABELS[small.status], "基层法院审理的简单案件可适用",
            "其他案件适用"),
        row("审理期限", "立案之日起2个月，可延长1个月", "3个月，可延长1个月", "6个月，可延长6个月"),
        row("本案诉讼费", small_fee, f"{fee['simplified']}元（减半{doubt}）",
            f"{fee['full']}元{ordinary_doubt}"),
        row("预交", "追讨劳动报酬的，可以不预交", "同左", "同左"),
        row("举证、答辩", "举证一般不超过7日；答辩最长15日，可放弃", "举证不超过15日；答辩15日",
            "由法院确定；答辩15日"),
        row("效力", "一审终审，不能上诉", "可在15日内上诉", "可在15日内上诉"),
        row("判决后", "可向原审法院申请再审（6个月内）", "上诉；再审", "上诉；再审"),
    ]


def procedure_sheet(assessment: Assessment) -> Context:
    """本案办理计划: this case's stage, deadlines, bodies, timeline, final awards, small claims, and the
    three court procedures compared with this case's figures."""
    small = assessment.small_claims
    relationship = assessment.relationship
    bodies = assessment.bodies
    after_award = assessment.case.procedure.arbitration is not None
    staged = plan_stage.follows_stage(assessment)
    listed = plan_stage.bodies(assessment) if staged else []
    if not staged:
        if not _in_court_first(assessment) and Route.arbitration in assessment.routes:
            listed.append(f"申请仲裁：{text(bodies.commission)}{plan_stage.unverified_note(assessment)}")
        listed.append(f"起诉：{text(bodies.court)}")
        if Route.labor_inspection in assessment.routes and not after_award:
            listed.append(f"投诉：{text(bodies.inspection_office)}")
    final_shown = not _in_court_first(assessment) and Route.arbitration in assessment.routes
    # Once a decision is in force only enforcement is ahead: no court procedure left to compare.
    comparison_shown = not decided_in_force(assessment)
    parts = ("small_claims", "comparison", "caveat") if comparison_shown else ("caveat",)
    numbers = dict(zip(parts, ["三", "四", "五", "六"][final_shown:], strict=False))
    total, total_words = plan_stage.total(assessment) if staged else (
        money(assessment.owed), _total_words(assessment, ARBITRATION))
    return {
        **_base(assessment),
        "total": total,
        "total_words": total_words,
        "claims": _claims(assessment, "裁决", "被申请人", "申请人"),
        "stage": _stage(assessment),
        "relationship": CATEGORY_LABELS[relationship.category],
        "limitation": "；".join(_deadlines(assessment)),
        "bodies": listed,
        "steps": _steps(assessment),
        "final_award": {"shown": final_shown, "cap": money(assessment.final_award.cap)},
        "numbers": numbers,
        "small_claims": {
            "status": SMALL_CLAIMS_LABELS[small.status],
            "comparison": f"本案请求总额{money(assessment.total)}元；本省小额诉讼标的额上限为"
                          f"{money(small.threshold)}元，双方约定可以适用的上限为{money(small.consent_limit)}元"
                          "（民事诉讼法第一百六十五条）。法院按起诉时的请求总额判断。",
        },
        "comparison_shown": comparison_shown,
        "comparison": _comparison(assessment),
        "fee_note": court_fee(assessment)["text"].format(caveat=numbers["caveat"]),
        "caveats": caveats(assessment, court_fee(assessment) if comparison_shown else None),
    }


def power_of_attorney(assessment: Assessment) -> Context:
    """授权委托书 — 民事诉讼法第六十二条 (what special authority covers)."""
    base = _base(assessment)
    in_court = _in_court_first(assessment)
    body = assessment.bodies.court if in_court else assessment.bodies.commission
    stage = "一审诉讼" if in_court else "劳动争议仲裁"
    dispute = "拖欠劳动报酬争议" if iou_suit(assessment) else "劳动争议"  # 劳动争议解释（一）第十五条
    return {
        **base,
        "body": text(body),
        "stage": stage,
        "matter": f"{base['worker']['name']}与{base['respondent_names']}{dispute}一案",
        "term": f"自本委托书签署之日起至本案{stage}程序终结之日止",
    }


BUILDERS: dict[str, Callable[[Assessment], Context]] = {
    "arbitration_application": arbitration_application,
    "court_complaint": court_complaint,
    "inspection_complaint": inspection_complaint,
    "evidence_list": evidence_list,
    "procedure_sheet": procedure_sheet,
    "power_of_attorney": power_of_attorney,
    "working_time_annex": working_time_annex,
    "summary": summary,
    **STAGE_BUILDERS,  # the documents of the later stages (催告函 … 强制执行申请书)
}

