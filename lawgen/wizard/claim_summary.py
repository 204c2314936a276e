"""One claim as the assessment computed it, for its card on the claims step and for the review: the amount
the filing prints, how it was computed, its legal basis, and its own limitation warning.

Every figure and warning comes from ``lawgen.law``; nothing here recomputes them.
"""

from __future__ import annotations

import datetime as dt

from rich.text import Text

from lawgen.i18n import N_, Msg, translate
from lawgen.labels import LIMITATION_STATUS_LABELS
from lawgen.law import ClaimAssessment, LimitationStatus
from lawgen.law.limitation import EXPIRED_HINT, NEAR_DAYS
from lawgen.money import format_amount
from lawgen.text import chinese_date
from lawgen.wizard.citations import glossed_source, with_glossed_source
from lawgen.wizard.urgency import days_left

UNCOMPUTED = N_("金额：填写完整后自动计算")
NOT_MONEY = N_("非金钱请求")
AMOUNT = N_("{amount} 元")  # «CNY 12,000.00» in English, as the catalog writes amounts
AMOUNT_PENDING = N_("金额：尚不能计算，填写加班时数等计算所需的内容后自动计算")
BASIS = N_("依据：{basis}")
CLAIM_DEADLINE = N_("这一项的仲裁时效截止：{day}")
CLAIM_EXPIRED = N_("这一项的仲裁时效已于{day}届满")
DAYS_LEFT = N_("（还有{days}天）")


def limitation_is_pressing(claim: ClaimAssessment, today: dt.date) -> bool:
    """Its limitation has passed under some view, or 30 days or fewer are left (the panel's red)."""
    limitation = claim.limitation
    if limitation is None:
        return False
    if limitation.status in (LimitationStatus.expired, LimitationStatus.at_risk):
        return True
    if limitation.applied_on is not None:  # judged as of the application: no days are left to count
        return False
    return limitation.deadline is not None and days_left(limitation.deadline, today) <= NEAR_DAYS


def _day(day, lang: str) -> str:
    return chinese_date(day) if lang == "zh" else day.isoformat()


def claim_text(claim: ClaimAssessment | None, lang: str, today: dt.date) -> Text:
    """The lines under a claim: its amount (or why none), formula, basis and limitation (its days left
    counted from ``today``, as the register counts them)."""
    def t(text: str) -> str:
        return translate(text, lang)

    if claim is None:
        return Text(t(UNCOMPUTED), style="dim")
    out = Text()
    if claim.awaits_amount:
        out.append(t(AMOUNT_PENDING), style="yellow")
    elif claim.amount is None:
        out.append(t(NOT_MONEY), style="dim")
    else:
        out.append(t("金额：") + t(AMOUNT).format(amount=format_amount(claim.amount)), style="bold green")
        if claim.formula_msg:
            out.append("\n" + claim.formula_msg.render(lang))
    if claim.basis:
        separator = "、" if lang == "zh" else "; "
        basis = separator.join(glossed_source(translate(b, lang), lang) for b in claim.basis)
        out.append("\n" + t(BASIS).format(basis=basis), style="dim")
    limitation = claim.limitation
    if limitation is not None:
        pressing = limitation_is_pressing(claim, today)
        style = "bold red" if pressing else "dim"
        mark = "!" if lang == "zh" else "! "  # no space in Chinese: a break there would leave «!» alone
        if limitation.status is LimitationStatus.expired and limitation.deadline is not None:
            # Every view has passed: say so, and what could still save it, in one short line each.
            out.append("\n" + t(CLAIM_EXPIRED).format(day=_day(limitation.deadline, lang)), style=style)
            out.append(f"\n{mark}" + with_glossed_source(Msg(EXPIRED_HINT), lang).render(lang),
                       style="bold yellow")
            return out
        in_time = limitation.in_time_when_applied
        if in_time is not None:
            out.append("\n" + in_time.render(lang), style=style)
        elif limitation.deadline is not None:
            line = t(CLAIM_DEADLINE).format(day=_day(limitation.deadline, lang))
            if limitation.deadline >= today and limitation.applied_on is None:
                line += t(DAYS_LEFT).format(days=days_left(limitation.deadline, today))
            out.append("\n" + line, style=style)
        elif limitation.status is not LimitationStatus.running:
            out.append("\n" + t(LIMITATION_STATUS_LABELS[limitation.status.value]), style="dim")
        if pressing:
            for warning in limitation.warnings:
                out.append(f"\n{mark}" + with_glossed_source(warning, lang).render(lang), style="bold yellow")
    return out

