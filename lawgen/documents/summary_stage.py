"""The worker's summary once the case is under way: what the stage it has reached asks of the worker.

Before anything is filed, ``summary`` answers from the routes (where to apply, the limitation). From the
application on, the answers follow the case's stage (``lawgen.law.stages``): while arbitration runs there is
nothing to sue against yet; after an award, suing is open only until its fifteenth day; once a decision is
in force and unpaid, enforcement is the way on. Same plain words as the summary: short sentences, no
article numbers, the last day said as «最迟在…当天».
"""

from __future__ import annotations

from lawgen.documents.fields import money
from lawgen.law import Assessment
from lawgen.law.stages import Stage
from lawgen.text import chinese_date

ARBITRATING = frozenset({Stage.applied, Stage.accepted, Stage.heard})
AWARDED = frozenset({Stage.awarded, Stage.award_received})
DECIDED = AWARDED | {Stage.judged, Stage.enforcement, Stage.paid}


def under_way(assessment: Assessment) -> bool:
    """An application or a suit is recorded: the stage, not the routes, decides the answers."""
    return assessment.stage is not None and assessment.stage.filed


def _decision(assessment: Assessment) -> str:
    return "判决" if assessment.case.procedure.judged else "裁决"


def claims(assessment: Assessment) -> str | None:
    """What a decision binds the employer to, what it has paid and what is still owed; None while no
    decided amount is recorded (the award's items, the judgment's amount)."""
    procedure, stage = assessment.case.procedure, assessment.stage
    decided = procedure.suit.amount if procedure.judged else (
        procedure.arbitration.awarded if procedure.arbitration is not None else None)
    if stage.stage not in DECIDED or decided is None:
        return None
    line = f"{_decision(assessment)}确定单位要付{money(decided)}元"
    if stage.paid:
        line += f"，已经付了{money(stage.paid)}元，还差{money(max(decided - stage.paid, 0))}元"
    return line + "。"


def decided_in_force(assessment: Assessment) -> bool:
    """A judgment given, or an award past its fifteen days to sue: no court procedure is ahead any more,
    only enforcement (so small claims and final awards no longer matter)."""
    if assessment.stage is None:
        return False
    stage = assessment.stage.stage
    return stage in {Stage.judged, Stage.enforcement, Stage.paid} or (
        stage in AWARDED and assessment.time_to_sue_passed)


def awaiting_agreement(assessment: Assessment) -> bool:
    """A mediation agreement is signed and its day to pay has not come: the worker waits for it."""
    mediation = assessment.case.procedure.mediation
    mediated = assessment.stage is not None and assessment.stage.stage is Stage.mediated
    return (mediated and mediation is not None and mediation.pay_by is not None
            and mediation.pay_by >= assessment.judged_on)


def agreement_step(assessment: Assessment) -> list[str]:
    mediation = assessment.case.procedure.mediation
    due, amount = chinese_date(mediation.pay_by), money(mediation.amount)
    return [f"调解协议已经签了：单位最迟在{due}当天付清{amount}元。",
            "到期不付的，可以拿调解协议书到法院申请支付令，也可以申请仲裁。"]


def paid_so_far(assessment: Assessment) -> str | None:
    """Before any decision: what the employer has already paid towards the claims, and what is left."""
    stage = assessment.stage
    if stage is None or not stage.paid or stage.stage in DECIDED:
        return None
    left = max(assessment.total - stage.paid, 0)
    return f"单位已经付了{money(stage.paid)}元，还差{money(left)}元。"


def meaning(assessment: Assessment) -> list[str] | None:
    """Once a decision is in force, what it means; None while small claims and final awards still matter."""
    if not decided_in_force(assessment):
        return None
    return [f"{_decision(assessment)}已经生效：单位不按{_decision(assessment)}付钱的，法院可以强制执行。"]


def body(assessment: Assessment) -> str:
    """Whom the worker deals with at this stage: the commission while arbitration runs, else the court."""
    return "commission" if assessment.stage.stage in ARBITRATING else "court"


