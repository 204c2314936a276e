"""The worker's one-page summary (给劳动者的一页说明): seven questions a worker asks, answered for this case.

One home for the answers: the summary in the packet (``summary.docx``) and the wizard's review screen both
read ``worker_answers``. Plain Chinese for a middle-school reader, short sentences, no article numbers in
the answers (the filings carry those) and nothing for machines. The last day to act is said so that it
cannot be misread: «最迟在2027年8月31日当天», never «…日前» (which some read as "the day before").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lawgen.case import ClaimKind
from lawgen.documents import summary_stage as later
from lawgen.documents.fields import money
from lawgen.documents.stage_documents import agreed_less, worker_notes
from lawgen.documents.terms import chinese_words
from lawgen.law import Assessment, LimitationStatus, Route, SmallClaimsStatus
from lawgen.law.bodies import contact_for
from lawgen.law.relationship import Category
from lawgen.text import chinese_date

HOTLINE = "12333"  # 人力资源和社会保障服务热线 (guides/procedure-facts.toml, hr_hotline)
LEGAL_AID = "12348"  # 公共法律服务热线 (guides/procedure-facts.toml, legal_aid_hotline)
# The city's commission is what lawgen holds; a district commission may take the case (not verified).
CONFIRM_COMMISSION = f"申请仲裁前先打{HOTLINE}问清楚去哪个仲裁委员会（有的要到区里）"


@dataclass(frozen=True)
class Answer:
    question: str
    answer: list[str]  # one short paragraph a line


def last_day(day: dt.date) -> str:
    """«最迟在2027年8月31日当天»: the day itself still counts."""
    return f"最迟在{chinese_date(day)}当天"


PHONE_PURPOSE = {"court": "法院立案的事", "inspection_office": "投诉欠薪", "commission": "申请仲裁的事"}


def _who_to_ask(assessment: Assessment) -> str:
    """12333 for the way, and the phone a dated source gives for the bodies the first step names."""
    bodies = _bodies_of_step(assessment)
    phones = "".join(f"；{PHONE_PURPOSE[body]}打{contact.phone}" for body in bodies
                     if (contact := contact_for(assessment.region, body)) and contact.phone)
    if later.under_way(assessment):  # applied already: no «申请仲裁前» any more
        holder = later.ask_about(assessment)
        ask = f"{holder}，也可以打{HOTLINE}问" if holder else f"地址不清楚的，打{HOTLINE}问"
    elif "commission" in bodies and assessment.bodies.commission_unverified:
        ask = CONFIRM_COMMISSION
    else:
        ask = f"地址不清楚的，打{HOTLINE}问"
    return f"{ask}{phones}；法律援助打{LEGAL_AID}；志愿者也可以问。"


def _bodies_of_step(assessment: Assessment) -> tuple[str, ...]:
    if later.under_way(assessment):
        return (later.body(assessment),)
    if _after_award(assessment) or _iou_suit(assessment) or _agreement_suit(assessment):
        return ("court",)
    inspection = ("inspection_office",) if Route.labor_inspection in assessment.routes else ()
    return (("commission",) if Route.arbitration in assessment.routes else ()) + inspection


def _where(name: str | None, kind: str) -> str:
    return name or f"当地的{kind}"


def _claims(assessment: Assessment) -> list[str]:
    items = [f"{claim.title}{money(claim.amount)}元" if claim.amount is not None else claim.title
             for claim in assessment.claims]
    decided = later.claims(assessment) if later.under_way(assessment) else None
    total = f"合计{money(assessment.total)}元。"
    return ["；".join(items) + "。",
            total + (decided or later.paid_so_far(assessment) or _agreed(assessment)
                     or "最后拿到多少，由仲裁委员会或法院决定。"),
            *_unclaimed(assessment)]


# The fact each pointed-to claim rests on, as the summary says it to the worker (law.unclaimed has the rule).
UNCLAIMED_WORDS = {
    ClaimKind.no_contract_double_wages: "没签书面劳动合同，还可以要二倍工资差额",
    ClaimKind.unlawful_termination: "单位没有合法理由辞退你的，还可以要违法解除的赔偿金",
    ClaimKind.severance: "因为单位的过错辞职的，还可以要经济补偿",
}


def _unclaimed(assessment: Assessment) -> list[str]:
    """Claims the facts point to that the packet does not make: the worker decides, before filing, whether
    to add them; each with its own last day, since some of it may be lost while he decides."""
    if later.under_way(assessment) or _after_award(assessment):
        return []
    lines = []
    for found in assessment.unclaimed:
        claim, own = found.claim, found.claim.limitation
        line = f"{UNCLAIMED_WORDS[claim.kind]}约{money(claim.amount)}元"
        if assessment.relationship.category is not Category.labor:
            line += "（先要认定是劳动关系）"
        if own is not None and own.status is LimitationStatus.expired:
            line += "，但申请期限可能已经过了"
        elif own is not None and own.status is LimitationStatus.at_risk:
            line += "，期限已有风险，越早申请越好"  # §14.2: the safest date has passed; at risk, not lost
        elif own is not None and own.deadline:
            line += f"，{last_day(own.deadline)}申请仲裁"
        lines.append(line + "；材料里没写，加不加和志愿者商量。")
    return lines


def _agreed(assessment: Assessment) -> str | None:
    if not later.awaiting_agreement(assessment):
        return None
    agreed = assessment.case.procedure.mediation.amount
    less = agreed_less(assessment)
    if not less:
        return f"调解协议约定单位付{money(agreed)}元。"
    # The agreement settles the claims once paid in full (its item 四; 调解仲裁法第十四条第二款: binding).
    return (f"调解协议约定单位付{money(agreed)}元，比你主张的少{money(less)}元："
            "单位按期付清后，少的这部分就不能再要了。")


def _after_award(assessment: Assessment) -> bool:
    """An award is made: the worker may sue against it (within fifteen days of receiving it)."""
    return assessment.stage is not None and assessment.stage.stage in later.AWARDED


def _iou_suit(assessment: Assessment) -> bool:
    return Route.direct_suit_wage_iou in assessment.routes and not _after_award(assessment)


def _agreement_suit(assessment: Assessment) -> bool:
    """A signed agreement on wages the employer did not honour: the plan's first step is to sue on it
    directly (劳动争议解释（一）第五十一条第二款), no arbitration first."""
    return (Route.direct_suit_mediation_agreement in assessment.routes and not _after_award(assessment)
            and not _iou_suit(assessment))


def _first_step(assessment: Assessment) -> list[str]:
    routes = assessment.routes
    bodies = assessment.bodies
    if later.under_way(assessment):
        return later.first_step(assessment, _where(bodies.court, "基层人民法院"))
    if later.awaiting_agreement(assessment):
        return later.agreement_step(assessment)
    if _after_award(assessment):
        court = _where(bodies.court, "基层人民法院")
        return [f"不服仲裁裁决的，带上起诉状到{court}起诉。"]
    if _iou_suit(assessment):
        return [f"带上工资欠条和起诉状，直接到{_where(bodies.court, '基层人民法院')}起诉，不用先仲裁。"]
    if _agreement_suit(assessment):
        return [f"带上调解协议书和起诉状，直接到{_where(bodies.court, '基层人民法院')}起诉，不用先仲裁。"]
    commission = _where(bodies.commission, "劳动人事争议仲裁委员会")
    if (Route.arbitration in routes and Route.labor_inspection in routes
            and assessment.limitation.status is LimitationStatus.expired):
        # The route still open comes first (劳动保障监察条例第二十条: two years); arbitration may be refused.
        office = _where(bodies.inspection_office, "劳动保障监察机构")
        return [f"先带上投诉书，到{office}投诉欠薪，这条路还来得及。",
                f"也可以到{commission}申请仲裁，但申请的期限可能已经过了（见下面）。"]
    if Route.arbitration in routes:
        steps = [f"带上仲裁申请书，到{commission}申请仲裁。"]
        if Route.labor_inspection in routes:
            office = _where(bodies.inspection_office, "劳动保障监察机构")
            steps.append(f"欠工资的，还可以同时到{office}投诉。")
        return steps
    if Route.labor_inspection in routes:
        office = _where(bodies.inspection_office, "劳动保障监察机构")
        return [f"带上投诉书，到{office}投诉欠薪。"]
    return [f"先打{LEGAL_AID}找法律援助，请他们帮你看看还能怎么办。"]


def _relationship_risk(assessment: Assessment) -> list[str]:
    """Before filing, when the answers do not clearly make a labor relationship: the commission decides that
    first, and the inspectorate may refuse a wage complaint on it (the assessment's own relationship verdict
    and route reasons; 劳社部发〔2005〕12号第一条)."""
    if assessment.relationship.category is Category.labor or later.under_way(assessment):
        return []
    line = "算不算劳动关系还有争议，仲裁委员会会先认定；不算的，有的请求可能要不回来"
    if Route.labor_inspection in assessment.routes:
        line += "，投诉也可能不受理"
    line += "。"
    return [line]


def _stage_speaks(assessment: Assessment) -> bool:
    """The stage, not the routes, answers: a case under way, unless an award can still be sued against
    (then the fifteen days and the court are what the worker needs)."""
    suing_open = _after_award(assessment) and not assessment.time_to_sue_passed
    return later.under_way(assessment) and not suing_open


def _deadline(assessment: Assessment) -> list[str]:
    if _stage_speaks(assessment):
        return later.deadline(assessment)
    if _after_award(assessment):
        if assessment.court_deadline:
            return [f"{last_day(assessment.court_deadline)}到法院起诉。过了这一天，裁决就生效了。"]
        return ["收到裁决书后15天内到法院起诉；请马上去，不要等。"]
    if _iou_suit(assessment):
        suit = next((s.date for s in assessment.timeline if s.key == "file_iou_suit"), None)
        lines = [f"持欠条起诉：{last_day(suit)}（3年的诉讼时效）。" if suit else "持欠条起诉的期限是3年。"]
        if Route.arbitration in assessment.routes and assessment.limitation.deadline:
            lines.append(f"如果改为申请仲裁：{last_day(assessment.limitation.deadline)}。")
        return lines + ["请尽早去，越早越好。"]
    if _agreement_suit(assessment):
        lines = ["持调解协议起诉：请尽早去，越早越好。"]
        if Route.arbitration in assessment.routes and assessment.limitation.deadline:
            lines.append(f"如果改为申请仲裁：{last_day(assessment.limitation.deadline)}。")
        return lines
    limitation = assessment.limitation
    lines = []
    if Route.arbitration in assessment.routes:
        if limitation.status is LimitationStatus.not_running:
            lines.append("你还在上班，要回欠的工资不受一年的限制；离职后要在一年内申请仲裁。")
        elif limitation.status is LimitationStatus.expired:
            lines.append("申请仲裁的一年期限可能已经过了。仍然可以去申请，但对方可能以超过期限为由抗辩，"
                         "请尽快找法律援助。")
        elif limitation.deadline:
            estimate = "（这个日期是估算的，请提前去）" if limitation.estimate else ""
            lines.append(f"{last_day(limitation.deadline)}申请仲裁{estimate}。{_what_the_deadline_risks(assessment)}")
    if Route.labor_inspection in assessment.routes and assessment.inspection_until:
        lines.append(f"投诉欠薪：{last_day(assessment.inspection_until)}。")
    return lines or ["请尽快去办，不要等。"]


def _what_the_deadline_risks(assessment: Assessment) -> str:
    """Which claims the case's last day is about, and until when the others can still be brought: the
    headline is the earliest day on which something can be lost (spec §14.2), not the day all is lost."""
    deadline = assessment.limitation.deadline
    first = [c for c in assessment.claims if c.limitation and c.limitation.deadline == deadline]
    later = [c.limitation.deadline for c in assessment.claims
             if c.limitation and c.limitation.deadline and c.limitation.deadline > deadline]
    if not first or not later:
        return "过了这一天，可能要不回来。"
    names = "、".join(f"“{c.title}”" for c in first)
    return (f"过了这一天，{names}可能要不回来（至少一部分）；其他请求{last_day(max(later))}也还可以申请，"
            "最好一起尽早申请。")


def _what_to_bring(assessment: Assessment) -> list[str]:
    if _stage_speaks(assessment):
        return later.what_to_bring(assessment) + _to_tick(assessment)
    copies = assessment.copies
    lines = [f"身份证原件和复印件；申请书或起诉状打印{copies}份（受理机构1份，对方每家1份）。",
             "证据原件和复印件，按证据清单排好顺序。"]
    evidence = [chinese_words(item.name) for item in assessment.case.evidence][:2]  # as the list names them
    if evidence:
        lines[1] = f"证据原件和复印件（{'、'.join(evidence)}等），按证据清单排好顺序。"
    if _after_award(assessment):
        lines.append("仲裁裁决书和送达回执。")
    return lines + _to_tick(assessment)


def _files_application(assessment: Assessment) -> bool:
    return Route.arbitration in assessment.routes and not later.under_way(assessment)


def _files_complaint(assessment: Assessment) -> bool:
    direct = Route.direct_suit_wage_iou in assessment.routes or (
        Route.direct_suit_mediation_agreement in assessment.routes)
    if later.under_way(assessment):
        return _after_award(assessment) and not assessment.time_to_sue_passed
    return direct


def _to_tick(assessment: Assessment) -> list[str]:
    """The boxes the filings leave open because the case does not say: the worker ticks them by hand
    before handing in (the filed copy carries no instructions)."""
    lines = []
    application, complaint = _files_application(assessment), _files_complaint(assessment)
    if assessment.case.worker.electronic_service is None and (application or complaint):
        yes, no = ("“同意”", "“不同意”") if application else ("“是”", "“否”")
        also = "（起诉状上是“是”“否”）" if application and complaint else ""
        lines.append(f"交之前在“电子送达”一栏打√：愿意用短信收文书的勾{yes}，不愿意的勾{no}{also}。")
    if complaint and assessment.case.procedure.preservation is None:
        lines.append("起诉状第10项“诉前保全”：没有申请过的，在“否”后面打√。")
    return lines


def _what_next(assessment: Assessment) -> list[str]:
    if _stage_speaks(assessment):
        return later.what_next(assessment)
    if _after_award(assessment) or _iou_suit(assessment) or _agreement_suit(assessment):
        return _court_next(assessment)
    if Route.arbitration in assessment.routes:
        return ["仲裁委员会5天内决定是否受理，受理后一般45天内裁决，最多再延长15天。",
                "对裁决不服的，收到裁决书后15天内可以到法院起诉。仲裁不收费。"]
    if Route.labor_inspection in assessment.routes:
        return ["监察机构受理后会调查，可以责令单位支付欠薪。"]
    return []


def _court_next(assessment: Assessment) -> list[str]:
    status = assessment.small_claims.status
    if status is SmallClaimsStatus.applies:
        return ["法院立案后，一般2个月内审完，最多再延长1个月。追讨工资的，可以先不交诉讼费。"]
    return ["法院立案后，简易程序一般3个月内审完，普通程序一般6个月内审完。追讨工资的，可以先不交诉讼费。"]


def _meaning(assessment: Assessment) -> list[str]:
    if (in_force := later.meaning(assessment)) is not None:
        return in_force
    lines = []
    final = [c.title for c in assessment.claims if c.final_award_item and c.is_money]
    if final and not _iou_suit(assessment) and not _after_award(assessment):
        lines.append(f"终局裁决：你有{len(final)}项请求金额不大，仲裁裁决一般就是最后结果。"
                     "你不服还可以到法院起诉；单位不能起诉，只能请中级法院撤销。")
    status = assessment.small_claims.status
    if status is SmallClaimsStatus.applies:
        lines.append("小额诉讼：到了法院，你的案子金额不大，会用小额诉讼。审得快、费用少，"
                     "但判了就不能上诉；认为有错的，可以向同一个法院申请再审。")
    elif status is SmallClaimsStatus.by_agreement:
        lines.append("小额诉讼：到了法院，双方都同意的，可以用小额诉讼，审得快，但判了不能上诉。")
    elif status is SmallClaimsStatus.pending:
        # an amount is not known yet (overtime without hours): the procedure goes by the amount claimed
        lines.append("小额诉讼：有的请求金额还没算出来，算出来以后才知道到了法院用不用小额诉讼。")
    else:
        lines.append("到了法院，你的案子不用小额诉讼，判了以后不服的可以在15天内上诉。")
    return lines


def worker_answers(assessment: Assessment) -> list[tuple[str, str]]:
    """(question, answer) in plain Chinese, for the summary and the wizard's review; lines joined by \\n."""
    return [(a.question, "\n".join(a.answer)) for a in answers(assessment)]


def answers(assessment: Assessment) -> list[Answer]:
    return [
        Answer("能要回什么？多少钱？", _claims(assessment)),
        Answer("第一步做什么？", [*_first_step(assessment), *_relationship_risk(assessment),
                                *worker_notes(assessment)]),
        Answer("最迟哪一天？", _deadline(assessment)),
        Answer("要带什么？", _what_to_bring(assessment)),
        Answer("接下来会怎样？要多久？", _what_next(assessment) or ["请找法律援助问清楚。"]),
        Answer("小额诉讼、终局裁决对我意味着什么？", _meaning(assessment)),
        Answer("有问题找谁？", [_who_to_ask(assessment)]),
    ]


def summary(assessment: Assessment) -> dict:
    """The summary template's context."""
    return {
        "name": assessment.case.worker.name,
        "total": money(assessment.total),
        "answers": [{"question": a.question, "lines": a.answer} for a in answers(assessment)],
        "date": chinese_date(assessment.judged_on),
    }
