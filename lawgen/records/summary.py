"""The summary of a records file: per day, week and month the working time by the 2024 guideline (and the
span as the second reading), the overtime hours by class, the pay against the minimum wage, and the
relationship indicators — each with the figures that support it and the rules and parameters used."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from lawgen.i18n import N_, Msg, msg
from lawgen.law.day_class import DayClass, day_info
from lawgen.law.gig_pay import MonthPay, average_monthly_income, month_pay
from lawgen.law.parameters import ParameterBook, ParameterValue
from lawgen.law.relationship import RecordIndicator
from lawgen.law.working_time import DayTime, seconds, week_of, working_days_time
from lawgen.records.errors import RecordsError, Remedy, RowProblem
from lawgen.records.orders import Order, parse_orders
from lawgen.records.reader import open_table
from lawgen.regions import Region

FORMAT = "lawgen.hours/1"
HOUR = Decimal(3600)
HUNDREDTH = Decimal("0.01")
MONTHLY_OVERTIME_PARAMETER = "overtime_max_hours_per_month"
# The hours the records propose for an overtime claim, as the command's report and the wizard's import say
# them: the guideline named, since a volunteer cannot tell which «指引» is meant.
PROPOSED_HOURS = N_("建议作为加班费请求的时数（按《新就业形态劳动者休息和劳动报酬权益保障指引》第四条）："
                    "工作日延长{a}小时、休息日{b}小时、法定休假日{c}小时")
# Late-night work: 22:00 to 06:00 is the usual reading of 夜间 (no statute here fixes it); an indicator only.
NIGHT_FROM, NIGHT_UNTIL = 22 * 3600, 6 * 3600


def hours(value: int) -> Decimal:
    """Seconds as hours, rounded once, half-up to the hundredth."""
    return (Decimal(value) / HOUR).quantize(HUNDREDTH, ROUND_HALF_UP)


def _num(value: Decimal) -> str:
    return format(value.quantize(HUNDREDTH), "f")


@dataclass(frozen=True)
class Settings:
    """How the records are read and counted; each choice is shown with the summary."""

    mapping: dict[str, str] = field(default_factory=dict)
    sheet: str | None = None
    allowance_minutes: Decimal | None = None  # None: the shipped parameter (an assumption, marked so)
    allowance_source: str | None = None
    required_online: tuple[tuple[dt.time, dt.time], ...] = ()
    skip_bad_rows: bool = False  # the volunteer agreed to count the good rows despite the bad ones


@dataclass(frozen=True)
class WeekRow:
    monday: dt.date
    days_worked: int
    worked: Decimal
    span: Decimal
    weekday_overtime: Decimal
    rest_day_overtime: Decimal
    holiday_overtime: Decimal
    classes: tuple[tuple[dt.date, DayClass], ...]  # the days that are not ordinary working days

    @property
    def sunday(self) -> dt.date:
        return self.monday + dt.timedelta(days=6)


@dataclass(frozen=True)
class MonthRow:
    month: str
    days_worked: int
    worked: Decimal
    overtime: Decimal
    over_monthly_limit: bool  # 劳动法第四十一条: more than 36 hours of overtime in the month
    pay: MonthPay | None


@dataclass(frozen=True)
class Overtime:
    weekday: Decimal
    rest_day: Decimal
    holiday: Decimal

    @property
    def total(self) -> Decimal:
        return self.weekday + self.rest_day + self.holiday


@dataclass(frozen=True)
class RecordsSummary:
    file_name: str
    sheet: str | None
    mapping: dict[str, str]
    rows_read: int
    orders: int
    problems: tuple[RowProblem, ...]
    notices: tuple[Msg, ...]
    days: tuple[DayTime, ...]
    weeks: tuple[WeekRow, ...]
    months: tuple[MonthRow, ...]
    worked: Decimal
    span: Decimal
    overtime: Overtime  # by the guideline: what is proposed for the overtime claim
    span_overtime: Overtime  # by the span, the second reading: shown, never proposed
    income: Decimal | None
    average_monthly_income: Decimal | None
    income_months: tuple[str, ...]
    indicators: tuple[RecordIndicator, ...]
    parameters: tuple[ParameterValue, ...]
    rules: tuple[Msg, ...]
    warnings: tuple[Msg, ...]

    @property
    def first_day(self) -> dt.date | None:
        return self.days[0].day if self.days else None

    @property
    def last_day(self) -> dt.date | None:
        return self.days[-1].day if self.days else None

    @property
    def bad_rows(self) -> tuple[RowProblem, ...]:
        return tuple(p for p in self.problems if not p.counted_once)

    def proposed_claim(self) -> dict[str, str]:
        """The overtime claim's fields, as the case file writes them."""
        claim = {"kind": "overtime"}
        if self.first_day and self.last_day:
            claim["from"], claim["to"] = self.first_day.isoformat(), self.last_day.isoformat()
        claim["weekday_hours"] = _num(self.overtime.weekday)
        claim["rest_day_hours"] = _num(self.overtime.rest_day)
        claim["holiday_hours"] = _num(self.overtime.holiday)
        return claim

    def totals_sentence(self) -> str:
        """The one sentence the facts gain (Chinese: it goes into a filing)."""
        if not self.days:
            return ""
        return (f"根据平台订单记录，{_day(self.first_day)}至{_day(self.last_day)}期间，"
                f"申请人共工作{len(self.days)}天，按人力资源社会保障部《新就业形态劳动者休息和劳动报酬权益保障指引》第四条计算工作时间合计"
                f"{_num(self.worked)}小时，其中工作日延长工作时间{_num(self.overtime.weekday)}小时、"
                f"休息日工作{_num(self.overtime.rest_day)}小时、法定休假日工作{_num(self.overtime.holiday)}小时"
                f"（详见工作时间及加班计算表）。")

    def as_json(self, lang: str = "zh") -> dict:
        def overtime(value: Overtime) -> dict[str, str]:
            return {"weekday": _num(value.weekday), "rest_day": _num(value.rest_day),
                    "holiday": _num(value.holiday), "total": _num(value.total)}

        return {
            "format": FORMAT,
            "file": self.file_name,
            "sheet": self.sheet,
            "mapping": self.mapping,
            "rows_read": self.rows_read,
            "orders_counted": self.orders,
            "problems": [{"row": p.row, "message": p.message.render(lang), "counted_once": p.counted_once}
                         for p in self.problems],
            "notices": [n.render(lang) for n in self.notices],
            "first_day": self.first_day.isoformat() if self.first_day else None,
            "last_day": self.last_day.isoformat() if self.last_day else None,
            "days_worked": len(self.days),
            "worked_hours": _num(self.worked),
            "span_hours": _num(self.span),
            "overtime_hours": overtime(self.overtime),
            "span_overtime_hours": overtime(self.span_overtime),
            "proposed_claim": self.proposed_claim(),
            "weeks": [
                {"from": w.monday.isoformat(), "to": w.sunday.isoformat(), "days_worked": w.days_worked,
                 "worked_hours": _num(w.worked), "span_hours": _num(w.span),
                 "overtime_hours": overtime(Overtime(w.weekday_overtime, w.rest_day_overtime,
                                                     w.holiday_overtime))}
                for w in self.weeks
            ],
            "days": [
                {"day": d.day.isoformat(), "class": d.day_class.value,
                 "order_hours": _num(hours(d.order_time)), "allowance_hours": _num(hours(d.allowance)),
                 "required_hours": _num(hours(d.required)),
                 "worked_hours": _num(hours(d.worked)), "span_hours": _num(hours(d.span))}
                for d in self.days
            ],
            "months": [
                {"month": m.month, "days_worked": m.days_worked, "worked_hours": _num(m.worked),
                 "overtime_hours": _num(m.overtime), "over_monthly_overtime_limit": m.over_monthly_limit,
                 **({"income": _num(m.pay.income),
                     "income_per_hour": (
                         _num(m.pay.hourly_income) if m.pay.hourly_income is not None else None),
                     "below_hourly_minimum": m.pay.below_hourly_minimum,
                     "below_monthly_minimum": m.pay.below_monthly_minimum,
                     "partial_month": m.pay.partial} if m.pay else {})}
                for m in self.months
            ],
            "income": _num(self.income) if self.income is not None else None,
            "average_monthly_income": (
                _num(self.average_monthly_income) if self.average_monthly_income is not None else None),
            "average_over_months": list(self.income_months),
            "indicators": [
                {"name": i.key, "label": Msg(i.label).render(lang), "figures": i.figures.render(lang),
                 "informs": list(i.informs)}
                for i in self.indicators
            ],
            "rules": [r.render(lang) for r in self.rules],
            "parameters": [p.as_json() for p in self.parameters],
            "warnings": [w.render(lang) for w in self.warnings],
        }


