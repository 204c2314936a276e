"""The records summary as a terminal report (rich tables) that fits 80 columns, in the user's language."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from lawgen.i18n import N_, Msg, translate
from lawgen.labels import CATEGORY_LABELS
from lawgen.law.day_class import DayClass
from lawgen.law.relationship import INDICATORS
from lawgen.records.summary import PROPOSED_HOURS, RecordsSummary

LISTED_PROBLEMS = 50
# Headings translated inside f-strings below, where Babel cannot see them: marked here for extraction.
_HEADINGS = (N_("订单记录"), N_("未计入或只计一次的行"), N_("合计"), N_("是"), N_("否"), N_("参考问题"),
             N_("用工关系指标（来自订单记录，供判断参考，不替代问答）"), N_("计算规则"), N_("提示"))


def print_summary(summary: RecordsSummary, lang: str = "zh", assessment=None,
                  console: Console | None = None) -> None:
    from lawgen.report import _bullets

    console = console or Console()

    def t(text: str, **params) -> str:
        """A text in the reader's language; with params, a template filled in (``t`` marks it for Babel)."""
        return Msg(text, params).render(lang) if params else translate(text, lang)

    listing = "、" if lang == "zh" else ", "
    sheet = f" ({summary.sheet})" if summary.sheet else ""
    console.print(f"[bold]{t('订单记录')}[/bold]  {summary.file_name}{sheet}")
    console.print(t("读取{rows}行，计入{orders}单；{first}至{last}，工作{days}天",
                         rows=summary.rows_read, orders=summary.orders, first=summary.first_day,
                         last=summary.last_day, days=len(summary.days)))
    _bullets(console, (("!", n.render(lang)) for n in summary.notices))
    if summary.problems:
        console.print(f"[bold yellow]{t('未计入或只计一次的行')}[/bold yellow]")
        _bullets(console, (("-", p.render(lang)) for p in summary.problems[:LISTED_PROBLEMS]))
        if len(summary.problems) > LISTED_PROBLEMS:
            console.print("  " + t("另有{count}行未列出", count=len(summary.problems) - LISTED_PROBLEMS))

    weeks = Table(title=t("每周工作时间及加班（小时）"), show_lines=False)
    for heading in (N_("周"), N_("天数"), N_("工作时间"), N_("首单至末单"), N_("延长150%"), N_("休息日200%"),
                    N_("法定300%")):
        weeks.add_column(t(heading), justify="left" if heading == "周" else "right")
    holidays, swapped = [], []
    for week in summary.weeks:
        days = [d for d in summary.days if week.monday <= d.day <= week.sunday]
        holidays += [d.day for d in days if d.day_class is DayClass.statutory_holiday]
        swapped += [d.day for d in days if d.day_class is DayClass.working_day and d.day.weekday() >= 5]
        weeks.add_row(f"{week.monday:%Y-%m-%d}", str(week.days_worked), str(week.worked), str(week.span),
                      str(week.weekday_overtime), str(week.rest_day_overtime), str(week.holiday_overtime))
    total = summary.overtime
    weeks.add_row(f"[bold]{t('合计')}[/bold]", str(len(summary.days)), str(summary.worked), str(summary.span),
                  str(total.weekday), str(total.rest_day), str(total.holiday))
    console.print(weeks)
    notes = []
    if holidays:
        notes.append(("·", t("法定休假日：{days}",
                                  days=listing.join(f"{d.month}.{d.day}" for d in holidays))))
    if swapped:
        notes.append(("·", t("调休上班的周末（按工作日计）：{days}",
                                  days=listing.join(f"{d.month}.{d.day}" for d in swapped))))
    _bullets(console, notes)
    span = summary.span_overtime
    lines = [
        ("→", t(PROPOSED_HOURS, a=total.weekday, b=total.rest_day, c=total.holiday)),
        ("·", t("另一口径（首单接单至末单送达，仅供参考）：工作日延长{a}小时、休息日{b}小时、"
                     "法定休假日{c}小时", a=span.weekday, b=span.rest_day, c=span.holiday)),
    ]
    if assessment is not None:
        claim = next((c for c in assessment.claims if c.kind.value == "overtime"), None)
        if claim is not None and claim.formula_msg is not None:
            lines.append(("¥", t("加班费：{formula}", formula=claim.formula_msg)))
    _bullets(console, lines)

    months = Table(title=t("每月收入与最低工资"))
    for heading in (N_("月份"), N_("天数"), N_("工作时间"), N_("加班"), N_("收入"), N_("每小时"),
                    N_("低于时薪"), N_("低于月薪")):
        months.add_column(t(heading), justify="right")
    for month in summary.months:
        pay = month.pay

        def flag(value) -> str:
            return "—" if value is None else (f"[red]{t('是')}[/red]" if value else t("否"))

        overtime = f"[red]{month.overtime}[/red]" if month.over_monthly_limit else str(month.overtime)
        if pay is None:
            months.add_row(month.month, str(month.days_worked), str(month.worked), overtime,
                           "—", "—", "—", "—")
            continue
        hourly = str(pay.hourly_income) if pay.hourly_income is not None else "—"
        monthly = t("不足整月") if pay.partial else flag(pay.below_monthly_minimum)
        months.add_row(month.month, str(month.days_worked), str(month.worked), overtime,
                       f"{pay.income:.2f}", hourly, flag(pay.below_hourly_minimum), monthly)
    console.print(months)
    if summary.average_monthly_income is not None:
        _bullets(console, [("·", t(
            "{first}至{last}共{n}个月平均月收入{amount}元，可作为月工资（monthly_wage）的证据",
            n=len(summary.income_months), amount=summary.average_monthly_income,
            first=summary.income_months[0], last=summary.income_months[-1]))])

    console.print(f"[bold]{t('用工关系指标（来自订单记录，供判断参考，不替代问答）')}[/bold]")
    answers = assessment.case.relationship if assessment is not None else None
    items = []
    for indicator in summary.indicators:
        related = []
        for key in indicator.informs:
            question = t(INDICATORS[key][2])
            if answers is not None:
                answer = getattr(answers, key)
                question = t("{question}：{answer}", question=question,
                             answer=t("未回答") if answer is None else (t("是") if answer else t("否")))
            related.append(question)
        questions = t("（参考问题：{questions}）", questions=listing.join(related))
        items.append(("•", t("{label}：{figures}", label=t(indicator.label), figures=indicator.figures)
                      + f" [dim]{questions}[/dim]"))
    _bullets(console, items)
    if assessment is not None:
        verdict = assessment.relationship
        _bullets(console, [("·", t("问答得出的关系性质：{category}（{summary}）",
                                        category=Msg(CATEGORY_LABELS[verdict.category]),
                                        summary=verdict.summary))])

    console.print(f"[bold]{t('计算规则')}[/bold]")
    _bullets(console, ((f"{n}.", r.render(lang)) for n, r in enumerate(summary.rules, start=1)))
    if summary.warnings:
        console.print(f"[bold yellow]{t('提示')}[/bold yellow]")
        _bullets(console, (("!", w.render(lang)) for w in summary.warnings))
