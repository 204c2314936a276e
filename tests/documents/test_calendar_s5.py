"""期限提醒.ics (session 5): a note a person reads says its date in words, and what an employer's name holds
is what every calendar program shows — parsed back, the way a calendar reads it."""

from __future__ import annotations

import copy
import re

import icalendar
import pytest

from lawgen.calendar import case_calendar
from tests.support.case_builder import assessed
from tests.support.documents_cases import assessment_of, case_data

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _descriptions(data: bytes | None) -> list[str]:
    return [str(event["description"]) for event in icalendar.Calendar.from_ical(data).walk("VEVENT")]


@pytest.mark.parametrize(("case", "note"), [
    # final-award-unpaid: the award gives the employer to 2026-10-30 to pay; two years from then
    # (民事诉讼法第二百五十条).
    ("final-award-unpaid", "裁决书规定的履行期限最后一日是2026年10月30日，自该日起2年"),
    # judgment-unpaid: the judgment gives to 2026-11-21.
    ("judgment-unpaid", "判决书规定的履行期限最后一日是2026年11月21日，自该日起2年"),
])
def test_the_enforcement_note_says_its_date_in_words(case: str, note: str) -> None:
    text = "\n".join(_descriptions(case_calendar(assessment_of(case_data(case)))))
    assert note in text
    assert not ISO_DATE.search(text)
    assert not re.search(r"（\d{4}年", text)  # no date in brackets


def test_a_demand_restarting_the_limitation_is_dated_in_words() -> None:
    # Dismissed 2026-08-31, a demand on 2026-10-15 (调解仲裁法第二十七条第二款): the year runs again from
    # that day, and the calendar says so with the date as a person writes it.
    events = [{"kind": "demanded_payment", "on": "2026-10-15"}]
    assessment = assessed(on="2026-11-28", procedure={"events": events})
    text = "\n".join(_descriptions(case_calendar(assessment)))
    assert "2026年10月15日催告用人单位，时效中断" in text
    assert not ISO_DATE.search(text)


@pytest.mark.parametrize("name", [
    "厦门\\N速达配送有限公司",  # a literal backslash and N: icalendar's own shorthand for a line break
    "厦门\\n速达配送有限公司",
    "速达\\\\配送;思明,分公司\\",
])
def test_an_employers_name_reads_back_as_typed(name: str) -> None:
    data = copy.deepcopy(case_data("final-award-unpaid"))
    data["respondents"][0]["name"] = name
    ics = case_calendar(assessment_of(data))
    first_line = _descriptions(ics)[0].split("\n")[0]
    assert first_line == f"案件：与{name}的劳动争议"
    # the calendar's own name (an X- property, which icalendar leaves escaped): unescaped as RFC 5545
    # §3.3.11 says, it is the name as typed
    raw = str(icalendar.Calendar.from_ical(ics)["x-wr-calname"])
    assert _unescape(raw) == f"劳动争议期限：{name}"


def _unescape(text: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)
