"""The live assessment panel reads the assessment: figures, the deadline in red when 30 days or fewer are
left or it has passed, and what is missing when the draft is not yet a case."""

from __future__ import annotations

import datetime as dt

import pytest

from lawgen.wizard.draft import judge
from lawgen.wizard.widgets.assessment_panel import render_verdict
from tests.support.wizard_helpers import example


def deadline_style(prepared_on: str) -> tuple[str, set[str]]:
    draft = {**example(), "prepared_on": prepared_on}
    text = render_verdict(judge(draft, dt.date(2026, 11, 28)), "zh")
    start = text.plain.index("截止：")
    styles = {str(span.style) for span in text.spans if span.start <= start < span.end}
    return text.plain, styles


# The example's employment ended 2026-08-31: the deadline is 2027-08-31 (劳动争议调解仲裁法第二十七条).
@pytest.mark.parametrize(("prepared_on", "days", "red"), [
    ("2026-11-28", "还有276天", False),
    ("2027-07-31", "还有31天", False),
    ("2027-08-01", "还有30天", True),  # 30 days left: red
    ("2027-08-31", "还有0天", True),
])
def test_deadline_turns_red_within_thirty_days(prepared_on: str, days: str, red: bool) -> None:
    plain, styles = deadline_style(prepared_on)
    assert "截止：2027年8月31日" in plain and days in plain
    assert ("bold red" in styles) is red


def test_a_passed_deadline_is_red() -> None:
    plain, styles = deadline_style("2027-09-06")
    assert "时效已届满" in plain and "bold red" in styles


def test_panel_figures_for_the_example() -> None:
    text = render_verdict(judge(example(), dt.date(2026, 11, 28)), "zh").plain
    assert "请求合计  40,500.00 元" in text
    assert "2. 支付加班费  4,500.00 终局" in text
    assert "终局裁决：每项不超过27,180.00元" in text
    assert "适用小额诉讼程序" in text and "标的额上限56,188.50元" in text
    # Indicators found, never a score of certainty (人社部发〔2021〕56号; issue 10 §2.6).
    assert "符合确立劳动关系情形（已回答7项用工特征，其中7项符合劳动关系）" in text


def test_an_incomplete_draft_shows_what_is_missing() -> None:
    text = render_verdict(judge({"format": "lawgen.case/1", "region": "350203"}, dt.date(2026, 11, 28)),
                          "en").plain
    assert text.startswith("Cannot assess yet; still needed:")
    assert "Worker" in text and "Claims" in text


def test_order_records_figures_stand_beside_the_relationship(tmp_path) -> None:
    """A case that names its order records (the wizard's import writes an absolute path): the panel shows
    the records' figures under the relationship, as the assessment carries them (25 days in 4 weeks)."""
    import json
    import shutil

    from tests.support.paths import EXAMPLES

    shutil.copy(EXAMPLES / "08-order-records.csv", tmp_path / "orders.csv")
    draft = json.loads((EXAMPLES / "08-food-delivery-order-records.json").read_text(encoding="utf-8"))
    draft["records"]["file"] = str(tmp_path / "orders.csv")
    plain = render_verdict(judge(draft, dt.date(2026, 11, 28)), "zh").plain
    assert "订单记录显示（供核对回答，不代替回答）" in plain
    assert "每周工作天数：4周内工作25天，平均每周6.25天" in plain
    assert plain.index("关系性质") < plain.index("订单记录显示")


def test_once_arbitration_is_applied_the_panel_shows_the_stage_not_the_limitation() -> None:
    """The volunteer's finding: after 申请劳动仲裁 was recorded the panel still said «仲裁时效 时效进行中 …
    请立即申请». Applied 2026-11-16, accepted 2026-11-19 (tests/cases/arbitration-pending.json): the award is
    due 45 days after acceptance, 2027-01-03 (调解仲裁法第四十三条), an estimate as 2027's holidays are
    not published; from 2026-11-28 that is 36 days."""
    import json

    from tests.support.paths import ROOT

    draft = json.loads((ROOT / "tests" / "cases" / "arbitration-pending.json").read_text(encoding="utf-8"))
    plain = render_verdict(judge(draft, dt.date(2026, 11, 28)), "zh").plain
    assert "案件阶段  仲裁已受理" in plain
    assert "下一期限：仲裁裁决，2027年1月3日（估算，还有36天）" in plain
    assert "仲裁时效" not in plain
    english = render_verdict(judge(draft, dt.date(2026, 11, 28)), "en").plain
    assert "Stage of the case" in english and "Next deadline" in english


def test_before_any_application_the_panel_shows_the_limitation() -> None:
    plain = render_verdict(judge(example(), dt.date(2026, 11, 28)), "zh").plain
    assert "仲裁时效" in plain and "案件阶段" not in plain
