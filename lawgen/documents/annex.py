"""工作时间及加班计算表: the annex the packet gains when the case names its order records.

Built, like every document, from the Assessment: the case there is the one the records completed
(``lawgen.records.attach.with_records``), whose summary the records layer keeps for it.
"""

from __future__ import annotations

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
    context["weeks"] = [
        {"period": f"{w.monday.month}.{w.monday.day}–{w.sunday.month}.{w.sunday.day}",
         "days": str(w.days_worked),
         "worked": str(w.worked), "span": str(w.span), "weekday": str(w.weekday_overtime),
         "rest_day": str(w.rest_day_overtime), "holiday": str(w.holiday_overtime), "note": _week_note(w)}
        for w in summary.weeks
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


def _week_note(week) -> str:
    """The days of the week that are not plain: statutory holidays and 调休 working weekend days."""
    holidays = [f"{d.month}.{d.day}" for d, c in week.classes if c is DayClass.statutory_holiday]
    swapped = [f"{d.month}.{d.day}" for d, c in week.classes
               if c is DayClass.working_day and d.weekday() >= 5]
    rest = [f"{d.month}.{d.day}" for d, c in week.classes if c is DayClass.rest_day and d.weekday() < 5]
    parts = []
    if holidays:
        parts.append("、".join(holidays) + DAY_CLASS_LABELS[DayClass.statutory_holiday])
    if rest:
        parts.append("、".join(rest) + "调休放假")
    if swapped:
        parts.append("、".join(swapped) + "调休上班")
    return "；".join(parts)
