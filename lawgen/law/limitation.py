"""The limitation of each claim (仲裁时效, 诉讼时效), and the case's headline deadline.

劳动争议调解仲裁法第二十七条:
  劳动争议申请仲裁的时效期间为一年。仲裁时效期间从当事人知道或者应当知道其权利被侵害之日起计算。
  前款规定的仲裁时效，因当事人一方向对方当事人主张权利，或者向有关部门请求权利救济，或者对方当事人同意履行义务
  而中断。从中断时起，仲裁时效期间重新计算。
  因不可抗力或者有其他正当理由，当事人不能在本条第一款规定的仲裁时效期间申请仲裁的，仲裁时效中止。从中止时效的
  原因消除之日起，仲裁时效期间继续计算。
  劳动关系存续期间因拖欠劳动报酬发生争议的，劳动者申请仲裁不受本条第一款规定的仲裁时效期间的限制；但是，劳动关系
  终止的，应当自劳动关系终止之日起一年内提出。
民法典第一百八十八条 (a civil dispute: a wage-IOU suit, a civil relationship):
  向人民法院请求保护民事权利的诉讼时效
  期间为三年。…自权利人知道或者应当知道权利受到损害以及义务人之日起计算。
民法典第二百零一条、第二百零二条 (counting), 第二百零三条 (a last day on a holiday moves on: ``rest_days``).

Where views on the start differ (legal-facts §14.2: double wages, unused leave) every view is computed; the
claim's ``deadline`` is the earliest date not yet passed on which some of it can be lost, ``later_deadline``
  the
latest view's date (the last chance), and a passed safest date makes the claim *at risk*, not lost. The case's
deadline is the earliest of its claims' deadlines not yet passed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from lawgen.case import INTERRUPTIONS, Event, EventKind
from lawgen.i18n import N_, Msg, msg
from lawgen.law.hints import Hint, Need
from lawgen.law.periods import ONE_DAY, add_months, period_end
from lawgen.law.rest_days import HolidayCalendar

NEAR_DAYS = 30  # a limitation this close is near: apply now (the filings, the summary, the register say so)
BASIS_27 = N_("劳动争议调解仲裁法第二十七条")
BASIS_COUNTING = N_("民法典第二百零一条至第二百零三条")
BASIS_188 = N_("民法典第一百八十八条")
# What to look for once every view has passed: the one short line the card, the panel and `check` share.
EXPIRED_HINT = N_(
    "如曾催讨、投诉或单位同意支付，时效中断并重新计算（劳动争议调解仲裁法第二十七条第二款），请收集证据")


class LimitationRule(StrEnum):
    wages_27_4 = "wages_27_4"  # 劳动报酬: not while employed; one year from the end (第四款)
    one_year_27_1 = "one_year_27_1"  # one year from knowing of the infringement (第一款)
    double_wages_27_1 = "double_wages_27_1"  # one year, three views of the start (§14.2)
    annual_leave = "annual_leave"  # 劳动报酬 (第四款) or a benefit carried over a year (实施办法第九条)
    from_end_of_employment = "from_end_of_employment"  # 经济补偿、赔偿金 arise when the relationship ends
    civil_three_years_188 = "civil_three_years_188"  # 民法典第一百八十八条


class LimitationStatus(StrEnum):
    running = "running"
    at_risk = "at_risk"  # the safest date has passed, a later view still allows the claim
    expired = "expired"  # every view has passed: the respondent may raise limitation (民法典第一百九十三条)
    not_running = "not_running"  # 劳动报酬 while employed (第二十七条第四款)
    not_started = "not_started"  # nothing has started the period yet


@dataclass(frozen=True)
class LimitationView:
    """One way of counting a claim's period: its start, its last day, and what it is."""

    key: str  # "end_of_employment", "period_end", "month_by_month", "period_start", "leave_carried", …
    label: Msg
    start: dt.date
    deadline: dt.date
    estimate: bool  # the holiday arrangement of a year looked at is not known


