"""Working time and overtime hours of a platform worker, from the platform's own order records.

人力资源社会保障部《新就业形态劳动者休息和劳动报酬权益保障指引》（2024年2月）第四条 [secondary: the text
reposted on fuzhou.gov.cn 2024-03-29]:
    “每日工作时间包括当日累计接单时间和适当考虑在线等单、服务准备、生理需求等因素确定的宽放时间；
    企业明确要求的在线时间和线下接受常规管理的时间计入工作时间；同时接多单不重复计算。”

劳动法第三十六条: “国家实行劳动者每日工作时间不超过八小时、平均每周工作时间不超过四十四小时的工时制度。”
国务院关于职工工作时间的规定第三条: “职工每日工作8小时、每周工作40小时。” (the 40-hour week; not checked
against the official text in lawgen's legal-facts review, so its parameter is marked secondary).
劳动法第四十一条: 延长工作时间……每月不得超过三十六小时.
劳动法第四十四条: (一)安排劳动者延长工作时间的，支付不低于工资的百分之一百五十的工资报酬；(二)休息日安排
劳动者工作又不能安排补休的，支付不低于工资的百分之二百的工资报酬；(三)法定休假日安排劳动者工作的，支付不低于
工资的百分之三百的工资报酬。

So, under the standard working-hours system (标准工时制):
- a day's working time is the union of its orders (accepted to delivered, overlapping orders once), the
  waiting between orders up to the allowance (宽放时间), and any online time the company required;
- on a working day the hours beyond 8 are 延长工作时间 (150%); every hour on a rest day is rest-day work
  (200%, as no time off in lieu is shown); every hour on a statutory holiday is holiday work (300%);
- the week's standard (40 hours) is met by those daily rules: within 8 hours a day, working days give at
  most 40 hours a week (a 调休 week follows the State Council's arrangement), so nothing is counted twice.

The second reading, shown beside and never proposed, is the span from the day's first acceptance to its
last delivery. Times are China time (UTC+8), as the platforms' exports are; a block that crosses midnight
is split at midnight, each part belonging to its own day (and its own class of day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from lawgen.law.day_class import DayClass

DAY = 86_400
Block = tuple[int, int]  # [start, end) in seconds counted from 0001-01-01 00:00 China time


def seconds(moment: dt.datetime) -> int:
    """A naive China-time moment as whole seconds on one axis, so days are ``seconds // DAY`` ordinals."""
    return moment.toordinal() * DAY + moment.hour * 3600 + moment.minute * 60 + moment.second


def union(blocks: Iterable[Block]) -> list[Block]:
    """Overlapping or touching blocks merged: 同时接多单不重复计算 (指引第四条)."""
    merged: list[list[int]] = []
    for start, end in sorted(blocks):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def fill_gaps(blocks: Sequence[Block], allowance: int) -> list[Block]:
    """Waiting between orders counted as 宽放时间 when the gap is at most ``allowance`` seconds.

    “以内”包括本数 (民法典第一千二百五十九条): a gap exactly as long as the allowance is counted.
    """
    filled: list[list[int]] = []
    for start, end in blocks:
        if filled and start - filled[-1][1] <= allowance:
            filled[-1][1] = max(filled[-1][1], end)
        else:
            filled.append([start, end])
    return [(s, e) for s, e in filled]


def required_blocks(days: Iterable[int], windows: Sequence[tuple[dt.time, dt.time]]) -> list[Block]:
    """企业明确要求的在线时间 on each day worked; a window ending before it starts runs past midnight."""
    blocks = []
    for day in days:
        for opens, closes in windows:
            start = day * DAY + opens.hour * 3600 + opens.minute * 60
            end = day * DAY + closes.hour * 3600 + closes.minute * 60
            if end <= start:
                end += DAY
            blocks.append((start, end))
    return blocks


def _within_days(blocks: Iterable[Block]) -> Iterator[tuple[int, int, int]]:
    """Each block as pieces within one day: (day ordinal, start, end), split at every midnight."""
    for start, end in blocks:
        while start < end:
            day = start // DAY
            cut = min(end, (day + 1) * DAY)
            yield day, start, cut
            start = cut


def per_day(blocks: Iterable[Block]) -> dict[int, int]:
    """Seconds in each day (ordinal), a block across midnight split at midnight."""
    totals: dict[int, int] = {}
    for day, start, cut in _within_days(blocks):
        totals[day] = totals.get(day, 0) + cut - start
    return totals


def span_per_day(blocks: Iterable[Block]) -> dict[int, int]:
    """The second reading: from the day's first acceptance to its last delivery, in seconds."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for day, start, cut in _within_days(blocks):
        first[day] = min(first.get(day, start), start)
        last[day] = max(last.get(day, cut), cut)
    return {day: last[day] - first[day] for day in first}


@dataclass(frozen=True)
class DayTime:
    """One day's working time by 指引第四条, in seconds, and its part of each overtime class."""

    day: dt.date
    day_class: DayClass
    order_time: int  # 累计接单时间, overlapping orders once
    allowance: int  # 宽放时间: waiting between orders, up to the allowance
    required: int  # 企业明确要求的在线时间 not already counted
    span: int  # first acceptance to last delivery (the second reading)

    @property
    def worked(self) -> int:
        return self.order_time + self.allowance + self.required

    def overtime(self, standard_day: int) -> tuple[int, int, int]:
        """(weekday, rest-day, holiday) overtime seconds — 劳动法第四十四条第（一）（二）（三）项."""
        return overtime_split(self.day_class, self.worked, standard_day)


def overtime_split(day_class: DayClass, worked: int, standard_day: int) -> tuple[int, int, int]:
    """(150%, 200%, 300%) seconds of a day's work — 劳动法第三十六条、第四十四条."""
    if day_class is DayClass.statutory_holiday:
        return 0, 0, worked
    if day_class is DayClass.rest_day:
        return 0, worked, 0
    return max(0, worked - standard_day), 0, 0


def working_days_time(
    orders: Sequence[Block],
    allowance: int,
    windows: Sequence[tuple[dt.time, dt.time]],
    classify,
) -> list[DayTime]:
    """Each day's working time from the orders' [accepted, delivered) blocks — 指引第四条.

    ``classify(date) -> DayClass`` is the holiday calendar (``lawgen.law.day_class``).
    """
    order_union = union(orders)
    with_waiting = fill_gaps(order_union, allowance)
    order_days = per_day(order_union)
    waiting_days = per_day(with_waiting)
    required = required_blocks(order_days, windows)
    worked_days = per_day(union([*with_waiting, *required])) if required else waiting_days
    spans = span_per_day(order_union)
    result = []
    for ordinal in sorted(worked_days):
        ordered = order_days.get(ordinal, 0)
        waited = waiting_days.get(ordinal, 0)
        day = dt.date.fromordinal(ordinal)
        result.append(DayTime(
            day=day,
            day_class=classify(day),
            order_time=ordered,
            allowance=waited - ordered,
            required=worked_days[ordinal] - waited,
            span=spans.get(ordinal, 0),
        ))
    return result


def week_of(day: dt.date) -> dt.date:
    """The Monday of the day's week (周一至周日)."""
    return day - dt.timedelta(days=day.weekday())
