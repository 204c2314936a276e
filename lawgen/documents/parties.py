"""The parties as every filing names them: one dict for the worker and one per respondent, shared by the
first filings (``context``) and the later stages' documents (``stage_documents``)."""

from __future__ import annotations

from lawgen.case import Respondent
from lawgen.documents.fields import OCCUPATION_LABELS, box, day, ordinal, text
from lawgen.law import Assessment

Context = dict[str, object]


def worker_fields(assessment: Assessment) -> Context:
    """The worker as every filing names them (申请人, 原告, 申请执行人 …)."""
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
        "service_address": text(worker.service_address or worker.address),
        "e_yes": box(worker.electronic_service is True),
        "e_no": box(worker.electronic_service is False),
        "e_sms": box(worker.electronic_service is True and worker.phone is not None),
        "e_phone": text(worker.phone),
    }


def _company_type(name: str) -> Context:
    """The complaint's 类型 boxes, ticked only where the registered name says it."""
    joint_stock = "股份有限公司" in name
    limited = not joint_stock and "有限" in name and "公司" in name
    return {"llc": box(limited), "joint_stock": box(joint_stock), "other": box(False)}


def respondent_fields(respondent: Respondent, number: int, count: int) -> Context:
    """The ``number``th of ``count`` respondents as every filing names them: «被申请人一» when there are
    several, the labels a natural person or an organisation takes."""
    suffix = ordinal(number, count)
    person = respondent.natural_person
    return {
        "number": number,
        "suffix": suffix,
        "heading": f"被申请人{suffix}",
        "complaint_heading": f"被告{suffix}（{'自然人' if person else '法人、非法人组织'}）",
        "natural_person": person,
        "id_number": text(respondent.id_number),
        "name_label": "姓名" if person else "名称",
        "code_label": "公民身份号码" if person else "统一社会信用代码",
        "code": text(respondent.id_number if person else respondent.credit_code),
        "name": respondent.name,
        "credit_code": text(respondent.credit_code),
        "address": text(respondent.address),
        "legal_representative": text(respondent.legal_representative),
        "representative_title": text(respondent.representative_title),
        "phone": text(respondent.phone),
        "type": _company_type(respondent.name),
    }


def all_respondents(respondents: list[Respondent]) -> list[Context]:
    """Every respondent, numbered when there are several."""
    return [respondent_fields(r, n, len(respondents)) for n, r in enumerate(respondents, start=1)]
