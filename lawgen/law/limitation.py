"""The one-year arbitration limitation (仲裁时效) — 劳动争议调解仲裁法第二十七条."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from lawgen.i18n import Msg, msg
from lawgen.law.holidays import roll_past_rest_days
from lawgen.law.periods import period_end

NEAR_DAYS = 30


class LimitationStatus(StrEnum):
    running = "running"
    expired = "expired"
    not_running = "not_running"


@dataclass(frozen=True)
class LimitationFacts:
    judged_on: dt.date
    employment_end: dt.date | None
    knew_on: dt.date | None
    wage_claims_only: bool  # every claim is 劳动报酬, which does not run while employed
    years: int


@dataclass(frozen=True)
class LimitationVerdict:
    status: LimitationStatus
    starts_on: dt.date | None
    deadline: dt.date | None
    reasons: tuple[Msg, ...]
    warnings: tuple[Msg, ...]
    judged_on: dt.date

    @property
    def days_left(self) -> int | None:
        return None if self.deadline is None else (self.deadline - self.judged_on).days


def limitation(facts: LimitationFacts) -> LimitationVerdict:
    """Start: the end of employment, or ``knew_on`` when the worker knew of the infringement earlier —
    except unpaid pay, which does not run while employed (第二十七条第四款). Deadline: 民法典第二百零一至
    二百零三条, rolled past rest days and holidays."""
    reasons: list[Msg] = []
    warnings: list[Msg] = []
    if facts.employment_end is None and facts.wage_claims_only:
        reasons.append(msg("劳动关系存续期间因拖欠劳动报酬发生争议的，不受一年仲裁时效限制；"
                           "劳动关系终止后应自终止之日起一年内申请（劳动争议调解仲裁法第二十七条第四款）"))
        return LimitationVerdict(LimitationStatus.not_running, None, None, tuple(reasons), (),
                                 facts.judged_on)
    # One start for the whole case, the earliest that can apply: a pay claim in a mixed case would run
    # from the end of employment, and a knew_on after the end is not used — never a later date.
    if facts.knew_on and not facts.wage_claims_only and (
        facts.employment_end is None or facts.knew_on < facts.employment_end
    ):
        start = facts.knew_on
        reasons.append(msg("自知道或者应当知道权利被侵害之日（{day}）起计算一年（劳动争议调解仲裁法第二十七条第一款）",
                           day=start))
    elif facts.employment_end is not None:
        start = facts.employment_end
        reasons.append(msg("自劳动关系终止之日（{day}）起计算一年（劳动争议调解仲裁法第二十七条）",
                           day=start))
    else:
        start = facts.judged_on
        warnings.append(msg("仍在职且未填写知道权利被侵害的日期（procedure.knew_on），时效起算日无法确定，"
                            "暂按今天计算，请尽早申请仲裁"))
        reasons.append(msg("起算日不明，暂自{day}起计算", day=start))
    nominal = period_end(start, years=facts.years)
    deadline, covered = roll_past_rest_days(nominal)
    if deadline != nominal:
        reasons.append(msg("期间最后一日{nominal}为法定休假日（周末或节假日），顺延至{deadline}（民法典第二百零三条）",
                           nominal=nominal, deadline=deadline))
    if not covered:
        warnings.append(msg("节假日安排尚未覆盖{year}年，截止日仅按周末顺延；国务院公布当年放假安排后请核对",
                            year=nominal.year))
    if facts.judged_on > deadline:
        reasons.append(msg("仲裁时效已于{deadline}届满；如曾向单位主张权利、向有关部门请求救济或单位同意履行，"
                           "时效中断并重新计算（劳动争议调解仲裁法第二十七条第二款），请收集相关证据",
                           deadline=deadline))
        return LimitationVerdict(LimitationStatus.expired, start, deadline, tuple(reasons), tuple(warnings),
                                 facts.judged_on)
    days = (deadline - facts.judged_on).days
    reasons.append(msg("最迟应于{deadline}申请劳动仲裁（还有{days}天）", deadline=deadline, days=days))
    if days <= NEAR_DAYS:
        warnings.append(msg("仲裁时效即将届满（还有{days}天），请立即申请劳动仲裁", days=days))
    return LimitationVerdict(LimitationStatus.running, start, deadline, tuple(reasons), tuple(warnings),
                             facts.judged_on)
