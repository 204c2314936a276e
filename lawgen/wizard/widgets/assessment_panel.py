"""The live assessment beside the form: what ``lawgen.law.assess`` says about the draft, or what is missing.

It only reads the assessment; every figure comes from there.
"""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from lawgen.i18n import translate
from lawgen.labels import AMOUNT_NOT_KNOWN, CATEGORY_LABELS, ROUTE_LABELS, SMALL_CLAIMS_LABELS
from lawgen.labels import LIMITATION_STATUS_LABELS as LIMITATION_LABELS
from lawgen.law import Assessment, LimitationStatus, Route, SmallClaimsStatus
from lawgen.law.assessment import DATE_NOTE
from lawgen.law.limitation import NEAR_DAYS
from lawgen.law.stages import StageVerdict
from lawgen.money import format_amount
from lawgen.text import chinese_date
from lawgen.wizard.citations import glossed_source, with_glossed_source
from lawgen.wizard.claim_summary import AMOUNT
from lawgen.wizard.draft import Verdict
from lawgen.wizard.messages import colon, worded
from lawgen.wizard.steps import describe_path
from lawgen.wizard.urgency import days_left

MISSING_SHOWN = 8


def day_text(day: dt.date, lang: str) -> str:
    """Filings write 2027年8月31日; an English screen writes 2027-08-31."""
    return chinese_date(day) if lang == "zh" else day.isoformat()


def limitation_is_urgent(assessment: Assessment, today: dt.date) -> bool:
    limitation = assessment.limitation
    days = days_left(limitation.deadline, today) if limitation.deadline else None
    return limitation.status is LimitationStatus.expired or (days is not None and days <= NEAR_DAYS)


def render_verdict(verdict: Verdict, lang: str, today: dt.date | None = None) -> Text:
    """The panel's text; days left are counted from ``today`` (the register's count; by default the day
    the case is judged on)."""
    def t(text: str) -> str:
        return translate(text, lang)

    out = Text()
    # Rich wraps at spaces: a space after the bullet would leave it alone above unspaced Chinese text.
    bullet, mark = ("•", "!") if lang == "zh" else ("• ", "! ")
    assessment = verdict.assessment
    if assessment is None:
        out.append(t("尚不能评估，还需要：") + "\n", style="bold")
        for error in verdict.errors[:MISSING_SHOWN]:
            out.append(f"{bullet}{describe_path(error.path, lang)}{colon(lang)}", style="bold")
            out.append(worded(error, lang) + "\n")
        if len(verdict.errors) > MISSING_SHOWN:
            out.append(t("……另有{n}项").format(n=len(verdict.errors) - MISSING_SHOWN) + "\n", style="dim")
        return out
    today = today or assessment.judged_on

    out.append(t("请求合计") + "  ", style="bold")
    out.append(t(AMOUNT).format(amount=format_amount(assessment.total)) + "\n", style="bold green")
    pending = sum(c.awaits_amount for c in assessment.claims)
    if pending:  # the total leaves out what is not known yet, and says so (its own line: no odd wrap)
        out.append(t("另有{n}项金额未定，未计入合计").format(n=pending) + "\n", style="yellow")
    for claim in assessment.claims:
        amount = format_amount(claim.amount) if claim.amount is not None else "—"
        if claim.awaits_amount:
            amount = t(AMOUNT_NOT_KNOWN)
        final = " " + t("终局") if claim.final_award_item else ""
        out.append(f"{claim.index + 1}. {t(claim.title)}  {amount}{final}\n")
    cap = assessment.final_award.cap
    if cap is not None:
        out.append(t("终局裁决：每项不超过{cap}元").format(cap=format_amount(cap)) + "\n", style="dim")

    small = assessment.small_claims
    # Small claims is a court procedure: where the case goes to arbitration first, it only matters if the
    # award is challenged in court (劳动争议调解仲裁法第五条、第五十条), and the panel says so.
    heading = t("小额诉讼（仲裁后起诉时）") if Route.arbitration in assessment.routes else t("小额诉讼")
    out.append("\n" + heading + "  ", style="bold")
    style = "green" if small.status is SmallClaimsStatus.applies else "yellow"
    out.append(t(SMALL_CLAIMS_LABELS[small.status]) + "\n", style=style)
    if small.derivation is not None and lang != "zh":
        # a derived threshold's source ends in Chinese figures («2024年平均工资…元×0.5»): the law's own
        # derivation says them in English, with its article
        limit = small.derivation.render(lang)
    else:
        source = glossed_source(small.threshold_parameter.source, lang)
        limit = t("标的额上限{threshold}元，来源：{source}").format(threshold=format_amount(small.threshold),
                                                                   source=source)
    out.append(limit + "\n", style="dim")

    stage = assessment.stage
    if stage is not None and stage.filed:
        # Applied: the limitation asked for an application, and it was made; what counts now is the stage's
        # own next step (lawgen.law.stages), as the register and the worker's summary say.
        _stage_lines(out, stage, lang, today)
    else:
        limitation = assessment.limitation
        out.append("\n" + t("仲裁时效") + "  ", style="bold")
        style = "bold red" if limitation_is_urgent(assessment, today) else ""
        out.append(t(LIMITATION_LABELS[limitation.status]), style=style)
        if limitation.deadline:
            out.append("\n" + t("截止：{day}").format(day=day_text(limitation.deadline, lang)), style=style)
            days = days_left(limitation.deadline, today)
            if days >= 0:
                out.append(t("（还有{days}天）").format(days=days), style=style)
        out.append("\n")

    out.append("\n" + t("途径") + "\n", style="bold")
    for route in assessment.routes:
        out.append(f"{bullet}{t(ROUTE_LABELS[route])}\n")
    relationship = assessment.relationship
    out.append("\n" + t("关系性质") + "  ", style="bold")
    if relationship.indicators_answered == 0 and not assessment.case.employment.written_contract:
        # nothing to judge from yet: no category, which would read as a finding (不完全符合…)
        out.append(t("用工管理的问题还没有回答") + "\n", style="dim")
    else:
        out.append(f"{t(CATEGORY_LABELS[relationship.category])}（{relationship.summary.render(lang)}）\n")
    if relationship.records:  # the order records' figures, beside the answers (lawgen.law.relationship)
        out.append(t("订单记录显示（供核对回答，不代替回答）") + "\n", style="dim")
        for record in relationship.records:
            line = t("{label}：{figures}").format(label=t(record.label), figures=record.figures.render(lang))
            out.append(f"{bullet}{line}\n", style="dim")

    # A parameter's date note is for `check` and the printed papers: at every keystroke it tells a volunteer
    # nothing the figure's own warning does not.
    warnings = [w for w in assessment.warnings if w.template != DATE_NOTE]
    if warnings:
        out.append("\n" + t("提示") + f"（{len(warnings)}）\n", style="bold yellow")
        for warning in warnings:
            out.append(f"{mark}{with_glossed_source(warning, lang).render(lang)}\n", style="yellow")
    return out