def _day(day: dt.date | None) -> str:
    from lawgen.text import chinese_date

    return chinese_date(day) if day else ""


def summarise_file(
    path: Path,
    settings: Settings = Settings(),
    *,
    region: Region | None = None,
    on: dt.date | None = None,
    book: ParameterBook | None = None,
) -> RecordsSummary:
    """Read ``path`` and summarise it. Raises RecordsError for a file that cannot be used, or for bad rows
    the volunteer has not agreed to leave out (``settings.skip_bad_rows``)."""
    table = open_table(Path(path), settings.mapping, settings.sheet)
    try:
        parsed = parse_orders(table.rows, table.mapping)
    finally:
        table.close()
    notices = list(table.notices)
    if parsed.truncated:
        notices.append(msg("文件超过{limit}行，只读取了前{limit}行", limit=parsed.rows_read))
    bad = [p for p in parsed.problems if not p.counted_once]
    if not parsed.orders:
        raise RowsRejected(Path(path).name, tuple(parsed.problems), tuple(notices), nothing_left=True)
    if bad and not settings.skip_bad_rows:
        raise RowsRejected(Path(path).name, tuple(parsed.problems), tuple(notices), nothing_left=False)
    return summarise(
        parsed.orders, settings, file_name=Path(path).name, sheet=table.sheet,
        mapping=table.mapping.as_json(), rows_read=parsed.rows_read, problems=tuple(parsed.problems),
        notices=tuple(notices), region=region, on=on or dt.date.today(), book=book or ParameterBook(),
    )