@dataclass(frozen=True)
class ClaimLimitation:
    rule: LimitationRule
    start: dt.date | None
    deadline: dt.date | None  # file by: the earliest date not yet passed on which some of the claim is lost
    later_deadline: dt.date | None  # the latest date under another view (the last chance), where views differ
    status: LimitationStatus
    estimate: bool
    basis: tuple[str, ...]
    reasons: tuple[Msg, ...]
    warnings: tuple[Msg, ...] = ()
    hints: tuple[Hint, ...] = ()
    views: tuple[LimitationView, ...] = ()
    applied_on: dt.date | None = None  # judged as of the application (第二十七条第一款), not the view's day

    @property
    def other_view_day(self) -> dt.date | None:
        """The last chance under another view (legal-facts §14.2), only where it differs from ``deadline``:
        the same day is no other view."""
        if self.later_deadline and self.later_deadline != self.deadline:
            return self.later_deadline
        return None

    @property
    def in_time_when_applied(self) -> Msg | None:
        """The words for an application recorded within the period, for the claim's card; None otherwise."""
        if self.applied_on is None or self.status is not LimitationStatus.running or self.deadline is None:
            return None
        return _in_time(self.applied_on, self.deadline)

    @property
    def last_day(self) -> dt.date | None:
        """The last day some view still accepts the claim: the other view's day, or the deadline."""
        return self.other_view_day or self.deadline

    def as_json(self, lang: str = "zh") -> dict:
        from lawgen.i18n import translate

        return {
            "rule": self.rule.value,
            "status": self.status.value,
            "start": self.start.isoformat() if self.start else None,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "later_deadline": self.later_deadline.isoformat() if self.later_deadline else None,
            "estimate": self.estimate,
            "basis": [translate(b, lang) for b in self.basis],
            "views": [{"view": v.key, "label": v.label.render(lang), "start": v.start.isoformat(),
                       "deadline": v.deadline.isoformat(), "estimate": v.estimate} for v in self.views],
            "reasons": [r.render(lang) for r in self.reasons],
            "warnings": [w.render(lang) for w in self.warnings],
        }


@dataclass(frozen=True)
class LimitationFacts:
    """What one claim's limitation depends on."""

    rule: LimitationRule
    judged_on: dt.date
    employment_end: dt.date | None
    knew_on: dt.date | None
    events: tuple[Event, ...]  # the events concerning this claim, in date order
    calendar: HolidayCalendar
    years: int = 1  # 调解仲裁法第二十七条第一款
    civil_years: int = 3  # 民法典第一百八十八条
    period: tuple[dt.date, dt.date] | None = None  # the double-wage period (first, last)
    period_ongoing: bool = False  # the double-wage period has not ended yet (still employed, under a year)
    leave_year: int | None = None
    claim_last_day: dt.date | None = None  # the last day of the claimed period, where the claim has one
    wage_iou: bool = False  # a wage IOU: a direct civil suit is open too (劳动争议解释（一）第十五条)
    title: str = ""  # the claim as a filing names it, for the warnings
    civil: bool = False  # the relationship may be civil: a civil suit (three years) is open too
    arises_on: dt.date | None = None  # a right that arises on a day of its own (a missed payment order)
    applied_on: dt.date | None = None  # the worker applied for arbitration that day (not after judged_on)


# --- counting one period ---------------------------------------------------------------------------------

