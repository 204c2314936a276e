"""Chinese numerals: amounts in capitals (大写) as filings write totals, counts in running text (小写), and
the numbers of cited articles read back.

The capitals follow 《支付结算办法》附一《正确填写票据和结算凭证的基本规定》: 整 after 元, none after 角 or
分; one 零 for a run of zeros inside a number, 零 after 元 when only the 角 is zero; where a group of four
digits (万, 亿) ends in zeros and the next group begins with a digit in its 仟 place, no 零 (its example
¥107,000.53 → 人民币壹拾万柒仟元零伍角叁分 or …壹拾万零柒仟元伍角叁分: either 零 may be left out).
"""

from __future__ import annotations

from decimal import Decimal

_CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_CAPITAL_PLACES = ("", "拾", "佰", "仟")
_LOWER_DIGITS = "零一二三四五六七八九"
_LOWER_PLACES = ("", "十", "百", "千")
_GROUPS = ("", "万", "亿", "万亿")
_LOWER_UNITS = {"十": 10, "百": 100, "千": 1000}


def _group_words(group: int, digits: str, places: tuple[str, ...]) -> str:
    """1 to 9999: each digit with its place, one 零 for zeros between digits, none for zeros after."""
    words: list[str] = []
    zeros_between = False
    for place in (3, 2, 1, 0):
        digit = group // 10**place % 10
        if digit == 0:
            zeros_between = bool(words)
        else:
            words.append(("零" if zeros_between else "") + digits[digit] + places[place])
            zeros_between = False
    return "".join(words)


def _integer_words(number: int, digits: str, places: tuple[str, ...]) -> str:
    """A whole number in groups of four digits (个, 万, 亿, 万亿): a group that is zero is left out, and a
    group after a higher one that begins with zeros begins with one 零."""
    if number < 0:
        raise ValueError(f"a negative number: {number}")
    if number >= 10 ** (4 * len(_GROUPS)):
        raise ValueError(f"more than {4 * len(_GROUPS)} digits: {number}")
    if number == 0:
        return digits[0]
    groups = []
    while number:
        number, group = divmod(number, 10_000)
        groups.append(group)
    words: list[str] = []
    for index in reversed(range(len(groups))):
        group = groups[index]
        if group:
            leading_zero = "零" if words and group < 1000 else ""
            words.append(leading_zero + _group_words(group, digits, places) + _GROUPS[index])
    return "".join(words)


def capital_amount(amount: Decimal) -> str:
    """``40500`` → ``人民币肆万零伍佰元整``, ``1680.32`` → ``人民币壹仟陆佰捌拾元叁角贰分``, ``0.50`` →
    ``人民币伍角``: the amount, already rounded to the fen, in capitals."""
    cents = int(amount * 100)
    if cents != amount * 100:
        raise ValueError(f"not rounded to the fen: {amount}")
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    words = _integer_words(yuan, _CAPITAL_DIGITS, _CAPITAL_PLACES)
    if not jiao and not fen:
        return f"人民币{words}元整"
    whole = f"{words}元" if yuan else ""
    if not jiao:
        return f"人民币{whole}{'零' if yuan else ''}{_CAPITAL_DIGITS[fen]}分"
    return f"人民币{whole}{_CAPITAL_DIGITS[jiao]}角" + (f"{_CAPITAL_DIGITS[fen]}分" if fen else "")


def lower_number(number: int) -> str:
    """``3`` → 三, ``15`` → 十五, ``105`` → 一百零五: a number in running text (10–19 without the 一)."""
    words = _integer_words(number, _LOWER_DIGITS, _LOWER_PLACES)
    return words[1:] if words.startswith("一十") else words


# The measure words before which 2 is said 两 (两个月, 一式两份), not 二 (二日).
MEASURE_WORDS = ("个", "份")


def count(number: int, unit: str) -> str:
    """``5, 日`` → 五日, ``2, 个月`` → 两个月, ``2, 份`` → 两份, ``60, 个工作日`` → 六十个工作日: a count
    with its unit in running text."""
    words = "两" if number == 2 and unit.startswith(MEASURE_WORDS) else lower_number(number)
    return f"{words}{unit}"


def read_lower_number(text: str) -> int:
    """``四十八`` → 48, ``十`` → 10, ``一百零五`` → 105: a number below ten thousand written in 小写
    (an article's number); ValueError for anything else."""
    total, digit = 0, 0
    for char in text:
        if char in _LOWER_DIGITS:
            digit = _LOWER_DIGITS.index(char)
        elif char in _LOWER_UNITS:
            total += (digit or 1) * _LOWER_UNITS[char]
            digit = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    if not text:
        raise ValueError("no numeral")
    return total + digit
