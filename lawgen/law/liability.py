"""Who is asked to pay when a case names more than one respondent.

劳动合同法第九十二条第二款: 用工单位给被派遣劳动者造成损害的，劳务派遣单位与用工单位承担连带赔偿责任。
劳动争议调解仲裁法第二十二条第二款: 劳务派遣单位或者用工单位与劳动者发生劳动争议的，劳务派遣单位和用工单位为
  共同当事人。
劳动合同法第五十八条第一款: 劳务派遣单位是本法所称用人单位…劳务派遣单位与被派遣劳动者订立的劳动合同…

Without a dispatch agency (a platform beside an outsourcer …) no statute here makes the respondents jointly
liable: each request names them all and the commission decides which is the employer.
"""

from __future__ import annotations

from enum import Enum

from lawgen.case import Case, RespondentRole
from lawgen.i18n import N_

JOINT_BASIS = (N_("劳动合同法第九十二条第二款"), N_("劳动争议调解仲裁法第二十二条第二款"))


class Liability(Enum):
    single = "single"  # one respondent
    joint = "joint"  # a dispatch agency and the unit using the worker: 连带
    undecided = "undecided"  # several respondents, no statute says who pays: the commission decides


def liability(case: Case) -> Liability:
    if len(case.respondents) < 2:
        return Liability.single
    if any(r.role is RespondentRole.dispatch_agency for r in case.respondents):
        return Liability.joint
    return Liability.undecided


def contract_party(case: Case) -> str:
    """Who signed the written contract: as the case says, else the dispatch agency
    (劳动合同法第五十八条第一款: it is the employer and signs the contract),
    else the first respondent (the case format's default)."""
    if case.employment.contract_party:
        return case.employment.contract_party
    agency = next((r for r in case.respondents if r.role is RespondentRole.dispatch_agency), None)
    return (agency or case.respondents[0]).name