def count_period(
    start: dt.date, years: int, facts: LimitationFacts
) -> tuple[dt.date, dt.date, bool, list[Msg]]:
    """(start after interruptions, last day, estimate, reasons): a period of ``years`` from ``start``,
    restarted by each interruption inside it (第二十七条第二款), paused by each suspension (第三款),
    rolled past rest days."""
    reasons: list[Msg] = []
    nominal = period_end(start, years=years)
    for event in facts.events:
        if event.kind in INTERRUPTIONS and start < event.on <= nominal:
            start, nominal = event.on, period_end(event.on, years=years)
            reasons.append(msg("{day}{event}，时效中断，自该日起重新计算（劳动争议调解仲裁法第二十七条第二款）",
                               day=event.on, event=Msg(_EVENT_WORDS[event.kind])))
        elif event.kind is EventKind.suspension and start <= event.on <= nominal and event.until:
            # 继续计算: the time left at the suspension runs again from the day its cause ended.
            nominal += event.until - event.on
            reasons.append(msg("{first}至{last}因{reason}时效中止，期间相应顺延（劳动争议调解仲裁法第二十七条第三款）",
                               first=event.on, last=event.until, reason=event.reason or ""))
    deadline, exact = facts.calendar.roll_past_rest_days(nominal)
    if deadline != nominal:
        reasons.append(msg("期间最后一日{nominal}为法定休假日（周末或节假日），顺延至{deadline}（民法典第二百零三条）",
                           nominal=nominal, deadline=deadline))
    return start, deadline, not exact, reasons


_EVENT_WORDS = {
    EventKind.demanded_payment: N_("向单位主张权利"),
    EventKind.complained_to_body: N_("向有关部门请求权利救济"),
    EventKind.employer_agreed: N_("单位同意履行义务"),
}


# --- the views of each rule ------------------------------------------------------------------------------

def _view(key: str, label: Msg, start: dt.date, years: int, facts: LimitationFacts,
          reasons: list[Msg]) -> LimitationView:
    start, deadline, estimate, why = count_period(start, years, facts)
    reasons.extend(why)
    return LimitationView(key, label, start, deadline, estimate)


def _double_wage_views(facts: LimitationFacts, reasons: list[Msg]) -> list[LimitationView]:
    """§14.2: (c) the whole claim from the period's first day; (b) each month from that month's last day;
    (a) from the day after the period ended — the latest."""
    assert facts.period is not None
    first, last = facts.period
    whole = msg("自二倍工资起算之日（{day}）起一年，整体计算", day=first)
    views = [_view("period_start", whole, first, facts.years, facts, reasons)]
    months, month_first = [], first
    while month_first <= last:
        month_last = min(add_months(first, len(months) + 1) - ONE_DAY, last)
        months.append(_view("month_by_month", msg("按月分别计算：{first}至{last}部分自{last}起一年",
                                                  first=month_first, last=month_last),
                            month_last, facts.years, facts, []))
        month_first = month_last + ONE_DAY
    open_months = [v for v in months if v.deadline >= facts.judged_on]
    views.append(open_months[0] if open_months else months[-1])
    if not facts.period_ongoing:
        after = msg("自二倍工资期间届满（{day}）起一年", day=last)
        views.append(_view("period_end", after, last, facts.years, facts, reasons))
    lost = [v for v in months if v.deadline < facts.judged_on]
    if lost and open_months:
        reasons.append(msg("按月计算的观点下，{last}以前各月的二倍工资差额已超过时效", last=lost[-1].start))
    return views


def _leave_views(facts: LimitationFacts, reasons: list[Msg], hints: list[Hint]) -> list[LimitationView]:
    views = []
    if facts.employment_end is not None:
        views.append(_view("end_of_employment", msg("作为劳动报酬，自劳动关系终止之日（{day}）起一年",
                                                    day=facts.employment_end),
                           facts.employment_end, facts.years, facts, reasons))
    year = facts.leave_year
    if year is None:
        year = (facts.employment_end or facts.judged_on).year - 1
        ask = msg("请说明未休的是哪一年的年休假：更早年份的年休假工资时效届满更早")
        hints.append(Hint(Need.leave_year, ask))
    # 企业职工带薪年休假实施办法第九条: leave may be carried into the next year; the right is infringed at
    # its end.
    carried = dt.date(year + 1, 12, 31)
    views.append(_view("leave_carried", msg("作为福利待遇，{year}年度年休假可跨一个年度安排，自{day}起一年",
                                            year=year, day=carried), carried, facts.years, facts, reasons))
    return views


