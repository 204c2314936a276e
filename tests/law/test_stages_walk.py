"""One case walked through every stage, each recorded as `lawgen record` records it: at each, the stage, the
next deadline (hand-computed, with its article), the .ics events (parsed back with icalendar) and the
documents of the stage in the packet (named by the documents' own choice, ``documents_for_stage``).

Dates: the base case's work ended 2026-08-31 (Mon); 2026's holiday arrangement is held (2026.toml), later
years' are not, so deadlines in 2027 and 2028 are estimates. Periods: 民法典第二百零一条 (the first day is
not counted), 民事诉讼法第八十五条 / 民法典第二百零三条 (a last day on a rest day moves to the next working
day).
"""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from lawgen.calendar import case_calendar
from lawgen.case import parse_case
from lawgen.documents.packet import TITLES, packet_documents
from lawgen.documents.stage_documents import documents_for_stage
from lawgen.law import assess
from lawgen.law.stages import Stage
from lawgen.stage_record import StageInput, record_stage
from tests.support.case_builder import case_dict

D = dt.date.fromisoformat
SUE = "不服裁决，向人民法院起诉"
SET_ASIDE = "用人单位可申请撤销终局裁决"
ENFORCE = "单位不履行的，申请强制执行"
# 劳动保障监察条例第二十条: the inspectorate takes a violation within 2 years: 2026-08-31 → 2028-08-31.
INSPECTION = {"向劳动保障监察机构投诉（可与仲裁同时进行）": "2028-08-31"}

# (event, date, options) → (stage, next deadline key, its date, estimate?, an article it cites,
#                           {calendar summary without the estimate mark: date})
WALK = [
    # Nothing done: 2026-08-31 + 1 year = 2027-08-31 (Tue; 2027 not published: estimate). 第二十七条.
    (None, "2026-09-10", {},
     (Stage.not_filed, "file_arbitration", "2027-08-31", True, "劳动争议调解仲裁法第二十七条",
      {"申请劳动仲裁": "2027-08-31", **INSPECTION})),
    # A demand on 2026-10-12 (Mon) interrupts: one year again from it, 2027-10-12 (Tue). 第二十七条第二款.
    ("demanded", "2026-10-12", {},
     (Stage.demanded, "file_arbitration", "2027-10-12", True, "劳动争议调解仲裁法第二十七条第二款",
      {"申请劳动仲裁": "2027-10-12", **INSPECTION})),
    # Applied 2026-10-19 (Mon): acceptance within 5 days, 10-24 is a Saturday → Monday 10-26 (第二十九条);
    # the award 45 days from then, 2026-12-10 (Thu) (第四十三条). Neither is the worker's to meet: the
    # next date is the commission's.
    ("applied", "2026-10-19", {"commission": "厦门市劳动人事争议仲裁委员会"},
     (Stage.applied, "arbitration_acceptance", "2026-10-26", False, "劳动争议调解仲裁法第二十九条",
      {"仲裁委员会决定是否受理": "2026-10-26", "仲裁裁决": "2026-12-10"})),
    # Accepted 2026-10-22 (Thu): + 45 days = 12-06 (Sun) → Monday 12-07. 第四十三条.
    ("accepted", "2026-10-22", {},
     (Stage.accepted, "arbitration_award", "2026-12-07", False, "劳动争议调解仲裁法第四十三条",
      {"仲裁裁决": "2026-12-07"})),
    ("hearing", "2026-11-16", {},
     (Stage.heard, "arbitration_award", "2026-12-07", False, "劳动争议调解仲裁法第四十三条",
      {"仲裁裁决": "2026-12-07"})),
    # Award 2026-11-20 (Fri): 8,000 of the 12,000 wages, final (第四十七条): effective the day it is made,
    # so enforcement within 2 years of it, 2028-11-20 (Mon; estimate). 民事诉讼法第二百五十条.
    ("award", "2026-11-20", {"items": ("unpaid_wages=8000:final",)},
     (Stage.awarded, "apply_enforcement", "2028-11-20", True, "民事诉讼法第二百五十条",
      {ENFORCE: "2028-11-20"})),
    # Received 2026-11-23 (Mon): the worker sues within 15 days, 12-08 (Tue), 第四十八条 (a final award);
    # the employer may apply to set it aside within 30 days, 12-23 (Wed), 第四十九条 (counted from the
    # worker's receipt: an estimate).
    ("award_received", "2026-11-23", {},
     (Stage.award_received, "sue_after_award", "2026-12-08", False, "劳动争议调解仲裁法第四十八条",
      {SUE: "2026-12-08", SET_ASIDE: "2026-12-23", ENFORCE: "2028-11-20"})),
    # Sued 2026-12-04: the court's term has no date to count from yet; nothing for the calendar.
    ("suit", "2026-12-04", {"court": "厦门市思明区人民法院"},
     (Stage.sued, None, None, None, None, {})),
    # Judgment 2026-12-11 (Fri), 12,000 granted, not yet served: enforcement from the earliest day it can
    # take effect, the judgment's own date: 2028-12-11 (Mon; estimate). 民事诉讼法第二百五十条.
    ("judgment", "2026-12-11", {"amount": "12000"},
     (Stage.judged, "apply_enforcement", "2028-12-11", True, "民事诉讼法第二百五十条",
      {ENFORCE: "2028-12-11"})),
    # Served 2026-12-14 (Mon): appeal within 15 days, 12-29 (Tue), 民事诉讼法第一百七十一条; enforcement from
    # the service (the earliest effect, small claims being final on service): 2028-12-14 (Thu).
    ("judgment_received", "2026-12-14", {},
     (Stage.judged, "appeal", "2026-12-29", False, "民事诉讼法第一百七十一条",
      {"不服一审判决，上诉": "2026-12-29", ENFORCE: "2028-12-14"})),
    # In force from 2026-12-29 (Tue): no appeal left; 2 years from then, 2028-12-29 (Fri; estimate).
    ("judgment_effective", "2026-12-29", {},
     (Stage.judged, "apply_enforcement", "2028-12-29", True, "民事诉讼法第二百五十条",
      {ENFORCE: "2028-12-29"})),
    # 5,000 paid in part: the stage stays, 7,000 outstanding.
    ("paid", "2026-12-30", {"amount": "5000"},
     (Stage.judged, "apply_enforcement", "2028-12-29", True, "民事诉讼法第二百五十条",
      {ENFORCE: "2028-12-29"})),
    ("enforcement", "2026-12-31", {"court": "厦门市思明区人民法院"},
     (Stage.enforcement, None, None, None, None, {})),
    # The rest, 7,000: 12,000 paid of the 12,000 judged.
    ("paid", "2026-12-31", {"amount": "7000"},
     (Stage.paid, None, None, None, None, {})),
]


