"""期限提醒.ics: besides the case's first arbitration deadline, one event for each later arbitration deadline
of the claims, named by the claims it is for — after the first date passes the phone still reminds.

Example 03, judged 2026-11-28: the double wage is at risk, its earliest open date 2026-11-30 (the case's
first deadline); under another view its last chance is 2027-08-31 (a year from the double-wage period's end,
2026-08-31); the wages and the compensation run a year from the end of employment, 2026-09-30 → 2027-09-30
(第二十七条第一款、第四款).
"""

from __future__ import annotations

import datetime as dt

import icalendar

from lawgen.calendar import case_calendar
from lawgen.case import load_case
from lawgen.law import assess
from tests.support.paths import EXAMPLES

ON = dt.date(2026, 11, 28)


def events(name: str) -> dict[str, str]:
    data = case_calendar(assess(load_case(EXAMPLES / name), on=ON))
    return {event.decoded("dtstart").isoformat(): str(event["summary"])
            for event in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def test_each_later_arbitration_deadline_has_its_event_named_by_its_claims() -> None:
    found = events("03-food-delivery-no-contract.json")
    assert found["2026-11-30"].startswith("申请劳动仲裁")
    assert "二倍工资" in found["2027-08-31"]
    assert "拖欠工资" in found["2027-09-30"] and "赔偿金" in found["2027-09-30"]
    assert "二倍工资" not in found["2027-09-30"]


def test_one_date_for_every_claim_gives_one_event() -> None:
    found = events("01-food-delivery-unlawful-dismissal.json")
    arbitration = [day for day, title in found.items() if title.startswith("申请劳动仲裁")]
    assert arbitration == ["2027-08-31"]


def test_the_later_events_hold_nothing_personal() -> None:
    case = load_case(EXAMPLES / "03-food-delivery-no-contract.json")
    text = case_calendar(assess(case, on=ON)).decode()
    for private in (case.worker.id_number, case.worker.phone, case.worker.address, case.worker.name):
        assert private not in text.replace("\r\n ", "")


def test_a_last_chance_under_another_view_says_so() -> None:
    data = case_calendar(assess(load_case(EXAMPLES / "03-food-delivery-no-contract.json"), on=ON))
    notes = {event.decoded("dtstart").isoformat(): str(event["description"])
             for event in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    assert "按其他观点的最后机会" in notes["2027-08-31"]  # the double wage's view (a), not its safe date
    assert "按其他观点" not in notes["2027-09-30"]  # the wages' and compensation's own deadline