def _views(facts: LimitationFacts, reasons: list[Msg], hints: list[Hint]) -> list[LimitationView]:
    views = _rule_views(facts, reasons, hints)
    if facts.civil and facts.rule is not LimitationRule.civil_three_years_188:
        start = _civil_start(facts)
        label = msg("按民事纠纷起诉：自{day}起三年（民法典第一百八十八条）", day=start)
        views.append(_view("civil", label, start, facts.civil_years, facts, reasons))
    return views


def _rule_views(facts: LimitationFacts, reasons: list[Msg], hints: list[Hint]) -> list[LimitationView]:
    rule, end = facts.rule, facts.employment_end
    if rule is LimitationRule.double_wages_27_1:
        return _double_wage_views(facts, reasons)
    if rule is LimitationRule.annual_leave:
        return _leave_views(facts, reasons, hints)
    if rule is LimitationRule.wages_27_4:
        views = []
        if end is not None:
            views.append(_view("end_of_employment", msg("自劳动关系终止之日（{day}）起一年", day=end), end,
                               facts.years, facts, reasons))
        if facts.wage_iou:
            start = _civil_start(facts)
            label = msg("持工资欠条按普通民事纠纷起诉：自{day}起三年（民法典第一百八十八条）", day=start)
            views.append(_view("wage_iou_suit", label, start, facts.civil_years, facts, reasons))
        return views
    if rule is LimitationRule.from_end_of_employment:
        assert end is not None  # the case model requires it for these claims
        label = msg("自劳动关系终止之日（{day}）起一年", day=end)
        return [_view("end_of_employment", label, end, facts.years, facts, reasons)]
    if rule is LimitationRule.civil_three_years_188:
        start = _civil_start(facts)
        return [_view("civil", msg("按民事纠纷：自{day}起三年", day=start), start, facts.civil_years, facts,
                      reasons)]
    start = _known_start(facts)
    if start is None:
        hints.append(Hint(Need.knew_on, msg("请确认劳动者知道权利受侵害的日期：时效自该日起算")))
        return []
    label = msg("自知道或者应当知道权利被侵害之日（{day}）起一年", day=start)
    return [_view("knew_on", label, start, facts.years, facts, reasons)]


def _known_start(facts: LimitationFacts) -> dt.date | None:
    """第二十七条第一款: when the worker knew; never later than the end of employment (the earlier is
    safer)."""
    if facts.arises_on is not None:
        return facts.arises_on  # it could not be known before it arose
    candidates = [d for d in (facts.knew_on, facts.employment_end) if d is not None]
    return min(candidates) if candidates else None


def _civil_start(facts: LimitationFacts) -> dt.date:
    """民法典第一百八十八条: from when the worker knew of the harm — the earliest date the case shows."""
    candidates = [d for d in (facts.knew_on, facts.employment_end, facts.claim_last_day) if d is not None]
    return min(candidates) if candidates else facts.judged_on


# --- the verdict -----------------------------------------------------------------------------------------

RULE_BASIS = {
    LimitationRule.wages_27_4: (N_("劳动争议调解仲裁法第二十七条第四款"),),
    LimitationRule.one_year_27_1: (N_("劳动争议调解仲裁法第二十七条第一款"),),
    LimitationRule.double_wages_27_1: (N_("劳动争议调解仲裁法第二十七条第一款"),),
    LimitationRule.annual_leave: (N_("劳动争议调解仲裁法第二十七条"), N_("企业职工带薪年休假实施办法第九条")),
    LimitationRule.from_end_of_employment: (N_("劳动争议调解仲裁法第二十七条第一款"),),
    LimitationRule.civil_three_years_188: (BASIS_188,),
}


