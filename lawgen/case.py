"""The case file (``lawgen.case/1``): the model, loading, and errors that name the field.

A case is validated whole before anything uses it; a file with errors is never half-used. Errors carry the
field path (``claims[2].from``) and a message in the user's language.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from lawgen import CASE_FORMAT
from lawgen.files import FileIdentity, FileTooLarge, os_error_text, read_regular_file
from lawgen.i18n import N_, Msg, msg
from lawgen.money import MoneyError, parse_money
from lawgen.regions import Region, UnknownRegion, resolve
from lawgen.text import clean_text

FORMAT = CASE_FORMAT
SHORT_TEXT_MAX = 200
# Masked by `lawgen export --redact`: wholly (since issue 13), or region and check character kept (before).
REDACTED_ID = re.compile(r"\*{18}|\d{6}\*{11}[\dX]")
LONG_TEXT_MAX = 20_000
# Bounds checked while loading, before the model sees anything. A real case file is a few tens of kB
# (the longest: 500 evidence items and 20,000 characters of facts, under 1 MB) and five levels deep.
CASE_FILE_MAX_BYTES = 4 * 1024 * 1024
NESTING_MAX = 20
INTEGER_DIGITS_MAX = 18  # hours, days and pages; Python refuses to read integers of over 4,300 digits
# Dates a labour case can hold; beyond them the limitation arithmetic would leave the calendar (year 10000).
DATE_MIN, DATE_MAX = dt.date(1900, 1, 1), dt.date(2099, 12, 31)
# Ten years of every hour (24 × 366 × 10 = 87,840) is more than any claim; beyond it the arithmetic
# overflows Decimal's precision (9 repeated 5,000 times raised InvalidOperation).
HOURS_MAX = 87_840


class Occupation(StrEnum):
    courier = "courier"
    food_delivery = "food_delivery"
    instant_delivery = "instant_delivery"
    ride_hailing = "ride_hailing"
    truck_driver = "truck_driver"
    designated_driver = "designated_driver"
    other = "other"


class RespondentRole(StrEnum):
    employer = "employer"
    platform = "platform"
    outsourcer = "outsourcer"
    dispatch_agency = "dispatch_agency"
    other = "other"


class EndReason(StrEnum):
    dismissed = "dismissed"
    resigned = "resigned"
    quit_employer_fault = "quit_employer_fault"
    contract_expired = "contract_expired"
    mutual = "mutual"
    other = "other"


class ClaimKind(StrEnum):
    unpaid_wages = "unpaid_wages"
    overtime = "overtime"
    no_contract_double_wages = "no_contract_double_wages"
    severance = "severance"
    unlawful_termination = "unlawful_termination"
    unused_annual_leave = "unused_annual_leave"
    work_injury_medical = "work_injury_medical"
    deposit_refund = "deposit_refund"
    unlawful_deduction = "unlawful_deduction"
    confirm_relationship = "confirm_relationship"
    additional_compensation = "additional_compensation"  # 加付赔偿金, 劳动合同法第八十五条
    other = "other"


# Owed once for one employment: a second claim of the kind could only ask for the same money again.
ONCE_PER_EMPLOYMENT = frozenset({ClaimKind.severance, ClaimKind.unlawful_termination,
                                 ClaimKind.no_contract_double_wages, ClaimKind.confirm_relationship,
                                 ClaimKind.additional_compensation})
# Several of a kind can be separate debts (two deposits, two medical bills, other claims).
REPEATABLE_KINDS = frozenset({ClaimKind.deposit_refund, ClaimKind.work_injury_medical, ClaimKind.other})


class EventKind(StrEnum):
    """Dated events that change a limitation period (调解仲裁法第二十七条第二款、第三款) or open a claim."""

    demanded_payment = "demanded_payment"  # 向对方当事人主张权利 (interrupts)
    complained_to_body = "complained_to_body"  # 向有关部门请求权利救济 (interrupts)
    employer_agreed = "employer_agreed"  # 对方当事人同意履行义务 (interrupts)
    suspension = "suspension"  # 不可抗力或者有其他正当理由 (suspends until ``until``)
    payment_order_missed = "payment_order_missed"  # 责令限期支付，逾期未付 (劳动合同法第八十五条)


INTERRUPTIONS = frozenset({EventKind.demanded_payment, EventKind.complained_to_body,
                           EventKind.employer_agreed})


class Authority(StrEnum):
    general = "general"
    special = "special"


# --- field types -------------------------------------------------------------------------------------

def _error(error_type: str, /, **ctx: Any) -> PydanticCustomError:
    # Positional-only: a context key may itself be called ``code`` (region_unknown).
    return PydanticCustomError(error_type, error_type, ctx)


def _parse_date(value: object) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        if not DATE_MIN <= value <= DATE_MAX:
            raise _error("date_out_of_range", first=DATE_MIN.year, last=DATE_MAX.year)
        return value
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise _error("date_format")
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise _error("date_invalid") from None
    if not DATE_MIN <= day <= DATE_MAX:
        raise _error("date_out_of_range", first=DATE_MIN.year, last=DATE_MAX.year)
    return day


def _parse_money(value: object) -> Decimal:
    if isinstance(value, Decimal):
        return value
    try:
        return parse_money(value)
    except MoneyError as error:
        raise _error(error.code) from None


def _parse_hours(value: object) -> Decimal:
    if isinstance(value, bool):
        raise _error("hours_not_number")
    if isinstance(value, (int, float)):
        text = repr(value)
    elif isinstance(value, str):
        text = value.strip()
    elif isinstance(value, Decimal):
        text = str(value)
    else:
        raise _error("hours_not_number")
    if not re.fullmatch(r"\d+(\.\d+)?", text):
        raise _error("hours_negative" if text.startswith("-") else "hours_not_number")
    if len(text) > 20 or Decimal(text) > HOURS_MAX:  # digits first: Decimal of a 4 MB string is slow
        raise _error("hours_absurd", limit=HOURS_MAX)
    return Decimal(text)


def _short_text(value: object) -> str:
    if not isinstance(value, str):
        raise _error("text_type")
    text = clean_text(value)
    if len(text) > SHORT_TEXT_MAX:
        raise _error("text_too_long", limit=SHORT_TEXT_MAX)
    return text


def _long_text(value: object) -> str:
    if not isinstance(value, str):
        raise _error("text_type")
    text = clean_text(value, multiline=True)
    if len(text) > LONG_TEXT_MAX:
        raise _error("text_too_long", limit=LONG_TEXT_MAX)
    return text


Date = Annotated[dt.date, BeforeValidator(_parse_date)]
Money = Annotated[Decimal, BeforeValidator(_parse_money)]
Hours = Annotated[Decimal, BeforeValidator(_parse_hours)]
ShortText = Annotated[str, BeforeValidator(_short_text)]
LongText = Annotated[str, BeforeValidator(_long_text)]


def _required_text(value: str) -> str:
    if not value:
        raise _error("text_empty")
    return value


def _phone(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    compact = re.sub(r"[\s-]", "", value)
    if "*" in compact and re.fullmatch(r"[\d*]{7,12}", compact):
        return value  # masked by `lawgen export --redact`
    if re.fullmatch(r"1\d{10}", compact) or re.fullmatch(r"0\d{9,11}", compact) or re.fullmatch(
        r"\d{7,8}", compact
    ):
        return value
    raise _error("phone_invalid")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


# --- parts of the case -------------------------------------------------------------------------------

class Worker(_Model):
    name: ShortText
    gender: Literal["男", "女"]
    id_number: ShortText | None = None
    birth_date: Date | None = None
    ethnicity: ShortText | None = None
    phone: ShortText | None = None
    address: ShortText | None = None
    occupation: Occupation | None = None
    service_address: ShortText | None = None  # 送达地址, when not the 住所
    electronic_service: StrictBool | None = None  # 同意电子送达 (by text message to ``phone``)
    migrant_worker: StrictBool | None = None  # 是否农民工 (the complaint's 其他相关情况)

    _name = field_validator("name")(_required_text)
    _phone = field_validator("phone")(_phone)

    @field_validator("id_number")
    @classmethod
    def _id_checksum(cls, value: str | None) -> str | None:
        """GB 11643: 18 characters, a valid birth date and the ISO 7064 MOD 11-2 check character."""
        if not value:
            return None
        from lawgen.resident_id import id_number_error

        compact = value.strip().upper()
        if len(compact) == 18 and REDACTED_ID.fullmatch(compact):
            return compact  # masked by `lawgen export --redact`: kept, not checked
        if (error := id_number_error(compact)) is not None:
            raise _error(error)
        return compact

    @property
    def id_redacted(self) -> bool:
        return bool(self.id_number and REDACTED_ID.fullmatch(self.id_number))

    @model_validator(mode="after")
    def _id_agrees(self) -> Worker:
        if not self.id_number or self.id_redacted:
            return self
        from lawgen.resident_id import birth_date

        born = birth_date(self.id_number)
        if self.birth_date and self.birth_date != born:
            raise _loc_error("birth_date", "id_birth_mismatch", born=born.isoformat())
        # GB 11643: the 17th digit, the sequence code's last, is odd for men and even for women.
        gender = "男" if int(self.id_number[16]) % 2 else "女"
        if gender != self.gender:
            raise _loc_error("gender", "id_gender_mismatch", gender=gender)
        return self

    @property
    def born_on(self) -> dt.date | None:
        if self.birth_date:
            return self.birth_date
        if self.id_number and not self.id_redacted:
            from lawgen.resident_id import birth_date

            return birth_date(self.id_number)
        return None


class Respondent(_Model):
    name: ShortText
    role: RespondentRole
    natural_person: StrictBool = False  # 自然人 (a labor contractor, 包工头), not a company
    id_number: ShortText | None = None  # a natural person's 公民身份号码
    credit_code: ShortText | None = None
    legal_representative: ShortText | None = None
    representative_title: ShortText | None = None
    address: ShortText | None = None
    phone: ShortText | None = None

    _name = field_validator("name")(_required_text)
    _phone = field_validator("phone")(_phone)

    @field_validator("credit_code")
    @classmethod
    def _credit_code(cls, value: str | None) -> str | None:
        """GB 32100: 18 characters and its check character."""
        if not value:
            return None
        from stdnum.cn import uscc
        from stdnum.exceptions import ValidationError as NumberError

        compact = value.strip().upper()
        if len(compact) != 18:
            raise _error("credit_code_length")
        try:
            return uscc.validate(compact)
        except NumberError:
            raise _error("credit_code_checksum") from None


class Employment(_Model):
    start_date: Date
    end_date: Date | None = None
    end_reason: EndReason | None = None
    written_contract: StrictBool
    contract_signed_on: Date | None = None
    monthly_wage: Money
    # 实施办法第十一条: the 12-month average without overtime pay, the base of leave pay (and of overtime pay)
    # .
    wage_without_overtime: Money | None = None
    # 职工带薪年休假条例第三条: cumulative years worked, at any employer (the leave entitlement).
    total_years_worked: StrictInt | None = Field(default=None, ge=0, le=60)
    workplace: ShortText | None = None
    contract_party: ShortText | None = None  # 合同主体, when not the first respondent
    contract_place: ShortText | None = None  # 签订地点
    contract_name: ShortText | None = None  # 合同名称 (e.g. 劳动合同, 平台合作协议)
    wage_structure: ShortText | None = None  # 工资构成 (e.g. 底薪＋计件提成)
    paid_monthly_wage: Money | None = None  # 实际领取的每月工资
    social_insurance: ShortText | None = None  # 办理社会保险的时间及险种, or 未缴纳

    @model_validator(mode="after")
    def _order(self) -> Employment:
        if self.end_date and self.end_date < self.start_date:
            raise _loc_error("end_date", "date_before", other="employment.start_date")
        if self.end_date and not self.end_reason:
            raise _loc_error("end_reason", "end_reason_required")
        if self.contract_signed_on and self.contract_signed_on < self.start_date:
            raise _loc_error("contract_signed_on", "date_before", other="employment.start_date")
        if self.monthly_wage <= 0:
            raise _loc_error("monthly_wage", "wage_zero")
        return self


class Relationship(_Model):
    company_sets_schedule: StrictBool | None = None
    company_rules_and_penalties: StrictBool | None = None
    company_pays_worker: StrictBool | None = None
    work_is_company_business: StrictBool | None = None
    company_equipment_or_uniform: StrictBool | None = None
    can_refuse_orders: StrictBool | None = None
    works_for_other_platforms: StrictBool | None = None
    sets_own_prices: StrictBool | None = None


# Which fields each claim kind takes, and which of them it requires (case-format spec, claims[]).
CLAIM_FIELDS: dict[ClaimKind, tuple[frozenset[str], frozenset[str]]] = {
    ClaimKind.unpaid_wages: (frozenset({"from", "to", "amount"}), frozenset({"amount"})),
    ClaimKind.overtime: (
        frozenset({"from", "to", "weekday_hours", "rest_day_hours", "holiday_hours", "amount"}),
        frozenset(),
    ),
    ClaimKind.no_contract_double_wages: (frozenset({"amount"}), frozenset()),
    ClaimKind.severance: (frozenset({"amount"}), frozenset()),
    ClaimKind.unlawful_termination: (frozenset({"amount"}), frozenset()),
    ClaimKind.unused_annual_leave: (frozenset({"days", "year", "amount"}), frozenset({"days"})),
    ClaimKind.work_injury_medical: (frozenset({"from", "to", "amount"}), frozenset({"amount"})),
    ClaimKind.deposit_refund: (frozenset({"amount"}), frozenset({"amount"})),
    ClaimKind.unlawful_deduction: (frozenset({"from", "to", "amount"}), frozenset({"amount"})),
    ClaimKind.confirm_relationship: (frozenset({"from", "to"}), frozenset()),
    ClaimKind.additional_compensation: (frozenset({"amount"}), frozenset()),
    ClaimKind.other: (frozenset({"title", "amount", "basis"}), frozenset({"title", "amount"})),
}


class Claim(_Model):
    kind: ClaimKind
    from_: Date | None = Field(default=None, alias="from")
    to: Date | None = None
    amount: Money | None = None
    weekday_hours: Hours | None = None
    rest_day_hours: Hours | None = None
    holiday_hours: Hours | None = None
    days: Hours | None = None
    year: StrictInt | None = Field(default=None, ge=1995, le=2100)  # the leave year of unused annual leave
    title: ShortText | None = None
    basis: ShortText | None = None

    @model_validator(mode="before")
    @classmethod
    def _fields_of_kind(cls, data: Any) -> Any:
        if not isinstance(data, dict) or not isinstance(data.get("kind"), str) or (
            data["kind"] not in ClaimKind.__members__
        ):
            return data  # the kind's own validation reports it
        allowed, required = CLAIM_FIELDS[ClaimKind(data["kind"])]
        for key in data:
            if key != "kind" and key in cls.model_fields_by_alias() and key not in allowed:
                raise _loc_error(key, "field_not_for_kind", kind=data["kind"])
        for key in sorted(required):
            if data.get(key) in (None, ""):
                raise _loc_error(key, "field_required_for_kind", kind=data["kind"])
        return data

    @classmethod
    def model_fields_by_alias(cls) -> set[str]:
        return {f.alias or name for name, f in cls.model_fields.items()}

    @model_validator(mode="after")
    def _period(self) -> Claim:
        if self.from_ and self.to and self.to < self.from_:
            raise _loc_error("to", "date_before", other="from")
        if self.from_ and self.to:
            days = (self.to - self.from_).days + 1
            hours = sum(h or 0 for h in (self.weekday_hours, self.rest_day_hours, self.holiday_hours))
            if hours > 24 * days:
                raise _loc_error("weekday_hours", "hours_exceed_period", hours=hours, days=days)
        if self.days is not None and self.days > 366:
            raise _loc_error("days", "days_absurd")
        return self

    @property
    def hours(self) -> tuple[Decimal, Decimal, Decimal]:
        zero = Decimal(0)
        return (self.weekday_hours or zero, self.rest_day_hours or zero, self.holiday_hours or zero)


class Evidence(_Model):
    name: ShortText
    source: ShortText | None = None
    proves: ShortText | None = None
    pages: StrictInt | None = Field(default=None, ge=0, le=100_000)
    original: StrictBool | None = None
    electronic: StrictBool | None = None  # 电子数据 (chat records, app records); absent: told by its name
    carrier: ShortText | None = None  # where the electronic data is kept (e.g. 手机)

    _name = field_validator("name")(_required_text)


class AwardItem(_Model):
    """One item of the award as the award states it (裁决项目)."""

    kind: ClaimKind
    amount: Money  # what the award grants for this item ("0" when it rejects it)
    final: StrictBool  # the award says this item is final (终局裁决, 调解仲裁法第四十七条)
    title: ShortText | None = None  # the award's own wording, when the kind alone does not say it


def _in_order(steps: list[tuple[str, dt.date | None]]) -> None:
    """Dates of one procedure's steps, each not before the one before it (absent steps are skipped)."""
    known = [(name, day) for name, day in steps if day is not None]
    for (before, first), (after, second) in zip(known, known[1:], strict=False):
        if second < first:
            raise _loc_error(after, "date_before", other=before)


