"""The case format's stages: bad combinations are refused with an error naming the field, in zh and en."""

from __future__ import annotations

import pytest

from lawgen.case import InvalidCase, parse_case
from tests.support.case_builder import case_dict

AWARD = {"applied_on": "2026-09-20", "award_date": "2026-11-10", "received_on": "2026-11-13"}
NON_FINAL = [{"kind": "unpaid_wages", "amount": "12000", "final": False}]
FINAL = [{"kind": "unpaid_wages", "amount": "12000", "final": True}]


def _errors(procedure: dict) -> list[tuple[str, str, str]]:
    try:
        parse_case(case_dict(procedure=procedure, prepared_on="2026-12-01"))
    except InvalidCase as error:
        return [(e.path, e.message.render("zh"), e.message.render("en")) for e in error.errors]
    return []


@pytest.mark.parametrize(("procedure", "path", "zh"), [
    # An award before the application, a receipt before the award.
    ({"arbitration": {"applied_on": "2026-10-10", "award_date": "2026-10-01"}},
     "procedure.arbitration.award_date", "不能早于 applied_on"),
    ({"arbitration": {"award_date": "2026-11-10", "received_on": "2026-11-01"}},
     "procedure.arbitration.received_on", "不能早于 award_date"),
    ({"arbitration": {"accepted_on": "2026-10-10", "hearing_on": "2026-10-01"}},
     "procedure.arbitration.hearing_on", "不能早于 accepted_on"),
    ({"arbitration": {"items": FINAL}}, "procedure.arbitration.award_date", "须填写裁决日期"),
    # A suit before the award it is against was received.
    ({"arbitration": AWARD, "suit": {"filed_on": "2026-11-12"}},
     "procedure.suit.filed_on", "不能早于 procedure.arbitration.received_on"),
    ({"suit": {"judgment_on": "2026-11-12"}}, "procedure.suit.filed_on", "须填写起诉日期"),
    ({"suit": {"filed_on": "2026-11-01", "judgment_on": "2026-11-12", "judgment_received_on": "2026-11-10"}},
     "procedure.suit.judgment_received_on", "不能早于 judgment_on"),
    # Paid more than claimed (12,000.00 in all), than awarded, than judged.
    ({"payments": [{"on": "2026-11-01", "amount": "10000"}, {"on": "2026-11-02", "amount": "2000.01"}]},
     "procedure.payments[1].amount", "已付款合计12000.01元，超过请求金额合计12000.00元"),
    ({"arbitration": {**AWARD, "items": [{"kind": "unpaid_wages", "amount": "8000", "final": True}]},
      "payments": [{"on": "2026-11-20", "amount": "9000"}]},
     "procedure.payments[0].amount", "超过裁决金额8000.00元"),
    ({"arbitration": AWARD, "suit": {"filed_on": "2026-11-15", "judgment_on": "2026-11-20", "amount": "5000"},
      "payments": [{"on": "2026-11-21", "amount": "5000.50"}]},
     "procedure.payments[0].amount", "超过判决金额5000.00元"),
    ({"payments": [{"on": "2026-11-02", "amount": "1"}, {"on": "2026-11-01", "amount": "1"}]},
     "procedure.payments[1].on", "付款记录应按日期先后排列"),
    ({"payments": [{"on": "2026-11-02", "amount": "0"}]}, "procedure.payments[0].amount", "金额应大于零"),
    ({"payments": [{"on": "2026-12-02", "amount": "1"}]}, "procedure.payments[0].on", "不能晚于文书制作日期"),
    ({"payments": [{"on": "2025-01-02", "amount": "1"}]}, "procedure.payments[0].on", "不能早于入职日期"),
    # Enforcement of a non-final award that was sued against (调解仲裁法第五十条) …
    ({"arbitration": {**AWARD, "items": NON_FINAL}, "suit": {"filed_on": "2026-11-20"},
      "enforcement": {"applied_on": "2026-11-25"}},
     "procedure.enforcement.applied_on", "非终局裁决已被起诉"),
    # … of one still inside its 15 days (received 11-13: not before 11-29) …
    ({"arbitration": {**AWARD, "items": NON_FINAL}, "enforcement": {"applied_on": "2026-11-28"}},
     "procedure.enforcement.applied_on", "十五日内尚未生效"),
    # … of nothing, of an appealed judgment.
    ({"enforcement": {"applied_on": "2026-11-25"}}, "procedure.enforcement.applied_on",
     "民事诉讼法第二百四十七条、第二百四十八条"),
    ({"arbitration": AWARD, "suit": {"filed_on": "2026-11-15", "judgment_on": "2026-11-20", "appealed": True},
      "enforcement": {"applied_on": "2026-11-25"}},
     "procedure.enforcement.applied_on", "一审判决已上诉"),
    ({"mediation": {"signed_on": "2026-11-10", "amount": "6000", "pay_by": "2026-11-01"}},
     "procedure.mediation.pay_by", "不能早于 signed_on"),
])
def test_bad_stages_name_the_field(procedure: dict, path: str, zh: str) -> None:
    errors = _errors(procedure)
    assert len(errors) == 1, errors
    where, chinese, english = errors[0]
    assert where == path and zh in chinese
    assert english != chinese and not any("\u4e00" <= c <= "\u9fff" for c in english.split("(")[0]), english


@pytest.mark.parametrize("procedure", [
    # A final award can be enforced at once (第四十七条: effective when made), even while sued against.
    {"arbitration": {**AWARD, "items": FINAL}, "enforcement": {"applied_on": "2026-11-14"}},
    # A non-final award, not sued against, once the 15 days from its receipt have run (11-13 + 15 = 11-28, a
    # Saturday, so 11-30): 12-01.
    {"arbitration": {**AWARD, "items": NON_FINAL}, "enforcement": {"applied_on": "2026-12-01"}, },
    {"arbitration": AWARD, "suit": {"filed_on": "2026-11-15", "judgment_on": "2026-11-20", "amount": "12000"},
     "payments": [{"on": "2026-11-21", "amount": "12000"}], "enforcement": {"applied_on": "2026-11-22"}},
    {"mediation": {"signed_on": "2026-11-10", "amount": "6000", "pay_by": "2026-11-20",
                   "mediator": "莲前街道人民调解委员会"}},
])
def test_good_stages_load(procedure: dict) -> None:
    assert _errors(procedure) == []


@pytest.mark.parametrize(("agreed", "warned"), [
    ("9000.00", False),  # the claims' own 9,000.00 (tests/cases/mediation-signed.json)
    ("8000.00", False),  # less: the summary says what is given up
    ("90000.00", True),  # an extra zero typed (an attacker's finding: it went into the agreement unwarned)
])
def test_an_agreed_sum_above_the_claims_is_to_be_checked(agreed: str, warned: bool) -> None:
    import json

    from tests.support.documents_cases import assessment_of
    from tests.support.paths import ROOT

    data = json.loads((ROOT / "tests" / "cases" / "mediation-signed.json").read_text(encoding="utf-8"))
    data["procedure"]["mediation"]["amount"] = agreed
    warnings = [w.render("zh") for w in assessment_of(data).warnings]
    expected = "调解协议约定的金额90,000.00元高于各项请求合计9,000.00元，请与劳动者核对协议上的数额"
    assert (expected in warnings) is warned
    assert warned or not any("调解协议约定的金额" in w for w in warnings)
