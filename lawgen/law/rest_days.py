"""Rest days and statutory holidays, from dated, cited data files (``holidays/*.toml``).

民法典第二百零三条: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。Practice counts
Saturdays and Sundays as 法定休假日 and a 调休 working Saturday as a working day (民通意见第198条, §14.1).

Each year's State Council arrangement (国务院办公厅关于××年部分节假日安排的通知) is one file: the days off
  and the
weekend days made working days, with its source. A user adds a newer notice with ``--holidays FILE``. For a
  year
with no arrangement the fixed holidays of 全国年节及纪念日放假办法第二条 (``holidays/fixed.toml``) still
  count;
only the 调休 is unknown, so a date computed then is an estimate and the earliest plausible one: a weekend day
near a holiday may become a working day, so the roll-over does not rely on it.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from lawgen.files import os_error_text
from lawgen.i18n import Msg, msg

HOLIDAY_DIR = Path(__file__).parent / "holidays"
ONE_DAY = dt.timedelta(days=1)
# 调休 moves weekend days next to a holiday block; a weekend this close to a fixed holiday may be a working
# day.
SWAP_WINDOW = dt.timedelta(days=7)


class HolidayFileError(ValueError):
    """A holiday file that cannot be used: which field, and why, in the user's language."""

    def __init__(self, path: str, message: Msg) -> None:
        super().__init__(f"{path}: {message.render()}")
        self.path, self.message = path, message


@dataclass(frozen=True)
class Arrangement:
    """One year's State Council holiday arrangement."""

    year: int
    days_off: frozenset[dt.date]
    working_days: frozenset[dt.date]
    source: str
    status: str = "secondary"


@dataclass(frozen=True)
class FixedHolidays:
    """The days 全国年节及纪念日放假办法第二条 fixes for a year (lunar dates resolved in the data file)."""

    year: int
    days: frozenset[dt.date]


