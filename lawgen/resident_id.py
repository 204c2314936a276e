"""The 公民身份号码 (GB 11643-1999): seventeen digits and a check character (ISO 7064 MOD 11-2), the holder's
birth date in digits 7–14.

Only what the standard fixes is checked. The first six digits are the code of the place where the number
was first issued; python-stdnum's ``validate`` also refuses a code its table of divisions does not list in
the holder's birth year, but a number is issued where the household is registered, often years after the
birth and under a code made later (厦门湖里区 is listed from 1987, 翔安区 from 2003): it refused the genuine
numbers of most adult workers. So the place is left unchecked.
"""

from __future__ import annotations

import datetime as dt
import re

SHAPE = re.compile(r"\d{17}[\dX]")


def check_character(first_17: str) -> str:
    """The 18th character that the first seventeen digits call for."""
    from stdnum.cn import ric

    return ric.calc_check_digit(first_17 + "?")  # stdnum takes the whole number and ignores its last


def birth_date(number: str) -> dt.date | None:
    """Digits 7–14 as a date, or None when they are not one."""
    try:
        return dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def id_number_error(number: str) -> str | None:
    """The error code for an 18-character number (``id_length``, ``id_checksum``), or None when it is valid:
    its shape, a real birth date from 1900 on, and its check character."""
    if len(number) != 18:
        return "id_length"
    if not SHAPE.fullmatch(number):
        return "id_checksum"
    born = birth_date(number)
    if born is None or born.year < 1900 or number[17] != check_character(number[:17]):
        return "id_checksum"
    return None
