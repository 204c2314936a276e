"""The documents of a case's later stages, which of them its current stage needs, and what each prints.

- 催告函 (``demand_letter``): before any proceeding, to the employer. A demand interrupts the one-year
  limitation and it runs again from then (劳动争议调解仲裁法第二十七条第二款) — if the worker can prove it
  arrived, so the letter and the worker's notes ask for proof of sending.
- 先予执行申请书 (``interim_execution``): arbitration applied for, no award yet, and a claim for 劳动报酬、
  工伤医疗费、经济补偿或者赔偿金 (调解仲裁法第四十四条: 权利义务关系明确; 不先予执行将严重影响申请人的生活;
  a worker gives no security).
- 调解协议书 (``mediation_agreement``): a mediation reached and not yet due, written with the amount and the
  last day to pay, so that 调解仲裁法第十六条 (支付令 on an unhonoured agreement) can be used on it.
- 支付令申请书 (``payment_order``): a wage IOU (劳动合同法第三十条第二款) or a mediation agreement past its
  due date (调解仲裁法第十六条), before any suit — and only when the order can be served on the employer
  (民事诉讼法第二百二十五条第一款第（二）项), never when it cannot be found.
- 强制执行申请书 (``enforcement_application``): an award or a judgment in force, its time to pay passed,
  not paid in full (民事诉讼法第二百四十七条、第二百四十八条; 调解仲裁法第五十一条), to the competent court
  (民事诉讼法第二百三十五条), within two years (第二百五十条).

Every builder works on any case (``lawgen templates check`` builds each on one sample case): what the case
does not say is the blank line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from lawgen.case import ClaimKind, EventKind
from lawgen.documents.citations import cite
from lawgen.documents.fields import (
    BLANK,
    OCCUPATION_LABELS,
    amounts_as_filed,
    day,
    money,
    money_in_words,
    text,
)
from lawgen.documents.parties import all_respondents, respondent_fields, worker_fields
from lawgen.documents.terms import ARBITRATION, chinese_words, speak_as
from lawgen.labels import CLAIM_TITLES
from lawgen.law import Assessment, ClaimAssessment, LimitationStatus
from lawgen.law.bodies import EnforcementCourts, enforcement_courts
from lawgen.law.final_award import Finality
from lawgen.law.liability import JOINT_BASIS, Liability, liability
from lawgen.law.stages import Stage
from lawgen.numerals import count

Context = dict[str, object]

STAGE_TITLES = {
    "demand_letter": "催告函",
    "interim_execution": "先予执行申请书",
    "mediation_agreement": "调解协议书",
    "payment_order": "支付令申请书",
    "enforcement_application": "强制执行申请书",
}
COURT_BLANK = f"{BLANK}人民法院"  # a court the case does not name, to be written in by hand
# A practical time to pay after the letter, the worker's own choice: no statute sets one.
DEMAND_DAYS = 7


# --- the stage facts ------------------------------------------------------------------------------------

def paid(assessment: Assessment, since: dt.date | None = None) -> Decimal:
    """What the employer has paid towards the claims (on or after ``since`` when given)."""
    if since is None:
        return assessment.paid
    return sum((p.amount for p in assessment.case.procedure.payments if p.on >= since), Decimal(0))


@dataclass(frozen=True)
class Decision:
    """An award or judgment in force that can be enforced (执行依据)."""

    judgment: bool  # a judgment (民事诉讼法第二百四十七条), else an award (第二百四十八条)
    body: str  # who made it
    case_number: str
    made_on: dt.date
    pay_by: dt.date | None
    amount: Decimal  # what it grants the worker
    paid: Decimal  # paid since it was made

    @property
    def owed(self) -> Decimal:
        return self.amount - self.paid

    @property
    def document(self) -> str:
        """«厦劳人仲案〔2026〕88号仲裁裁决书»."""
        return f"{self.case_number}{'民事判决书' if self.judgment else '仲裁裁决书'}"

    @property
    def title(self) -> str:
        """«厦门市劳动人事争议仲裁委员会作出的厦劳人仲案〔2026〕88号仲裁裁决书» (执行依据)."""
        return f"{self.body}作出的{self.document}"


def _judgment(assessment: Assessment) -> Decision | None:
    """A judgment in force (生效, as the court certifies it) whose time to pay has passed."""
    procedure = assessment.case.procedure
    suit = procedure.suit
    if not procedure.judged or suit.amount is None or suit.effective_on is None:
        return None
    if suit.appealed or (suit.pay_by and assessment.judged_on <= suit.pay_by):
        return None
    return Decision(True, text(suit.court), text(suit.case_number), suit.judgment_on, suit.pay_by,
                    suit.amount, paid(assessment, suit.judgment_on))


def _award(assessment: Assessment) -> Decision | None:
    """An award in force: a wholly final one from the day it was made (调解仲裁法第四十七条), another once the
    15 days to sue have passed with no suit (第五十条). A suit against an award — a mixed one included
    (劳动争议解释（一）第二十条) — leaves the judgment to enforce instead."""
    procedure = assessment.case.procedure
    award = procedure.arbitration
    if award is None or award.award_date is None or award.awarded is None:
        return None
    if procedure.suit is not None and procedure.suit.filed_on is not None:
        return None
    wholly_final = all(item.final for item in award.items)
    in_force = wholly_final or assessment.time_to_sue_passed
    if not in_force or (award.pay_by and assessment.judged_on <= award.pay_by):
        return None
    return Decision(False, text(award.commission), text(award.case_number), award.award_date, award.pay_by,
                    award.awarded, paid(assessment, award.award_date))


def enforceable(assessment: Assessment) -> Decision | None:
    """The decision the worker can apply to enforce now, when one is in force and not paid in full."""
    if assessment.case.procedure.enforcement is not None:
        return None  # already applied for
    decision = _judgment(assessment) or _award(assessment)
    return decision if decision is not None and decision.owed > 0 else None


def demand_pay_by(assessment: Assessment) -> dt.date:
    """The last day the demand letter gives the employer to pay: a practical choice, no statute's."""
    return assessment.judged_on + dt.timedelta(days=DEMAND_DAYS)


