"""Dated, cited parameters per region, the OpenFisca way.

Each value lives in a TOML file per region (``parameters/350200.toml``) with the date it took effect, its
source, its status and when a person last checked it. A lookup walks from the most specific region to the
national file and returns the value *with* its citation. A date before the first value is an error, never a
default. Users may override a value (a newer court notice); the assessment then says so.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from pathlib import Path

from lawgen.i18n import Msg, msg
from lawgen.labels import PARAMETER_TITLES
from lawgen.law.rest_days import Arrangement, HolidayCalendar
from lawgen.regions import Region

PARAMETER_DIR = Path(__file__).parent / "parameters"
STALE_AFTER = dt.timedelta(days=366)


class Status(StrEnum):
    statute = "statute"
    secondary = "secondary"
    conflict = "conflict"
    unconfirmed = "unconfirmed"
    override = "override"  # supplied by the user, for this run


def parameter_title(name: str) -> Msg:
    """What a person reads for a parameter (``月最低工资标准``); its name only when it has no title yet."""
    label = PARAMETER_TITLES.get(name)
    return Msg(label) if label is not None else Msg("{name}", {"name": name})


@dataclass(frozen=True)
class ParameterValue:
    """One dated value and where it comes from."""

    name: str
    region: str
    value: Decimal
    effective_from: dt.date
    source: str
    status: Status
    checked_on: dt.date | None = None
    date_note: str | None = None
    valid_until: dt.date | None = None
    alternatives: tuple[Decimal, ...] = ()
    statistic_year: int | None = None
    derived_from: str | None = None  # computed from another parameter, whose warning then speaks for it

    @property
    def needs_confirmation(self) -> bool:
        return self.status not in (Status.statute,) or self.date_note is not None

    def as_json(self) -> dict[str, str | None]:
        return {
            "name": self.name,
            "region": self.region,
            "value": format(self.value, "f"),
            "effective_from": self.effective_from.isoformat(),
            "source": self.source,
            "status": self.status.value,
            "checked_on": self.checked_on.isoformat() if self.checked_on else None,
        }


class MissingParameter(LookupError):
    """No value is known for this parameter, region and date."""

    def __init__(self, name: str, region: str, on: dt.date, first: dt.date | None = None) -> None:
        self.name, self.region, self.on, self.first = name, region, on, first
        super().__init__(self.message().render())

    def message(self) -> Msg:
        """In plain words; each interface adds how to supply the value (the CLI names its option)."""
        if self.first:
            return msg(
                "{title}在 {region} 地区 {on} 没有已知取值（最早的取值自 {first} 起）；请提供有来源的数值",
                title=parameter_title(self.name), region=self.region, on=self.on.isoformat(),
                first=self.first.isoformat(),
            )
        return msg("{title}在 {region} 地区 {on} 没有已知取值；请提供有来源的数值",
                   title=parameter_title(self.name), region=self.region, on=self.on.isoformat())


class InvalidOverride(ValueError):
    pass


def _date(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@cache
def _load_files(directory: Path = PARAMETER_DIR) -> dict[str, dict[str, tuple[ParameterValue, ...]]]:
    """region code -> parameter name -> values ordered by effective date."""
    table: dict[str, dict[str, tuple[ParameterValue, ...]]] = {}
    for path in sorted(directory.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        region = data.pop("region")
        data.pop("name", None)
        entries: dict[str, tuple[ParameterValue, ...]] = {}
        for name, rows in data.items():
            values = [
                ParameterValue(
                    name=name,
                    region=region,
                    value=Decimal(row["value"]),
                    effective_from=_date(row["effective_from"]),
                    source=row["source"],
                    status=Status(row["status"]),
                    checked_on=_date(row.get("checked_on")),
                    date_note=row.get("date_note"),
                    valid_until=_date(row.get("valid_until")),
                    alternatives=tuple(Decimal(a) for a in row.get("alternatives", ())),
                    statistic_year=row.get("statistic_year"),
                )
                for row in rows
            ]
            entries[name] = tuple(sorted(values, key=lambda v: v.effective_from))
        table[region] = entries
    return table


@dataclass(frozen=True)
class ParameterBook:
    """The parameters in force, plus the user's overrides for this run."""

    overrides: dict[str, ParameterValue] = field(default_factory=dict)
    directory: Path = PARAMETER_DIR
    holidays: tuple[Arrangement, ...] = ()  # holiday arrangements a user added (a newer State Council notice)

    @property
    def calendar(self) -> HolidayCalendar:
        return HolidayCalendar(self.holidays)

    def with_holidays(self, arrangements: tuple[Arrangement, ...]) -> ParameterBook:
        return replace(self, holidays=(*self.holidays, *arrangements))

    def with_override(self, name: str, value: str, source: str = "") -> ParameterBook:
        try:
            amount = Decimal(value)
        except InvalidOperation:
            raise InvalidOverride(name) from None
        if not amount.is_finite() or amount < 0:
            raise InvalidOverride(name)
        override = ParameterValue(
            name=name,
            region="override",
            value=amount,
            effective_from=dt.date.min,
            source=source or "用户提供（命令行或配置文件）",
            status=Status.override,
        )
        return replace(self, overrides={**self.overrides, name: override})

    def known_names(self) -> set[str]:
        return {name for entries in _load_files(self.directory).values() for name in entries} | {
            "avg_monthly_wage_prev_year",
            "small_claims_mandatory_max",
            "small_claims_consent_max",
        }

    def lookup(self, name: str, region: Region, on: dt.date) -> ParameterValue:
        """The value in force on ``on`` for the most specific region that has one."""
        if name in self.overrides:
            return self.overrides[name]
        table = _load_files(self.directory)
        earliest: dt.date | None = None
        for code in region.chain():
            values = table.get(code, {}).get(name)
            if not values:
                continue
            in_force = [v for v in values if v.effective_from <= on]
            if in_force:
                return in_force[-1]
            earliest = values[0].effective_from
            break  # a more general region's value never stands in for a later local one
        raise MissingParameter(name, region.code, on, earliest)

    def find(self, name: str, region: Region, on: dt.date) -> ParameterValue | None:
        try:
            return self.lookup(name, region, on)
        except MissingParameter:
            return None


def staleness(value: ParameterValue, on: dt.date) -> Msg | None:
    """A warning when nobody has checked a value for over a year, or it is past its known validity."""
    if value.status is Status.override:
        return None
    if value.valid_until and on > value.valid_until:
        return msg(
            "{name}的已知有效期至 {until}，判断日 {on} 已超出，请核对是否有新标准",
            name=parameter_title(value.name), until=value.valid_until.isoformat(), on=on.isoformat(),
        )
    if value.checked_on and on - value.checked_on > STALE_AFTER:
        return msg(
            "{name}最后核对于 {checked}，距判断日已超过一年，可能已过时，请核对最新标准",
            name=parameter_title(value.name), checked=value.checked_on.isoformat(),
        )
    return None
