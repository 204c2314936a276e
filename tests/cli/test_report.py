"""The terminal report: readable at a narrow width, in either language."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from rich.console import Console

from lawgen.case import load_case
from lawgen.law import assess
from lawgen.report import print_report

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "04-ride-hailing-unclear-relationship.json"


def render(lang: str, width: int) -> str:
    buffer = io.StringIO()
    print_report(assess(load_case(EXAMPLE)), lang, Console(file=buffer, width=width, color_system=None))
    return buffer.getvalue()


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [60, 80, 120])
def test_long_lines_fold_under_their_bullet(lang, width):
    text = render(lang, width)
    lines = text.splitlines()
    # The old report printed a bullet alone and its Chinese text on the next line, flush left.
    assert not [line for line in lines if re.fullmatch(r"\s*(•|!|\d+\.)\s*", line)]
    assert all(len(line.rstrip()) <= width for line in lines if line.isascii())
    # Citations wrap instead of being cut off with an ellipsis.
    assert "…" not in text


def test_report_shows_the_verdicts():
    text = render("zh", 120)
    for expected in ("3,800.00", "不适用小额诉讼程序", "2027年11月1日", "其中3项符合劳动关系", "厦门市思明区人民法院",
                     "民法典第二百零三条"):
        assert expected in text
    english = render("en", 120)
    for expected in ("Small claims procedure not available", "2027-11-01", "3 point to a labor relationship",
                     "Civil Code Art. 203"):
        assert expected in english