def apply_first(assessment: Assessment) -> dt.date | None:
    """The limitation's last day when it is near — before the demand letter's day to pay, or within
    NEAR_DAYS: the worker applies for arbitration first (the letter may go the same day, never before, since
    waiting for the employer's answer would lose the claim); else None."""
    limitation = assessment.limitation
    return limitation.deadline if limitation.near(before=demand_pay_by(assessment)) else None


def _demand_due(assessment: Assessment) -> bool:
    """Before any proceeding, with no demand made yet, while a demand can still interrupt the limitation:
    once every view of it has passed, a demand restarts nothing (第二十七条第二款 interrupts a running
    period).
    A wage IOU or a mediation agreement goes to the court instead."""
    procedure = assessment.case.procedure
    started = (procedure.arbitration, procedure.suit, procedure.mediation, procedure.enforcement)
    demanded = any(event.kind is EventKind.demanded_payment for event in procedure.events)
    return (all(stage is None for stage in started) and not procedure.wage_iou
            and not procedure.mediation_agreement and not demanded
            and paid(assessment) < _total(assessment.money_claims)
            and assessment.limitation.status is not LimitationStatus.expired)


def advance_claims(assessment: Assessment) -> tuple[ClaimAssessment, ...]:
    """The money claims 调解仲裁法第四十四条 allows advance execution of: 劳动报酬、工伤医疗费、经济补偿或者
    赔偿金 — the same classes as 第四十七条第（一）项, so the claim registry's finality class says it."""
    return tuple(c for c in assessment.money_claims if c.finality is Finality.pay_47_1 and c.amount)


def _arbitration_pending(assessment: Assessment) -> bool:
    award = assessment.case.procedure.arbitration
    return award is not None and award.applied_on is not None and award.award_date is None


def mediation_running(assessment: Assessment) -> bool:
    mediation = assessment.case.procedure.mediation
    return (mediation is not None and (mediation.pay_by is None or assessment.judged_on <= mediation.pay_by)
            and paid(assessment) < mediation.amount)


