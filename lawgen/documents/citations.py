"""Laws as a filing cites them: the title in 《》, each law named once in a list of its articles.

The assessment's bases are short references («劳动合同法第四十七条», «劳动争议解释（一）第十五条»); a filing
writes «《中华人民共和国劳动合同法》第四十七条、第八十七条». Normative documents cited by number
(«劳社部发〔2008〕3号») are written as they are: they have no 《》 title in the basis.

The order is the one a clerk expects: by rank, laws first, then administrative regulations, judicial
interpretations, ministry rules and numbered documents (the hierarchy of 立法法); within one law, its
articles in rising order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lawgen.numerals import read_lower_number

# Short name -> the title a filing writes (the statute's own title; the SPC interpretation's full title).
TITLES = {
    "劳动法": "中华人民共和国劳动法",
    "劳动合同法实施条例": "中华人民共和国劳动合同法实施条例",
    "劳动合同法": "中华人民共和国劳动合同法",
    "劳动争议调解仲裁法": "中华人民共和国劳动争议调解仲裁法",
    "调解仲裁法": "中华人民共和国劳动争议调解仲裁法",
    "民事诉讼法": "中华人民共和国民事诉讼法",
    "民法典": "中华人民共和国民法典",
    "劳动争议解释（一）": "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）",
    "民诉法解释": "最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释",  # a title inside 《》
    "劳动保障监察条例": "劳动保障监察条例",
    "保障农民工工资支付条例": "保障农民工工资支付条例",
    "职工带薪年休假条例": "职工带薪年休假条例",
    "企业职工带薪年休假实施办法": "企业职工带薪年休假实施办法",
    "诉讼费用交纳办法": "诉讼费用交纳办法",
    "关于实施《劳动保障监察条例》若干规定": "关于实施〈劳动保障监察条例〉若干规定",  # a title inside 《》
}
# The rank of each title: 0 a law of the NPC, 1 an administrative regulation, 2 an SPC interpretation,
# 3 a ministry rule; a numbered document (no title) comes last.
RANKS = {
    "劳动合同法实施条例": 1, "劳动保障监察条例": 1, "保障农民工工资支付条例": 1, "职工带薪年休假条例": 1,
    "诉讼费用交纳办法": 1, "劳动争议解释（一）": 2, "民诉法解释": 2, "企业职工带薪年休假实施办法": 3,
    "关于实施《劳动保障监察条例》若干规定": 3,
}
_RANK = {TITLES[name]: RANKS.get(name, 0) for name in TITLES}
_ARTICLE = re.compile("第([零一二三四五六七八九十百千]+)条")
_NAMES = "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True))
_REFERENCE = re.compile(f"^《?(?P<law>{_NAMES})》?(?P<articles>第.+)$")


def cite(bases: Iterable[str]) -> str:
    """«《中华人民共和国劳动合同法》第四十七条、第四十八条、第八十七条；劳社部发〔2008〕3号»."""
    groups: dict[str, list[str]] = {}
    last_law = ""
    for basis in bases:
        for part in re.split("[、；]", basis) if "第" in basis else [basis]:
            match = _REFERENCE.match(part.strip())
            if match:
                law, articles = TITLES[match["law"]], match["articles"]
                last_law = law
            elif part.strip().startswith("第") and groups:
                law, articles = last_law, part.strip()  # «实施条例第六条、第七条»: 第七条 belongs to it
            else:
                law, articles = "", part.strip()
            listed = groups.setdefault(law, [])
            if articles and articles not in listed:
                listed.append(articles)
    ordered = sorted(groups.items(), key=lambda group: _RANK.get(group[0], 4))
    cited = [f"《{law}》{'、'.join(sorted(articles, key=_article_number))}" if law else "、".join(articles)
             for law, articles in ordered]
    return "；".join(c for c in cited if c)


def _article_number(articles: str) -> int:
    """«第四十八条» -> 48, «第三十条第二款» -> 30; what it cannot read goes last, in its own order."""
    match = _ARTICLE.match(articles)
    return read_lower_number(match[1]) if match else 1 << 20
