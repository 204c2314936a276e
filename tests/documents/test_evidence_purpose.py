"""The application, the complaints and the court complaint print an evidence item's purpose after their own
«证明：»: what a volunteer types as «证明劳动关系» must not come out as «证明：证明劳动关系», and nothing else
typed may be lost (the hostile-text property found a purpose typed as «:» dropped by an earlier fix)."""

from __future__ import annotations

import pytest

from lawgen.documents.context import arbitration_application, evidence_list, purpose_after_label
from tests.support.case_builder import assessed


@pytest.mark.parametrize(("typed", "printed"), [
    ("证明劳动关系", "劳动关系"),
    ("证明：工资标准", "工资标准"),
    ("证明:工资标准", "工资标准"),
    ("被申请人拖欠工资的事实", "被申请人拖欠工资的事实"),  # nothing to take off
    ("证明", "证明"),  # nothing would be left: printed as typed
    ("证明：", "证明："),
    ("证明： ", "证明： "),
    (":", ":"),  # what the property found dropped
    ("：证明", "：证明"),  # only a leading «证明» is taken off
    ("用以证明劳动关系", "用以证明劳动关系"),
    ("证明证明", "证明"),  # one «证明» off, the second was typed as the purpose
    (None, None),
    ("", ""),
])
def test_only_a_leading_word_is_taken_off(typed, printed):
    assert purpose_after_label(typed) == printed


def test_the_evidence_list_column_prints_what_was_typed():
    assessment = assessed(evidence=[{"name": "微信聊天记录", "proves": "证明劳动关系"}])
    assert arbitration_application(assessment)["evidence"][0]["proves"] == "劳动关系"
    assert evidence_list(assessment)["evidence"][0]["proves"] == "证明劳动关系"


@pytest.mark.parametrize(("item", "printed"), [
    # the form the wizard asks for an electronic record, printed as chosen
    ({"name": "微信聊天记录", "carrier": "原件在手机上"}, "电子数据（原件在手机上）"),
    ({"name": "微信聊天记录", "carrier": "打印件", "original": False}, "电子数据（打印件）"),
    ({"name": "骑手App接单记录", "carrier": "截图打印"}, "电子数据（截图打印）"),
    ({"name": "排班表", "carrier": "截图打印"}, "电子数据（截图打印）"),  # a carrier: electronic data
    # a WeChat record only marked 复印件: its printout, not «电子数据（手机）»
    ({"name": "微信聊天记录", "original": False}, "电子数据（打印件）"),
    ({"name": "微信聊天记录"}, "电子数据（手机）"),
    ({"name": "劳动合同", "original": True}, "原件"),
    ({"name": "劳动合同", "original": False}, "复印件"),
])
def test_the_evidence_list_prints_the_form_chosen(item, printed):
    assessment = assessed(evidence=[item])
    assert evidence_list(assessment)["evidence"][0]["original"] == printed
