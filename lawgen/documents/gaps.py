"""What a filing still lacks, said before printing: ``lawgen generate`` and the wizard's review list it.

调解仲裁法第二十八条 asks the application for the worker's 住所 and the employer's 名称、住所 and 法定代表人
或者主要负责人的姓名、职务; the court's element-style complaint (民事起诉状示范文本) also asks for the
employer's 统一社会信用代码. Every gap is printed as a blank line to fill in by hand; this list tells the
volunteer which ones, and what lawgen added on its own (the wage IOU in the evidence list).
"""

from __future__ import annotations

from lawgen.documents import plan_stage
from lawgen.documents.context import IOU_EVIDENCE, evidence_items
from lawgen.i18n import Msg, msg
from lawgen.law import Assessment


def filing_gaps(assessment: Assessment) -> list[Msg]:
    """Each missing particular the filings print as a blank line, and each item lawgen added."""
    case = assessment.case
    gaps: list[Msg] = []
    if not case.worker.address:
        gaps.append(msg("劳动者的住所未填写（劳动争议调解仲裁法第二十八条要求写明）"))
    if not case.worker.id_number:
        gaps.append(msg("劳动者的公民身份号码未填写"))
    for respondent in case.respondents:
        name = respondent.name
        if not respondent.address:
            gaps.append(msg("{name}：住所未填写（劳动争议调解仲裁法第二十八条要求写明）", name=name))
        if respondent.natural_person:
            if not respondent.id_number:
                gaps.append(msg("{name}：公民身份号码未填写", name=name))
            continue
        if not respondent.legal_representative:
            gaps.append(msg("{name}：法定代表人或主要负责人未填写（劳动争议调解仲裁法第二十八条要求写明）",
                            name=name))
        if not respondent.credit_code:
            gaps.append(msg("{name}：统一社会信用代码未填写（起诉状要求填写，可在国家企业信用信息公示系统查询）",
                            name=name))
    agent = case.agent
    if agent is not None and not (agent.id_number or agent.license_number):
        gaps.append(msg("受托人{name}的公民身份号码或执业证号未填写（授权委托书要求写明）", name=agent.name))
    for claim in assessment.claims:  # a money claim of nothing, or of an amount not known yet
        if claim.awaits_amount:
            gaps.append(msg("请求{number}“{title}”的金额尚不能计算：请补上计算所需的数字（如加班时数），"
                            "或删去这项请求", number=claim.index + 1, title=claim.title))
        elif claim.amount is not None and claim.amount <= 0:
            gaps.append(msg("请求{number}“{title}”的金额为0.00元：请补上计算所需的数字（如加班时数），"
                            "或删去这项请求", number=claim.index + 1, title=claim.title))
    listed = {id(item) for item in case.evidence}
    if plan_stage.decision_evidence(assessment) is None:  # enforcement lists the decision instead
        for item in evidence_items(assessment):  # the IOU or the agreement a direct suit stands on
            if id(item) in listed:
                continue
            if item is IOU_EVIDENCE:
                gaps.append(msg("案件记有工资欠条，证据中没有列出：已在证据清单中补上“工资欠条”，请核对"))
            else:
                gaps.append(msg("案件记有未履行的调解协议，证据中没有列出：已在证据清单中补上“调解协议书”，请核对"))
    if not case.evidence and not case.procedure.wage_iou:
        gaps.append(msg("没有列出证据：证据清单留有空行，请手写补上"))
    elif any(item.pages is None for item in evidence_items(assessment)):
        gaps.append(msg("有的证据未填写页数：证据清单的页码留空，请编好页码后手写补上"))
    return gaps
