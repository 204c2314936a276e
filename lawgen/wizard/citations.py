"""A cited source in the English wizard: the Chinese title stays (it is what the clerk looks up), after an
English gloss — «Labor Law, art. 48 (劳动法第四十八条)». A source the catalog translates is glossed by its
translation; otherwise by the statute it names and its article, or by what kind of source it is.
"""

from __future__ import annotations

import re

from lawgen.i18n import Msg, normalize_language, translate

HAN = re.compile(r"[\u3400-\u9fff]")
# Longest names first: 劳动合同法实施条例 before 劳动合同法, which comes before 劳动法.
STATUTES = (
    ("关于实施《劳动保障监察条例》若干规定",
     "Provisions on Implementing the Regulation on Labor Security Supervision"),
    ("关于适用《中华人民共和国民事诉讼法》的解释", "SPC Interpretation of the Civil Procedure Law"),
    ("关于适用《民事诉讼法》的解释", "SPC Interpretation of the Civil Procedure Law"),
    ("劳动争议调解仲裁法", "Labor Dispute Mediation and Arbitration Law"),
    ("劳动合同法实施条例", "Implementing Regulations of the Labor Contract Law"),
    ("劳动保障监察条例", "Regulation on Labor Security Supervision"),
    ("职工带薪年休假条例", "Regulations on Paid Annual Leave"),
    ("最低工资规定", "Provisions on Minimum Wages"),
    ("劳动合同法", "Labor Contract Law"),
    ("民事诉讼法", "Civil Procedure Law"),
    ("劳动法", "Labor Law"),
)
KINDS = (
    (("统计局",), "statistics bureau"),
    (("人力资源和社会保障", "人社"), "human resources and social security bureau"),
    (("人民政府",), "people's government"),
    (("国务院",), "State Council"),
    (("网", "日报", "新闻"), "news report"),
)
_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_number(text: str) -> int:
    """四十八 -> 48, 一百六十五 -> 165, 十八 -> 18."""
    total, digit = 0, 0
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        else:
            total += (digit or 1) * _UNITS[char]
            digit = 0
    return total + digit


def gloss(segment: str) -> str:
    """One cited source in English words."""
    translated = translate(segment, "en")
    if translated != segment and not HAN.search(translated):
        return translated
    for name, english in STATUTES:
        at = segment.find(name)
        if at >= 0:
            article = re.match(r"第([零一二两三四五六七八九十百千]+)条", segment[at + len(name):])
            return f"{english}, art. {chinese_number(article.group(1))}" if article else english
    for marks, english in KINDS:
        if any(mark in segment for mark in marks):
            return english
    return "Chinese source"


def top_level_parts(source: str) -> list[str]:
    """``甲；乙（丙；丁）`` -> ``甲``, ``乙（丙；丁）``: a semicolon inside brackets is part of a remark."""
    parts, depth, current = [], 0, ""
    for char in source:
        if char in "(（《":
            depth += 1
        elif char in ")）》":
            depth -= 1
        if char in "；;" and depth <= 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def glossed_source(source: str, lang: str) -> str:
    """The source as the screen cites it: Chinese as it is; in English, the gloss, then the title."""
    if normalize_language(lang) == "zh" or not HAN.search(source):
        return source
    glosses: list[str] = []
    for segment in top_level_parts(source):
        if segment.strip() and (words := gloss(segment.strip())) not in glosses:
            glosses.append(words)
    return f"{'; '.join(glosses)} ({source})"


def with_glossed_source(message: Msg, lang: str) -> Msg:
    """A warning citing a ``source``, its source glossed for the language."""
    source = message.params.get("source")
    if not isinstance(source, str):
        return message
    return Msg(message.template, {**message.params, "source": glossed_source(source, lang)})
