"""The demand letter (催告函) to two respondents gives each its address and a copy: a clerk found a platform
named beside the employer with no address of its own and «一式两份，一份送达贵单位»; the limitation is
interrupted only against the one the demand reaches (调解仲裁法第二十七条第二款)."""

from __future__ import annotations

import json

import pytest

from lawgen.documents.stage_documents import demand_letter
from tests.support.documents_cases import assessment_of
from tests.support.paths import EXAMPLE_CASE

PLATFORM = {"name": "上海某某信息科技有限公司", "role": "platform", "address": "上海市长宁区某路1号"}


def _case(*extra: dict) -> dict:
    data = json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))
    data["respondents"] += list(extra)
    return data


@pytest.mark.parametrize(("data", "addresses", "copies"), [
    (_case(), "福建省厦门市思明区湖滨南路200号", "本函一式两份，一份送达贵单位，一份由催告人留存"),
    (_case(PLATFORM),
     "厦门速达即时配送服务有限公司：福建省厦门市思明区湖滨南路200号；上海某某信息科技有限公司：上海市长宁区某路1号",
     "本函一式三份，分别送达上列各单位，一份由催告人留存"),
])
def test_each_respondent_has_its_address_and_its_copy(data: dict, addresses: str, copies: str) -> None:
    context = demand_letter(assessment_of(data))
    assert (context["addresses"], context["copies_line"]) == (addresses, copies)