class RowsRejected(RecordsError):
    """Some rows cannot be counted: listed with their numbers; the good ones count only once agreed."""

    def __init__(self, file_name: str, problems: tuple[RowProblem, ...], notices: tuple[Msg, ...],
                 nothing_left: bool) -> None:
        bad = sum(1 for p in problems if not p.counted_once)
        if nothing_left and not problems:
            message = msg("{name} 中表头下面没有订单行；请从平台导出有订单的期间，或按订单记录模板逐单抄录",
                          name=file_name)
        elif nothing_left:
            message = msg("{name} 中没有可以计算的订单（{bad}行有误）；请按下列提示修改",
                          name=file_name, bad=bad)
        else:
            message = msg("{name} 中有{bad}行无法计算；请按下列提示修改，或同意只计算无误的行",
                          name=file_name, bad=bad)
        super().__init__(message, None if nothing_left else Remedy.skip_bad_rows)
        self.problems = problems
        self.notices = notices
        self.nothing_left = nothing_left


def summarise(
    orders: list[Order],
    settings: Settings,
    *,
    file_name: str,
    sheet: str | None,
    mapping: dict[str, str],
    rows_read: int,
    problems: tuple[RowProblem, ...],
    notices: tuple[Msg, ...],
    region: Region | None,
    on: dt.date,
    book: ParameterBook,
) -> RecordsSummary:
    used: list[ParameterValue] = []

    def parameter(name: str) -> ParameterValue:
        value = book.lookup(name, region or _NATIONAL, on)
        used.append(value)
        return value

    standard_day = int(parameter("standard_hours_per_day").value * 3600)
    parameter("standard_hours_per_week")
    if settings.allowance_minutes is not None:
        allowance = settings.allowance_minutes
        allowance_source = settings.allowance_source or N_("志愿者根据实际情况设定（假设）")
    else:
        shipped = parameter("waiting_allowance_minutes")
        allowance, allowance_source = shipped.value, None
    monthly_limit = parameter(MONTHLY_OVERTIME_PARAMETER).value

    blocks = [(seconds(o.accepted), seconds(o.delivered)) for o in orders]  # in the order of ``orders``
    days = working_days_time(blocks, int(allowance * 60), settings.required_online, _classify)
    warnings: list[Msg] = []
    uncovered = sorted({d.day.year for d in days if not day_info(d.day).covered})
    if uncovered:
        warnings.append(msg("尚无{years}年的国务院放假安排，这些年份只按周末区分休息日，调休未计；公布后请重新计算",
                            years="、".join(str(y) for y in uncovered)))

    span_days = [_span_as_worked(d) for d in days]
    overtime = _overtime(days, standard_day)
    span_overtime = _overtime(span_days, standard_day)
    weeks = _weeks(days, standard_day)
    incomes = _monthly_income(orders, blocks)
    months = _months(days, standard_day, incomes, monthly_limit, region, on, book, used, warnings)
    if any(m.over_monthly_limit for m in months):
        warnings.append(msg("有月份延长工作时间超过每月36小时的上限（劳动法第四十一条），这本身也是用工违法的证据"))
    income = sum((o.fee for o in orders if o.fee is not None), Decimal(0)) if incomes else None
    average, window = average_monthly_income(incomes) if incomes else (None, [])
    indicators = _indicators(orders, blocks, days)
    rules = _rules(allowance, allowance_source, settings.required_online, standard_day)
    return RecordsSummary(
        file_name=file_name, sheet=sheet, mapping=mapping, rows_read=rows_read, orders=len(orders),
        problems=problems, notices=notices, days=tuple(days), weeks=tuple(weeks), months=tuple(months),
        worked=hours(sum(d.worked for d in days)), span=hours(sum(d.span for d in days)),
        overtime=overtime, span_overtime=span_overtime,
        income=income.quantize(HUNDREDTH, ROUND_HALF_UP) if income is not None else None,
        average_monthly_income=average, income_months=tuple(window), indicators=tuple(indicators),
        parameters=tuple(_unique(used)), rules=tuple(rules), warnings=tuple(warnings),
    )