def _sooner_loss(view: LimitationView) -> Msg:
    """What is lost on ``view``'s date, a view's deadline before the last chance."""
    if view.key == "month_by_month":
        return msg("按月计算的观点下，{day}过后又有一个月的差额超过时效", day=view.deadline)
    return msg("按另一观点，时效于{day}届满", day=view.deadline)


def _in_time(applied: dt.date, deadline: dt.date) -> Msg:
    return msg("已于{applied}申请劳动仲裁，在仲裁时效内（最迟{deadline}）", applied=applied,
               deadline=deadline)


def _urged_at_risk(passed: dt.date, last: dt.date) -> Msg:
    return msg("按最早的观点，时效已于{passed}届满；按其他观点最迟可于{last}申请，请立即申请仲裁",
               passed=passed, last=last)


def claim_limitation(facts: LimitationFacts) -> ClaimLimitation:
    """The claim's limitation under its rule, every view counted (legal-facts §14.2).

    Once the application is recorded, the claim is judged as of that day (第二十七条第一款: the period is
    for applying): its status is what it was when the worker applied, and nothing urges an application."""
    applied = facts.applied_on
    if applied is not None:
        facts = replace(facts, judged_on=applied, events=tuple(e for e in facts.events if e.on <= applied))
    reasons: list[Msg] = []
    hints: list[Hint] = []
    warnings: list[Msg] = []
    views = _views(facts, reasons, hints)
    basis = (*RULE_BASIS[facts.rule], BASIS_COUNTING)
    if (facts.wage_iou and facts.rule is LimitationRule.wages_27_4) or facts.civil:
        basis += (BASIS_188,)
    if not views:
        if facts.rule is LimitationRule.wages_27_4:
            reasons.append(msg("劳动关系存续期间因拖欠劳动报酬发生争议的，不受一年仲裁时效限制；"
                               "劳动关系终止后应自终止之日起一年内申请（劳动争议调解仲裁法第二十七条第四款）"))
            return ClaimLimitation(facts.rule, None, None, None, LimitationStatus.not_running, False, basis,
                                   tuple(reasons), (), tuple(hints))
        warnings.append(msg("时效起算日无法确定：仍在职且不知道权利受侵害的日期，请尽早申请仲裁"))
        return ClaimLimitation(facts.rule, None, None, None, LimitationStatus.not_started, False, basis,
                               tuple(reasons), tuple(warnings), tuple(hints))
    today = facts.judged_on
    ordered = sorted(views, key=lambda v: v.deadline)
    still_open = [v for v in ordered if v.deadline >= today]
    latest = ordered[-1]
    differ = len({v.deadline for v in views}) > 1
    if not still_open:
        status, chosen = LimitationStatus.expired, latest
        # What could still save it is the warning's (EXPIRED_HINT), said once where both are shown.
        if applied is not None:
            reasons.append(msg("申请仲裁时，按各种观点，仲裁时效均已于{deadline}前届满；时效一般须由对方提出抗辩"
                               "（民法典第一百九十三条）", deadline=latest.deadline))
            warnings.append(msg("“{title}”申请仲裁时，仲裁时效已于{deadline}届满；{hint}",
                                title=Msg(facts.title), deadline=latest.deadline, hint=Msg(EXPIRED_HINT)))
        else:
            reasons.append(msg("按各种观点，仲裁时效均已于{deadline}前届满；仍可申请仲裁，时效一般须由对方提出抗辩"
                               "（民法典第一百九十三条）", deadline=latest.deadline))
            warnings.append(msg("“{title}”的仲裁时效已于{deadline}届满；{hint}", title=Msg(facts.title),
                                deadline=latest.deadline, hint=Msg(EXPIRED_HINT)))
        hints.append(Hint(Need.interruptions, msg("请了解劳动者是否曾向单位催讨、"
                                                  "向有关部门投诉或单位同意支付，"
                                                  "并记下日期和证据：时效可能因此中断")))
    elif still_open[0] is not ordered[0]:
        status, chosen = LimitationStatus.at_risk, still_open[0]
        # The day to act by is the earliest view still open (§14.2: the earliest deadline, and why), not
        # the latest: a volunteer read «最迟2027-03-09» beside «截止2026-12-09（还有8天）», not knowing which.
        # §14.2: the last chance is the latest date under the other views; a date in between (the month-by-
        # month view losing its next month) is said as what it is, never as the last chance.
        if applied is not None:
            # Applied in time under a later view: what was lost is said, nothing urges an application.
            reasons.append(msg("申请仲裁时，按最早的观点时效已于{passed}届满；按其他观点最迟可于{last}申请",
                               passed=ordered[0].deadline, last=latest.deadline))
            warnings.append(msg("“{title}”申请仲裁时可能已超过仲裁时效（按最早的观点于{passed}届满），部分仲裁委员会"
                                "按其他观点受理，最迟{last}；请向仲裁委员会说明是否曾中断时效",
                                title=Msg(facts.title), passed=ordered[0].deadline, last=latest.deadline))
        elif latest.deadline == chosen.deadline:
            reasons.append(_urged_at_risk(ordered[0].deadline, latest.deadline))
            warnings.append(msg("“{title}”可能已超过仲裁时效（按最早的观点于{passed}届满），部分仲裁委员会按其他"
                                "观点受理，最迟{last}；请立即申请仲裁，并说明是否曾中断时效",
                                title=Msg(facts.title), passed=ordered[0].deadline, last=latest.deadline))
        else:
            sooner = _sooner_loss(chosen)
            reasons += [_urged_at_risk(ordered[0].deadline, latest.deadline), sooner]
            warnings.append(msg("“{title}”可能已超过仲裁时效（按最早的观点于{passed}届满）；{sooner}；部分仲裁"
                                "委员会按其他观点受理，最后机会为{last}；请立即申请仲裁，并说明是否曾中断时效",
                                title=Msg(facts.title), passed=ordered[0].deadline, sooner=sooner,
                                last=latest.deadline))
        hints.append(Hint(Need.interruptions, msg("请了解劳动者是否曾向单位催讨、"
                                                  "向有关部门投诉或单位同意支付，"
                                                  "并记下日期和证据：时效可能因此中断")))
    else:
        status, chosen = LimitationStatus.running, ordered[0]
        days = (chosen.deadline - today).days
        if applied is not None:
            reasons.append(_in_time(applied, chosen.deadline))
        else:
            reasons.append(msg("最迟应于{deadline}申请劳动仲裁（还有{days}天）", deadline=chosen.deadline,
                               days=days))
            if differ:
                reasons.append(msg("起算点观点不一，按最早的日期提示；部分仲裁委员会按其他观点最迟{last}",
                                   last=latest.deadline))
            if days <= NEAR_DAYS:
                warnings.append(msg("仲裁时效即将届满（还有{days}天），请立即申请劳动仲裁", days=days))
    estimate = chosen.estimate
    # After the application an estimated day matters only near the day applied on (it could turn the verdict).
    if any(v.estimate and (applied is None or abs((v.deadline - applied).days) <= NEAR_DAYS) for v in views):
        warnings.append(msg("{year}年的节假日安排尚未公布，截止日按法定节日估算（取最早的可能日期）；国务院公布当年"
                            "放假安排后请核对", year=min(v.deadline.year for v in views if v.estimate)))
    return ClaimLimitation(
        facts.rule, chosen.start, chosen.deadline, latest.deadline if differ else None, status, estimate,
        basis, tuple(reasons), tuple(warnings), tuple(hints), tuple(ordered), applied,
    )