def _mediation_breached(assessment: Assessment) -> bool:
    """Past its last day to pay and not paid in full (调解仲裁法第十六条: 在协议约定期限内不履行)."""
    procedure = assessment.case.procedure
    mediation = procedure.mediation
    if mediation is None:
        return procedure.mediation_agreement  # the case says only that it holds one, not honoured
    return (mediation.pay_by is not None and assessment.judged_on > mediation.pay_by
            and paid(assessment) < mediation.amount)


def agreement_unhonoured(assessment: Assessment) -> bool:
    """A signed mediation agreement the employer has not honoured: the filings stand on it (劳动争议解释（一）
    第五十一条第二款, 调解仲裁法第十六条), so it is evidence."""
    return _mediation_breached(assessment)


def payment_order_basis(assessment: Assessment) -> str | None:
    """``iou`` or ``mediation`` when a payment order can be applied for now, else None."""
    procedure = assessment.case.procedure
    if procedure.respondent_missing:
        return None  # 民事诉讼法第二百二十五条第一款第（二）项: it must be possible to serve the order
    if procedure.suit is not None or procedure.arbitration is not None or procedure.enforcement is not None:
        return None
    if _mediation_breached(assessment):
        return "mediation"
    if procedure.wage_iou and _iou_amount(assessment) > 0:
        return "iou"
    return None


def documents_for_stage(assessment: Assessment) -> list[str]:
    """The documents the case's current stage calls for (template stems, in the order a worker uses them):
    none once everything is paid."""
    if assessment.stage is not None and assessment.stage.stage is Stage.paid:
        return []
    kinds = []
    if _demand_due(assessment):
        kinds.append("demand_letter")
    if _arbitration_pending(assessment) and advance_claims(assessment):
        kinds.append("interim_execution")
    if mediation_running(assessment):
        kinds.append("mediation_agreement")
    if payment_order_basis(assessment):
        kinds.append("payment_order")
    if enforceable(assessment):
        kinds.append("enforcement_application")
    return kinds


# --- the worker's notes on them (the summary prints these) ----------------------------------------------

NOTES = {  # one short line each: the summary is one page
    "demand_letter": ("先把催告函用邮政特快专递（EMS）寄给单位，凭证和截图留好：能证明送到，"
                      "仲裁期限重新计算。"),
    "interim_execution": "生活确实困难的，把先予执行申请书交给仲裁委员会，写清具体困难。",
    "mediation_agreement": "调解协议书要双方签名、调解员签名并盖章。",  # the step already says what if unpaid
    # another way to the same money: a court does not issue one on a debt already sued or arbitrated for
    "payment_order": ("支付令是另一条路，不要和起诉、仲裁同时走：申请书交到{domicile}；"
                      "单位15天内不付也不提异议的，可以申请执行。"),
    "enforcement_application": "带上生效的{decision}书和强制执行申请书，到{court}申请执行，期限2年。{after}",
}
# An award's enforcing court is not settled in every detail (its level): asked before the worker goes.
NOTE_CONFIRM_COURT = "去之前先打电话或到法院立案窗口问清楚，是不是由这个法院受理。"


NOTE_APPLY_FIRST = ("时效快到了：不要先寄催告函等单位回复，最迟在{last}当天先申请仲裁；"
                    "催告函可以同一天用邮政特快专递（EMS）寄给单位，凭证和截图留好。")


def worker_notes(assessment: Assessment) -> list[str]:
    """How to use each stage document in the packet, in plain words."""
    known = assessment.bodies.employer_court
    # 民诉法解释第二十三条: a payment order at the basic-level court of the employer's domicile.
    domicile = (f"单位住所地的{known}" if known
                else "单位住所地的基层法院，申请书上的法院名称自己填上")
    notes = {**NOTES}
    if (last := apply_first(assessment)) is not None:
        notes["demand_letter"] = NOTE_APPLY_FIRST.format(last=day(last))
    courts = enforcement_courts(assessment.case.procedure, assessment.bodies)
    court, after = _enforcing(courts)
    return [notes[kind].format(decision="判决" if courts.judgment else "裁决", court=court, after=after,
                               domicile=domicile)
            for kind in documents_for_stage(assessment)]