# Without a case the national parameters apply (the working-time rules are national).
_NATIONAL = Region("national", "全国", "national", "全国", "national", "全国")


def _classify(day: dt.date) -> DayClass:
    return day_info(day).day_class


def _span_as_worked(day: DayTime) -> DayTime:
    from dataclasses import replace

    return replace(day, order_time=day.span, allowance=0, required=0)


def _overtime(days: list[DayTime], standard_day: int) -> Overtime:
    weekday = rest = holiday = 0
    for day in days:
        a, b, c = day.overtime(standard_day)
        weekday, rest, holiday = weekday + a, rest + b, holiday + c
    return Overtime(hours(weekday), hours(rest), hours(holiday))


def _weeks(days: list[DayTime], standard_day: int) -> list[WeekRow]:
    grouped: dict[dt.date, list[DayTime]] = {}
    for day in days:
        grouped.setdefault(week_of(day.day), []).append(day)
    rows = []
    for monday, members in sorted(grouped.items()):
        split = _overtime(members, standard_day)
        special = tuple(
            (monday + dt.timedelta(days=i), info.day_class)
            for i in range(7)
            if (info := day_info(monday + dt.timedelta(days=i))).day_class is not DayClass.working_day
            or (monday + dt.timedelta(days=i)).weekday() >= 5
        )
        rows.append(WeekRow(monday, len(members), hours(sum(d.worked for d in members)),
                            hours(sum(d.span for d in members)), split.weekday, split.rest_day, split.holiday,
                            special))
    return rows


