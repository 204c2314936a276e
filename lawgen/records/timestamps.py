"""Times as people and platform exports write them, read as China time (UTC+8).

``2026-03-02 09:15``, ``2026/3/2 9:15:30``, ``2026年3月2日 9:15``, ``2026.03.02 09:15``, ISO with a zone
(converted to China time), an Excel date cell or serial number, a Unix timestamp (UTC, in seconds or
milliseconds). A time alone (``9:15``) needs the row's date column. Full-width digits are accepted.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

CHINA = dt.timezone(dt.timedelta(hours=8))
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_DATE_TIME = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*[T\s]\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:\.\d+)?)?\s*秒?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?"
)
_TIME = re.compile(r"(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:\.\d+)?)?\s*秒?")
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


class Unreadable(ValueError):
    pass


def _china(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(CHINA).replace(tzinfo=None)
    return moment.replace(microsecond=0) if moment.microsecond else moment


def parse_moment(value: object) -> dt.datetime | dt.time:
    """A moment, or a bare time of day (for a row with a date column). Raises Unreadable."""
    if type(value) is str:  # the common case, an export's "2026-03-02 09:15[:00]": fast
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return moment if moment.tzinfo is None and not moment.microsecond else _china(moment)
    if isinstance(value, dt.datetime):
        return _china(value)
    if isinstance(value, dt.time):
        return value.replace(microsecond=0)
    if isinstance(value, dt.date):
        raise Unreadable  # a date without a time cannot place an order in the day
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number(float(value))
    text = str(value or "").strip()
    if not text:
        raise Unreadable
    try:
        return _china(dt.datetime.fromisoformat(text))  # the common export form, fast
    except ValueError:
        pass
    text = unicodedata.normalize("NFKC", text)
    match = _DATE_TIME.fullmatch(text)
    if match:
        year, month, day, hour, minute, second, zone = match.groups()
        if hour is None:
            raise Unreadable
        try:
            moment = dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
        except ValueError:
            raise Unreadable from None
        if zone:
            offset = zone.replace(":", "")
            if offset == "Z":
                moment = moment.replace(tzinfo=dt.UTC)
            else:
                sign = -1 if offset[0] == "-" else 1
                delta = dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5]))
                moment = moment.replace(tzinfo=dt.timezone(sign * delta))
        return _china(moment)
    match = _TIME.fullmatch(text)
    if match:
        hour, minute, second = match.groups()
        try:
            return dt.time(int(hour), int(minute), int(second or 0))
        except ValueError:
            raise Unreadable from None
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return _number(float(text))
    raise Unreadable


def parse_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return _china(value).date()
    if isinstance(value, dt.date):
        return value
    text = unicodedata.normalize("NFKC", str(value or "").strip())
    match = _DATE.fullmatch(text)
    if not match:
        raise Unreadable
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        raise Unreadable from None


def _number(number: float) -> dt.datetime:
    """An Excel serial date (days since 1899-12-30) or a Unix timestamp in seconds or milliseconds."""
    if 20_000 <= number <= 80_000:  # 1954 to 2119
        return _EXCEL_EPOCH + dt.timedelta(seconds=round(number * 86_400))
    if 1e12 <= number < 1e14:
        number /= 1000
    if 1e9 <= number < 1e10:
        return _china(dt.datetime.fromtimestamp(number, dt.UTC))
    raise Unreadable