def _enforcing(courts: EnforcementCourts) -> tuple[str, str]:
    """The summary's words for the enforcing courts: (where to go, what else to know). An award's
    application is addressed to the court of the employer's domicile where lawgen knows it; the property's
    court is the worker's other choice. Which level of court takes a labour award is not in the statutes
    lawgen holds: the worker asks at the filing window."""
    if courts.judgment:
        return courts.known or "一审法院", ""
    if courts.known:
        return (f"单位住所地的{courts.known}",
                "单位的财产在别的地方的，也可以到财产所在地的法院申请，把申请书上的法院改成那个法院。"
                + NOTE_CONFIRM_COURT)
    return "单位住所地或财产所在地的法院（申请书上写你去的法院）", NOTE_CONFIRM_COURT


# --- the parties ----------------------------------------------------------------------------------------

def _parties(assessment: Assessment) -> Context:
    respondents = assessment.case.respondents
    return {
        "worker": worker_fields(assessment),
        "employer": respondent_fields(respondents[0], 1, 1),
        "respondents": all_respondents(respondents),
        "respondent_names": "、".join(r.name for r in respondents),
        "date": day(assessment.judged_on),
    }


def _sum(amount: Decimal | None) -> Context:
    """An amount as filings write it: in figures and in capitals (大写), or two blank lines."""
    if amount is None:
        return {"figures": BLANK, "words": BLANK}
    return {"figures": money(amount), "words": money_in_words(amount)}


def _total(claims: tuple[ClaimAssessment, ...]) -> Decimal:
    return sum((c.amount for c in claims if c.amount is not None), Decimal(0))


def _item(claim: ClaimAssessment, number: int, last: bool, cited: bool) -> Context:
    basis = f"（依据{cite(claim.basis)}）" if claim.basis and cited else ""
    end = "。" if last else "；"
    return {"number": number, "text": f"{claim.description}{money(claim.amount)}元{basis}{end}"}


def _items(claims: tuple[ClaimAssessment, ...], cited: bool = True) -> list[Context]:
    """Numbered items, each with its legal basis unless ``cited`` is false (a letter keeps to one page)."""
    return [_item(c, n, n == len(claims), cited) for n, c in enumerate(claims, start=1)] or [
        {"number": 1, "text": f"{BLANK}元。"}]


def _work_sentence(assessment: Assessment, worker: str, employer: str) -> str:
    """``employer`` as the sentence needs it: «被申请人处», «贵单位»."""
    employment = assessment.case.employment
    occupation = assessment.case.worker.occupation
    work = f"从事{OCCUPATION_LABELS[occupation]}工作" if occupation else "工作"
    end = f"，{day(employment.end_date)}劳动关系结束" if employment.end_date else "，目前仍在职"
    return (f"{worker}自{day(employment.start_date)}起在{employer}{work}，"
            f"月工资{money(employment.monthly_wage)}元{end}。")


def _evidence_sentence(assessment: Assessment) -> str:
    names = [chinese_words(item.name) for item in assessment.case.evidence]
    if assessment.case.procedure.wage_iou and not any("欠条" in name for name in names):
        names.insert(0, "工资欠条")
    return f"以上事实有{'、'.join(names)}等证据证明。" if names else "以上事实的证据见所附证据清单。"


PAY_KINDS = (ClaimKind.unpaid_wages, ClaimKind.overtime, ClaimKind.unlawful_deduction)


def _joint_line(assessment: Assessment) -> str:
    """Beside a dispatch agency the units owe jointly (劳动合同法第九十二条第二款;
    调解仲裁法第二十二条第二款)."""
    if liability(assessment.case) is not Liability.joint:
        return ""
    names = "、".join(r.name for r in assessment.case.respondents)
    return f"上列款项由{names}连带支付（依据{cite(JOINT_BASIS)}）。"


# --- one builder per document ---------------------------------------------------------------------------

