"""A case whose arbitration period has run out while the labor inspectorate can still take it (example 07:
wages for July–August 2025, employment ended 2025-08-31, judged 2026-11-28). A clerk found the summary
leading with arbitration and the plan printing «时效已届满，2026年8月31日（最后一日，当天有效）»: a past
day as a last day."""

from __future__ import annotations

import json

from lawgen.documents.context import _deadlines
from lawgen.documents.summary import answers
from tests.support.documents_cases import assessment_of
from tests.support.paths import EXAMPLES

CASE = json.loads((EXAMPLES / "07-past-limitation-inspection-open.json").read_text(encoding="utf-8"))


def test_the_summary_leads_with_the_route_still_open() -> None:
    first_step = answers(assessment_of(CASE))[1].answer
    assert first_step[:2] == ["先带上投诉书，到厦门市人力资源和社会保障局投诉欠薪，这条路还来得及。",
                              "也可以到厦门市劳动人事争议仲裁委员会申请仲裁，但申请的期限可能已经过了（见下面）。"]


def test_the_plan_says_the_period_ended_not_a_last_day() -> None:
    # 调解仲裁法第二十七条: a year from 2025-08-31, the last day worked → 2026-08-31, passed on 2026-11-28;
    # 劳动保障监察条例第二十条: two years → 2027-08-31, still open.
    assert _deadlines(assessment_of(CASE)) == [
        "仲裁时效：已于2026年8月31日届满（劳动争议调解仲裁法第二十七条）",
        "投诉欠薪：2027年8月31日（最后一日，当天有效）（劳动保障监察条例第二十条）",
    ]