def _calendar_events(assessment) -> dict[str, str]:
    data = case_calendar(assessment)
    if data is None:
        return {}
    calendar = icalendar.Calendar.from_ical(data)
    events = {}
    for event in calendar.walk("VEVENT"):
        summary = str(event["summary"]).removesuffix("（估算日期）")
        start = event.decoded("dtstart")
        assert event.decoded("dtend") == start + dt.timedelta(days=1)  # one whole day
        alarms = [alarm.decoded("trigger") for alarm in event.walk("VALARM")]
        # A week before and the day before, at 09:00.
        assert alarms == [dt.timedelta(days=-7, hours=9), dt.timedelta(days=-1, hours=9)]
        events[summary] = start.isoformat()
    return events


def test_one_case_through_every_stage() -> None:
    data = case_dict(prepared_on="2026-09-10")
    seen = []
    for event, on, options, expected in WALK:
        if event is not None:
            data, _ = record_stage(data, StageInput(event=event, on=D(on), **options), today=D(on))
        assessment = assess(parse_case(data))
        stage, key, day, estimate, article, ics = expected
        verdict = assessment.stage
        assert verdict.stage is stage, (event, on)
        following = verdict.next_deadline
        if key is None:
            assert following is None or following.date is None, (event, following)
        else:
            assert (following.key, following.date, following.estimate) == (key, D(day), estimate), event
            assert article in following.basis, (event, following.basis)
        assert _calendar_events(assessment) == ics, event
        # The stage's documents (as the documents choose them) are in the packet, by their names.
        names = [spec.file_name for spec in packet_documents(assessment)]
        for kind in documents_for_stage(assessment):
            assert any(name.endswith(f"-{TITLES[kind]}.docx") for name in names), (event, kind, names)
        seen.append(stage)
    assert set(seen) == set(Stage) - {Stage.mediated}  # the mediation agreement is walked below
    assert verdict.outstanding == 0 and verdict.paid == 12000


@pytest.mark.parametrize(("pay_by", "on", "key", "day"), [
    # Signed 2026-11-02 (Mon), 6,000 due by 2026-11-30 (Mon): the due date is watched (第十六条), and the
    # worker's own deadline stays the limitation: 2027-08-31 (end of work + 1 year, estimate).
    ("2026-11-30", "2026-11-10", "file_arbitration", "2027-08-31"),
])
def test_a_mediation_agreement_shows_its_due_date_and_keeps_the_limitation(pay_by, on, key, day) -> None:
    data = case_dict(prepared_on="2026-11-05")
    data, _ = record_stage(data, StageInput(event="mediation", on=D("2026-11-02"), amount="6000",
                                            pay_by=D(pay_by), mediator="思明区莲前街道人民调解委员会"),
                           today=D(on))
    data["prepared_on"] = on
    verdict = assess(parse_case(data)).stage
    assert verdict.stage is Stage.mediated and verdict.owed == 6000
    due = next(d for d in verdict.deadlines if d.key == "mediation_due")
    assert due.date == D(pay_by) and "劳动争议调解仲裁法第十六条" in due.basis and not due.worker_acts
    assert (verdict.next_deadline.key, verdict.next_deadline.date) == (key, D(day))
