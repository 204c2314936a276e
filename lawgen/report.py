"""The assessment as a terminal report (rich tables), in the user's language."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from lawgen.i18n import translate
from lawgen.law import Assessment
from lawgen.law.assessment import ROUTE_LABELS
from lawgen.law.eligibility import SmallClaimsStatus
from lawgen.law.limitation import LimitationStatus
from lawgen.law.relationship import CATEGORY_LABELS
from lawgen.money import format_amount
from lawgen.text import chinese_date

SMALL_CLAIMS_LABELS = {
    SmallClaimsStatus.applies: "适用小额诉讼程序",
    SmallClaimsStatus.by_agreement: "双方约定方可适用小额诉讼程序",
    SmallClaimsStatus.over_limit: "超过小额诉讼上限",
    SmallClaimsStatus.excluded: "不适用小额诉讼程序",
}
LIMITATION_LABELS = {
    LimitationStatus.running: "时效进行中",
    LimitationStatus.expired: "时效已届满",
    LimitationStatus.not_running: "在职期间欠薪，时效未开始计算",
}


def print_report(assessment: Assessment, lang: str = "zh", console: Console | None = None) -> None:
    console = console or Console()

    def t(text: str) -> str:
        return translate(text, lang)

    case = assessment.case
    console.print(f"[bold]{t('案件评估')}[/bold]  {case.worker.name} — "
                  f"{'、'.join(r.name for r in case.respondents)}")
    console.print(f"{t('地区')}: {assessment.region.full_name} ({assessment.region.code})    "
                  f"{t('判断日')}: {chinese_date(assessment.judged_on)}")

    claims = Table(title=t("请求事项"), show_lines=False)
    for column in (t("序号"), t("请求"), t("金额（元）"), t("终局"), t("依据")):
        claims.add_column(column)
    for claim in assessment.claims:
        amount = format_amount(claim.amount) if claim.amount is not None else "—"
        claims.add_row(str(claim.index + 1), claim.title, amount, "✓" if claim.final_award_item else "",
                       "、".join(claim.basis))
    claims.add_row("", f"[bold]{t('合计')}[/bold]", f"[bold]{format_amount(assessment.total)}[/bold]", "", "")
    console.print(claims)
    for claim in assessment.claims:
        if claim.formula:
            console.print(f"  {claim.index + 1}. {claim.formula}")

    verdicts = Table(title=t("结论"), show_header=False)
    verdicts.add_column()
    verdicts.add_column()
    small = assessment.small_claims
    verdicts.add_row(t("小额诉讼"), f"{t(SMALL_CLAIMS_LABELS[small.status])}（{t('上限')} "
                     f"{format_amount(small.threshold)}，{t('约定上限')} {format_amount(small.consent_limit)}）")
    verdicts.add_row(t("终局裁决上限"), f"{format_amount(assessment.final_award.cap)} / {t('每项')}")
    limitation = assessment.limitation
    deadline = chinese_date(limitation.deadline) if limitation.deadline else "—"
    style = "red" if limitation.status is LimitationStatus.expired or (
        limitation.days_left is not None and limitation.days_left <= 30) else ""
    verdicts.add_row(t("仲裁时效"), f"[{style}]{t(LIMITATION_LABELS[limitation.status])}  {deadline}[/{style}]"
                     if style else f"{t(LIMITATION_LABELS[limitation.status])}  {deadline}")
    verdicts.add_row(t("途径"), "\n".join(t(ROUTE_LABELS[r]) for r in assessment.routes) or "—")
    verdicts.add_row(t("关系性质"), f"{t(CATEGORY_LABELS[assessment.relationship.category])}"
                     f"（{assessment.relationship.score}/100）")
    bodies = assessment.bodies
    verdicts.add_row(t("仲裁委员会"), bodies.commission or "—")
    verdicts.add_row(t("法院"), bodies.court or "—")
    console.print(verdicts)

    console.print(f"[bold]{t('理由')}[/bold]")
    for reason in (*small.reasons, *limitation.reasons, *assessment.route_reasons):
        console.print(f"  • {reason.render(lang)}")
    if assessment.warnings:
        console.print(f"[bold yellow]{t('提示')}[/bold yellow]")
        for warning in assessment.warnings:
            console.print(f"  ! {warning.render(lang)}")