class Arbitration(_Model):
    commission: ShortText | None = None
    requests: LongText | None = None  # 仲裁请求, as put to the commission (one a line)
    case_number: ShortText | None = None
    applied_on: Date | None = None  # the application was handed in (the timeline's acceptance step)
    accepted_on: Date | None = None  # the commission accepted it (45 days to the award run from here)
    hearing_on: Date | None = None  # 开庭审理
    award_date: Date | None = None
    received_on: Date | None = None
    outcome: LongText | None = None
    items: list[AwardItem] = Field(default_factory=list, max_length=50)  # 裁决项目
    pay_by: Date | None = None  # the last day the award gives the employer to pay (履行期限)

    @model_validator(mode="after")
    def _order(self) -> Arbitration:
        _in_order([("applied_on", self.applied_on), ("accepted_on", self.accepted_on),
                   ("hearing_on", self.hearing_on), ("award_date", self.award_date),
                   ("received_on", self.received_on)])
        if (self.items or self.pay_by) and self.award_date is None:
            raise _loc_error("award_date", "award_needs_date")
        if self.pay_by and self.award_date and self.pay_by < self.award_date:
            raise _loc_error("pay_by", "date_before", other="award_date")
        return self

    @property
    def awarded(self) -> Decimal | None:
        """The total the award grants, when its items are recorded."""
        return sum((item.amount for item in self.items), Decimal(0)) if self.items else None

    @property
    def final(self) -> bool:
        """Some item of the award is final (第四十七条): the employer cannot sue against it (第四十九条)."""
        return any(item.final for item in self.items)