def _day(value: object, where: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise HolidayFileError(where, msg("日期格式应为 YYYY-MM-DD，例如 2027-10-01")) from None


def parse_arrangement(data: dict, origin: str = "") -> Arrangement:
    """A ``{year, source, days_off: [[first, last], …], working_days: […]}`` table, checked whole."""
    prefix = f"{origin}: " if origin else ""
    year = data.get("year")
    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2100:
        raise HolidayFileError(prefix + "year", msg("应为四位年份，例如 2027"))
    source = data.get("source")
    if not isinstance(source, str) or not source.strip():
        raise HolidayFileError(prefix + "source", msg("须注明来源（国务院办公厅通知的名称和文号）"))
    days_off: set[dt.date] = set()
    for index, item in enumerate(data.get("days_off") or []):
        where = f"{prefix}days_off[{index}]"
        pair = item if isinstance(item, list) else [item, item]
        if len(pair) != 2:
            raise HolidayFileError(where, msg("应为 [\"首日\", \"末日\"]"))
        first, last = _day(pair[0], where + "[0]"), _day(pair[1], where + "[1]")
        if last < first or (last - first).days > 31:
            raise HolidayFileError(where, msg("末日不能早于首日，且一段假期不超过31天"))
        while first <= last:
            days_off.add(first)
            first += ONE_DAY
    working = {_day(d, f"{prefix}working_days[{i}]") for i, d in enumerate(data.get("working_days") or [])}
    for day in sorted(days_off | working):
        if day.year != year:
            raise HolidayFileError(prefix + "days_off", msg("{day} 不在 {year} 年内", day=day.isoformat(),
                                                            year=year))
    return Arrangement(year, frozenset(days_off), frozenset(working), source.strip(),
                       str(data.get("status", "secondary")))


@cache
def _shipped() -> tuple[tuple[Arrangement, ...], tuple[FixedHolidays, ...]]:
    arrangements = tuple(
        parse_arrangement(tomllib.loads(path.read_text(encoding="utf-8")), path.name)
        for path in sorted(HOLIDAY_DIR.glob("[0-9][0-9][0-9][0-9].toml"))
    )
    table = tomllib.loads((HOLIDAY_DIR / "fixed.toml").read_text(encoding="utf-8"))
    fixed = []
    for key, dates in table.items():
        if not key.isdigit():
            continue
        year = int(key)
        eve = _day(dates["spring_festival_eve"], key)
        days = {dt.date(year, 1, 1), dt.date(year, 5, 1), dt.date(year, 5, 2),
                *(eve + ONE_DAY * n for n in range(4)),
                _day(dates["qingming"], key), _day(dates["dragon_boat"], key), _day(dates["mid_autumn"], key),
                *(dt.date(year, 10, d) for d in (1, 2, 3))}
        fixed.append(FixedHolidays(year, frozenset(days)))
    return arrangements, tuple(fixed)


# The statutory holidays of a span, and the years of it whose holidays are not held.
HeldHolidays = tuple[tuple[dt.date, ...], tuple[int, ...]]


@dataclass(frozen=True)
class HolidayCalendar:
    """The arrangements lawgen ships plus those a user added (a later file wins for its year)."""

    added: tuple[Arrangement, ...] = field(default_factory=tuple)

    def arrangement(self, year: int) -> Arrangement | None:
        return _arrangement(self.added, year)

    def is_rest_day(self, day: dt.date) -> tuple[bool, bool]:
        """(is the day a rest day or statutory holiday, is that certain)."""
        return _rest_day(self.added, day)

    def roll_past_rest_days(self, day: dt.date) -> tuple[dt.date, bool]:
        """民法典第二百零三条: a last day on a rest day or holiday moves to the next working day.

        Returns the day and whether it is certain. An uncertain rest day (a weekend near a holiday in a year
        without an arrangement) is not rolled past: the earliest plausible date is the one shown.
        """
        exact = True
        while True:
            rest, certain = self.is_rest_day(day)
            exact = exact and self.arrangement(day.year) is not None
            if not certain:
                return day, False
            if not rest:
                return day, exact
            day += ONE_DAY

    def statutory_holidays(self, first: dt.date, last: dt.date) -> HeldHolidays:
        """The statutory holidays (全国年节及纪念日放假办法第二条) in [first, last], and the years of the span
        whose holidays lawgen does not hold (``fixed.toml`` starts with the 2025 revision)."""
        held = {year: _fixed_in(year) for year in range(first.year, last.year + 1)}
        days = sorted(d for found in held.values() if found for d in found if first <= d <= last)
        return tuple(days), tuple(year for year, found in held.items() if found is None)

    def working_days(self, first: dt.date, last: dt.date) -> tuple[int, bool]:
        """Working days in [first, last] and whether every day of them is certain."""
        count, exact, day = 0, True, first
        while day <= last:
            rest, certain = self.is_rest_day(day)
            exact = exact and certain and self.arrangement(day.year) is not None
            count += not rest
            day += ONE_DAY
        return count, exact


@lru_cache(maxsize=64)
def _arrangement(added: tuple[Arrangement, ...], year: int) -> Arrangement | None:
    shipped, _ = _shipped()
    found = [a for a in (*shipped, *added) if a.year == year]
    return found[-1] if found else None


@lru_cache(maxsize=256)
def _fixed_in(year: int) -> frozenset[dt.date] | None:
    """The statutory holidays of one year, None for a year ``fixed.toml`` does not hold."""
    _, fixed = _shipped()
    return next((f.days for f in fixed if f.year == year), None)


@lru_cache(maxsize=256)
def _fixed_around(year: int) -> frozenset[dt.date]:
    """The fixed holidays of the year and its neighbours (a 调休 can cross New Year)."""
    _, fixed = _shipped()
    return frozenset().union(*(f.days for f in fixed if abs(f.year - year) <= 1))


@lru_cache(maxsize=8192)
def _rest_day(added: tuple[Arrangement, ...], day: dt.date) -> tuple[bool, bool]:
    arrangement = _arrangement(added, day.year)
    if arrangement is not None:
        if day in arrangement.days_off:
            return True, True
        return day.weekday() >= 5 and day not in arrangement.working_days, True
    fixed = _fixed_around(day.year)
    if day in fixed:
        return True, True
    near = any(abs(day - holiday) <= SWAP_WINDOW for holiday in fixed)
    return day.weekday() >= 5, not near and bool(fixed)


DEFAULT_CALENDAR = HolidayCalendar()


def load_holiday_file(path: Path) -> tuple[Arrangement, ...]:
    """A user's holiday file: one arrangement at the top level, or several as ``[[arrangement]]`` tables."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        detail = os_error_text(error) if isinstance(error, OSError) else str(error)
        raise HolidayFileError("", msg("无法读取节假日文件：{detail}", detail=detail)) from None
    tables = data.get("arrangement")
    if isinstance(tables, list):
        return tuple(parse_arrangement(t, f"arrangement[{i}]") for i, t in enumerate(tables))
    return (parse_arrangement(data),)