def _stage_lines(out: Text, stage: StageVerdict, lang: str, today: dt.date) -> None:
    """Where the case stands, and its next deadline with the days left (red within 30 days or passed)."""
    def t(text: str) -> str:
        return translate(text, lang)

    out.append("\n" + t("案件阶段") + "  ", style="bold")
    out.append(stage.title.render(lang))
    following = stage.next_deadline
    if following is not None and following.date is not None:
        days = days_left(following.date, today)
        style = "bold red" if days is not None and days <= NEAR_DAYS else ""
        line = t("下一期限：{step}，{day}").format(step=following.title.render(lang),
                                                  day=day_text(following.date, lang))
        if days is not None and days >= 0:
            left = t("（估算，还有{days}天）") if following.estimate else t("（还有{days}天）")
            line += left.format(days=days)
        elif following.estimate:
            line += t("（估算）")
        out.append("\n" + line, style=style)
    out.append("\n")


class AssessmentPanel(VerticalScroll):
    """Scrollable side panel; ``show`` replaces its content."""

    def __init__(self, lang: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.lang = lang
        self.plain = ""  # the text shown, for tests and screen readers
        self._verdict: Verdict | None = None
        self._text = Static(id="assessment-text")  # exists before mounting: a verdict may come first

    def compose(self):
        yield self._text

    def on_mount(self) -> None:
        self.border_title = translate("评估", self.lang)

    def show(self, verdict: Verdict | None) -> None:
        if verdict is not None and verdict is self._verdict:
            return  # shown already (a step change): not rendered again
        self._verdict = verdict
        if verdict is None:
            text = Text(translate("正在评估……", self.lang), style="dim")
        else:
            text = render_verdict(verdict, self.lang, self.app.today)
        if text.plain == self.plain:
            return  # the same result: nothing to redraw
        self.plain = text.plain
        self._text.update(text)