def demand_letter(assessment: Assessment) -> Context:
    """催告函 — 劳动合同法第三十条第一款 (pay in full and on time); 调解仲裁法第二十七条第二款 (a demand
    interrupts the limitation)."""
    total, already, owed = assessment.total, assessment.paid, assessment.owed
    sum_line = f"以上合计{money(total)}元（大写：{money_in_words(total)}）。"
    if already:
        sum_line += (f"扣除贵单位已支付的{money(already)}元，尚欠{money(owed)}元"
                     f"（大写：{money_in_words(owed)}）。")
    sum_line += _joint_line(assessment)
    commission = assessment.bodies.commission
    return {
        **_parties(assessment),
        "work": _work_sentence(assessment, "本人", "贵单位"),
        # The letter cites 劳动合同法第三十条 for pay; anything else asked for cites its own basis.
        "items": [_item(c, n, n == len(assessment.money_claims), c.kind not in PAY_KINDS)
                  for n, c in enumerate(assessment.money_claims, start=1)] or _items(()),
        "sum_line": sum_line,
        "owed": _sum(owed),
        "pay_by": day(demand_pay_by(assessment)),
        "next_step": f"向{commission}申请劳动争议仲裁" if commission else "申请劳动争议仲裁",
        **_demand_addresses(assessment),
    }


def _demand_addresses(assessment: Assessment) -> Context:
    """Each respondent's address, and a copy for each: the demand interrupts the limitation only against the
    one it reaches (调解仲裁法第二十七条第二款), so a platform beside the employer is sent its own."""
    respondents = assessment.case.respondents
    if len(respondents) == 1:
        return {"addresses": text(respondents[0].address),
                "copies_line": "本函一式两份，一份送达贵单位，一份由催告人留存"}
    return {
        "addresses": "；".join(f"{r.name}：{text(r.address)}" for r in respondents),
        "copies_line": f"本函一式{count(len(respondents) + 1, '份')}，"
                       "分别送达上列各单位，一份由催告人留存",
    }


def interim_execution(assessment: Assessment) -> Context:
    """先予执行申请书 — 调解仲裁法第四十四条."""
    award = assessment.case.procedure.arbitration
    claims = advance_claims(assessment)
    accepted = f"，贵委于{day(award.accepted_on)}受理" if award and award.accepted_on else ""
    return {
        **_parties(assessment),
        "case_number": text(award.case_number if award else None),
        "applied": f"申请人于{day(award.applied_on if award else None)}向贵委申请仲裁{accepted}。",
        "items": _items(claims),
        "total": _sum(_total(claims)),
        "work": _work_sentence(assessment, "申请人", "被申请人处"),
        "evidence": _evidence_sentence(assessment),
        "commission": text(award.commission if award and award.commission else assessment.bodies.commission),
    }


def _owed_items(assessment: Assessment) -> str:
    """What the worker is owed, as nouns: «2026年7月1日至2026年8月31日期间拖欠的工资、…的加班费»."""
    return "、".join(c.description for c in assessment.money_claims) or BLANK


def _claimed_items(assessment: Assessment) -> str:
    """What the worker claims, with the amounts: «…拖欠的工资12,000.00元、…的加班费4,500.00元，合计…元»."""
    claims = [c for c in assessment.money_claims if c.amount is not None]
    if not claims:
        return _owed_items(assessment)
    items = "、".join(f"{c.description}{money(c.amount)}元" for c in claims)
    return items + (f"，合计{money(_total(tuple(claims)))}元" if len(claims) > 1 else "")


def agreed_less(assessment: Assessment) -> Decimal:
    """How much less the mediation agreement grants than the worker claims (0 when not less)."""
    mediation = assessment.case.procedure.mediation
    if mediation is None:
        return Decimal(0)
    return max(_total(assessment.money_claims) - mediation.amount, Decimal(0))


def mediation_agreement(assessment: Assessment) -> Context:
    """调解协议书 — 调解仲裁法第十四条第二款 (signed by both, the mediator, the organisation's seal) and
    第十六条 (an agreement on pay or compensation not honoured in time supports a payment order). The
    dispute states what the worker claimed, so both sides see what the agreed sum settles; where it is
    less, the employer does not «confirm» owing the claims, it agrees to pay the sum."""
    mediation = assessment.case.procedure.mediation
    return {
        **_parties(assessment),
        "mediator": text(mediation.mediator if mediation else None),
        "dispute": _claimed_items(assessment),
        "settlement": ("经调解，甲方同意向乙方支付" if agreed_less(assessment)
                       else "甲方确认拖欠乙方上述款项，同意向乙方支付"),
        "amount": _sum(mediation.amount if mediation else None),
        "pay_by": day(mediation.pay_by if mediation else None),
        "signed_on": day(mediation.signed_on if mediation else None),
        "work": _work_sentence(assessment, "乙方", "甲方处"),
    }