def _month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _monthly_income(orders: list[Order], blocks: list[tuple[int, int]]) -> dict[str, Decimal]:
    """Fees by the month of delivery."""
    by_day: dict[int, Decimal] = {}
    for order, (_, end) in zip(orders, blocks, strict=True):
        if order.fee is not None:
            day = end // 86_400
            by_day[day] = by_day.get(day, Decimal(0)) + order.fee
    incomes: dict[str, Decimal] = {}
    for day, fee in by_day.items():
        key = _month(dt.date.fromordinal(day))
        incomes[key] = incomes.get(key, Decimal(0)) + fee
    return incomes


def _months(days, standard_day, incomes, monthly_limit, region, on, book, used, warnings) -> list[MonthRow]:
    grouped: dict[str, list[DayTime]] = {}
    for day in days:
        grouped.setdefault(_month(day.day), []).append(day)
    first, last = days[0].day, days[-1].day
    rows = []
    missing_minimum = False
    for month in sorted(set(grouped) | set(incomes)):
        members = grouped.get(month, [])
        split = _overtime(members, standard_day)
        worked = hours(sum(d.worked for d in members))
        pay = None
        if month in incomes:
            hourly_min = monthly_min = None
            if region is not None:
                year, number = int(month[:4]), int(month[5:])
                month_end = (dt.date(year + number // 12, number % 12 + 1, 1) - dt.timedelta(days=1))
                hourly = book.find("min_wage_hourly", region, month_end)
                monthly = book.find("min_wage_monthly", region, month_end)
                for value in (hourly, monthly):
                    if value is not None:
                        used.append(value)
                hourly_min = hourly.value if hourly else None
                monthly_min = monthly.value if monthly else None
                missing_minimum = missing_minimum or hourly is None or monthly is None
            partial = month in (_month(first), _month(last)) and not _whole_month(month, first, last)
            pay = month_pay(month, incomes[month], worked, hourly_minimum=hourly_min,
                            monthly_minimum=monthly_min, partial=partial)
        rows.append(MonthRow(month, len(members), worked, split.total, split.total > monthly_limit, pay))
    if region is None and incomes:
        warnings.append(msg("未指定地区，收入未与当地最低工资标准比较；请用 --case 指定案件（其中写明地区）"))
    elif missing_minimum:
        warnings.append(msg("部分月份没有已知的当地最低工资标准，这些月份未作比较"))
    return rows


def _whole_month(month: str, first: dt.date, last: dt.date) -> bool:
    year, number = int(month[:4]), int(month[5:])
    start = dt.date(year, number, 1)
    end = dt.date(year + number // 12, number % 12 + 1, 1) - dt.timedelta(days=1)
    return first <= start and last >= end


def _indicators(orders: list[Order], blocks: list[tuple[int, int]],
                days: list[DayTime]) -> list[RecordIndicator]:
    """Figures from the records that bear on 劳社部发〔2005〕12号第一条's labor management and continuity."""
    indicators = []
    span_weeks = max(1, ((week_of(days[-1].day) - week_of(days[0].day)).days // 7) + 1)
    per_week = Decimal(len(days)) / span_weeks
    indicators.append(RecordIndicator(
        "days_per_week", N_("每周工作天数"),
        msg("{weeks}周内工作{days}天，平均每周{average}天", weeks=span_weeks, days=len(days),
            average=_num(per_week)),
        ("company_sets_schedule",)))
    per_day = hours(sum(d.worked for d in days)) / len(days)
    indicators.append(RecordIndicator(
        "hours_per_day", N_("每日工作时间"),
        msg("平均每个工作日{average}小时（最长{longest}小时）", average=_num(per_day),
            longest=_num(hours(max(d.worked for d in days)))),
        ("company_sets_schedule",)))
    run = longest = 0
    previous: str | None = None
    for month in sorted({_month(d.day) for d in days}):
        run = run + 1 if previous is not None and _next_month(previous) == month else 1
        longest, previous = max(longest, run), month
    indicators.append(RecordIndicator(
        "continuous_months", N_("连续工作月数"),
        msg("连续{months}个月每月都有订单", months=longest), ("work_is_company_business",)))
    for key, label, attribute, informs in (
        ("platform_share", N_("同一平台的订单占比"), "platform", ("works_for_other_platforms",)),
        ("station_share", N_("同一站点的订单占比"), "station", ("company_rules_and_penalties",)),
    ):
        counts = Counter(getattr(o, attribute) for o in orders if getattr(o, attribute))
        if counts:
            name, count = counts.most_common(1)[0]
            share = (Decimal(100) * count / len(orders)).quantize(Decimal(1), ROUND_HALF_UP)
            indicators.append(RecordIndicator(
                key, label, msg("“{name}”{count}单，占全部{total}单的{share}%", name=name, count=count,
                                total=len(orders), share=share),
                informs))
    night_days = len(_night_days(blocks))
    indicators.append(RecordIndicator(
        "late_night", N_("夜间工作（22时至次日6时）"),
        msg("{nights}天有夜间订单，占工作天数的{share}%", nights=night_days,
            share=(Decimal(100) * night_days / len(days)).quantize(Decimal(1), ROUND_HALF_UP)),
        ("company_sets_schedule",)))
    return indicators


def _night_days(blocks: list[tuple[int, int]]) -> set[dt.date]:
    """Days with order time between 00:00 and 06:00 or after 22:00."""
    nights: set[dt.date] = set()
    for start, end in blocks:
        while start < end:
            day = start // 86_400
            cut = min(end, (day + 1) * 86_400)
            first, last = start - day * 86_400, cut - day * 86_400
            if first < NIGHT_UNTIL or last > NIGHT_FROM:
                nights.add(dt.date.fromordinal(day))
            start = cut
    return nights


def _next_month(month: str) -> str:
    year, number = int(month[:4]), int(month[5:])
    return f"{year + 1:04d}-01" if number == 12 else f"{year:04d}-{number + 1:02d}"


def _rules(allowance: Decimal, source: str | None, windows, standard_day: int) -> list[Msg]:
    allowance_text = format(allowance.normalize(), "f")
    rules = [
        msg("工作时间按人力资源社会保障部《新就业形态劳动者休息和劳动报酬权益保障指引》第四条：当日累计接单时间"
            "（同时接多单不重复计算）加宽放时间，加企业明确要求的在线时间"),
        msg("宽放时间：两单之间的间隔不超过{minutes}分钟的，计入在线等单、服务准备、生理需求等宽放时间；{source}",
            minutes=allowance_text,
            source=Msg(source) if source else Msg(N_("指引未规定宽放时间的长度，此数值为假设，可修改"))),
        msg("工作日超过{hours}小时的部分为延长工作时间，按150%计（劳动法第三十六条、第四十四条第（一）项）；"
            "休息日工作按200%计（第四十四条第（二）项，未安排补休）；法定休假日工作按300%计（第四十四条第（三）项）",
            hours=int(standard_day // 3600)),
        msg("每周40小时（国务院关于职工工作时间的规定第三条）：工作日每日8小时以内的时间每周不超过40小时"
            "（调休周按国务院放假安排），超出部分已按上款计算，不重复计算"),
        msg("法定休假日按全国年节及纪念日放假办法；调休、补假的放假日为休息日，调休上班日为工作日"),
        msg("跨越零时的订单按零时分开，分别计入各自的日期"),
        msg("各日、各周的时数分别由分钟换算为小时，保留两位小数；合计由全部时间一次换算，"
            "因此可能与各周数字相加相差0.01小时"),
        msg("另一口径：每日首单接单至末单送达的时间跨度，仅供参考，不作为请求时数"),
    ]
    if windows:
        rules.append(msg("企业要求的在线时间：每个工作日{windows}，计入工作时间",
                         windows="、".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in windows)))
    return rules


def _unique(values: list[ParameterValue]) -> list[ParameterValue]:
    seen, kept = set(), []
    for value in values:
        key = (value.name, value.region, value.effective_from)
        if key not in seen:
            seen.add(key)
            kept.append(value)
    return kept