class Suit(_Model):
    """The worker's suit in court (after an award, or directly with an IOU) and its judgment."""

    court: ShortText | None = None
    case_number: ShortText | None = None
    filed_on: Date | None = None  # 起诉
    judgment_on: Date | None = None  # 判决作出
    judgment_received_on: Date | None = None  # 判决书送达
    amount: Money | None = None  # what the judgment grants the worker in all
    appealed: StrictBool = False  # a party appealed (民事诉讼法第一百七十一条): not yet effective
    effective_on: Date | None = None  # the judgment took effect (生效), as the court certifies
    pay_by: Date | None = None  # the last day the judgment gives the employer to pay

    @model_validator(mode="after")
    def _order(self) -> Suit:
        _in_order([("filed_on", self.filed_on), ("judgment_on", self.judgment_on),
                   ("judgment_received_on", self.judgment_received_on)])
        for name in ("judgment_received_on", "amount", "effective_on", "pay_by"):
            if getattr(self, name) is not None and not self.judged:
                raise _loc_error("judgment_on", "judgment_needs_date")
        if self.judgment_on and not self.filed_on:
            raise _loc_error("filed_on", "suit_needs_filing")
        for name in ("effective_on", "pay_by"):
            day = getattr(self, name)
            if day is not None and self.judged and day < self.judgment_on:
                raise _loc_error(name, "date_before", other="judgment_on")
        if self.appealed and self.effective_on:
            raise _loc_error("effective_on", "judgment_appealed_effective")
        return self

    @property
    def judged(self) -> bool:
        """The court has given its judgment (判决作出): the one test every layer uses for «a judgment»."""
        return self.judgment_on is not None