@dataclass(frozen=True)
class LimitationVerdict:
    """The case as a whole: still running while any claim can be brought under some view."""

    status: LimitationStatus
    starts_on: dt.date | None
    deadline: dt.date | None  # the earliest date not yet passed on which something can be lost
    reasons: tuple[Msg, ...]
    warnings: tuple[Msg, ...]
    judged_on: dt.date
    estimate: bool = False
    # Something can still be brought after ``deadline`` (another claim, another view): the deadline is the
    # first day something is lost, not the last chance, and is said so.
    not_last: bool = False
    applied_on: dt.date | None = None  # judged as of the application: no days are left to count

    @property
    def days_left(self) -> int | None:
        if self.deadline is None or self.applied_on is not None:
            return None
        return (self.deadline - self.judged_on).days

    def near(self, before: dt.date | None = None) -> bool:
        """A deadline still open falls within NEAR_DAYS of the judging date, or before ``before`` (a day the
        worker would otherwise wait for, such as a demand letter's day to pay): apply now."""
        if self.status is not LimitationStatus.running or self.days_left is None:
            return False
        return self.days_left <= NEAR_DAYS or (before is not None and self.deadline < before)


def case_limitation(claims: tuple[ClaimLimitation, ...], judged_on: dt.date,
                    applied_on: dt.date | None = None) -> LimitationVerdict:
    """Spec §14.2: the headline deadline is the earliest date, not yet passed, on which something can be
    lost; once the application is recorded (``applied_on``), not yet passed on the day the worker applied
    (调解仲裁法第二十七条第一款), as each claim was judged."""
    on = applied_on or judged_on
    open_claims = [c for c in claims if c.deadline is not None and c.deadline >= on]
    reasons: list[Msg] = []
    if open_claims:
        first = min(open_claims, key=lambda c: c.deadline)
        days = (first.deadline - judged_on).days
        if applied_on is None:
            reasons.append(msg("最早的时效截止日为{deadline}（还有{days}天），最迟在这一天当天申请劳动仲裁",
                               deadline=first.deadline, days=days))
        elif all(c.status is LimitationStatus.running for c in open_claims):
            reasons.append(msg("已于{applied}申请劳动仲裁，在仲裁时效内（最早的截止日为{deadline}）",
                               applied=applied_on, deadline=first.deadline))
        else:
            reasons.append(msg("已于{applied}申请劳动仲裁；按最早的观点，部分请求申请时可能已超过仲裁时效，见各项请求",
                               applied=applied_on))
        not_last = any(c.last_day > first.deadline for c in open_claims)
        return LimitationVerdict(LimitationStatus.running, first.start, first.deadline, tuple(reasons), (),
                                 judged_on, first.estimate, not_last, applied_on)
    passed = [c for c in claims if c.deadline is not None]
    if passed:
        last = max(passed, key=lambda c: c.last_day)
        day = last.last_day
        if applied_on is None:
            reasons.append(msg("各项请求的仲裁时效均已届满（最迟于{deadline}）；仍可申请仲裁，时效一般须由对方提出抗辩"
                               "（民法典第一百九十三条），如曾中断时效请收集证据", deadline=day))
        else:
            reasons.append(msg("申请仲裁时，各项请求的仲裁时效均已届满（最迟于{deadline}）；时效一般须由对方提出抗辩"
                               "（民法典第一百九十三条），如曾中断时效请收集证据", deadline=day))
        return LimitationVerdict(LimitationStatus.expired, last.start, day, tuple(reasons), (), judged_on,
                                 last.estimate, applied_on=applied_on)
    if any(c.status is LimitationStatus.not_started for c in claims):
        return LimitationVerdict(LimitationStatus.not_started, None, None, (), (), judged_on)
    reasons.append(msg("劳动关系存续期间因拖欠劳动报酬发生争议的，不受一年仲裁时效限制；"
                       "劳动关系终止后应自终止之日起一年内申请（劳动争议调解仲裁法第二十七条第四款）"))
    return LimitationVerdict(LimitationStatus.not_running, None, None, tuple(reasons), (), judged_on)
