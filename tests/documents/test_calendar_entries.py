"""期限提醒.ics, parsed back: the demand letter's day to pay is an entry when the packet holds the letter,
and an estimated date says what it estimates (the year whose holiday arrangement is missing, or the day it
runs from)."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import icalendar

from lawgen.calendar import CALENDAR_FILE, case_calendar
from lawgen.documents.packet import generate_packet
from tests.support.documents_cases import assessment, assessment_of, case_data


def _events(data: bytes | None) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data or b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    return {str(e["summary"]).removesuffix("（估算日期）"): e for e in calendar.walk("VEVENT")}


def test_the_packet_calendar_holds_the_demand_letters_day_to_pay(tmp_path: Path) -> None:
    # The example is judged 2026-11-28 with nothing filed: the packet holds a 催告函 whose day to pay is
    # 2026-11-28 + 7 = 2026-12-05 (a practical choice the letter makes, no statute's).
    generate_packet(assessment("example"), tmp_path)
    events = _events((tmp_path / CALENDAR_FILE).read_bytes())
    demand = events["催告函的付款期限届满"]
    assert demand.decoded("dtstart") == dt.date(2026, 12, 5)
    text = str(demand["description"])
    assert "不是法律规定的期限" in text and "寄送凭证要留好" in text
    # the demand interrupts the limitation
    assert "《中华人民共和国劳动争议调解仲裁法》第二十七条第二款" in text
    assert "这是对方或机关的期限" in text  # the employer's date: the worker watches it
    assert [a.decoded("trigger") for a in demand.walk("VALARM")] == [
        dt.timedelta(days=-7, hours=9), dt.timedelta(days=-1, hours=9)]


def test_without_a_demand_letter_there_is_no_day_to_pay() -> None:
    # The register's export names no packet; a packet without the letter has no day to pay.
    assert "催告函的付款期限届满" not in _events(case_calendar(assessment("example")))
    kinds = ["arbitration_application", "summary"]
    assert "催告函的付款期限届满" not in _events(case_calendar(assessment("example"), documents=kinds))
    assert "催告函的付款期限届满" not in _events(
        case_calendar(assessment("award-with-agent"), documents=["court_complaint", "summary"]))


def test_an_estimate_names_the_year_whose_arrangement_is_missing() -> None:
    # The example's limitation ends 2027-08-31 (劳动争议调解仲裁法第二十七条): lawgen holds no 2027
    # arrangement (holidays/2026.toml is the last), so the day is estimated for that reason.
    event = _events(case_calendar(assessment("example")))["申请劳动仲裁"]
    assert event.decoded("dtstart") == dt.date(2027, 8, 31)
    text = str(event["description"])
    assert "2027年的节假日安排" in text and "还没有公布" in text
    assert "起算的日子" not in text


def test_an_estimate_in_a_year_with_its_arrangement_names_the_unrecorded_start() -> None:
    # A wholly final award received by the worker on 2026-11-20: the employer's 30 days to apply to set
    # it aside (第四十九条) run from its own receipt, not recorded — the worker's is the earliest:
    # 2026-11-20 + 30 days = 2026-12-20, a Sunday, rolled to Monday 2026-12-21 (民事诉讼法第八十五条); 2026's
    # arrangement is held, so what is estimated is the day it runs from.
    data = copy.deepcopy(case_data("final-award-unpaid"))
    data["procedure"]["arbitration"]["received_on"] = "2026-11-20"
    event = _events(case_calendar(assessment_of(data)))["用人单位可申请撤销终局裁决"]
    assert event.decoded("dtstart") == dt.date(2026, 12, 21)
    text = str(event["description"])
    assert "起算的日子" in text and "节假日安排" not in text


def test_the_calendar_name_is_escaped_as_text() -> None:
    """An attacker's finding: X-WR-CALNAME was written bare, so «,» and «;» in an employer's name broke
    the RFC 5545 text value; it is escaped as SUMMARY is."""
    data = case_data("example")
    data["respondents"][0]["name"] = "速达(厦门)有限公司,思明分公司;站"
    ical = case_calendar(assessment_of(data))
    unfolded = ical.decode("utf-8").replace("\r\n ", "")  # lines fold at 75 octets (RFC 5545 §3.1)
    line = next(x for x in unfolded.split("\r\n") if x.startswith("X-WR-CALNAME"))
    assert line == "X-WR-CALNAME:劳动争议期限：速达(厦门)有限公司\\,思明分公司\\;站"