class Mediation(_Model):
    """A mediation agreement (调解协议) with an amount and a due date (调解仲裁法第十六条)."""

    signed_on: Date
    amount: Money
    pay_by: Date | None = None  # the employer must pay by this day
    mediator: ShortText | None = None  # the mediation organisation (调解组织)

    @model_validator(mode="after")
    def _shape(self) -> Mediation:
        if self.amount <= 0:
            raise _loc_error("amount", "amount_zero")
        if self.pay_by and self.pay_by < self.signed_on:
            raise _loc_error("pay_by", "date_before", other="signed_on")
        return self


class Payment(_Model):
    """Money the employer paid towards the claims (in part or in full)."""

    on: Date
    amount: Money
    note: ShortText | None = None

    @model_validator(mode="after")
    def _positive(self) -> Payment:
        if self.amount <= 0:
            raise _loc_error("amount", "amount_zero")
        return self


class Enforcement(_Model):
    """An application for enforcement of an effective award or judgment (民事诉讼法第二百四十八条)."""

    applied_on: Date
    court: ShortText | None = None
    case_number: ShortText | None = None


class Preservation(_Model):
    """诉前保全 (民事诉讼法第一百零四条): whether the worker asked a court to freeze the employer's
    property before suing, and where; the complaint's item 10 states it."""

    applied: StrictBool
    court: ShortText | None = None
    applied_on: Date | None = None
    case_number: ShortText | None = None  # 保全案号 or the ruling's number


class Event(_Model):
    """Something that happened on a day: a demand for payment, a complaint, a suspension, a missed order."""

    kind: EventKind
    on: Date
    until: Date | None = None  # a suspension's end (中止时效的原因消除之日)
    reason: ShortText | None = None  # a suspension's reason
    amount: Money | None = None  # payment_order_missed: the amount the order required
    # Which claims (by position) it concerns; every claim when absent.
    claims: list[StrictInt] | None = Field(default=None, max_length=50)
    note: ShortText | None = None

    @model_validator(mode="after")
    def _shape(self) -> Event:
        if self.kind is EventKind.suspension:
            if self.until is None:
                raise _loc_error("until", "event_needs_until")
            if not self.reason:
                raise _loc_error("reason", "event_needs_reason")
        elif self.until is not None:
            raise _loc_error("until", "field_not_for_event")
        if self.until is not None and self.until < self.on:
            raise _loc_error("until", "date_before", other="on")
        if self.kind is EventKind.payment_order_missed and self.amount is None:
            raise _loc_error("amount", "event_needs_amount")
        return self


class Addressees(_Model):
    commission: ShortText | None = None
    court: ShortText | None = None
    inspection_office: ShortText | None = None


class Procedure(_Model):
    wage_iou: StrictBool = False
    mediation_agreement: StrictBool = False
    needs_appraisal: StrictBool = False
    respondent_missing: StrictBool = False
    counterclaim: StrictBool = False
    consent_to_small_claims: StrictBool = False
    knew_on: Date | None = None
    events: list[Event] = Field(default_factory=list, max_length=100)
    addressees: Addressees = Addressees()
    arbitration: Arbitration | None = None
    preservation: Preservation | None = None  # absent: not known, the complaint leaves item 10 to tick
    mediation: Mediation | None = None
    suit: Suit | None = None
    payments: list[Payment] = Field(default_factory=list, max_length=100)
    enforcement: Enforcement | None = None

    @property
    def judged(self) -> bool:
        """A suit is recorded and its judgment given (``Suit.judged``)."""
        return self.suit is not None and self.suit.judged


class Agent(_Model):
    name: ShortText
    organization: ShortText | None = None
    phone: ShortText | None = None
    authority: Authority = Authority.general
    id_number: ShortText | None = None  # 受托人公民身份号码
    license_number: ShortText | None = None  # 律师或基层法律服务工作者执业证号

    _name = field_validator("name")(_required_text)
    _phone = field_validator("phone")(_phone)


RECORD_FIELDS = ("order_id", "date", "accepted", "picked_up", "delivered", "fee", "platform", "station")
_WINDOW = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)\s*[-–~至]\s*([01]?\d|2[0-3]):([0-5]\d)")


class Records(_Model):
    """The platform's order records the working time is computed from (``lawgen hours``)."""

    file: ShortText  # relative to the case file's folder
    sheet: ShortText | None = None
    mapping: dict[Literal[RECORD_FIELDS], ShortText] = Field(default_factory=dict)
    waiting_allowance_minutes: Hours | None = None
    allowance_source: ShortText | None = None
    required_online: list[ShortText] = Field(default_factory=list, max_length=10)
    skip_bad_rows: StrictBool = False

    _file = field_validator("file")(_required_text)

    @field_validator("required_online")
    @classmethod
    def _windows(cls, value: list[str]) -> list[str]:
        for window in value:
            if not _WINDOW.fullmatch(window.strip()):
                raise _error("online_window")
        return value

    @field_validator("waiting_allowance_minutes")
    @classmethod
    def _allowance(cls, value: Decimal | None) -> Decimal | None:
        if value is not None and value > 240:
            raise _error("allowance_absurd")
        return value

    def windows(self) -> tuple[tuple[dt.time, dt.time], ...]:
        result = []
        for window in self.required_online:
            a, b, c, d = (int(x) for x in _WINDOW.fullmatch(window.strip()).groups())
            result.append((dt.time(a, b), dt.time(c, d)))
        return tuple(result)