def ask_about(assessment: Assessment) -> str | None:
    """Whom to ask about the case under way: the body that has it, which the worker no longer has to find
    (before filing the summary says to call and ask which commission takes it); None when none has it (an
    award made, before any suit; everything paid)."""
    stage = assessment.stage.stage
    if stage in ARBITRATING:
        return "仲裁的事问受理案件的仲裁委员会"
    if stage in {Stage.sued, Stage.judged, Stage.enforcement}:
        return "案子的事问受理案件的法院"
    return None


def what_to_bring(assessment: Assessment) -> list[str]:
    stage = assessment.stage.stage
    lines = ["身份证原件和复印件。"]
    if stage in DECIDED:
        lines.append(f"{_decision(assessment)}书和送达回执（原件和复印件）；单位已经付过钱的，带上收款凭证。")
    if stage in ARBITRATING | {Stage.sued}:
        lines.append("开庭时带上证据的原件，按证据清单的顺序排好。")
    return lines


def first_step(assessment: Assessment, court: str) -> list[str]:
    stage = assessment.stage.stage
    if stage is Stage.applied:  # not accepted yet: 调解仲裁法第二十九条 gives the commission five days
        return ["申请已经交了，等仲裁委员会决定是否受理：收到申请后5天内决定。",
                "不予受理，或者5天内没有答复的，可以直接到法院起诉。"]
    if stage in ARBITRATING:
        return ["仲裁正在进行。按仲裁委员会的通知按时去开庭，带上证据的原件。"]
    if stage in AWARDED and not assessment.time_to_sue_passed:
        return [f"不服仲裁裁决的，带上起诉状到{court}起诉。", "同意裁决的，等单位在裁决写明的期限内付钱。"]
    if stage in AWARDED:
        return ["起诉的期限已经过了，裁决已经生效。", "单位到期不付钱的，可以到法院申请强制执行。"]
    if stage is Stage.sued:
        return ["案子已经在法院。按法院的通知按时出庭，带上证据的原件。"]
    if stage is Stage.judged:
        return ["法院已经判决。判决生效后，单位到期不付钱的，可以到法院申请强制执行。"]
    if stage is Stage.enforcement:
        return ["已经申请强制执行。知道单位的银行账户、车辆、房子等财产的，告诉法院。"]
    return ["单位已经付清。收款的凭证要留好。"]


def deadline(assessment: Assessment) -> list[str]:
    """The stage's next date: the worker's own last day, or a date to watch (the commission's, a court's)."""
    verdict = assessment.stage
    if verdict.stage is Stage.paid:
        return ["没有要赶的期限了。"]
    following = verdict.next_deadline
    if following is None or following.date is None:
        note = following.note.render("zh") if following is not None and following.note else None
        return [f"{note}。" if note else "请按仲裁委员会或法院的通知办理。"]
    title = following.title.render("zh")
    if following.worker_acts:
        estimate = "（这个日期是估算的，请提前去）" if following.estimate else ""
        passed = "这一天已经过了，请马上找法律援助。" if following.date < assessment.judged_on else ""
        return [f"{title}：最迟在{chinese_date(following.date)}当天{estimate}。{passed}"]
    estimate = "（估算）" if following.estimate else ""
    return [f"{title}：一般不晚于{chinese_date(following.date)}{estimate}。"]


def what_next(assessment: Assessment) -> list[str]:
    stage = assessment.stage.stage
    if stage in ARBITRATING:
        return ["仲裁委员会受理后一般45天内作出裁决，复杂的最多再延长15天。仲裁不收费。",
                "对裁决不服的，收到裁决书后15天内可以到法院起诉。"]
    if stage in AWARDED | {Stage.judged}:
        return [f"{_decision(assessment)}生效后，单位到期不付钱的，可以申请强制执行，期限是2年。"]
    if stage is Stage.sued:
        return ["法院会通知开庭的时间。判决以后，按判决书写的办。"]
    if stage is Stage.enforcement:
        return ["法院立案后会查找单位的财产，执行到的钱交给你。"]
    return ["这件事到这里就办完了。"]
