"""The guide reads at a middle-school level (issue 11, item 13): short sentences, the article in brackets at
the end of the sentence, the data caveat said once, nothing said to software users.

A sentence is what ends in 。！？ (or a paragraph's end) in the rendered guide's running text: paragraphs,
list items and notes; headings and table cells are not sentences. Its length is counted in characters
without spaces and without the citation bracket that closes it («（劳动争议调解仲裁法第二十七条）»): the
bracket is there to be skipped by a reader and looked up by a clerk.
"""

from __future__ import annotations

import re

import docx
import pytest

ON = "2026-11-28"
# The bound chosen for the average sentence (issue 11 aims at 30 characters), over all the running text.
AVERAGE_BOUND = 30
# And no sentence of the guide's own words so long that a reader loses the thread. The worked examples quote
# the case's facts and the computation as lawgen's assessment words them (up to ~95 characters), and a
# figure's «出处：» line is a citation for a clerk: neither is held to this bound.
LONGEST_BOUND, QUOTED_SECTION, CITATION_LINE = 60, "计算实例", "出处："
NOT_RUNNING_TEXT = ("Title", "Subtitle", "TOC", "Heading")
SENTENCE_END = re.compile(r"(?<=[。！？])")


def running_text(document, skip_section: str | None = None) -> list[str]:
    """The guide's paragraphs a worker reads as prose, list markers removed; without the first-level
    section whose heading contains ``skip_section``."""
    paragraphs, skipping = [], False
    for paragraph in document.paragraphs:
        style = paragraph.style.name
        if style == "Heading 1":
            skipping = skip_section is not None and skip_section in paragraph.text
        if skipping or any(style.startswith(name) for name in NOT_RUNNING_TEXT):
            continue
        text = re.sub(r"^(•|\d+\.)\t", "", paragraph.text).strip()
        if text:
            paragraphs.append(text)
    return paragraphs


def without_closing_citation(sentence: str) -> str:
    """The sentence without a bracket at its end that cites an article (brackets nest: 解释（一）)."""
    body = sentence.rstrip("。！？")
    end = body.rstrip()
    if not end.endswith("）"):
        return sentence
    depth = 0
    for index in range(len(end) - 1, -1, -1):
        depth += {"）": 1, "（": -1}.get(end[index], 0)
        if depth == 0:
            inside = end[index:]
            if re.search(r"第.+条|法$|解释|办法|规定|指引", inside):
                return end[:index] + sentence[len(body):]
            return sentence
    return sentence


def sentences(paragraphs: list[str]) -> list[str]:
    found = []
    for paragraph in paragraphs:
        found.extend(s.strip() for s in SENTENCE_END.split(paragraph) if s.strip())
    return found


def length(sentence: str) -> int:
    return len(re.sub(r"\s", "", sentence))


def measure(document) -> dict[str, float]:
    found = sentences(running_text(document))
    plain = [length(without_closing_citation(s)) for s in found]
    cited = [length(s) for s in found]
    own = [length(without_closing_citation(s)) for s in sentences(running_text(document, QUOTED_SECTION))
           if not s.startswith(CITATION_LINE)]
    return {"sentences": len(found), "average": sum(plain) / len(plain), "longest": max(own),
            "longest_quoted": max(plain), "average_with_citations": sum(cited) / len(cited)}


@pytest.fixture(scope="module")
def guide(made_guide) -> docx.Document:
    return docx.Document(made_guide())  # lawgen guide --region 350200 --on 2026-11-28


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the closing citation is not counted; 14 characters remain
        ("仲裁不收费，也不用请律师（劳动争议调解仲裁法第五十三条）。", "仲裁不收费，也不用请律师。"),
        ("向法院起诉（劳动争议解释（一）第三条）。", "向法院起诉。"),
        ("带上身份证（原件和复印件）。", "带上身份证（原件和复印件）。"),  # not a citation: counted
        ("没有括号的句子。", "没有括号的句子。"),
    ],
)
def test_the_closing_citation_is_not_counted(sentence, expected):
    assert without_closing_citation(sentence) == expected


def test_splitting_into_sentences():
    assert sentences(["第一句。第二句！第三句？没有句号的列表项"]) == ["第一句。", "第二句！", "第三句？",
                                                                  "没有句号的列表项"]


def test_sentences_are_short(guide):
    figures = measure(guide)
    assert figures["sentences"] > 200  # the whole guide was measured, not a fragment
    assert figures["average"] <= AVERAGE_BOUND, figures
    assert figures["longest"] <= LONGEST_BOUND, figures


def test_the_worker_is_addressed_as_you(guide):
    text = "\n".join(running_text(guide))
    assert text.count("你") >= 30
    assert "您" not in text and "劳动者可以" not in text


def test_articles_close_their_sentence(guide):
    """An article is cited in a bracket at the end of its sentence (or clause: before «：» or «；»), not in
    the middle of it."""
    for sentence in sentences(running_text(guide)):
        body = without_closing_citation(sentence)
        assert not re.search(r"（[^（）]*第[^（）]*条[^（）]*）[^。！？）：；]", body), sentence


def test_the_data_caveat_is_said_once(guide):
    text = "\n".join(p.text for p in guide.paragraphs)
    for table in guide.tables:
        text += "\n".join(cell.text for row in table.rows for cell in row.cells)
    assert len(re.findall(r"以官方[^。]*为准", text)) == 1
    assert text.count("为准") == 1


@pytest.mark.parametrize("word", ["参数", "lawgen", "examples", "目录下", ".json", ".toml", "--", "文件夹",
                                  "程序员", "命令", "http", "www"])
def test_nothing_said_to_software_users(guide, word):
    text = "\n".join(p.text for p in guide.paragraphs)
    for table in guide.tables:
        text += "\n".join(cell.text for row in table.rows for cell in row.cells)
    assert word not in text