class Case(_Model):
    format: Literal["lawgen.case/1"] = FORMAT
    region: str
    prepared_on: Date | None = None
    worker: Worker
    respondents: list[Respondent] = Field(min_length=1, max_length=50)
    employment: Employment
    relationship: Relationship = Relationship()
    claims: list[Claim] = Field(min_length=1, max_length=50)
    facts: LongText | None = None
    evidence: list[Evidence] = Field(default_factory=list, max_length=500)
    procedure: Procedure = Procedure()
    agent: Agent | None = None
    records: Records | None = None
    notes: Any = None

    @field_validator("region", mode="before")
    @classmethod
    def _region(cls, value: object) -> str:
        if not isinstance(value, str):
            raise _error("region_not_string")
        try:
            return resolve(value.strip()).code
        except UnknownRegion:
            raise _error("region_unknown", code=value.strip()[:12]) from None

    @model_validator(mode="after")
    def _across_fields(self) -> Case:
        today = self.prepared_on or dt.date.today()
        employment = self.employment
        if employment.start_date > today:
            raise _loc_error(("employment", "start_date"), "date_after_prepared")
        if employment.end_date and employment.end_date > today:
            raise _loc_error(("employment", "end_date"), "date_after_prepared")
        kinds = [c.kind for c in self.claims]
        if ClaimKind.severance in kinds and ClaimKind.unlawful_termination in kinds:
            index = kinds.index(ClaimKind.unlawful_termination)
            raise _loc_error(("claims", index, "kind"), "severance_and_damages")
        self._check_repeated_claims(employment.end_date or today)
        for index, claim in enumerate(self.claims):
            needs_end = claim.kind in (ClaimKind.severance, ClaimKind.unlawful_termination)
            if needs_end and not employment.end_date:
                raise _loc_error(("claims", index, "kind"), "claim_needs_end_date")
            if claim.kind == ClaimKind.no_contract_double_wages and employment.written_contract and not (
                employment.contract_signed_on
            ):
                raise _loc_error(("claims", index, "kind"), "double_wage_needs_late_contract")
            if claim.from_ and claim.from_ < employment.start_date:
                raise _loc_error(("claims", index, "from"), "claim_before_start")
            if claim.to and claim.to > (employment.end_date or today):
                raise _loc_error(("claims", index, "to"), "claim_after_end")
        if self.procedure.knew_on and self.procedure.knew_on > today:
            raise _loc_error(("procedure", "knew_on"), "date_after_prepared")
        self._check_events(today)
        self._check_stages(today)
        if ClaimKind.additional_compensation in kinds and not any(
            e.kind is EventKind.payment_order_missed for e in self.procedure.events
        ):
            index = kinds.index(ClaimKind.additional_compensation)
            raise _loc_error(("claims", index, "kind"), "additional_needs_order")
        return self

    def _check_repeated_claims(self, last_day: dt.date) -> None:
        """The same claim made twice would be asked for, counted and filed twice: a kind owed once per
        employment (the severance, the damages, the double wage, the relationship's confirmation, the
        additional compensation) may appear once; a kind owed by period (wages, overtime, leave, deductions)
        may appear again only for a period that does not overlap (a claim without dates covers the whole
        employment)."""
        seen: dict[ClaimKind, list[tuple[int, dt.date, dt.date]]] = {}
        start = self.employment.start_date
        for index, claim in enumerate(self.claims):
            if claim.kind in REPEATABLE_KINDS:
                continue
            span = (claim.from_ or start, claim.to or last_day)
            for other, first, last in seen.get(claim.kind, ()):
                if claim.kind in ONCE_PER_EMPLOYMENT:
                    raise _loc_error(("claims", index, "kind"), "claim_repeated", other=other + 1)
                if span[0] <= last and first <= span[1]:
                    raise _loc_error(("claims", index, "from"), "claim_periods_overlap", other=other + 1)
            seen.setdefault(claim.kind, []).append((index, *span))

    def _check_events(self, today: dt.date) -> None:
        """Events in date order, none before the work began or after the case was prepared."""
        previous: dt.date | None = None
        for index, event in enumerate(self.procedure.events):
            where = ("procedure", "events", index)
            if event.on < self.employment.start_date:
                raise _loc_error((*where, "on"), "event_before_start")
            if event.on > today or (event.until and event.until > today and event.kind is not (
                EventKind.suspension
            )):
                raise _loc_error((*where, "on"), "date_after_prepared")
            if previous and event.on < previous:
                raise _loc_error((*where, "on"), "events_out_of_order")
            previous = event.on
            for position, claim in enumerate(event.claims or ()):
                if not 0 <= claim < len(self.claims):
                    raise _loc_error((*where, "claims", position), "event_claim_unknown",
                                     count=len(self.claims))

    def _check_stages(self, today: dt.date) -> None:
        """The stages after the claim (award, suit, payments, enforcement) agree with each other and with
        the calendar: no stage before the work began or after the case was prepared, a suit not before the
        award it is against, no more paid than was owed, enforcement only of an effective decision."""
        procedure = self.procedure
        award, suit, enforcement = procedure.arbitration, procedure.suit, procedure.enforcement
        dated: list[tuple[tuple, dt.date | None]] = []
        if award is not None:
            dated += [(("arbitration", name), getattr(award, name)) for name in (
                "applied_on", "accepted_on", "hearing_on", "award_date", "received_on")]
        if procedure.mediation is not None:
            dated.append((("mediation", "signed_on"), procedure.mediation.signed_on))
        if suit is not None:
            dated += [(("suit", name), getattr(suit, name)) for name in (
                "filed_on", "judgment_on", "judgment_received_on", "effective_on")]
        dated += [(("payments", index, "on"), p.on) for index, p in enumerate(procedure.payments)]
        if enforcement is not None:
            dated.append((("enforcement", "applied_on"), enforcement.applied_on))
        for where, day in dated:
            if day is None:
                continue
            if day < self.employment.start_date:
                raise _loc_error(("procedure", *where), "stage_before_start")
            if day > today:
                raise _loc_error(("procedure", *where), "date_after_prepared")
        awarded_on = award and (award.received_on or award.award_date)
        if suit is not None and suit.filed_on and awarded_on and suit.filed_on < awarded_on:
            other = "procedure.arbitration." + ("received_on" if award.received_on else "award_date")
            raise _loc_error(("procedure", "suit", "filed_on"), "date_before", other=other)
        for index in range(1, len(procedure.payments)):
            if procedure.payments[index].on < procedure.payments[index - 1].on:
                raise _loc_error(("procedure", "payments", index, "on"), "payments_out_of_order")
        self._check_paid()
        if enforcement is not None:
            self._check_enforcement(enforcement)

    def _check_paid(self) -> None:
        """Payments add up to no more than the decision that binds (judgment, award, mediation agreement),
        or, before any, the claims (when every claim states its amount)."""
        procedure, award, suit = self.procedure, self.procedure.arbitration, self.procedure.suit
        if suit is not None and suit.amount is not None:
            bound, what = suit.amount, "judgment"
        elif award is not None and award.awarded is not None:
            bound, what = award.awarded, "award"
        elif procedure.mediation is not None:
            bound, what = procedure.mediation.amount, "mediation"
        elif all(c.amount is not None for c in self.claims if c.kind is not ClaimKind.confirm_relationship):
            bound, what = sum((c.amount or Decimal(0) for c in self.claims), Decimal(0)), "claims"
        else:
            return
        total = Decimal(0)
        for index, payment in enumerate(procedure.payments):
            total += payment.amount
            if total > bound:
                raise _loc_error(("procedure", "payments", index, "amount"), f"paid_over_{what}",
                                 paid=f"{total:.2f}", bound=f"{bound:.2f}")

    def _check_enforcement(self, enforcement: Enforcement) -> None:
        """Enforcement (民事诉讼法第二百四十七条、第二百四十八条) of an effective judgment or award only: an
        award sued against is not effective unless it is final (调解仲裁法第五十条), and a non-final one only
        once the 15 days to sue have passed."""
        award, suit = self.procedure.arbitration, self.procedure.suit
        where = ("procedure", "enforcement", "applied_on")
        if self.procedure.judged:
            if suit.appealed:
                raise _loc_error(where, "enforcement_judgment_appealed")
            if enforcement.applied_on < suit.judgment_on:
                raise _loc_error(where, "date_before", other="procedure.suit.judgment_on")
            return
        if award is None or award.award_date is None:
            raise _loc_error(where, "enforcement_needs_decision")
        if enforcement.applied_on < award.award_date:
            raise _loc_error(where, "date_before", other="procedure.arbitration.award_date")
        if award.final:
            return
        if suit is not None and suit.filed_on is not None:
            raise _loc_error(where, "enforcement_award_sued")
        # 第五十条: a non-final award takes effect when the 15 days to sue from its receipt have run out.
        if award.received_on and enforcement.applied_on <= award.received_on + dt.timedelta(days=15):
            raise _loc_error(where, "enforcement_award_not_effective")

    @property
    def judged_on(self) -> dt.date:
        return self.prepared_on or dt.date.today()

    @property
    def place(self) -> Region:
        return resolve(self.region)


