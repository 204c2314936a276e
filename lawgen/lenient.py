"""What people type -> the case file's own form: ``6,000元`` -> ``6000``, ``2025年3月10日`` -> ``2025-03-10``.

The case file stays strict (``lawgen.case/1`` takes ``YYYY-MM-DD`` and plain digits); this module is the one
place that reads the forms volunteers and workers write, so the wizard — and any other reader that wants to
be forgiving — turns them into that form before validation. Text it cannot read is returned unchanged, so
the case model's own message names the problem and nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from lawgen.i18n import N_, Msg, msg

_MONEY_MARKS = re.compile(r"^(?:人民币|RMB|CNY|￥|¥)?(.*?)(?:元整|元|块钱|块)?$", re.IGNORECASE)
_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def _plain(text: str) -> str:
    """Full-width digits and punctuation (input methods type them) as ASCII; spaces dropped."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def read_money(text: str) -> str:
    """``6000元``, ``￥6,000``, ``6，000.50`` -> ``6000`` / ``6000.50``; anything else unchanged."""
    plain = _plain(text).replace("，", ",")
    match = _MONEY_MARKS.match(plain)
    body = match.group(1) if match else plain
    if _GROUPED.match(body):
        body = body.replace(",", "")
    return body if re.fullmatch(r"\d+(\.\d+)?", body) else text.strip()


def read_date(text: str) -> str:
    """``2025/3/10``, ``2025.3.10``, ``2025年3月10日``, ``20250310`` -> ``2025-03-10``; anything else
    unchanged. A date that does not exist (``2025/2/30``) comes back as ``2025-02-30`` so the case model
    says it is not a valid date."""
    plain = _plain(text)
    match = _DATE.match(plain) or _COMPACT_DATE.match(plain)
    if not match:
        return text.strip()
    year, month, day = (int(part) for part in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


def read_code(text: str) -> str:
    """An ID number or credit code as printed: spaces gone, letters upper case, full-width as ASCII."""
    return _plain(text).upper()


def id_check_character(first_17: str) -> str | None:
    """GB 11643 (ISO 7064 MOD 11-2): the 18th character an ID number must end with, if its first 17 digits
    are right; None when they are not 17 digits."""
    if not re.fullmatch(r"\d{17}", first_17):
        return None
    from lawgen.resident_id import check_character

    return check_character(first_17)


# The one wording of a typed date that is no date, for the wizard's dialogs and the commands' options.
DATE_FORMS = N_("日期请写成 2026-11-28、2026/11/28 或 2026年11月28日")
NO_SUCH_DAY = N_("没有这一天：{date}")
_ISO_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")


def date_problem(text: str) -> Msg | None:
    """Why ``text`` (as typed) is no date, or None when it is one: a day the calendar lacks (2026-02-30)
    is named as such, anything else gets the forms a date may be written in."""
    iso = read_date(text)
    try:
        dt.date.fromisoformat(iso)
    except ValueError:
        return msg(NO_SUCH_DAY, date=iso) if _ISO_SHAPE.fullmatch(iso) else msg(DATE_FORMS)
    return None


def is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(read_date(text))
    except ValueError:
        return False
    return True
