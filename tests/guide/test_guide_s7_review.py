"""The guide reviewer's findings (s7): the worked examples' limitation, the double wage 实例1 leaves out,
dates in words, and the average wage's date note — for Xiamen (350200) on 2026-12-02.

Hand computations (legal-facts §14, 劳动合同法第八十二条, 实施条例第七条, 民法典第二百零一条至第二百零三条):
- 实例3 (entry 2025-09-01, no written contract, left 2026-09-30): the double-wage period is 2025-10-01 ..
  2026-08-31. Safest view (c), one year from 2025-10-01: last day 2026-10-01, 国庆 → 2026-10-08 (the first
  working day after the holiday). View (a), from the day after the period, 2026-09-01: 2027-08-31, the last
  chance. Month by month (b): December 2025's extra wage runs from 2026-01-01 and is lost after 2026-12-31;
  every month up to November 2025 already is (its year ended by 2026-11-30). The case as a whole: earliest
  date something is lost, 2026-12-31, and other claims run to 2027-09-30: «最早的时效截止日».
- 实例1 (entry 2025-03-01, 6,000 a month, no written contract): the double wage 2025-04-01 .. 2026-02-28 is
  11 months × 6,000.00 = 66,000.00, not claimed by the example.
- The 2024 Fujian average wage is dated 2025-06-12, its publication day (legal-facts §10.2: no notice
  found); the two limits derived from it carry the same day and note.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest

from lawgen.guide.context import dates_in_words
from lawgen.guide.render import GUIDE_SOURCE, LEAFLET_SOURCE, read_source, render_markdown
from lawgen.i18n import translate
from lawgen.law import ParameterBook
from lawgen.law.assessment import DATE_NOTES
from lawgen.regions import resolve

ROOT = Path(__file__).resolve().parents[2]
ON = dt.date(2026, 12, 2)
DATE_NOTE = "统计数据公布日；适用日期未查到"


@pytest.fixture(scope="module")
def guide() -> str:
    return render_markdown(read_source(GUIDE_SOURCE), resolve("350200"), ON, ParameterBook())


def example(guide: str, number: int) -> str:
    start = guide.index(f"### 实例{number}：")
    following = guide.find("### 实例", start + 1)
    return guide[start:following if following > 0 else guide.index("## 十、")]


def test_example_3_says_its_double_wage_is_at_risk_not_lost(guide):
    text = example(guide, 3)
    assert "第1项的时效有风险，但不一定要不回" in text
    for day in ("2026年10月8日", "2027年8月31日", "2025年11月30日", "2026年12月31日"):
        assert day in text, day
    assert "顺延至2026年10月8日" in text  # the safest view ran out after the National Day roll-over
    # the case's date is the earliest, not the last: other claims and views run later
    assert "最早的时效截止日：2026年12月31日" in text
    assert "仲裁时效最后一天" not in text


def test_example_1_names_the_double_wage_it_leaves_out(guide):
    text = example(guide, 1)
    assert "这个实例没有主张的请求：** 支付未签订书面劳动合同二倍工资差额，约66,000.00元" in text
    assert "真实案件里，应当一并主张" in text
    # its own limitation: the safest view (one year from 2025-04-01) ran out on 2026-04-01
    assert "时效已于2026年4月1日届满" in text
    assert "仲裁时效最后一天：2027年8月31日" in text  # the claims it makes all run from the end (2026-08-31)


def test_the_average_wage_and_its_limits_carry_their_date_note(guide):
    assert f"起始日期：2025年6月12日（{DATE_NOTE}）" in guide
    assert f"两个上限的起始日期：** 2025年6月12日（{DATE_NOTE}）" in guide
    rows = [line for line in guide.splitlines() if line.startswith("| ") and DATE_NOTE in line]
    assert len(rows) == 3  # the average wage and the two limits in the appendix
    assert guide.count("为准") == 1  # the caveat is still said once


@pytest.mark.parametrize("source", [GUIDE_SOURCE, LEAFLET_SOURCE])
def test_no_iso_date_is_printed(source):
    text = render_markdown(read_source(source), resolve("350200"), ON, ParameterBook())
    assert re.findall(r"\d{4}-\d{1,2}-\d{1,2}", text) == []
    assert "厦门广电网 2025年4月1日《" in text or source == LEAFLET_SOURCE


@pytest.mark.parametrize(("text", "words"), [
    ("厦门广电网 2025-04-01《…》", "厦门广电网 2025年4月1日《…》"),
    ("0592-5110656", "0592-5110656"),  # a phone number is not a date
    ("截至2026-01-01", "截至2026年1月1日"),
])
def test_dates_in_words(text, words):
    assert dates_in_words(text) == words


def shipped_date_notes() -> set[str]:
    notes = set()
    for path in (ROOT / "lawgen" / "law" / "parameters").glob("*.toml"):
        for rows in tomllib.loads(path.read_text(encoding="utf-8")).values():
            if isinstance(rows, list):
                notes |= {row["date_note"] for row in rows if "date_note" in row}
    return notes


def test_every_shipped_date_note_is_a_catalog_message():
    notes = shipped_date_notes()
    assert DATE_NOTE in notes
    assert notes <= set(DATE_NOTES)
    for note in notes:
        english = translate(note, "en")
        assert english != note and not re.search(r"[\u3400-\u9fff]", english), note


def test_the_wizard_panel_leaves_the_date_note_to_check():
    from lawgen.wizard.draft import judge
    from lawgen.wizard.widgets.assessment_panel import render_verdict
    from tests.support.wizard_helpers import example as wizard_example

    verdict = judge(wizard_example(), ON)
    assert any(DATE_NOTE in w.render() for w in verdict.assessment.warnings)  # check prints it
    panel = render_verdict(verdict, "zh").plain
    assert DATE_NOTE not in panel and "平均工资为112,377.00元" in panel