def _loc_error(loc: str | tuple, error_type: str, /, **ctx: Any) -> PydanticCustomError:
    """An error whose path is more precise than the model raising it; the path rides in the context."""
    path = loc if isinstance(loc, tuple) else (loc,)
    return PydanticCustomError(error_type, error_type, {**ctx, "_loc": list(path)})


# --- errors ------------------------------------------------------------------------------------------

ERROR_MESSAGES: dict[str, str] = {
    "missing": N_("缺少必填项"),
    "extra_forbidden": N_("不认识的字段（请检查拼写；自由备注请写在 notes 中）"),
    "string_type": N_("应为文字"),
    "text_type": N_("应为文字"),
    "text_empty": N_("不能为空"),
    "text_too_long": N_("文字过长，最多{limit}个字"),
    "bool_type": N_("应为 true 或 false"),
    "int_type": N_("应为整数"),
    "list_type": N_("应为列表"),
    "model_type": N_("应为对象（{{...}}）"),
    "dict_type": N_("应为对象（{{...}}）"),
    "too_short": N_("至少需要一项"),
    "too_long": N_("项目过多"),
    "greater_than_equal": N_("不能为负数"),
    "less_than_equal": N_("数值过大"),
    "literal_error": N_("取值无效，应为：{expected}"),
    "enum": N_("取值无效，应为：{expected}"),
    "date_format": N_("日期格式应为 YYYY-MM-DD，例如 2026-11-28"),
    "date_invalid": N_("不是有效的日期"),
    "date_out_of_range": N_("日期应在 {first} 年至 {last} 年之间"),
    "date_before": N_("不能早于 {other}"),
    "date_after_prepared": N_("不能晚于文书制作日期（prepared_on，默认今天）"),
    "money_not_string": N_("金额应写成带引号的文字，例如 \"6000.00\""),
    "money_negative": N_("金额不能为负数"),
    "money_not_number": N_("不是有效的金额，例如 \"6000.00\""),
    "money_too_many_decimals": N_("金额最多两位小数（精确到分）"),
    "money_absurd": N_("金额过大，请核对（超过一亿元）"),
    "wage_zero": N_("月工资应大于零"),
    "hours_not_number": N_("小时数应为数字，例如 36 或 \"7.5\""),
    "hours_negative": N_("小时数不能为负数"),
    "hours_absurd": N_("数值过大，请核对（最多 {limit}）"),
    "hours_exceed_period": N_("加班小时数合计{hours}小时，超过该期间{days}天的总时长"),
    "days_absurd": N_("天数过大，请核对"),
    "phone_invalid": N_("电话号码无效：手机应为以1开头的11位数字，座机如 0592-5550000"),
    "id_length": N_("公民身份号码应为18位"),
    "id_checksum": N_("公民身份号码无效（最后一位校验码或出生日期不符），请逐位核对"),
    "id_birth_mismatch": N_("出生日期与公民身份号码不一致（号码显示为 {born}）"),
    "id_gender_mismatch": N_("性别与公民身份号码不一致（号码显示为{gender}）"),
    "credit_code_length": N_("统一社会信用代码应为18位"),
    "credit_code_checksum": N_("统一社会信用代码无效（最后一位校验码不符），请逐位核对"),
    "region_not_string": N_("行政区划代码应写成带引号的六位数字，例如 \"350200\""),
    "region_unknown": N_("未知的行政区划代码 {code}（应为六位数字，例如厦门市 350200、思明区 350203）"),
    "end_reason_required": N_("填写了离职日期时须写明离职原因（end_reason）"),
    "field_not_for_kind": N_("{kind} 类请求不使用此字段"),
    "field_required_for_kind": N_("{kind} 类请求必须填写此字段"),
    "severance_and_damages": N_("经济补偿与违法解除赔偿金不能同时主张（劳动合同法第八十七条），"
                                "请删去其中一项"),
    "claim_repeated": N_("这一项与第{other}项请求相同：同一类请求只能主张一次，请删去其中一项"),
    "claim_periods_overlap": N_("这一项与第{other}项是同一类请求，期间重叠，会重复计算：请合并为一项，"
                                "或改为不重叠的期间"),
    "claim_needs_end_date": N_("主张经济补偿或赔偿金须先填写劳动关系结束日期（employment.end_date）"),
    "double_wage_needs_late_contract": N_("已签订书面合同的，须填写补签日期（employment.contract_signed_on）"
                                          "才能主张二倍工资"),
    "claim_before_start": N_("请求期间不能早于入职日期"),
    "event_needs_until": N_("时效中止须填写中止原因消除之日（until）"),
    "event_needs_reason": N_("时效中止须写明原因（不可抗力或其他正当理由）"),
    "field_not_for_event": N_("此类事件不使用此字段"),
    "event_needs_amount": N_("须填写责令支付的金额"),
    "event_before_start": N_("事件日期不能早于入职日期：时效中断只能发生在权利受侵害之后"),
    "events_out_of_order": N_("事件应按日期先后排列"),
    "event_claim_unknown": N_("请求序号无效：应为 0 至 {count} 之间（不含 {count}）"),
    "additional_needs_order": N_("主张加付赔偿金，须先记录劳动行政部门责令限期支付而单位逾期未付的事件"
                                 "（劳动合同法第八十五条）"),
    "claim_after_end": N_("请求期间不能晚于离职日期（在职的，不能晚于文书制作日期）"),
    "format_unknown": N_("不支持的文件格式标记，应为 \"lawgen.case/1\""),
    "json_invalid": N_("不是有效的 JSON：第{line}行第{column}列附近有误"
                       "（常见原因：缺少逗号、引号或括号，或多了逗号）"),
    "not_utf8": N_("文件不是 UTF-8 编码（第{offset}个字节处）；请在编辑器中另存为 UTF-8"),
    "file_unreadable": N_("无法读取文件：{detail}"),
    "not_object": N_("案件文件应为一个 JSON 对象（{{...}}）"),
    "file_too_large": N_("案件文件过大（上限 {limit} MB），未读取"),
    "nesting_too_deep": N_("嵌套层次过深（最多 {limit} 层）"),
    "notes_too_deep": N_("备注的嵌套层次过深（最多 {limit} 层）"),
    "integer_too_long": N_("数字位数过多（最多 {limit} 位）"),
    "duplicate_key": N_("同一对象中字段重复出现；请只保留一个"),
    "duplicate_key_named": N_("同一对象中字段 {key} 重复出现；请只保留一个"),
    "invalid": N_("取值无效"),
    "award_needs_date": N_("填写裁决项目或履行期限时，须填写裁决日期（award_date）"),
    "judgment_needs_date": N_("填写判决的送达、金额、生效或履行期限时，须填写判决日期（judgment_on）"),
    "suit_needs_filing": N_("有判决的，须填写起诉日期（filed_on）"),
    "judgment_appealed_effective": N_("已上诉的一审判决尚未生效，不能同时填写生效日期；"
                                      "二审判决生效后请改写 appealed 为 false 并填写生效日期"),
    "amount_zero": N_("金额应大于零"),
    "stage_before_start": N_("日期不能早于入职日期"),
    "payments_out_of_order": N_("付款记录应按日期先后排列"),
    "paid_over_judgment": N_("已付款合计{paid}元，超过判决金额{bound}元，请核对"),
    "paid_over_award": N_("已付款合计{paid}元，超过裁决金额{bound}元，请核对"),
    "paid_over_mediation": N_("已付款合计{paid}元，超过调解协议金额{bound}元，请核对"),
    "paid_over_claims": N_("已付款合计{paid}元，超过请求金额合计{bound}元，请核对"),
    "enforcement_needs_decision": N_("申请强制执行须有已生效的仲裁裁决或判决（民事诉讼法第二百四十七条、"
                                     "第二百四十八条），请先填写裁决或判决"),
    "enforcement_judgment_appealed": N_("一审判决已上诉，尚未生效，不能申请强制执行"),
    "enforcement_award_sued": N_("非终局裁决已被起诉，裁决不发生法律效力（劳动争议调解仲裁法第五十条），"
                                 "不能申请执行；应待法院判决生效后申请执行判决"),
    "enforcement_award_not_effective": N_("非终局裁决自收到之日起十五日内尚未生效（劳动争议调解仲裁法"
                                          "第五十条），期满未起诉后才能申请执行"),
    "online_window": N_("在线时间应写成 11:00-13:00 这样的起止时间"),
    "allowance_absurd": N_("宽放时间的订单间隔上限过大（最多240分钟），请核对"),
}


