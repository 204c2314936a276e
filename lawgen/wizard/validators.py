"""As-you-type checks for the wizard's inputs, with the case file's own rules and messages.

Dates, money and hours go through the case model's field types, ID numbers through ``lawgen.resident_id``
(GB 11643) and credit codes through python-stdnum (GB 32100), so a value the wizard accepts is one
``parse_case`` accepts. Messages are the case errors' Chinese templates, translated into the UI language.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from pydantic import TypeAdapter, ValidationError
from pydantic_core import PydanticCustomError
from textual.validation import ValidationResult, Validator

from lawgen.case import ERROR_MESSAGES, Date, Hours, Money
from lawgen.case import _phone as check_phone
from lawgen.i18n import N_, msg
from lawgen.lenient import id_check_character, read_code, read_date, read_money
from lawgen.regions import UnknownRegion, resolve
from lawgen.wizard.steps import Kind

Check = Callable[[str], str | None]  # text -> error code (a key of ERROR_MESSAGES), or None when fine


@cache
def _adapter(kind: Kind) -> TypeAdapter:
    return TypeAdapter({Kind.date: Date, Kind.money: Money, Kind.hours: Hours}[kind])


READERS: dict[Kind, Callable[[str], str]] = {Kind.date: read_date, Kind.money: read_money}


def _typed(kind: Kind) -> Check:
    read = READERS.get(kind, str.strip)

    def check(text: str) -> str | None:
        try:
            _adapter(kind).validate_python(read(text))
        except ValidationError as error:
            return error.errors()[0]["type"]
        return None

    return check


def _stdnum(module_name: str, length_code: str, checksum_code: str) -> Check:
    def check(text: str) -> str | None:
        import importlib

        from stdnum.exceptions import ValidationError as NumberError

        compact = read_code(text)
        if len(compact) != 18:
            return length_code
        try:
            importlib.import_module(f"stdnum.cn.{module_name}").validate(compact)
        except NumberError:
            return checksum_code
        return None

    return check


def _id_number(text: str) -> str | None:
    from lawgen.resident_id import id_number_error

    return id_number_error(read_code(text))  # the case model's own rule


def _phone(text: str) -> str | None:
    try:
        check_phone(text)  # the case model's own rule
    except PydanticCustomError as error:
        return error.type
    return None


def _region(text: str) -> str | None:
    try:
        resolve(text.strip())
    except UnknownRegion:
        return "region_unknown"
    return None


def _integer(text: str) -> str | None:
    return None if text.strip().isdigit() else "int_type"


CHECKS: dict[Kind, Check] = {
    Kind.date: _typed(Kind.date),
    Kind.money: _typed(Kind.money),
    Kind.hours: _typed(Kind.hours),
    Kind.id_number: _id_number,
    Kind.credit_code: _stdnum("uscc", "credit_code_length", "credit_code_checksum"),
    Kind.phone: _phone,
    Kind.region: _region,
    Kind.integer: _integer,
}


ID_CHECK_HINT = N_("公民身份号码校验码不符：如果前17位无误，第18位应为 {char}；请对照身份证逐位核对")
REGION_MISSING = N_("找不到“{code}”：请输入区县名称（例如 思明区）或六位区划代码（例如 350203）")


def message_for(code: str, text: str, lang: str) -> str:
    if code == "id_checksum":
        char = id_check_character(read_code(text)[:17])
        if char is not None and char != read_code(text)[17:]:
            return msg(ID_CHECK_HINT, char=char).render(lang)
    if code == "region_unknown":
        return msg(REGION_MISSING, code=text.strip()[:20]).render(lang)
    template = ERROR_MESSAGES.get(code, ERROR_MESSAGES["invalid"])
    params = {"code": text.strip()} if "{code}" in template else {}
    return msg(template, **params).render(lang)


class FieldCheck(Validator):
    """A Textual validator for one kind of field; empty is fine here (required-ness is the step's job)."""

    def __init__(self, kind: Kind, lang: str) -> None:
        super().__init__()
        self.kind, self.lang = kind, lang

    def validate(self, value: str) -> ValidationResult:
        if not value.strip():
            return self.success()
        code = CHECKS[self.kind](value)
        return self.success() if code is None else self.failure(message_for(code, value, self.lang), value)


def validators_for(kind: Kind, lang: str) -> list[Validator]:
    return [FieldCheck(kind, lang)] if kind in CHECKS else []
