"""Chinese numerals (lawgen/numerals.py): capitals as the payment rules' own examples write them, counts in
running text, article numbers read back, and the same words as cn2an (what lawgen used before) everywhere."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawgen.money import amount_in_words
from lawgen.numerals import capital_amount, count, lower_number, read_lower_number

# 《支付结算办法》附一《正确填写票据和结算凭证的基本规定》 第四条's examples (where it allows two forms,
# the one without the optional 零), then hand-written cases of each rule.
CAPITALS = [
    ("1409.50", "人民币壹仟肆佰零玖元伍角"),  # a zero between digits: 零
    ("6007.14", "人民币陆仟零柒元壹角肆分"),  # several zeros between digits: one 零
    ("1680.32", "人民币壹仟陆佰捌拾元叁角贰分"),  # 元 place zero, 角 not: 零 may be left out
    ("107000.53", "人民币壹拾万柒仟元伍角叁分"),  # 万 place zero, 仟 not: 零 may be left out
    ("16409.02", "人民币壹万陆仟肆佰零玖元零贰分"),  # 角 zero, 分 not: 零 after 元
    ("325.04", "人民币叁佰贰拾伍元零肆分"),
    ("0", "人民币零元整"),
    ("0.50", "人民币伍角"),  # no 元 before the 角
    ("0.05", "人民币伍分"),
    ("10", "人民币壹拾元整"),  # 壹拾, never 拾 alone in capitals
    ("40500.00", "人民币肆万零伍佰元整"),  # the 仟 place of the lower group zero: 零
    ("100005.05", "人民币壹拾万零伍元零伍分"),
    ("1001000", "人民币壹佰万壹仟元整"),  # the 万 group ends in zeros, the next begins at 仟: no 零
    ("1000000", "人民币壹佰万元整"),
    ("100000000", "人民币壹亿元整"),  # a whole group of zeros is left out
    ("100000500", "人民币壹亿零伍佰元整"),
    ("100500000", "人民币壹亿零伍拾万元整"),
    ("110000000", "人民币壹亿壹仟万元整"),
]


@pytest.mark.parametrize(("amount", "words"), CAPITALS)
def test_capitals_as_the_payment_rules_write_them(amount: str, words: str) -> None:
    assert capital_amount(Decimal(amount)) == words


def test_an_amount_in_words_is_rounded_half_up_to_the_fen_first() -> None:
    assert amount_in_words(Decimal("12.345")) == "人民币壹拾贰元叁角伍分"  # 12.345 → 12.35
    assert amount_in_words(Decimal("0.004")) == "人民币零元整"


@pytest.mark.parametrize("amount", ["-1", "0.001", "1" + "0" * 16])
def test_capitals_refuse_what_no_filing_holds(amount: str) -> None:
    with pytest.raises(ValueError):
        capital_amount(Decimal(amount))


@pytest.mark.parametrize(("number", "words"), [
    (0, "零"), (1, "一"), (2, "二"), (10, "十"), (15, "十五"), (20, "二十"), (60, "六十"),
    (105, "一百零五"), (110, "一百一十"), (1001, "一千零一"), (10010, "一万零一十"),
])
def test_counts_in_running_text(number: int, words: str) -> None:
    assert lower_number(number) == words


@pytest.mark.parametrize(("number", "unit", "words"), [
    (5, "日", "五日"), (2, "日", "二日"), (2, "个月", "两个月"), (2, "份", "两份"), (3, "份", "三份"),
    (60, "个工作日", "六十个工作日"), (12, "个月", "十二个月"),
])
def test_a_count_says_两_for_2_before_a_measure_word(number: int, unit: str, words: str) -> None:
    assert count(number, unit) == words


@pytest.mark.parametrize(("words", "number"), [
    ("十", 10), ("四十八", 48), ("一百零五", 105), ("二百", 200), ("三十", 30), ("一千零一", 1001),
])
def test_article_numbers_read_back(words: str, number: int) -> None:
    assert read_lower_number(words) == number


@pytest.mark.parametrize("words", ["", "四十八条", "48"])
def test_what_is_not_a_numeral_is_refused(words: str) -> None:
    with pytest.raises(ValueError):
        read_lower_number(words)


cents = st.integers(min_value=0, max_value=10**12 * 100 - 1)


@given(cents)
def test_capitals_are_cn2ans_for_every_amount(amount_cents: int) -> None:
    amount = Decimal(amount_cents) / 100
    assert capital_amount(amount) == "人民币" + cn2an.an2cn(f"{amount:.2f}", "rmb")


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_counts_are_cn2ans_and_read_back(number: int) -> None:
    assert lower_number(number) == cn2an.an2cn(str(number))
    if number < 10_000:
        assert read_lower_number(lower_number(number)) == number