def _iou_amount(assessment: Assessment) -> Decimal:
    """The wages an IOU states (the case's unpaid-wage claims: an IOU suit claims only them), less what was
    paid since."""
    wages = _total(tuple(c for c in assessment.money_claims if c.kind is ClaimKind.unpaid_wages))
    return max(wages - paid(assessment), Decimal(0))


def _mediation_origin(assessment: Assessment) -> tuple[Decimal, str]:
    mediation = assessment.case.procedure.mediation
    if mediation is None:  # the case says only that there is an agreement on its claims
        return assessment.total, ("申请人与被申请人经劳动争议调解组织调解，就支付"
                                  f"{_owed_items(assessment)}达成调解协议。")
    return (max(mediation.amount - paid(assessment), Decimal(0)),
            f"{day(mediation.signed_on)}，申请人与被申请人在{text(mediation.mediator)}主持下，就支付"
            f"{_owed_items(assessment)}达成调解协议，约定被申请人最迟于{day(mediation.pay_by)}向申请人支付"
            f"{money(mediation.amount)}元。")


def _iou_account(assessment: Assessment) -> str | None:
    """The worker's own account of the IOU (its date, what it states, the day it promised payment), in the
    application's terms: the case holds these only in the worker's words."""
    story = assessment.case.facts or ""
    if "欠条" not in story:
        return None
    return amounts_as_filed(chinese_words(speak_as(story, ARBITRATION))).replace("\n", "")


def _payment_order_proofs(assessment: Assessment, proof: str) -> list[str]:
    """证据和证据来源: what the claim stands on, each payment's receipt (the amount is net of them), the
    worker's ID."""
    lines = [f"{proof}原件及复印件，证明被申请人拖欠申请人上述款项及其数额；"]
    for payment in assessment.case.procedure.payments:
        how = f"，{chinese_words(payment.note)}" if payment.note else ""
        lines.append(f"收款记录（{day(payment.on)}{how}）原件及复印件，证明被申请人已支付{money(payment.amount)}元；")
    lines.append("申请人身份证复印件，证明申请人的身份。")
    return [f"{n}. {line}" for n, line in enumerate(lines, start=1)]


def payment_order(assessment: Assessment) -> Context:
    """支付令申请书 — 民事诉讼法第二百二十五条至第二百二十八条; 劳动合同法第三十条第二款 (an IOU);
    调解仲裁法第十六条 (a mediation agreement); 民诉法解释第二十三条 (the debtor's home court)."""
    procedure = assessment.case.procedure
    basis = payment_order_basis(assessment) or ("mediation" if procedure.mediation else "iou")
    if basis == "mediation":
        amount, origin = _mediation_origin(assessment)
        breach = "被申请人在协议约定期限内未足额履行，"
        law = "《中华人民共和国劳动争议调解仲裁法》第十六条、《中华人民共和国民事诉讼法》第二百二十五条"
        proof = "调解协议书"
    else:
        amount = _iou_amount(assessment)
        wages = [f"{c.description}{money(c.amount)}元" for c in assessment.money_claims
                 if c.kind is ClaimKind.unpaid_wages]
        origin = _iou_account(assessment) or (
            f"被申请人向申请人出具工资欠条，确认{'、'.join(wages) or '拖欠的工资'}未付。")
        # «经申请人催要» only when a demand is recorded: a filing states no fact the case does not hold.
        demanded = any(e.kind is EventKind.demanded_payment for e in procedure.events)
        breach = "经申请人催要，被申请人" if demanded else "被申请人"
        law = "《中华人民共和国劳动合同法》第三十条第二款、《中华人民共和国民事诉讼法》第二百二十五条"
        proof = "工资欠条"
    already = paid(assessment)
    paid_text = f"仅支付{money(already)}元" if already else ("至今未支付" if basis == "iou" else "分文未付")
    employment = assessment.case.employment
    return {
        **_parties(assessment),
        "amount": _sum(amount),
        "facts": [
            f"申请人自{day(employment.start_date)}起在被申请人处工作。{origin}",
            f"{breach}{paid_text}，尚欠申请人{money(amount)}元。该款项已到期，数额确定；申请人对被申请人没有"
            "对待给付义务，双方没有其他债务纠纷；被申请人住所明确，支付令能够送达。",
        ],
        "law": law,
        "proof": proof,
        "proofs": _payment_order_proofs(assessment, proof),
        # the debtor's home court (民诉法解释第二十三条), where its address names a district lawgen holds
        "court": assessment.bodies.employer_court or COURT_BLANK,
    }


