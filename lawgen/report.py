"""The assessment as a terminal report (rich tables), in the user's language."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from lawgen.i18n import N_, Msg, translate
from lawgen.labels import CATEGORY_LABELS, LIMITATION_STATUS_LABELS, ROUTE_LABELS, SMALL_CLAIMS_LABELS
from lawgen.law import Assessment, LimitationStatus
from lawgen.law.hints import Hint, Need
from lawgen.money import format_amount

# The case-file field or the option that supplies what a law hint asks for (the CLI's own words).
HINT_FIELDS = {
    Need.knew_on: "procedure.knew_on",
    Need.interruptions: "procedure.events",
    Need.leave_year: "claims[].year",
    Need.award_date: "procedure.arbitration.award_date",
    Need.received_on: "procedure.arbitration.received_on",
}
LIMITATION_LABELS = LIMITATION_STATUS_LABELS
NEAR_DEADLINE_DAYS = 30


def print_report(assessment: Assessment, lang: str = "zh", console: Console | None = None) -> None:
    console = console or Console()

    def t(text: str) -> str:
        return translate(text, lang)

    def date(day) -> str:
        return Msg("{day}", {"day": day}).render(lang)

    listing = "、" if lang == "zh" else ", "
    case = assessment.case
    title, region, judged = t("案件评估"), t("地区"), t("判断日")
    respondents = listing.join(r.name for r in case.respondents)
    console.print(f"[bold]{title}[/bold]  {case.worker.name} — {respondents}")
    console.print(f"{region}: {assessment.region.full_name} ({assessment.region.code})    "
                  f"{judged}: {date(assessment.judged_on)}")

    claims = Table(title=t("请求事项"))
    claims.add_column(t("序号"), no_wrap=True)
    claims.add_column(t("请求"), overflow="fold", ratio=3)
    claims.add_column(t("金额（元）"), justify="right", no_wrap=True)
    claims.add_column(t("终局"), justify="center", no_wrap=True)
    claims.add_column(t("依据"), overflow="fold", ratio=4)
    for claim in assessment.claims:
        amount = format_amount(claim.amount) if claim.amount is not None else "—"
        claims.add_row(str(claim.index + 1), t(claim.title), amount, "✓" if claim.final_award_item else "",
                       listing.join(t(b) for b in claim.basis))
    total = t("合计")
    claims.add_row("", f"[bold]{total}[/bold]", f"[bold]{format_amount(assessment.total)}[/bold]", "", "")
    console.print(claims)
    _bullets(console, ((f"{c.index + 1}.", c.formula_msg.render(lang)) for c in assessment.claims
                       if c.formula_msg))

    verdicts = Table(title=t("结论"), show_header=False)
    verdicts.add_column(no_wrap=True)
    verdicts.add_column(overflow="fold")
    small = assessment.small_claims
    verdicts.add_row(t("小额诉讼"), Msg(N_("{status}（上限 {threshold}，约定上限 {limit}）"), {
        "status": t(SMALL_CLAIMS_LABELS[small.status]), "threshold": format_amount(small.threshold),
        "limit": format_amount(small.consent_limit)}).render(lang))
    cap = format_amount(assessment.final_award.cap) if assessment.final_award.cap is not None else "—"
    verdicts.add_row(t("终局裁决上限"), Msg(N_("每项 {cap}"), {"cap": cap}).render(lang))
    limitation = assessment.limitation
    deadline = date(limitation.deadline) if limitation.deadline else "—"
    text = f"{t(LIMITATION_LABELS[limitation.status])}  {deadline}"
    urgent = limitation.status is LimitationStatus.expired or (
        limitation.days_left is not None and limitation.days_left <= NEAR_DEADLINE_DAYS)
    verdicts.add_row(t("仲裁时效"), f"[red]{text}[/red]" if urgent else text)
    for claim in assessment.claims:
        own = claim.limitation
        if own is None:
            continue
        deadline = date(own.deadline) if own.deadline else "—"
        line = f"{claim.index + 1}. {t(LIMITATION_LABELS[own.status])}  {deadline}"
        if own.later_deadline:
            line += "  " + Msg(N_("（其他观点最迟{day}）"), {"day": own.later_deadline}).render(lang)
        verdicts.add_row("", line)
    verdicts.add_row(t("途径"), "\n".join(t(ROUTE_LABELS[r]) for r in assessment.routes) or "—")
    verdicts.add_row(t("关系性质"), Msg(N_("{category}（{summary}）"), {
        "category": t(CATEGORY_LABELS[assessment.relationship.category]),
        "summary": assessment.relationship.summary}).render(lang))
    bodies = assessment.bodies
    verdicts.add_row(t("仲裁委员会"), bodies.commission or "—")
    verdicts.add_row(t("法院"), bodies.court or "—")
    console.print(verdicts)

    reasons_title = t("理由")
    console.print(f"[bold]{reasons_title}[/bold]")
    reasons = (*small.reasons, *assessment.final_award.reasons, *limitation.reasons,
               *assessment.route_reasons, *assessment.relationship.reasons)
    _bullets(console, (("•", r.render(lang)) for r in reasons))
    if assessment.warnings:
        warnings_title = t("提示")
        console.print(f"[bold yellow]{warnings_title}[/bold yellow]")
        _bullets(console, (("!", w.render(lang)) for w in assessment.warnings))
    if assessment.hints:
        console.print(f"[bold]{t('可补充')}[/bold]")
        _bullets(console, (("?", hint_text(h, lang)) for h in assessment.hints))


def hint_text(hint: Hint, lang: str) -> str:
    """A law hint in the CLI's words: what to find out, then the field or option that takes it."""
    if hint.need is Need.parameter and hint.parameter:
        where = f"--set {hint.parameter}={translate('数值', lang)}"
    else:
        where = HINT_FIELDS.get(hint.need, "")
    return f"{hint.message.render(lang)}（{where}）" if where else hint.message.render(lang)


def _bullets(console: Console, items: Iterable[tuple[str, str]]) -> None:
    """A list with a hanging indent: long lines (Chinese has no spaces to break at) fold under the text."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, justify="right", min_width=3)
    grid.add_column(overflow="fold")
    for mark, text in items:
        grid.add_row(mark, text)
    if grid.row_count:
        console.print(grid)
