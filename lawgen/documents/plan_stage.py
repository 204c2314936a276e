"""The plan and the evidence of a case past its first filing: they follow the stage (lawgen.law.stages), not
the routes that were open before anything was filed.

- A decision in force and not paid in full (``enforceable``): the plan is enforcement — its last day
  (民事诉讼法第二百五十条), the court, and what the decision grants against what was paid; the evidence is the
  decision, the proof it took effect and was served, and the receipts of the payments made.
- A signed mediation agreement not yet due: the plan says it is signed, its day to pay, and what can be done
  after it (调解仲裁法第十六条: a payment order; or arbitration).
- Arbitration or a suit under way: the stage's own deadlines, the ones already passed left out.
"""

from __future__ import annotations

from lawgen.case import Evidence
from lawgen.documents.fields import day, money, money_in_words, text
from lawgen.documents.stage_documents import Decision, enforceable, mediation_running
from lawgen.law import Assessment
from lawgen.law.bodies import enforcement_courts
from lawgen.law.stages import Stage

UNDER_WAY = frozenset({Stage.applied, Stage.accepted, Stage.heard, Stage.sued, Stage.judged,
                       Stage.enforcement, Stage.awarded, Stage.award_received})


def _suing_open(assessment: Assessment) -> bool:
    """An award within its fifteen days to sue: the plan before the court is the routes' (the complaint)."""
    stage = assessment.stage
    return (stage is not None and stage.stage in (Stage.awarded, Stage.award_received)
            and not assessment.time_to_sue_passed and enforceable(assessment) is None)


def follows_stage(assessment: Assessment) -> bool:
    stage = assessment.stage
    if stage is None or _suing_open(assessment):
        return False
    return stage.stage in UNDER_WAY or mediation_running(assessment)


def _decision_name(decision: Decision) -> str:
    return "民事判决书" if decision.judgment else "仲裁裁决书"


def enforcement_court(assessment: Assessment) -> str:
    """The plan's words for the enforcing courts (``law.bodies.enforcement_courts``)."""
    courts = enforcement_courts(assessment.case.procedure, assessment.bodies)
    if courts.judgment:
        return courts.known or "第一审人民法院"
    return f"{courts.known}（被执行人住所地）或被执行人财产所在地的人民法院" if courts.known else (
        "被执行人住所地或财产所在地的人民法院")


def stage_line(assessment: Assessment) -> str:
    decision = enforceable(assessment)
    if decision is not None:
        made = "法院判决" if decision.judgment else "仲裁裁决"
        return f"{made}已经生效，用人单位未全部履行：向人民法院申请强制执行"
    mediation = assessment.case.procedure.mediation
    if mediation_running(assessment) and mediation is not None:
        due = f"，用人单位最迟在{day(mediation.pay_by)}当天付清" if mediation.pay_by else ""
        return (f"已签订调解协议{due}；到期不付的，可以持调解协议书向人民法院申请支付令，"
                "或者申请劳动仲裁")
    return assessment.stage.title.render("zh")


def _ahead(assessment: Assessment):
    """The stage's deadlines not yet passed (a passed one is no step to take)."""
    return [d for d in assessment.stage.deadlines if d.date is None or d.date >= assessment.judged_on]


def deadline_lines(assessment: Assessment, last_day) -> list[str]:
    lines = [f"{d.title.render('zh')}：{last_day(d.date)}（{'、'.join(d.basis)}）"
             for d in _ahead(assessment) if d.worker_acts and d.date]
    return lines or ["见下面的时间表"]


def steps(assessment: Assessment, last_day) -> list[dict]:
    rows = []
    for deadline in _ahead(assessment):
        note = deadline.note.render("zh") if deadline.note else ""
        when = last_day(deadline.date) if deadline.date else ""
        when = "；".join(part for part in (when, note) if part) or "—"
        rows.append({"step": deadline.title.render("zh"), "when": when,
                     "basis": "；".join(deadline.basis) or "—"})
    return rows


UNVERIFIED_COMMISSION = "（区级仲裁机构未经核实：去之前请确认受理的仲裁委员会和地址）"


def unverified_note(assessment: Assessment) -> str:
    """After the commission's name where lawgen holds only the city's (Bodies.commission_unverified)."""
    return UNVERIFIED_COMMISSION if assessment.bodies.commission_unverified else ""


def bodies(assessment: Assessment) -> list[str]:
    if enforceable(assessment) is not None:
        return [f"申请强制执行：{enforcement_court(assessment)}"]
    if mediation_running(assessment):
        known = assessment.bodies.employer_court
        return [f"申请支付令：{text(known)}（用人单位住所地）",
                f"申请仲裁：{text(assessment.bodies.commission)}{unverified_note(assessment)}"]
    court = assessment.case.procedure.suit.court if assessment.case.procedure.suit else None
    if assessment.stage.stage in (Stage.sued, Stage.judged, Stage.enforcement):
        return [f"法院：{text(court or assessment.bodies.court)}"]
    award = assessment.case.procedure.arbitration
    return [f"仲裁委员会：{text((award.commission if award else None) or assessment.bodies.commission)}"]


def total(assessment: Assessment) -> tuple[str, str]:
    """The sum the stage is about, in figures and in words: a decision's grant less what was paid since."""
    decision = enforceable(assessment)
    if decision is None:
        return money(assessment.owed), money_in_words(assessment.owed)
    made = "判决" if decision.judgment else "裁决"
    words = f"{money_in_words(decision.amount)}；{made}确定的数额"
    if decision.paid:
        words += f"，已支付{money(decision.paid)}元，尚欠{money(decision.owed)}元"
    return money(decision.amount), words


ENFORCEMENT_WORDS = ("裁决书", "判决书", "调解书", "送达", "生效", "财产", "账户", "收款", "房产", "车辆")


def decision_evidence(assessment: Assessment) -> list[Evidence] | None:
    """An enforcement application's evidence: the case's own items (the decision with its pages, property
    clues …), with the decision, a judgment's proof of effect and each later payment's receipt added only
    where the case lists no such item; None when no decision is to be enforced. No 送达回证 is added for an
    award: the commission keeps it, the worker holds it only when the case lists it."""
    decision = enforceable(assessment)
    if decision is None:
        return None
    # What proved the claims is not needed now: only what stands on the decision or points to property.
    own = [item for item in assessment.case.evidence
           if any(word in item.name for word in ENFORCEMENT_WORDS)]
    names = [item.name for item in own]

    def listed(*words: str) -> bool:
        return any(word in name for name in names for word in words)

    name = _decision_name(decision)
    added = []
    ruling = "判决" if decision.judgment else "裁决"
    if not listed(name, f"{ruling}书"):
        added.append(Evidence(name=f"{decision.case_number}{name}", source=decision.body, original=True,
                              proves=f"{ruling}确定用人单位支付的数额和履行期限"))
    if decision.judgment and not listed("生效证明"):
        added.append(Evidence(name="判决书送达回证、生效证明书", source=decision.body, original=True,
                              proves="判决书已送达并已发生法律效力"))
    if not listed("收款"):
        for payment in assessment.case.procedure.payments:
            if payment.on >= decision.made_on:
                added.append(Evidence(name=f"收款记录（{day(payment.on)}，{money(payment.amount)}元）",
                                      source=text(payment.note) if payment.note else "劳动者的收款账户",
                                      proves=f"用人单位已支付{money(payment.amount)}元"))
    return added + own
