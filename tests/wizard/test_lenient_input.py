"""Forgiving input (lawgen.lenient): what volunteers type, read into the case file's own form, and the ID
check character hint; the district picker's search (lawgen.regions.search)."""

from __future__ import annotations

import pytest

from lawgen.lenient import id_check_character, read_code, read_date, read_money
from lawgen.regions import search


@pytest.mark.parametrize(("typed", "stored"), [
    ("6000", "6000"), ("6000元", "6000"), ("6,000", "6000"), ("6，000.50", "6000.50"), ("￥6000", "6000"),
    ("６０００", "6000"),  # full-width digits from an input method
    ("6000.123", "6000.123"),  # kept: the case model says at most two decimals
    ("1,00", "1,00"),  # not a thousands grouping: kept, and refused as not a number
    ("六千", "六千"),
])
def test_money(typed: str, stored: str) -> None:
    assert read_money(typed) == stored


@pytest.mark.parametrize(("typed", "stored"), [
    ("2025-03-10", "2025-03-10"), ("2025/3/10", "2025-03-10"), ("2025.3.10", "2025-03-10"),
    ("2025年3月10日", "2025-03-10"), ("2025年3月10", "2025-03-10"), ("20250310", "2025-03-10"),
    ("2025/2/30", "2025-02-30"),  # no such day: the case model says so
    ("3/10", "3/10"),  # no year: kept as typed, refused
])
def test_dates(typed: str, stored: str) -> None:
    assert read_date(typed) == stored


def test_codes_are_read_as_printed() -> None:
    assert read_code(" 35020319980512001x ") == "35020319980512001X"


# GB 11643 (ISO 7064 MOD 11-2): weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 over 35020319980512001 give
# 3·7+5·9+0·10+2·5+0·8+3·4+1·2+9·1+9·6+8·3+0·7+5·9+1·10+2·5+0·8+0·4+1·2 = 244; 244 mod 11 = 2;
# the check character for remainder 2 is X.
def test_the_eighteenth_character_an_id_would_need() -> None:
    assert id_check_character("35020319980512001") == "X"
    assert id_check_character("3502031998051200") is None


def test_a_district_by_name_and_a_name_shared_by_four() -> None:
    assert [r.code for r in search("思明区")] == ["350203"]
    assert {r.code for r in search("鼓楼区")} == {"320106", "320302", "350102", "410204"}
    assert search("350203") == []  # codes are resolved, not searched
