"""Laws as a filing cites them: the title in 《》, each law named once in a list of its articles.

The assessment's bases are short references («劳动合同法第四十七条», «劳动争议解释（一）第十五条»); a filing
writes «《中华人民共和国劳动合同法》第四十七条、第八十七条». Normative documents cited by number
(«劳社部发〔2008〕3号») are written as they are: they have no 《》 title in the basis.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
    "民诉法解释": "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释",
    "劳动保障监察条例": "劳动保障监察条例",
    "保障农民工工资支付条例": "保障农民工工资支付条例",
    "职工带薪年休假条例": "职工带薪年休假条例",
    "企业职工带薪年休假实施办法": "企业职工带薪年休假实施办法",
    "诉讼费用交纳办法": "诉讼费用交纳办法",
    "关于实施《劳动保障监察条例》若干规定": "关于实施〈劳动保障监察条例〉若干规定",  # a title inside 《》
}
_NAMES = "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True))
_REFERENCE = re.compile(f"^《?(?P<law>{_NAMES})》?(?P<articles>第.+)$")


def cite(bases: Iterable[str]) -> str:
    """«《中华人民共和国劳动合同法》第四十八条、第八十七条、第四十七条；劳社部发〔2008〕3号»."""
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
    cited = [f"《{law}》{'、'.join(articles)}" if law else "、".join(articles)
             for law, articles in groups.items()]
    return "；".join(c for c in cited if c)
