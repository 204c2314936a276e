"""Citations in the order a clerk reads them: the law before the regulation, the interpretation and the
numbered notice; a law's articles in rising order (the clerk's reading of the 先予执行申请书)."""

from __future__ import annotations

import pytest

from lawgen.documents.citations import cite

CASES = [
    # 劳动合同法第八十七条 (damages) doubles 第四十七条's compensation, with 第四十八条: 47 < 48 < 87.
    (["劳动合同法第四十八条", "劳动合同法第八十七条", "劳动合同法第四十七条"],
     "《中华人民共和国劳动合同法》第四十七条、第四十八条、第八十七条"),
    # the interpretation after the statute it applies, the numbered notice last.
    (["劳动争议解释（一）第十五条", "劳社部发〔2008〕3号", "劳动合同法第三十条第二款"],
     "《中华人民共和国劳动合同法》第三十条第二款；"
     "《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》第十五条；劳社部发〔2008〕3号"),
    # an administrative regulation (实施条例) after the laws, its articles rising; laws keep their own order.
    (["劳动合同法实施条例第七条、第六条", "劳动合同法第八十二条", "劳动法第五十条"],
     "《中华人民共和国劳动合同法》第八十二条；《中华人民共和国劳动法》第五十条；"
     "《中华人民共和国劳动合同法实施条例》第六条、第七条"),
    # hundreds: 第二百二十五条 before 第二百二十八条; a ministry rule after the interpretation; a title
    # inside a title in 〈〉.
    (["企业职工带薪年休假实施办法第十条", "民诉法解释第二十三条", "民事诉讼法第二百二十八条",
      "民事诉讼法第二百二十五条"],
     "《中华人民共和国民事诉讼法》第二百二十五条、第二百二十八条；"
     "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二十三条；《企业职工带薪年休假实施办法》第十条"),
]


@pytest.mark.parametrize(("bases", "cited"), CASES)
def test_citations_rank_and_rise(bases, cited) -> None:
    assert cite(bases) == cited
