"""What the guide's templates may print: every figure from the dated parameters (region- and date-resolved)
or from lawgen's own assessment of the worked examples, never typed into the text."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from lawgen.case import InvalidCase, load_case
from lawgen.documents.fields import amounts_as_filed
from lawgen.labels import PARAMETER_TITLES, ROUTE_LABELS, SMALL_CLAIMS_LABELS
from lawgen.law import Assessment, MissingParameter, ParameterBook, assess
from lawgen.law.bodies import BODIES_FILE, competent_bodies, contacts
from lawgen.law.derived import ParameterLog, final_award_cap, small_claims_limit
from lawgen.law.limitation import ClaimLimitation, LimitationStatus
from lawgen.law.parameters import ParameterValue, Status
from lawgen.money import amount_in_words, format_amount
from lawgen.numerals import count
from lawgen.regions import Region, resolve
from lawgen.resources import resource_dir
from lawgen.text import chinese_date, source_title

# The parameters the guide prints; their Chinese names come from lawgen.labels.
GUIDE_PARAMETERS = (
    "small_claims_mandatory_max", "small_claims_consent_max", "min_wage_monthly", "min_wage_hourly",
    "final_award_cap_months", "court_fee_labor_case", "court_fee_labor_case_simplified",
    "court_fee_labor_case_small_claims", "paid_days_per_month", "overtime_multiplier_weekday",
    "overtime_multiplier_rest_day", "overtime_multiplier_holiday", "overtime_max_hours_per_month",
    "arbitration_limitation_years", "inspection_lookback_years", "double_wage_max_months",
    "unused_leave_extra_multiplier",
)
PLAIN_STATUS = {Status.statute: "已与法律法规原文核对", Status.secondary: "来自二手资料",
                Status.conflict: "不同资料的数字不一致", Status.unconfirmed: "未经证实",
                Status.override: "由使用者按新通知提供"}
SHORT_STATUS = {Status.statute: "原文已核对", Status.secondary: "二手资料", Status.conflict: "资料冲突",
                Status.unconfirmed: "未经证实", Status.override: "用户提供"}
AVERAGE_WAGE, AVERAGE_WAGE_LABEL = "small_claims_avg_wage", "全省城镇非私营单位就业人员年平均工资"
MONEY = {AVERAGE_WAGE, "small_claims_mandatory_max", "small_claims_consent_max", "min_wage_monthly",
         "min_wage_hourly", "court_fee_labor_case", "court_fee_labor_case_simplified",
         "court_fee_labor_case_small_claims"}


class GuideSourceError(ValueError):
    """A guide source (Markdown, front matter, facts file) a court edited cannot be used."""


ISO_DATE = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")


def dates_in_words(text: str) -> str:
    """Dates as a person reads them: «厦门广电网 2025-04-01《…》» → «厦门广电网 2025年4月1日《…》»."""
    return ISO_DATE.sub(lambda m: chinese_date(dt.date(*map(int, m.groups()))), text)


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f")


@dataclass(frozen=True)
class Figure:
    """One parameter as the guide prints it: the value in the form the sentence needs, and its citation."""

    label: str
    value: ParameterValue | None
    derived_amount: Decimal | None = None
    derived_source: str | None = None

    @property
    def decimal(self) -> Decimal:
        return self.derived_amount if self.derived_amount is not None else self.value.value

    @property
    def amount(self) -> str:
        """``56,188.50``"""
        return format_amount(self.decimal)

    @property
    def number(self) -> str:
        """``21.75``, ``12``"""
        return _number(self.decimal)

    @property
    def percent(self) -> str:
        """``150%`` for a multiplier of 1.5"""
        return f"{_number(self.decimal * 100)}%"

    @property
    def source(self) -> str:
        return dates_in_words(source_title(self.derived_source or self.value.source))

    @property
    def status(self) -> str:
        return self.value.status.value

    @property
    def status_label(self) -> str:
        """In plain words; what to do about it is said once, at the start of the guide."""
        return PLAIN_STATUS[self.value.status]

    @property
    def status_short(self) -> str:
        """For the appendix table, whose legend spells the statuses out."""
        return SHORT_STATUS[self.value.status]

    @property
    def confirm(self) -> bool:
        """Print "请以官方通知为准" beside it."""
        return self.value.status is not Status.statute

    @property
    def date_note(self) -> str:
        """What the date is when it is not the day the figure took effect (a statistic's publication day)."""
        return dates_in_words(self.value.date_note or "") if self.value.status is not Status.override else ""

    @property
    def effective(self) -> str:
        """``2025年4月1日``; with its note, ``2025年6月12日（统计数据公布日；适用日期未查到）``."""
        if self.value.status is Status.override:
            return "本次指定"
        day = chinese_date(self.value.effective_from)
        return f"{day}（{self.date_note}）" if self.date_note else day

    @property
    def year(self) -> str:
        return f"{self.value.statistic_year}年" if self.value.statistic_year else ""

    @property
    def alternatives(self) -> str:
        return "、".join(format_amount(a) for a in self.value.alternatives)

    @property
    def shown(self) -> str:
        """The value as the appendix lists it: money with separators, other figures as numbers."""
        return f"{self.amount}元" if self.value.name in MONEY else self.number


@dataclass(frozen=True)
class Fact:
    """A procedural period or contact from ``guides/procedure-facts.toml``, with its source."""

    text: str
    source: str
    status: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class ExampleClaim:
    number: int
    title: str
    description: str
    amount: str
    formula: str
    final: bool
    basis: str
    # At risk, not lost (§14.2: the safest date has passed, a later view still allows it): the engine's own
    # counting, with every date (roll-overs, months lost, the last chance). Empty for any other claim.
    at_risk: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnclaimedExample:
    """A claim the example's facts point to and the case does not make, as the assessment's unclaimed list
    gives it (``law.unclaimed``)."""

    title: str
    amount: str
    because: str
    basis: str
    at_risk: tuple[str, ...]  # as ExampleClaim.at_risk


def _at_risk(limitation: ClaimLimitation | None) -> tuple[str, ...]:
    """A claim at risk, not lost (legal-facts §14.2): the engine's reasons, which give every date (the
    safest one passed, the months lost, the last chance); the guide recomputes none."""
    if limitation is None or limitation.status is not LimitationStatus.at_risk:
        return ()
    return tuple(r.render().rstrip("。") for r in limitation.reasons)


@dataclass(frozen=True)
class WorkedExample:
    """One example case as lawgen assesses it; the template prints these and computes nothing."""

    title: str
    intro: str
    file: str
    facts: str
    start: str
    end: str
    monthly_wage: str
    written_contract: bool
    claims: tuple[ExampleClaim, ...]
    total: str
    total_in_words: str
    final_award_cap: str
    all_final: bool
    small_claims: str
    small_claims_reasons: tuple[str, ...]
    routes: tuple[str, ...]
    court: str
    limitation_deadline: str
    # Something can still be brought after that day (another claim, another view): it is the earliest
    # deadline, not the last one, and the guide says so.
    limitation_not_last: bool
    copies: int
    unclaimed: tuple[UnclaimedExample, ...] = ()


@dataclass(frozen=True)
class Court:
    district: str
    name: str


CONTACT_MARKS = "①②③④⑤⑥⑦⑧⑨"
BODY_ORDER = ("commission", "court", "inspection_office")  # the order the leaflet and the guide list them
BODY_PURPOSE = {"commission": "申请仲裁", "court": "起诉", "inspection_office": "投诉欠薪"}


@dataclass(frozen=True)
class CitedContact:
    """A body's phone as the guide prints it, with the mark that ties it to its source line."""

    body: str
    purpose: str  # what the worker goes there for: 申请仲裁, 起诉, 投诉欠薪
    name: str
    phone: str
    address: str
    cited: str  # title and day read
    source: str  # title alone, for a list that gives the day read once
    read_on: str
    mark: str

    @property
    def reach(self) -> str:
        """The phone and the address, whichever the source gave: ``0592-5110656``, ``地址：…``."""
        address = f"地址：{self.address}" if self.address else ""
        return "，".join(part for part in (self.phone, address) if part)


def cited_contacts(region: Region) -> tuple[CitedContact, ...]:
    """The recorded contacts (lawgen.law.bodies), marked ①, ② … in the order the documents list bodies."""
    found = sorted((c for c in contacts(region) if c.phone or c.address),
                   key=lambda c: BODY_ORDER.index(c.body) if c.body in BODY_ORDER else len(BODY_ORDER))
    found = found[:len(CONTACT_MARKS)]
    return tuple(CitedContact(c.body, BODY_PURPOSE.get(c.body, ""), c.name, c.phone or "", c.address or "",
                              dates_in_words(c.cited), dates_in_words(c.source), chinese_date(c.read_on),
                              CONTACT_MARKS[i])
                 for i, c in enumerate(found))


def load_facts(path: Path, used: ParameterLog) -> dict[str, Fact]:
    """The facts file; an entry with ``parameter`` prints that dated parameter's value (``五日``, ``两个月``)
    with the parameter's own source and status, so a period has one home: the law's parameters."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return {name: _fact(e, used) for name, e in data.items()}
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as error:
        raise GuideSourceError(f"{path.name}：{error}") from None


def _fact(entry: dict, used: ParameterLog) -> Fact:
    if "parameter" not in entry:
        return Fact(str(entry["text"]), str(entry["source"]), str(entry["status"]))
    value = used.get(str(entry["parameter"]))
    unit = str(entry["unit"])
    return Fact(count(int(value.value), unit), value.source, value.status.value)


FINAL_AWARD_CAP = "final_award_cap"


def parameter_figures(book: ParameterBook, region: Region, on: dt.date) -> dict[str, Figure]:
    """Every parameter the guide prints, for the region and date. Raises MissingParameter naming the first
    one that has no value, so a region lawgen cannot yet serve fails clearly instead of printing blanks."""
    used = ParameterLog(book, region, on)
    figures: dict[str, Figure] = {}
    # The thresholds exactly as the assessment derives them (a published figure, else ratio × wage); a
    # derived one is cited in words with the average wage it comes from.
    for name, ratio_name in (("small_claims_mandatory_max", "small_claims_mandatory_ratio"),
                             ("small_claims_consent_max", "small_claims_consent_ratio")):
        value = small_claims_limit(used, name, ratio_name)
        source = None
        if book.find(name, region, on) is None:
            ratio, wage = Figure("", used.get(ratio_name)), Figure(AVERAGE_WAGE_LABEL, used.get(AVERAGE_WAGE))
            figures[AVERAGE_WAGE] = wage
            source = f"{ratio.source}：{wage.year}{AVERAGE_WAGE_LABEL}{wage.amount}元×{ratio.percent}"
        figures[name] = Figure(PARAMETER_TITLES[name], value, derived_source=source)
    for name in GUIDE_PARAMETERS:
        if name not in figures:
            figures[name] = Figure(PARAMETER_TITLES[name], used.get(name))
    # 调解仲裁法第四十七条第（一）项, computed by the law package exactly as the assessment does.
    found = final_award_cap(used)
    if found is None:
        raise MissingParameter("min_wage_monthly", region.code, on)
    cap, minimum, _ = found
    months, minimum_figure = figures["final_award_cap_months"], figures["min_wage_monthly"]
    figures[FINAL_AWARD_CAP] = Figure(
        "终局裁决每项上限",
        minimum,
        derived_amount=cap,
        derived_source=f"劳动争议调解仲裁法第四十七条第（一）项、劳动争议解释（一）第十九条：月最低工资标准"
        f"{minimum_figure.amount}元×{months.number}个月",
    )
    return figures


def courts(region: Region) -> tuple[Court, ...]:
    """The basic-level courts lawgen knows for the region's city (劳动争议解释（一）第三条)."""
    table = tomllib.loads(BODIES_FILE.read_text(encoding="utf-8")).get(region.city_code, {})
    return tuple(Court(resolve(code).name, name) for code, name in table.get("courts", {}).items())


def worked_example(path: Path, title: str, intro: str, region: Region, on: dt.date,
                   book: ParameterBook) -> WorkedExample:
    try:
        case = load_case(path)
    except InvalidCase as error:
        raise GuideSourceError(f"实例 {path.name} 不是有效的案件文件：" +
                               "；".join(e.render() for e in error.errors)) from None
    if case.judged_on > on:
        # Assessed on the guide's date, the case would be judged before its own facts happened.
        raise GuideSourceError(f"实例 {path.name} 的案件日期（{case.judged_on.isoformat()}）晚于指南日期"
                               f"（{on.isoformat()}）；请选用更晚的 --on 日期，或换用更早的实例")
    if region.code not in case.place.chain():
        # An example from elsewhere is shown as if it happened here, with this region's figures.
        case = case.model_copy(update={"region": region.code})
    result: Assessment = assess(case, on=on, book=book)
    employment = case.employment
    claims = tuple(
        ExampleClaim(
            number=c.index + 1,
            title=c.title,
            description=c.description,
            amount=format_amount(c.amount) if c.amount is not None else "—",
            formula=c.formula or "",
            final=c.final_award_item,
            basis="、".join(c.basis),
            at_risk=_at_risk(c.limitation),
        )
        for c in result.claims
    )
    unclaimed = tuple(
        UnclaimedExample(u.claim.title, format_amount(u.claim.amount), u.because, "、".join(u.claim.basis),
                         _at_risk(u.claim.limitation))
        for u in result.unclaimed if u.claim.amount is not None
    )
    # The guide explains the threshold's derivation once, in its appendix, not again in every example.
    small = result.small_claims
    reasons = tuple(r.render() for r in small.reasons if r is not small.derivation)
    return WorkedExample(
        title=title,
        intro=intro,
        file=f"{path.parent.name}/{path.name}",
        facts=amounts_as_filed(case.facts or ""),  # «16,500元», as every amount is written
        start=chinese_date(employment.start_date),
        end=chinese_date(employment.end_date) if employment.end_date else "",
        monthly_wage=format_amount(employment.monthly_wage),
        written_contract=employment.written_contract,
        claims=claims,
        total=format_amount(result.total),
        total_in_words=amount_in_words(result.total),
        final_award_cap=format_amount(result.final_award.cap),
        all_final=all(c.final for c in claims if c.amount != "—"),
        small_claims=SMALL_CLAIMS_LABELS[result.small_claims.status],
        small_claims_reasons=reasons,
        routes=tuple(ROUTE_LABELS[r] for r in result.routes),
        court=result.bodies.court or "",
        limitation_deadline=chinese_date(result.limitation.deadline) if result.limitation.deadline else "",
        limitation_not_last=result.limitation.not_last,
        copies=result.copies,
        unclaimed=unclaimed,
    )


def example_path(reference: str) -> Path:
    """``examples/01-….json`` or ``guides/cases/….json``: a shipped data folder and a file inside it."""
    folder, _, rest = reference.partition("/")
    if folder not in ("examples", "guides") or not rest or ".." in Path(rest).parts:
        raise GuideSourceError(f"示例文件应位于 examples/ 或 guides/ 下：{reference}")
    path = resource_dir(folder) / rest
    if not path.is_file():
        raise GuideSourceError(f"找不到示例文件 {reference}")
    return path


def build_context(region: Region, on: dt.date, book: ParameterBook, examples: list[dict]) -> dict:
    figures = parameter_figures(book, region, on)
    bodies = competent_bodies(region)
    listed = cited_contacts(region)
    worked = []
    for entry in examples:
        try:
            reference, title, intro = entry["file"], entry["title"], entry.get("intro", "")
        except (KeyError, TypeError):
            raise GuideSourceError("每个示例应写明 file 和 title") from None
        worked.append(worked_example(example_path(reference), title, intro, region, on, book))
    return {
        "region": region,
        "region_name": region.full_name,
        "on": chinese_date(on),
        "p": figures,
        "threshold": figures["small_claims_mandatory_max"],
        "consent_limit": figures["small_claims_consent_max"],
        "final_award_cap": figures[FINAL_AWARD_CAP],
        "facts": load_facts(resource_dir("guides") / "procedure-facts.toml", ParameterLog(book, region, on)),
        "examples": worked,
        "commission": bodies.commission or "",
        "inspection_office": bodies.inspection_office or "",
        "courts": courts(region),
        "contacts": listed,
        # one contact per body, the first recorded
        "contact": {c.body: c for c in reversed(listed)},
        # a list of sources read on one day says the day once
        "contacts_read_on": listed[0].read_on if len({c.read_on for c in listed}) == 1 else "",
        "appendix": [f for f in figures.values()],
    }