def _award_items(assessment: Assessment) -> str:
    """«（其中：支付拖欠工资12,000.00元，支付加班费4,500.00元）» from the award's own items."""
    award = assessment.case.procedure.arbitration
    titles = {c.kind: c.title for c in assessment.claims}
    items = [f"{item.title or titles.get(item.kind) or CLAIM_TITLES[item.kind]}{money(item.amount)}元"
             for item in (award.items if award else ()) if item.amount]
    return f"，裁决项目为：{'、'.join(items)}" if items else ""


def enforcement_application(assessment: Assessment) -> Context:
    """强制执行申请书 — 民事诉讼法第二百四十七条 (a judgment), 第二百四十八条 and 调解仲裁法第五十一条
    (an award), 第二百三十五条 (which court), 第二百五十条 (two years), 第二百六十四条 (late interest)."""
    procedure = assessment.case.procedure
    decision = enforceable(assessment) or _judgment(assessment) or _award(assessment)
    # The court recorded with the application, else the one lawgen can name (第二百三十五条): a judgment's
    # first-instance court; for an award the court of the employer's domicile (the worker's summary says
    # the property's court is the other choice).
    court = (procedure.enforcement.court if procedure.enforcement else None) or enforcement_courts(
        procedure, assessment.bodies).known
    if decision is None:  # nothing in force: every line blank
        return {**_parties(assessment), "title": BLANK, "facts": BLANK, "owed": _sum(None), "law": BLANK,
                "competence": BLANK, "court": court or COURT_BLANK}
    if decision.judgment:
        law = "《中华人民共和国民事诉讼法》第二百四十七条第一款、第二百五十条"
        competence = ("第一审人民法院或者与其同级的被执行的财产所在地人民法院"
                      "（《中华人民共和国民事诉讼法》第二百三十五条第一款）")
        in_force = f"该判决已于{day(procedure.suit.effective_on)}发生法律效力"
        verb, items = "判决", ""
    else:
        law = ("《中华人民共和国民事诉讼法》第二百四十八条第一款、第二百五十条，"
               "《中华人民共和国劳动争议调解仲裁法》第五十一条")
        competence = ("被执行人住所地或者被执行的财产所在地人民法院"
                      "（《中华人民共和国民事诉讼法》第二百三十五条第二款）")
        final = all(item.final for item in procedure.arbitration.items)
        in_force = ("该裁决为终局裁决，自作出之日起发生法律效力" if final
                    else "双方在法定期限内均未起诉，该裁决已发生法律效力")
        verb, items = "裁决", _award_items(assessment)
    term = f"，履行期限已于{day(decision.pay_by)}届满" if decision.pay_by else ""
    owed = money(decision.owed)
    unpaid = (f"此后被执行人仅支付{money(decision.paid)}元，尚欠{owed}元未履行。" if decision.paid
              else f"被执行人至今分文未付，尚欠{owed}元。")
    return {
        **_parties(assessment),
        "title": decision.title,
        "facts": (f"{day(decision.made_on)}，{decision.body}作出{decision.document}，{verb}被执行人向申请"
                  f"执行人支付{money(decision.amount)}元（大写：{money_in_words(decision.amount)}）{items}。"
                  f"{in_force}{term}。{unpaid}"),
        "owed": _sum(decision.owed),
        "law": law,
        "competence": competence,
        "court": court or COURT_BLANK,
    }


STAGE_BUILDERS: dict[str, Callable[[Assessment], Context]] = {
    "demand_letter": demand_letter,
    "interim_execution": interim_execution,
    "mediation_agreement": mediation_agreement,
    "payment_order": payment_order,
    "enforcement_application": enforcement_application,
}