class CaseError:
    """One problem in a case file: where (``claims[2].from``) and what, in any language."""

    def __init__(self, path: str, message: Msg) -> None:
        self.path = path
        self.message = message

    def render(self, lang: str = "zh") -> str:
        return f"{self.path or '（文件）'}: {self.message.render(lang)}" if lang == "zh" else (
            f"{self.path or '(file)'}: {self.message.render(lang)}"
        )

    def as_json(self, lang: str = "zh") -> dict[str, str]:
        return {"path": self.path, "message": self.message.render(lang)}

    def __repr__(self) -> str:
        return f"CaseError({self.path!r}, {self.message.render()!r})"


class InvalidCase(ValueError):
    """The case cannot be used; ``errors`` lists every problem found."""

    def __init__(self, errors: list[CaseError]) -> None:
        super().__init__("; ".join(e.render() for e in errors))
        self.errors = errors


def format_path(loc: tuple | list) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += ("." if path else "") + str(part)
    return path


def _from_pydantic(error: dict) -> CaseError:
    code = error["type"]
    ctx = dict(error.get("ctx") or {})
    loc = list(error["loc"])
    extra = ctx.pop("_loc", None)
    if extra:
        # A model validator's error already sits at the model's path; a path starting with a top-level
        # name is absolute (raised by the Case itself).
        loc = extra if isinstance(extra[0], str) and extra[0] in Case.model_fields else loc + extra
    if code in ("literal_error", "enum"):
        # pydantic lists the choices in English ("'a', 'b' or 'c'"); keep the values, drop the "or".
        ctx["expected"] = str(ctx.get("expected", "")).replace(" or ", ", ")
    template = ERROR_MESSAGES.get(code)
    if template is None:
        template = ERROR_MESSAGES["invalid"]
    # Pydantic wraps BeforeValidator failures in their own type; its message is not for users.
    safe = {k: v for k, v in ctx.items() if isinstance(v, (str, int, float, Decimal))}
    try:
        template.format(**safe)
    except (KeyError, IndexError):
        template, safe = ERROR_MESSAGES["invalid"], {}
    return CaseError(format_path(loc), msg(template, **safe))


