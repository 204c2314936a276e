"""Writes docs/articles.md: every article the law layer cites → the function that decides it → the tests.

Run ``python docs/articles.py`` after changing a rule; ``tests/law/test_articles_doc.py`` fails while the
file is stale. Citations are read from the code itself (module and function docstrings, and the texts inside
each function), so the index cannot drift from what the code says it implements.
"""

from __future__ import annotations

import ast
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAW = ROOT / "lawgen" / "law"
TESTS = ROOT / "tests" / "law"
OUTPUT = ROOT / "docs" / "articles.md"

# Full names, longest first so that 劳动合同法实施条例 is not read as 劳动合同法; short forms the code uses.
LAWS = {
    "劳动合同法实施条例": "劳动合同法实施条例",
    "实施条例": "劳动合同法实施条例",
    "劳动争议调解仲裁法": "劳动争议调解仲裁法",
    "调解仲裁法": "劳动争议调解仲裁法",
    "劳动合同法": "劳动合同法",
    "劳动保障监察条例": "劳动保障监察条例",
    "监察条例": "劳动保障监察条例",
    "若干规定": "关于实施《劳动保障监察条例》若干规定",
    "企业职工带薪年休假实施办法": "企业职工带薪年休假实施办法",
    "实施办法": "企业职工带薪年休假实施办法",
    "职工带薪年休假条例": "职工带薪年休假条例",
    "民诉法解释": "民诉法解释",
    "民事诉讼法": "民事诉讼法",
    "劳动争议解释（一）": "劳动争议解释（一）",
    "解释（一）": "劳动争议解释（一）",
    "劳动争议解释（二）": "劳动争议解释（二）",
    "民法典": "民法典",
    "劳动法": "劳动法",
    "全国年节及纪念日放假办法": "全国年节及纪念日放假办法",
}
DOCUMENTS = ("人社部发〔2021〕56号", "劳社部发〔2005〕12号", "劳社部发〔2008〕3号")
NUMERAL = "一二三四五六七八九十百零"
ARTICLE = f"第[{NUMERAL}]+条"
CITATION = re.compile(
    "(" + "|".join(sorted(map(re.escape, LAWS), key=len, reverse=True)) + ")"
    + f"({ARTICLE}(?:(?:第[{NUMERAL}]+款|第（[{NUMERAL}]+）项)*(?:、|和|至){ARTICLE})*)"
    + "|(" + "|".join(map(re.escape, DOCUMENTS)) + f")({ARTICLE})?"
)
DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}


def article_number(text: str) -> int:
    """第一百六十五条 -> 165 (for ordering the index)."""
    value, section, digit = 0, 0, 0
    for char in text.strip("第条"):
        if char in DIGITS:
            digit = DIGITS[char]
        elif char in "十百":
            section += (digit or 1) * (10 if char == "十" else 100)
            digit = 0
    value = section + digit
    return value


BARE = re.compile(f"(?<![{NUMERAL}])({ARTICLE})")


def citations(text: str) -> set[tuple[str, str]]:
    """(law, 第N条) pairs in a text. ``第九十七条、第九十八条`` gives both; a bare ``第八十七条`` belongs to
    the law named last before it on the same line (劳动合同法第四十七条 … 第八十七条)."""
    found = set()
    for line in text.split("\n"):
        last_law, position = None, 0
        for match in CITATION.finditer(line):
            if last_law:
                found.update((last_law, b.group(1)) for b in BARE.finditer(line, position, match.start()))
            position = match.end()
            if match.group(3):
                last_law = match.group(3)
                found.add((last_law, match.group(4) or ""))
                continue
            last_law = LAWS[match.group(1)]
            found.update((last_law, article) for article in re.findall(ARTICLE, match.group(2)))
        if last_law:
            found.update((last_law, b.group(1)) for b in BARE.finditer(line, position))
    return found


def law_index() -> dict[tuple[str, str], set[str]]:
    """(law, article) -> the functions (``module.function``) or modules whose text cites it."""
    index: dict[tuple[str, str], set[str]] = defaultdict(set)
    for path in sorted(LAW.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module = path.stem
        for law in citations(ast.get_docstring(tree) or ""):
            index[law].add(f"`{module}`")
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.ClassDef) and not node.name.startswith("_"):
                strings = (n.value for n in ast.walk(node) if isinstance(n, ast.Constant))
                text = "\n".join(value for value in strings if isinstance(value, str))
                for law in citations(text):
                    index[law].add(f"`{module}.{node.name}`")
    return index


def test_index() -> dict[tuple[str, str], set[str]]:
    """(law, article) -> the tests citing it: in their body, their comments, or the tables they run over."""
    index: dict[tuple[str, str], set[str]] = defaultdict(set)
    for path in sorted(TESTS.glob("test_*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.split("\n")
        tree = ast.parse(source)
        tables = {target.id: node for node in tree.body if isinstance(node, ast.Assign)
                  for target in node.targets if isinstance(target, ast.Name)}
        for law in citations(ast.get_docstring(tree) or ""):
            index[law].add(f"`{path.stem}`")
        for node in tree.body:
            if not (isinstance(node, ast.FunctionDef) and node.name.startswith("test_")):
                continue
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            text = lines[first - 1:node.end_lineno]
            names = {n.id for d in node.decorator_list for n in ast.walk(d) if isinstance(n, ast.Name)}
            for name in names & tables.keys():
                table = tables[name]
                text += lines[table.lineno - 1:table.end_lineno]
            for law in citations("\n".join(text)):
                index[law].add(f"`{path.stem}::{node.name}`")
    return index


def render() -> str:
    decided, tested = law_index(), test_index()
    rows = sorted(decided, key=lambda key: (key[0], article_number(key[1]) if key[1] else 0))
    out = [
        "# Articles → code → tests",
        "",
        "Generated by `python docs/articles.py` from the citations in `lawgen/law/` and `tests/law/`; "
        "`tests/law/test_articles_doc.py` fails when it is stale. Find an article with your editor's search "
        "(for example 劳动合同法第四十七条, 民事诉讼法第一百六十五条); the final-award cap is "
        "劳动争议调解仲裁法第四十七条.",
        "",
    ]
    current = None
    for law, article in rows:
        if law != current:
            out += ["", f"## {law}", "", "| article | decided in | tested in |", "|---|---|---|"]
            current = law
        tests = ", ".join(sorted(tested.get((law, article), ()))) or "—"
        out.append(f"| {law}{article} | {', '.join(sorted(decided[(law, article)]))} | {tests} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if OUTPUT.read_text(encoding="utf-8") == text else 1)
    OUTPUT.write_text(text, encoding="utf-8")
