"""Working time and overtime hours from order records, against hand computations.

The rules (lawgen.law.working_time): 人社部2024年《新就业形态劳动者休息和劳动报酬权益保障指引》
第四条 — the day's order time with overlapping orders once, plus waiting between orders up to the
allowance (宽放时间), plus online time the company required; 劳动法第三十六条、第四十四条 — beyond 8 hours on
a working day 150%, every hour on a rest day 200%, every hour on a statutory holiday 300%. Days are classed
by 全国年节及纪念日放假办法 and the State Council's yearly arrangement (调休). A block across midnight is
split at midnight.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lawgen.law.day_class import DayClass, day_info
from lawgen.law.working_time import overtime_split, seconds, working_days_time

H = 3600
MIN = 60
W, R, S = DayClass.working_day, DayClass.rest_day, DayClass.statutory_holiday


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def block(start: str, end: str) -> tuple[int, int]:
    return seconds(at(start)), seconds(at(end))


def classify(day: dt.date) -> DayClass:
    return day_info(day).day_class


def summed(days, standard=8 * H):
    """(worked, 150%, 200%, 300%) seconds over the days."""
    worked = weekday = rest = holiday = 0
    for day in days:
        a, b, c = day.overtime(standard)
        worked, weekday, rest, holiday = worked + day.worked, weekday + a, rest + b, holiday + c
    return worked, weekday, rest, holiday


@pytest.mark.parametrize(("day", "expected"), [
    # 2025: 国庆 10.1–10.3 and 中秋 10.6 are statutory; 10.4–10.5 weekend and 10.7–10.8 调休 days off are rest
    # days; Sunday 9.28 and Saturday 10.11 are 调休 working days (国办发明电〔2024〕12号).
    ("2025-09-28", W), ("2025-09-30", W), ("2025-10-01", S), ("2025-10-03", S), ("2025-10-04", R),
    ("2025-10-06", S), ("2025-10-07", R), ("2025-10-08", R), ("2025-10-11", W), ("2025-10-12", R),
    # 2025 春节: 除夕 1.28 is statutory from 2025 (放假办法 revised 2024-11); 2.3–2.4 调休 days off are
    # rest days.
    ("2025-01-28", S), ("2025-01-31", S), ("2025-02-03", R), ("2025-01-26", W),
    # 2026 劳动节 5.1–5.2 statutory (5.2 a Saturday); 5.4 补假 and 5.5 调休 are rest days; Saturday 5.9 works.
    ("2026-05-01", S), ("2026-05-02", S), ("2026-05-04", R), ("2026-05-05", R), ("2026-05-09", W),
    # 2024: 除夕 was not yet statutory, and that year not even a day off (春节 2.10–2.17); 劳动节 only 5.1,
    # 5.2 a 调休 day off.
    ("2024-02-09", W), ("2024-02-10", S), ("2024-05-01", S), ("2024-05-02", R),
    # a plain week
    ("2026-03-02", W), ("2026-03-06", W), ("2026-03-07", R), ("2026-03-08", R),
])
def test_day_classes(day, expected):
    assert day_info(dt.date.fromisoformat(day)).day_class is expected


def test_a_year_without_the_state_council_arrangement_falls_back_to_weekends_and_says_so():
    # chinesecalendar 1.11 holds arrangements to 2026; 2027's fixed festival days are still known by rule.
    assert day_info(dt.date(2027, 3, 6)) == day_info(dt.date(2027, 3, 6))
    saturday = day_info(dt.date(2027, 3, 6))
    assert (saturday.day_class, saturday.covered) == (R, False)
    assert day_info(dt.date(2027, 10, 1)).day_class is S  # 国庆, by the 放假办法 itself


@pytest.mark.parametrize(("day_class", "worked", "expected"), [
    (W, 10 * H, (2 * H, 0, 0)),  # 10 h on a working day: 2 h beyond 8 (第四十四条第（一）项)
    (W, 8 * H, (0, 0, 0)),  # exactly 8 h: no overtime
    (W, 7 * H, (0, 0, 0)),
    (R, 5 * H, (0, 5 * H, 0)),  # every rest-day hour, no time off in lieu (第（二）项)
    (S, 3 * H, (0, 0, 3 * H)),  # every holiday hour (第（三）项)
])
def test_overtime_split(day_class, worked, expected):
    assert overtime_split(day_class, worked, 8 * H) == expected


def test_a_plain_week():
    """2026-03-02 (Mon) to 03-08 (Sun), no holidays. Mon–Fri: 09:00–13:00 and 14:00–19:00 (lunch gap 60 min,
    more than the 20-minute allowance) = 9 h a day, 1 h beyond 8 each: 5 h at 150%. Saturday 10:00–14:00 =
    4 h at 200%. Sunday off. Worked 5 × 9 + 4 = 49 h."""
    orders = []
    for d in range(2, 7):
        orders += [block(f"2026-03-0{d} 09:00", f"2026-03-0{d} 13:00"),
                   block(f"2026-03-0{d} 14:00", f"2026-03-0{d} 19:00")]
    orders.append(block("2026-03-07 10:00", "2026-03-07 14:00"))
    days = working_days_time(orders, 20 * MIN, (), classify)
    assert [d.day.day for d in days] == [2, 3, 4, 5, 6, 7]
    assert summed(days) == (49 * H, 5 * H, 4 * H, 0)
    assert [d.span for d in days[:5]] == [10 * H] * 5  # the second reading: 09:00 to 19:00


def test_a_week_with_a_statutory_holiday_and_a_tiaoxiu_working_saturday():
    """2025-10-06 (中秋, statutory) to 10-12, 10:00–20:00 (10 h) every day:
    10.6 holiday 10 h at 300%; 10.7, 10.8 调休 rest days 20 h at 200%; 10.9, 10.10 working 2 × 2 h at 150%;
    Saturday 10.11 a 调休 working day 2 h at 150% (not 200%); Sunday 10.12 rest 10 h at 200%.
    150%: 6 h; 200%: 30 h; 300%: 10 h; worked 70 h."""
    orders = [block(f"2025-10-{d:02d} 10:00", f"2025-10-{d:02d} 20:00") for d in range(6, 13)]
    days = working_days_time(orders, 20 * MIN, (), classify)
    assert [d.day_class for d in days] == [S, R, R, W, W, W, R]
    assert summed(days) == (70 * H, 6 * H, 30 * H, 10 * H)


def test_a_span_across_midnight_is_split_at_midnight():
    """Friday 2026-03-06 23:30 to Saturday 00:45: 30 min on a working day (no overtime: under 8 h), 45 min
    on a rest day (200%). The eve of 国庆 2025-09-30 23:40 to 10-01 00:20: 20 min working, 20 min at 300%."""
    days = working_days_time([block("2026-03-06 23:30", "2026-03-07 00:45")], 20 * MIN, (), classify)
    assert [(d.day.isoformat(), d.day_class, d.worked) for d in days] == [
        ("2026-03-06", W, 30 * MIN), ("2026-03-07", R, 45 * MIN)]
    assert summed(days) == (75 * MIN, 0, 45 * MIN, 0)
    days = working_days_time([block("2025-09-30 23:40", "2025-10-01 00:20")], 20 * MIN, (), classify)
    assert summed(days) == (40 * MIN, 0, 0, 20 * MIN)


@pytest.mark.parametrize(("second_start", "worked", "allowance"), [
    # first order 10:00–11:00, second to 12:00; allowance 20 minutes
    ("11:19", 2 * H, 19 * MIN),  # gap 19 min, just under: waiting counted, 10:00–12:00
    ("11:20", 2 * H, 20 * MIN),  # gap exactly 20: counted (“以内”包括本数, 民法典第一千二百五十九条)
    ("11:21", H + 39 * MIN, 0),  # gap 21 min, just over: 60 + 39 min of orders only
])
def test_a_gap_just_under_and_just_over_the_allowance(second_start, worked, allowance):
    orders = [block("2026-03-03 10:00", "2026-03-03 11:00"),
              block(f"2026-03-03 {second_start}", "2026-03-03 12:00")]
    (day,) = working_days_time(orders, 20 * MIN, (), classify)
    assert (day.worked, day.allowance) == (worked, allowance)


def test_overlapping_orders_are_counted_once():
    """10:00–10:40 and 10:20–11:00 at the same time (同时接多单不重复计算): one hour, not 80 minutes."""
    orders = [block("2026-03-03 10:00", "2026-03-03 10:40"), block("2026-03-03 10:20", "2026-03-03 11:00")]
    (day,) = working_days_time(orders, 0, (), classify)
    assert (day.order_time, day.worked) == (H, H)


def test_online_time_the_company_required_counts_once():
    """Orders 10:00–10:30 and 14:00–14:30, required online 11:00–13:00 (企业明确要求的在线时间): the gaps
    (30 and 60 min) exceed the allowance, so 0.5 + 2 + 0.5 = 3 h; an order inside the window adds nothing."""
    orders = [block("2026-03-03 10:00", "2026-03-03 10:30"), block("2026-03-03 14:00", "2026-03-03 14:30"),
              block("2026-03-03 11:30", "2026-03-03 12:00")]
    (day,) = working_days_time(orders, 20 * MIN, ((dt.time(11), dt.time(13)),), classify)
    assert (day.order_time, day.required, day.worked) == (90 * MIN, 90 * MIN, 3 * H)
