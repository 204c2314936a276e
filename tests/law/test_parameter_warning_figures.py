"""A parameter's warning says a sum of money as money (volunteer: «月最低工资标准为2265：二手资料…» and
«上年度就业人员年平均工资为112377：…» in the panel, without 元 or separators); other values as they are."""

from __future__ import annotations

from tests.support.case_builder import assessed


def _warnings(lang: str) -> list[str]:
    return [w.render(lang) for w in assessed().warnings]


def test_money_parameters_are_said_with_yuan_and_separators():
    said = _warnings("zh")
    # Xiamen's 2026 monthly minimum wage, 2,265 (a secondary source), and Fujian's 2024 average wage,
    # 112,377, with its other source's 112,185.
    assert any(w.startswith("月最低工资标准为2,265.00元：") for w in said), said
    average = next(w for w in said if w.startswith("上年度就业人员年平均工资为"))
    assert average.startswith("上年度就业人员年平均工资为112,377.00元：")
    assert "另有资料为112,185.00元" in average


def test_in_english_the_currency_comes_first():
    # the source's own title may stay Chinese (a citation); the figure itself is said in English
    said = [w.split("Source:")[0] for w in _warnings("en")]
    assert any("CNY 2,265.00" in w for w in said) and not any("元" in w for w in said if "CNY" in w)