def parse_case(data: object) -> Case:
    """Validate a decoded case file; raises InvalidCase with every error found."""
    if not isinstance(data, dict):
        raise InvalidCase([CaseError("", msg(ERROR_MESSAGES["not_object"]))])
    if data.get("format", FORMAT) != FORMAT:
        raise InvalidCase([CaseError("format", msg(ERROR_MESSAGES["format_unknown"]))])
    try:
        return Case.model_validate(data)
    except ValidationError as error:
        errors = [_from_pydantic(e) for e in error.errors(include_url=False)]
        raise InvalidCase(_unique(errors)) from None


def _unique(errors: list[CaseError]) -> list[CaseError]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for error in errors:
        key = (error.path, error.message.render())
        if key not in seen:
            seen.add(key)
            kept.append(error)
    return kept


def load_case(path: str | Path) -> Case:
    """Read and validate a case file; every failure becomes InvalidCase, never a traceback."""
    return loads_case(read_case_file(path))


def read_case_file(path: str | Path) -> bytes:
    """A case file's bytes: only a regular file (a FIFO would block the read forever, a device never end)
    of at most CASE_FILE_MAX_BYTES, which is checked before reading (a 5 GB file is never loaded)."""
    return read_case_file_identified(path)[0]


def read_case_file_identified(path: str | Path) -> tuple[bytes, FileIdentity]:
    """``read_case_file``, and which file was read (to write back only over that very file)."""
    def refuse(code: str, **ctx: Any) -> InvalidCase:
        return InvalidCase([CaseError("", msg(ERROR_MESSAGES[code], **ctx))])

    limit = CASE_FILE_MAX_BYTES
    try:
        raw, info = read_regular_file(path, limit)
    except FileTooLarge:
        raise refuse("file_too_large", limit=limit // (1024 * 1024)) from None
    except OSError as error:  # a FIFO or a device too (SpecialFile): named by os_error_text
        raise refuse("file_unreadable", detail=os_error_text(error)) from None
    return raw, FileIdentity.of(info)


class _Unreadable(Exception):
    """Raised inside the JSON decoder's hooks; becomes a CaseError for the whole file."""

    def __init__(self, code: str, **ctx: Any) -> None:
        super().__init__(code)
        self.error = CaseError("", msg(ERROR_MESSAGES[code], **ctx))


def loads_case(raw: bytes | str) -> Case:
    """Decode and validate a case file's content, bounded in size, depth and number length; a key given
    twice is refused (JSON would silently keep the last one)."""
    if len(raw) > CASE_FILE_MAX_BYTES:
        raise InvalidCase([CaseError("", msg(ERROR_MESSAGES["file_too_large"],
                                             limit=CASE_FILE_MAX_BYTES // (1024 * 1024)))])
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        data = json.loads(text, parse_float=_reject_float_marker, parse_constant=_no_constants,
                          parse_int=_bounded_int, object_pairs_hook=_object_without_duplicates)
    except UnicodeDecodeError as error:
        raise InvalidCase([CaseError("", msg(ERROR_MESSAGES["not_utf8"], offset=error.start))]) from None
    except json.JSONDecodeError as error:
        raise InvalidCase(
            [CaseError("", msg(ERROR_MESSAGES["json_invalid"], line=error.lineno, column=error.colno))]
        ) from None
    except RecursionError:  # the decoder recurses per level: ~1,000 levels exhaust the stack
        raise InvalidCase([_nesting_error("")]) from None
    except _Unreadable as error:
        raise InvalidCase([error.error]) from None
    except _Constant:
        where = json.JSONDecodeError("", text, _constant_position(text))
        raise InvalidCase(
            [CaseError("", msg(ERROR_MESSAGES["json_invalid"], line=where.lineno, column=where.colno))]
        ) from None
    too_deep = _too_deep(data)
    if too_deep is not None:
        raise InvalidCase([_nesting_error(too_deep if too_deep in Case.model_fields else "")])
    return parse_case(data)


def _nesting_error(path: str) -> CaseError:
    if path == "notes":  # the free field people fill most: named in words, not by its key in the file
        return CaseError("", msg(ERROR_MESSAGES["notes_too_deep"], limit=NESTING_MAX))
    return CaseError(path, msg(ERROR_MESSAGES["nesting_too_deep"], limit=NESTING_MAX))


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > INTEGER_DIGITS_MAX:
        raise _Unreadable("integer_too_long", limit=INTEGER_DIGITS_MAX)
    return int(text)


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) < len(pairs):
        seen: set[str] = set()
        key = next(key for key, _ in pairs if key in seen or seen.add(key))
        # Name the key only when it looks like a field name: a key may itself be personal data.
        if re.fullmatch(r"[a-z_]{1,40}", key):
            raise _Unreadable("duplicate_key_named", key=key)
        raise _Unreadable("duplicate_key")
    return data


def _too_deep(data: object) -> str | None:
    """The top-level field under which the nesting passes NESTING_MAX levels, or None (no recursion)."""
    stack: list[tuple[object, int, str]] = [(data, 1, "")]
    while stack:
        value, depth, top = stack.pop()
        if depth > NESTING_MAX:
            return top
        if isinstance(value, dict):
            stack += [(item, depth + 1, top or str(key)) for key, item in value.items()]
        elif isinstance(value, list):
            stack += [(item, depth + 1, top) for item in value]
    return None


def _reject_float_marker(text: str) -> float:
    """JSON floats stay floats (money validation rejects them); hours accept them."""
    return float(text)


class _Constant(Exception):
    """NaN or Infinity in the file: not JSON (only Python's reader takes them)."""


def _no_constants(text: str) -> None:
    raise _Constant(text)


# A string, or a constant outside every string: the first constant found is where the decoder stopped.
_STRING_OR_CONSTANT = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)')


def _constant_position(text: str) -> int:
    """Where the first NaN or Infinity stands (the decoder's hook is not told), for the line and column."""
    for found in _STRING_OR_CONSTANT.finditer(text):
        if found.group(1):
            return found.start(1)
    return 0


def case_to_json(case: Case) -> dict[str, Any]:
    """The case as a ``lawgen.case/1`` object (the wizard's export, the register's storage)."""
    data = case.model_dump(mode="json", by_alias=True, exclude_none=True, exclude_defaults=False)
    return data
