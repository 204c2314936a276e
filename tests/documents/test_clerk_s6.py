"""What the filing clerk found in the packets (session 6): who of two respondents is asked to pay, the
ground for quitting before the severance's articles, the demand letter's counts in Chinese numerals.

The case tests/cases/dispatch-courier.json: 被申请人一 the unit using the worker (role platform),
被申请人二 the dispatch agency; quit on 2026-10-20 over unpaid wages
(劳动合同法第三十八条第一款第（二）项); wages 17,200 and severance claimed.
"""

from __future__ import annotations

import pytest

from lawgen.documents.context import arbitration_application, court_complaint, inspection_complaint
from lawgen.documents.stage_documents import demand_letter
from tests.support.documents_cases import assessment_of, case_data, variant

JOINT_CITED = "第九十二条第二款；《中华人民共和国劳动争议调解仲裁法》第二十二条第二款"


def _roles(*roles: str):
    def change(data: dict) -> None:
        for respondent, role in zip(data["respondents"], roles, strict=True):
            respondent["role"] = role
    return change


def _one_respondent(data: dict) -> None:
    data["respondents"] = data["respondents"][1:]


@pytest.mark.parametrize(("change", "payer", "joint"), [
    # 调解仲裁法第二十二条第二款 (共同当事人) and 劳动合同法第九十二条第二款 (连带): a dispatch agency
    # beside the unit using the worker — both asked to pay jointly, both articles cited.
    (_roles("platform", "dispatch_agency"), "请求裁决被申请人一、被申请人二连带支付申请人", True),
    # Platform and outsourcer: no statute makes them jointly liable — both named, the commission decides.
    (_roles("platform", "outsourcer"), "请求裁决被申请人一、被申请人二支付申请人", False),
    # One respondent: as before.
    (_one_respondent, "请求裁决被申请人支付申请人", False),
])
def test_money_requests_say_who_pays(change, payer, joint):
    context = arbitration_application(assessment_of(variant("dispatch-courier", change)))
    for claim in context["claims"]:
        assert claim["request"].startswith(payer)
        assert (JOINT_CITED in claim["reasoning"]) is joint


def test_the_complaints_name_both_payers():
    assessment = assessment_of(case_data("dispatch-courier"))
    requests = [c["request"] for c in court_complaint(assessment)["claims"]]
    assert all(r.startswith("请求判令被告一、被告二连带支付原告") for r in requests)
    inspection = inspection_complaint(assessment)["inspection_requests"]
    assert inspection[0].startswith("1. 请求责令被投诉单位一、被投诉单位二连带支付投诉人")


@pytest.mark.parametrize(("change", "sentence"), [
    # 劳动合同法第五十八条第一款: the dispatch agency signs the contract (the case does not name the party).
    (lambda data: None, "申请人与厦门众力劳务派遣有限公司签订了书面劳动合同。"),
    # The case names the party: as it says.
    (lambda data: data["employment"].update(contract_party="厦门速达快递服务有限公司"),
     "申请人与厦门速达快递服务有限公司签订了书面劳动合同。"),
    # One respondent: the two parties are the worker and it.
    (_one_respondent, "双方签订了书面劳动合同。"),
])
def test_the_contract_sentence_names_who_signed(change, sentence):
    facts = "".join(arbitration_application(assessment_of(variant("dispatch-courier", change)))["facts"])
    assert sentence in facts
    assert facts.count("书面劳动合同") == 1


def _no_wages(data: dict) -> None:
    data["claims"] = [{"kind": "severance"}]


@pytest.mark.parametrize(("change", "ground"), [
    # Quit over unpaid wages with wages claimed: 第三十八条第一款第（二）项 (未及时足额支付劳动报酬), then
    # 第四十六条 (which pays for a quit under 第三十八条) and 第四十七条 (how much).
    (lambda data: None, "《中华人民共和国劳动合同法》第三十八条第一款第（二）项、第四十六条、第四十七条"),
    # No pay claimed: the case does not say which item of 第三十八条 — the article alone.
    (_no_wages, "《中华人民共和国劳动合同法》第三十八条、第四十六条、第四十七条"),
])
def test_severance_cites_the_ground_for_quitting(change, ground):
    assessment = assessment_of(variant("dispatch-courier", change))
    severance = next(c for c in arbitration_application(assessment)["claims"] if "经济补偿" in c["title"])
    assert ground in severance["reasoning"]
    letter_item = demand_letter(assessment)["items"][-1]["text"]
    assert ground in letter_item


def test_a_resignation_cites_no_ground():
    data = variant("dispatch-courier", lambda d: d["employment"].update(end_reason="dismissed"))
    claims = arbitration_application(assessment_of(data))["claims"]
    severance = next(c for c in claims if "经济补偿" in c["title"])
    assert "第三十八条" not in severance["reasoning"]


@pytest.mark.parametrize(("change", "copies", "joint"), [
    # Two units and the worker's own: 一式三份, in numerals as «一式两份» is; the joint payment said.
    (lambda data: None, "本函一式三份", True),
    (_roles("platform", "outsourcer"), "本函一式三份", False),
    (_one_respondent, "本函一式两份", False),
])
def test_demand_letter_counts_and_joint_payment(change, copies, joint):
    letter = demand_letter(assessment_of(variant("dispatch-courier", change)))
    assert letter["copies_line"].startswith(copies)
    assert ("连带支付" in letter["sum_line"]) is joint


# --- 5. enforcement keeps the case's own evidence -------------------------------------------------------

def _award_case(evidence: list[dict]) -> dict:
    def change(data: dict) -> None:
        data["evidence"] = evidence
        data["procedure"]["payments"] = []  # receipts are generated per payment: none here
    return variant("final-award-unpaid", change)


AWARD_ITEM = {"name": "仲裁裁决书", "source": "仲裁委员会送达", "proves": "裁决内容", "pages": 4,
              "original": True}
CLUE = {"name": "被申请人银行账户线索", "source": "申请人保存", "proves": "可供执行的财产", "pages": 1,
        "original": False}


@pytest.mark.parametrize(("evidence", "names", "pages"), [
    # The case's own 仲裁裁决书 (4 pages) and a property clue (1 page) are kept; nothing generated beside
    # them, no 送达回证 (the commission keeps it): 4 + 1 = 5 pages.
    ([AWARD_ITEM, CLUE], ["仲裁裁决书", "被申请人银行账户线索"], "5"),
    # The case lists no award: the generated one comes first, the clue after it (its pages unknown: blank).
    ([CLUE], None, "________"),
])
def test_enforcement_keeps_the_case_evidence(evidence, names, pages):
    from lawgen.documents.context import evidence_items, evidence_list

    assessment = assessment_of(_award_case(evidence))
    items = [item.name for item in evidence_items(assessment)]
    assert not any("送达回证" in name for name in items)
    assert "被申请人银行账户线索" in items
    if names:
        assert items == names
    else:
        assert items[0].endswith("仲裁裁决书") and len(items) == 2
    assert evidence_list(assessment)["evidence_pages"] == pages
