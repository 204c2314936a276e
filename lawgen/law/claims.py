"""The claim kinds, as a registry: kind → title, basis, how the amount is computed, which limitation rule
applies, which finality class, whether it is 劳动报酬 that labor inspection acts on.

Adding a kind is one entry here (and its label in ``lawgen.labels``); no ``if kind == …`` chain elsewhere.
Each computation lives in the module of its legal question (``overtime``, ``double_wages``, ``severance``,
``annual_leave``, ``inspection``); the functions here only gather its inputs from the case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from lawgen.case import Case, Claim, ClaimKind, EndReason, EventKind
from lawgen.i18n import N_, Msg, msg
from lawgen.labels import CLAIM_TITLES
from lawgen.law import annual_leave, double_wages, inspection, overtime, severance
from lawgen.law.computation import Computation
from lawgen.law.derived import ParameterLog
from lawgen.law.final_award import Finality
from lawgen.law.hints import Hint, Need
from lawgen.law.limitation import LimitationRule
from lawgen.law.rest_days import HolidayCalendar
from lawgen.text import chinese_date


@dataclass(frozen=True)
class ClaimInputs:
    index: int
    claim: Claim
    case: Case
    used: ParameterLog
    judged_on: dt.date
    calendar: HolidayCalendar


@dataclass(frozen=True)
class Worked:
    """What a kind's rule found for one claim."""

    computation: Computation | None
    description: str  # what is asked for, with its period, not the amount
    first: dt.date | None = None
    last: dt.date | None = None
    double_wage_period: double_wages.DoubleWagePeriod | None = None
    leave_year: int | None = None
    notes: tuple[Msg, ...] = field(default_factory=tuple)
    hints: tuple[Hint, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ClaimKindRule:
    kind: ClaimKind
    basis: tuple[str, ...]  # cited when there is no computation carrying its own
    work: Callable[[ClaimInputs], Worked]
    limitation: LimitationRule
    finality: Finality
    pay: bool = False  # 劳动报酬 (调解仲裁法第二十七条第四款)
    inspection: bool = False  # labor inspection can order it paid (劳动保障监察条例第二十六条)

    @property
    def title(self) -> str:
        return CLAIM_TITLES[self.kind]


def period_text(first: dt.date | None, last: dt.date | None) -> str:
    if first and last:
        return f"{chinese_date(first)}至{chinese_date(last)}期间"
    if first:
        return f"自{chinese_date(first)}起"
    if last:
        return f"截至{chinese_date(last)}"
    return ""


def _plain(words: str) -> Callable[[ClaimInputs], Worked]:
    """A claimed amount with no computation: the period and what it is."""

    def work(inputs: ClaimInputs) -> Worked:
        claim = inputs.claim
        return Worked(None, f"{period_text(claim.from_, claim.to)}{words}", claim.from_, claim.to)

    return work


def _overtime(inputs: ClaimInputs) -> Worked:
    claim, employment, used = inputs.claim, inputs.case.employment, inputs.used
    pending = "" if any(claim.hours) else "（加班时数待补充）"
    description = f"{period_text(claim.from_, claim.to)}的加班费{pending}"
    if (claim.weekday_hours, claim.rest_day_hours, claim.holiday_hours) == (None, None, None):
        # No hours given: the amount is not known, which is not nothing (劳动法第四十四条 pays per hour
        # worked); a 0 would count as a final-award item (调解仲裁法第四十七条) and toward small claims.
        return Worked(None, description, claim.from_, claim.to)
    weekday, rest, holiday = claim.hours
    base = employment.wage_without_overtime or employment.monthly_wage
    minimum = used.find("min_wage_monthly", claim.to or employment.end_date or inputs.judged_on)
    computation = overtime.overtime_pay(
        base, weekday, rest, holiday,
        paid_days=used.decimal("paid_days_per_month"),
        weekday_multiplier=used.decimal("overtime_multiplier_weekday"),
        rest_day_multiplier=used.decimal("overtime_multiplier_rest_day"),
        holiday_multiplier=used.decimal("overtime_multiplier_holiday"),
        min_wage=minimum.value if minimum else None,
    )
    return Worked(computation, description, claim.from_, claim.to)


def _double_wages(inputs: ClaimInputs) -> Worked:
    employment, used = inputs.case.employment, inputs.used
    max_months = int(used.decimal("double_wage_max_months"))
    period = double_wages.double_wage_period(
        employment.start_date, employment.contract_signed_on, employment.end_date, inputs.judged_on,
        max_months, inputs.calendar,
    )
    paid_days = used.decimal("paid_days_per_month")
    computation = double_wages.double_wages(employment.monthly_wage, period, paid_days=paid_days,
                                            max_months=max_months)
    first, last = (period.first, period.last) if period else (None, None)
    note = msg("二倍工资差额是否属于终局裁决的“赔偿金”，依据劳动人事争议仲裁办案规则第五十条，其文字未经核对")
    return Worked(computation, f"{period_text(first, last)}未签订书面劳动合同的二倍工资差额", first, last,
                  period,
                  notes=(note,))


def _severance_input(inputs: ClaimInputs, from_first_day: bool) -> severance.SeveranceInput:
    employment, used = inputs.case.employment, inputs.used
    end = employment.end_date
    assert end is not None  # the case model requires it for these claims
    city_average = used.find("avg_monthly_wage_prev_year", end)
    return severance.SeveranceInput(
        start=employment.start_date, end=end, monthly_wage=employment.monthly_wage,
        min_wage=(found.value if (found := used.find("min_wage_monthly", end)) else None),
        city_avg_monthly_wage=city_average.value if city_average else None,
        cap_multiple=used.decimal("econ_comp_wage_cap_multiple"),
        max_years=int(used.decimal("econ_comp_max_years")),
        from_first_day=from_first_day,
    )


def _average_hint(data: severance.SeveranceInput) -> tuple[Hint, ...]:
    """第四十七条第二款 needs the city's average wage unless the wage is within 3 × the minimum wage."""
    floor = data.min_wage
    if data.city_avg_monthly_wage is not None or (
        floor is not None and max(data.monthly_wage, floor) <= floor * data.cap_multiple
    ):
        return ()
    words = msg("请提供本市上年度职工月平均工资（市人民政府公布）：月工资较高的，经济补偿按其三倍封顶")
    return (Hint(Need.parameter, words, "avg_monthly_wage_prev_year"),)


def _severance(inputs: ClaimInputs) -> Worked:
    data = _severance_input(inputs, False)
    computation = severance.severance(data)
    ground = _quit_ground(inputs.case)
    if ground:  # 第四十六条第（一）项 pays for a quit under 第三十八条: the ground is cited first
        computation = Computation(computation.amount, computation.formula, (ground, *computation.basis),
                                  computation.notes)
    return Worked(computation, "解除劳动合同的经济补偿", hints=_average_hint(data))


PAY_KINDS = (ClaimKind.unpaid_wages, ClaimKind.overtime, ClaimKind.unlawful_deduction)


def _quit_ground(case: Case) -> str | None:
    """Why the worker could quit (劳动合同法第三十八条): with wages claimed, 第一款第（二）项
    (未及时足额支付劳动报酬); otherwise the article, the case not saying which item."""
    if case.employment.end_reason is not EndReason.quit_employer_fault:
        return None
    if any(c.kind in PAY_KINDS for c in case.claims):
        return N_("劳动合同法第三十八条第一款第（二）项")
    return N_("劳动合同法第三十八条")


def _damages(inputs: ClaimInputs) -> Worked:
    data = _severance_input(inputs, True)
    base = severance.severance(data)
    multiple = inputs.used.decimal("unlawful_termination_multiple")
    computation = severance.unlawful_termination_damages(base, multiple)
    if inputs.case.employment.start_date < double_wages.LABOR_CONTRACT_LAW_START:
        # 实施条例第二十五条: the years of damages run from the first day of work, before 2008 included.
        computation = Computation(computation.amount, computation.formula,
                                  (*computation.basis, N_("劳动合同法实施条例第二十五条")), computation.notes)
    return Worked(computation, "违法解除劳动合同的赔偿金", hints=_average_hint(data))


def _leave(inputs: ClaimInputs) -> Worked:
    claim, employment, used = inputs.claim, inputs.case.employment, inputs.used
    assert claim.days is not None
    entitled, note = _leave_entitlement(inputs)
    computation = annual_leave.unused_leave_pay(
        employment.wage_without_overtime or employment.monthly_wage, claim.days,
        paid_days=used.decimal("paid_days_per_month"),
        extra_multiplier=used.decimal("unused_leave_extra_multiplier"),
        entitled=entitled, entitlement_note=note,
    )
    year_note = _leave_year_unsaid(inputs)
    if year_note is not None:
        computation = Computation(computation.amount, computation.formula, computation.basis,
                                  (*computation.notes, year_note))
    year = f"{claim.year}年度" if claim.year else ""
    return Worked(computation, f"{year}应休未休年休假{format(claim.days.normalize(), 'f')}天的工资",
                  leave_year=claim.year)


def _leave_year_unsaid(inputs: ClaimInputs) -> Msg | None:
    """实施办法第十二条 pro-rates the year the work ended. Where lawgen cannot apply it — the claim does not
    say its year, or the total years worked (which set the year's days) are not known — it says what the year
    of leaving would come to when the days claimed exceed it, without guessing (a clerk found example 06's
    ten days of 2026 claimed for a driver who left on 30 September: seven under Art 12)."""
    claim, employment = inputs.claim, inputs.case.employment
    end, total = employment.end_date, employment.total_years_worked
    if end is None or claim.days is None or (claim.year is not None and claim.year != end.year):
        return None
    if claim.year is not None and total is not None:
        return None  # pro-rated in the entitlement itself
    years_here = _full_years(employment.start_date, end)
    annual = _annual_days(inputs, total if total is not None else years_here)
    days = annual_leave.pro_rated_days(annual, end.year, end)
    if claim.days <= days:
        return None
    passed = annual_leave.days_passed(end.year, end)
    if claim.year is None:
        said = msg("没有写明是哪一年度的年休假：如是离职当年（{year}年）的，按已工作时间折算只有{days}天"
                   "（{passed}天÷365天×{annual}天，不足1整天的部分不计，企业职工带薪年休假实施办法第十二条），"
                   "请写明年度",
                   year=end.year, days=format(days, "f"), passed=passed, annual=format(annual, "f"))
    else:
        said = msg("离职当年的年休假按已工作时间折算只有{days}天（{passed}天÷365天×{annual}天，"
                   "不足1整天的部分不计，企业职工带薪年休假实施办法第十二条）",
                   days=format(days, "f"), passed=passed, annual=format(annual, "f"))
    if total is None:
        said = msg("{said}；全年天数按在本单位工作{years}年计，累计工作年限更长的，天数可能更多，"
                   "请核实累计工作年限",
                   said=said, years=years_here)
    return said


def _full_years(start: dt.date, end: dt.date) -> int:
    years = end.year - start.year
    return years - 1 if (end.month, end.day) < (start.month, start.day) else years


def _annual_days(inputs: ClaimInputs, total_years: int) -> Decimal:
    used = inputs.used
    return annual_leave.entitled_days(
        total_years, used.decimal("annual_leave_days_under_10_years"),
        used.decimal("annual_leave_days_under_20_years"), used.decimal("annual_leave_days_from_20_years"),
    )


def _leave_entitlement(inputs: ClaimInputs) -> tuple[Decimal | None, Msg | None]:
    """条例第三条 from the total years worked; 实施办法第十二条 pro-rated in the year the work ended."""
    employment, year = inputs.case.employment, inputs.claim.year
    total = employment.total_years_worked
    if total is None:
        return None, None
    annual = _annual_days(inputs, total)
    end = employment.end_date
    if end is not None and year == end.year:
        days = annual_leave.pro_rated_days(annual, year, end)
        return days, msg("离职当年按已工作时间折算：{passed}天÷365天×{annual}天，不足1整天的部分不计"
                         "（企业职工带薪年休假实施办法第十二条）",
                         passed=annual_leave.days_passed(year, end), annual=format(annual, "f"))
    return annual, msg("累计工作{years}年，每年应休年休假{annual}天（职工带薪年休假条例第三条）", years=total,
                       annual=format(annual, "f"))


def _confirm(inputs: ClaimInputs) -> Worked:
    claim, employment = inputs.claim, inputs.case.employment
    since = claim.from_ or employment.start_date
    until = claim.to or employment.end_date
    text = (f"申请人与被申请人{chinese_date(since)}至{chinese_date(until)}期间存在劳动关系" if until
            else f"申请人与被申请人自{chinese_date(since)}起存在劳动关系")
    return Worked(None, text, claim.from_ or since, claim.to or until)


def _additional(inputs: ClaimInputs) -> Worked:
    order = next(e for e in inputs.case.procedure.events if e.kind is EventKind.payment_order_missed)
    computation = inspection.additional_compensation(
        order, inputs.used.decimal("additional_compensation_max_rate"),
        inputs.used.decimal("additional_compensation_min_rate"),
    )
    return Worked(computation, "劳动行政部门责令限期支付、单位逾期未付而应加付的赔偿金（"
                               f"{chinese_date(order.on)}逾期）",
                  order.on, order.on)


def _other(inputs: ClaimInputs) -> Worked:
    return Worked(None, inputs.claim.title or "")


REGISTRY: dict[ClaimKind, ClaimKindRule] = {rule.kind: rule for rule in (
    ClaimKindRule(ClaimKind.unpaid_wages, (N_("劳动法第五十条"), N_("劳动合同法第三十条")),
                  _plain("拖欠的工资"), LimitationRule.wages_27_4, Finality.pay_47_1, pay=True,
                  inspection=True),
    ClaimKindRule(ClaimKind.overtime, overtime.BASIS, _overtime, LimitationRule.wages_27_4, Finality.pay_47_1,
                  pay=True, inspection=True),
    ClaimKindRule(ClaimKind.unlawful_deduction, (N_("劳动法第五十条"),), _plain("克扣的工资及罚款"),
                  LimitationRule.wages_27_4, Finality.pay_47_1, pay=True, inspection=True),
    ClaimKindRule(ClaimKind.no_contract_double_wages, double_wages.BASIS, _double_wages,
                  LimitationRule.double_wages_27_1, Finality.pay_47_1),
    ClaimKindRule(ClaimKind.severance, (N_("劳动合同法第四十六条"), N_("劳动合同法第四十七条")), _severance,
                  LimitationRule.from_end_of_employment, Finality.pay_47_1, inspection=True),
    ClaimKindRule(ClaimKind.unlawful_termination, (N_("劳动合同法第八十七条"),), _damages,
                  LimitationRule.from_end_of_employment, Finality.pay_47_1),
    ClaimKindRule(ClaimKind.unused_annual_leave, annual_leave.BASIS, _leave, LimitationRule.annual_leave,
                  Finality.standards_47_2),
    ClaimKindRule(ClaimKind.work_injury_medical, (N_("劳动争议调解仲裁法第二条第（四）项"),),
                  _plain("的工伤医疗费"),
                  LimitationRule.one_year_27_1, Finality.pay_47_1),
    ClaimKindRule(ClaimKind.deposit_refund, (N_("劳动合同法第九条"), N_("劳动合同法第八十四条第二款")),
                  lambda inputs: Worked(None,
                                        "收取的押金"), LimitationRule.one_year_27_1, Finality.not_final),
    ClaimKindRule(ClaimKind.confirm_relationship,
                  (N_("劳动争议调解仲裁法第二条第（一）项"), N_("劳社部发〔2005〕12号第一条")), _confirm,
                  LimitationRule.one_year_27_1, Finality.not_final),
    ClaimKindRule(ClaimKind.additional_compensation, inspection.BASIS_85, _additional,
                  LimitationRule.one_year_27_1, Finality.pay_47_1),
    ClaimKindRule(ClaimKind.other, (), _other, LimitationRule.one_year_27_1, Finality.not_final),
)}
