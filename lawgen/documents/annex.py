"""工作时间及加班计算表: the annex the packet gains when the case names its order records.

Built, like every document, from the Assessment: the case there is the one the records completed
(``lawgen.records.attach.with_records``), whose summary the records layer keeps for it.
"""

from __future__ import annotations

import datetime as dt

from lawgen.documents.fields import BLANK, day
from lawgen.law import Assessment
from lawgen.law.day_class import DAY_CLASS_LABELS, DayClass

Context = dict[str, object]


def working_time_annex(assessment: Assessment) -> Context:
    from lawgen.documents.context import _base
    from lawgen.records.attach import attached_summary

    context = _base(assessment)
    summary = attached_summary(assessment.case)
    overtime = next((c for c in assessment.claims if c.kind.value == "overtime"), None)
    context["overtime_formula"] = overtime.formula if overtime and overtime.formula else BLANK
    if summary is None or not summary.days:
        columns = ("days", "worked", "span", "weekday", "rest_day", "holiday")
        blank = {"period": BLANK, "note": "", **dict.fromkeys(columns, "")}
        context.update(period=BLANK, source=BLANK, weeks=[blank], rules=[], indicators=[],
                       totals=dict.fromkeys(columns, ""))
        return context
    context["period"] = f"{day(summary.first_day)}至{day(summary.last_day)}"
    platforms = [i.figures.params["name"] for i in summary.indicators if i.key == "platform_share"]
    context["source"] = (f"平台订单记录（{platforms[0]}），共{summary.orders}单" if platforms
                         else f"平台订单记录，共{summary.orders}单")
    years = [w.monday.year for w in summary.weeks]
    context["weeks"] = [
        {"period": week_label(w.monday, w.sunday, with_year=n == 0 or years[n - 1] != w.monday.year),
         "days": str(w.days_worked),
         "worked": str(w.worked), "span": str(w.span), "weekday": str(w.weekday_overtime),
         "rest_day": str(w.rest_day_overtime), "holiday": str(w.holiday_overtime), "note": _week_note(w)}
        for n, w in enumerate(summary.weeks)
    ]
    context["totals"] = {
        "days": str(len(summary.days)), "worked": str(summary.worked), "span": str(summary.span),
        "weekday": str(summary.overtime.weekday), "rest_day": str(summary.overtime.rest_day),
        "holiday": str(summary.overtime.holiday),
    }
    context["indicators"] = [{"label": i.label, "figures": i.figures.render("zh")}
                             for i in summary.indicators]
    context["rules"] = [{"number": n, "text": r.render("zh")} for n, r in enumerate(summary.rules, start=1)]
    return context


def week_label(monday: dt.date, sunday: dt.date, with_year: bool) -> str:
    """«2025.9.29–10.5», then «10.6–10.12»: the year on the first week and wherever it changes, as a ledger
    writes it (the annex's period line gives the whole span with its years)."""
    start = f"{monday.year}.{monday.month}.{monday.day}" if with_year else f"{monday.month}.{monday.day}"
    end = f"{sunday.month}.{sunday.day}"
    if sunday.year != monday.year:
        end = f"{sunday.year}.{end}"
    return f"{start}–{end}"


def _week_note(week) -> str:
    """The days of the week that are not plain: statutory holidays and 调休 working weekend days."""
    holidays = [d for d, c in week.classes if c is DayClass.statutory_holiday]
    swapped = [d for d, c in week.classes if c is DayClass.working_day and d.weekday() >= 5]
    rest = [d for d, c in week.classes if c is DayClass.rest_day and d.weekday() < 5]
    parts = []
    if holidays:
        parts.append(_days(holidays) + DAY_CLASS_LABELS[DayClass.statutory_holiday])
    if rest:
        parts.append(_days(rest) + "调休放假")
    if swapped:
        parts.append(_days(swapped) + "调休上班")
    return "；".join(parts)


def _days(days: list[dt.date]) -> str:
    """«10.1–10.3、10.5»: runs of consecutive days as ranges, so a narrow cell does not break a date."""
    runs: list[list[dt.date]] = []
    for day_ in sorted(days):
        if runs and (day_ - runs[-1][-1]).days == 1:
            runs[-1].append(day_)
        else:
            runs.append([day_])
    return "、".join(f"{r[0].month}.{r[0].day}" + (f"–{r[-1].month}.{r[-1].day}" if len(r) > 1 else "")
                    for r in runs)
