"""The assessment as a terminal report (rich tables), in the user's language.

Every text goes to Rich as a ``Text``, never as a markup string: a worker named ``[/bold]`` or
``[link=…]`` is printed as written, not interpreted; control characters are shown, not acted on.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from lawgen.i18n import N_, Msg, translate
from lawgen.labels import (
    AMOUNT_NOT_KNOWN,
    CATEGORY_LABELS,
    LIMITATION_STATUS_LABELS,
    ROUTE_LABELS,
    SMALL_CLAIMS_LABELS,
    limitation_status_label,
)
from lawgen.law import Assessment, LimitationStatus
from lawgen.law.hints import Hint, Need
from lawgen.money import format_amount
from lawgen.text import terminal_text

# The case-file field or the option that supplies what a law hint asks for (the CLI's own words).
HINT_FIELDS = {
    Need.knew_on: "procedure.knew_on",
    Need.interruptions: "procedure.events",
    Need.leave_year: "claims[].year",
    Need.award_date: "procedure.arbitration.award_date",
    Need.received_on: "procedure.arbitration.received_on",
    Need.relationship_answer: "relationship",
}
LIMITATION_LABELS = LIMITATION_STATUS_LABELS
NEAR_DEADLINE_DAYS = 30


def _text(value: object, style: str = "") -> Text:
    """Plain text for Rich: no markup read in it, controls made visible."""
    return Text(terminal_text(value), style=style)


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
    console.print(Text.assemble(_text(title, "bold"), _text(f"  {case.worker.name} — {respondents}")))
    console.print(_text(f"{region}: {assessment.region.full_name} ({assessment.region.code})    "
                        f"{judged}: {date(assessment.judged_on)}"))

    claims = Table(title=_text(t("请求事项")))
    claims.add_column(t("序号"), no_wrap=True)
    claims.add_column(t("请求"), overflow="fold", ratio=3)
    claims.add_column(t("金额（元）"), justify="right", no_wrap=True)
    claims.add_column(t("终局"), justify="center", no_wrap=True)
    claims.add_column(t("依据"), overflow="fold", ratio=4)
    for claim in assessment.claims:
        amount = format_amount(claim.amount) if claim.amount is not None else "—"
        if claim.awaits_amount:
            amount = t(AMOUNT_NOT_KNOWN)
        claims.add_row(str(claim.index + 1), _text(t(claim.title)), amount,
                       "✓" if claim.final_award_item else "", _text(listing.join(t(b) for b in claim.basis)))
    claims.add_row("", _text(t("合计"), "bold"), _text(format_amount(assessment.total), "bold"), "", "")
    console.print(claims)
    _bullets(console, ((f"{c.index + 1}.", c.formula_msg.render(lang)) for c in assessment.claims
                       if c.formula_msg))

    verdicts = Table(title=_text(t("结论")), show_header=False)
    verdicts.add_column(no_wrap=True)
    verdicts.add_column(overflow="fold")
    small = assessment.small_claims
    verdicts.add_row(_text(t("小额诉讼")), _text(Msg(N_("{status}（上限 {threshold}，约定上限 {limit}）"), {
        "status": t(SMALL_CLAIMS_LABELS[small.status]), "threshold": format_amount(small.threshold),
        "limit": format_amount(small.consent_limit)}).render(lang)))
    cap = format_amount(assessment.final_award.cap) if assessment.final_award.cap is not None else "—"
    verdicts.add_row(_text(t("终局裁决上限")), _text(Msg(N_("每项 {cap}"), {"cap": cap}).render(lang)))
    limitation = assessment.limitation
    deadline = date(limitation.deadline) if limitation.deadline else "—"
    applied = limitation.applied_on is not None
    text = f"{t(limitation_status_label(limitation.status, applied))}  {deadline}"
    urgent = limitation.status is LimitationStatus.expired or (
        limitation.days_left is not None and limitation.days_left <= NEAR_DEADLINE_DAYS)
    verdicts.add_row(_text(t("仲裁时效")), _text(text, "red" if urgent else ""))
    for claim in assessment.claims:
        own = claim.limitation
        if own is None:
            continue
        deadline = date(own.deadline) if own.deadline else "—"
        line = f"{claim.index + 1}. {t(limitation_status_label(own.status, applied))}  {deadline}"
        if own.other_view_day:
            line += "  " + Msg(N_("（其他观点最迟{day}）"), {"day": own.other_view_day}).render(lang)
        verdicts.add_row("", _text(line))
    _stage_rows(verdicts, assessment, lang)
    verdicts.add_row(_text(t("途径")), _text("\n".join(t(ROUTE_LABELS[r]) for r in assessment.routes) or "—"))
    verdicts.add_row(_text(t("关系性质")), _text(Msg(N_("{category}（{summary}）"), {
        "category": t(CATEGORY_LABELS[assessment.relationship.category]),
        "summary": assessment.relationship.summary}).render(lang)))
    bodies = assessment.bodies
    verdicts.add_row(_text(t("仲裁委员会")), _text(bodies.commission or "—"))
    verdicts.add_row(_text(t("法院")), _text(bodies.court or "—"))
    console.print(verdicts)

    console.print(_text(t("理由"), "bold"))
    reasons = (*small.reasons, *assessment.final_award.reasons, *limitation.reasons)
    _bullets(console, (("•", r.render(lang)) for r in reasons))
    # Each claim's own counting (roll-overs, interruptions, views), marked with the claim's number.
    _bullets(console, ((f"{c.index + 1}.", r.render(lang)) for c in assessment.claims if c.limitation
                       for r in c.limitation.reasons))
    _bullets(console, (("•", r.render(lang)) for r in (*assessment.route_reasons,
                                                        *assessment.relationship.reasons)))
    _unclaimed(console, assessment, lang)
    if assessment.warnings:
        console.print(_text(t("提示"), "bold yellow"))
        _bullets(console, (("!", w.render(lang)) for w in assessment.warnings))
    if assessment.hints:
        console.print(_text(t(N_("可补充")), "bold"))
        _bullets(console, (("?", hint_text(h, lang)) for h in assessment.hints))


def _unclaimed(console: Console, assessment: Assessment, lang: str) -> None:
    """The claims the facts point to that the case does not make, each with what it would come to and its
    own last day: the volunteer asks the worker whether to add them."""
    if not assessment.unclaimed:
        return
    heading = translate(N_("案件未主张、事实指向的请求（请与劳动者商量是否增加）"), lang)
    console.print(_text(heading, "bold yellow"))
    listing = "、" if lang == "zh" else ", "
    for found in assessment.unclaimed:
        claim = found.claim
        line = Msg(N_("{title}：约{amount}元（{because}；{basis}）"), {
            "title": translate(claim.title, lang), "amount": format_amount(claim.amount),
            "because": translate(found.because, lang),
            "basis": listing.join(translate(b, lang) for b in claim.basis)}).render(lang)
        own = claim.limitation
        if own is not None and own.status is LimitationStatus.expired:
            line += translate(N_("；仲裁时效可能已届满"), lang)
        elif own is not None and own.status is LimitationStatus.at_risk:
            # §14.2: the safest date has passed: at risk, not lost; the latest view's date is the last chance
            line += Msg(N_("；按最严格的观点时效已于{passed}届满，有风险但不一定要不回"),
                        {"passed": min(v.deadline for v in own.views)}).render(lang)
            if own.other_view_day:
                line += Msg(N_("；{day}过后又有一部分超过时效"), {"day": own.deadline}).render(lang)
            line += Msg(N_("；按其他观点最迟{day}申请仲裁"), {"day": own.last_day}).render(lang)
        elif own is not None and own.deadline:
            line += Msg(N_("；最迟{day}申请仲裁"), {"day": own.deadline}).render(lang)
            if own.other_view_day:
                line += Msg(N_("（其他观点最迟{day}）"), {"day": own.other_view_day}).render(lang)
        _bullets(console, (("+", line),))


def _stage_rows(verdicts: Table, assessment: Assessment, lang: str) -> None:
    """The stage the case file records and its next deadline, red within NEAR_DEADLINE_DAYS."""
    stage = assessment.stage
    if stage is None:
        return
    verdicts.add_row(_text(translate(N_("阶段"), lang)), _text(stage.title.render(lang)))
    for waiting in stage.awaiting_a_date:  # its day unknown, it may be the nearest: before the dated one
        basis = ("、" if lang == "zh" else ", ").join(translate(b, lang) for b in waiting.basis)
        line = f"{waiting.title.render(lang)}\n{basis}"
        if waiting.note:
            line += "\n" + waiting.note.render(lang)
        verdicts.add_row(_text(translate(N_("日期待定的期限"), lang)), _text(line, "red"))
    following = stage.next_deadline
    if following is None:
        return
    left = following.days_left(assessment.judged_on)
    when = Msg(N_("{day}（还有{days}天）") if left >= 0 else N_("{day}（已过{days}天）"),
               {"day": following.date, "days": abs(left)}).render(lang)
    estimate = translate(N_("（估算）"), lang) if following.estimate else ""
    basis = ("、" if lang == "zh" else ", ").join(translate(b, lang) for b in following.basis)
    line = f"{following.title.render(lang)}  {when}{estimate}\n{basis}"
    if following.note:
        line += "\n" + following.note.render(lang)
    verdicts.add_row(_text(translate(N_("下一期限"), lang)),
                     _text(line, "red" if left <= NEAR_DEADLINE_DAYS else ""))


def hint_text(hint: Hint, lang: str) -> str:
    """A law hint in the CLI's words: what to find out, then the field or option that takes it."""
    if hint.need is Need.parameter and hint.parameter:
        value = translate(N_("数值"), lang)
        where = f"--set {hint.parameter}={value}"
    else:
        where = HINT_FIELDS.get(hint.need, "")
    if not where:
        return hint.message.render(lang)
    return Msg(N_("{message}（{where}）"), {"message": hint.message, "where": where}).render(lang)


def _bullets(console: Console, items: Iterable[tuple[str, str]]) -> None:
    """A list with a hanging indent: long lines (Chinese has no spaces to break at) fold under the text."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, justify="right", min_width=3)
    grid.add_column(overflow="fold")
    for mark, text in items:
        grid.add_row(mark, _text(text))
    if grid.row_count:
        console.print(grid)
