"""The 公民身份号码 check (GB 11643): shape, birth date and check character, never the place code — a genuine
number issued under a district code made after the holder's birth (a volunteer's worker born 1985 in 湖里区,
350206, listed from 1987) was refused and the worker step could not be left."""

from __future__ import annotations

import json

import pytest

from lawgen.case import InvalidCase, parse_case
from lawgen.resident_id import id_number_error
from tests.support.paths import EXAMPLE_CASE

# Check characters by hand, ISO 7064 MOD 11-2: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 on the first 17
# digits, the sum mod 11 indexes «1 0 X 9 8 7 6 5 4 3 2».
CASES = [
    # 3·7+5·9+0+2·5+0+6·4+1·2+9·1+8·6+5·3+0+3·9+1·10+5·5+2·8+4·4+1·2 = 270; 270 mod 11 = 6 → «6»
    ("350206198503152416", None),  # 湖里区, born 1985: the code is listed from 1987
    ("350206198503152415", "id_checksum"),  # the same with a wrong check character
    # 21+45+0+10+8+12+2+9+42+15+0+9+0+5+0+0+2 = 180; 180 mod 11 = 4 → «8»
    ("350213197501010018", None),  # 翔安区, born 1975: the code is listed from 2003
    ("350206198502302416", "id_checksum"),  # 30 February
    ("35020619850315241A", "id_checksum"),  # a letter other than X
    ("35020618990315241X", "id_checksum"),  # born before 1900
    ("35020619850315241", "id_length"),
]


@pytest.mark.parametrize(("number", "error"), CASES)
def test_id_number_error(number: str, error: str | None) -> None:
    assert id_number_error(number) == error


@pytest.mark.parametrize(("number", "error"), CASES)
def test_the_case_file_reads_an_id_number_as_the_wizard_does(number: str, error: str | None) -> None:
    data = json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))
    data["worker"].update(id_number=number, gender="男")  # the 17th digit 1 is odd: a man
    data["worker"].pop("birth_date", None)
    if error is None:
        assert parse_case(data).worker.id_number == number
    else:
        with pytest.raises(InvalidCase) as raised:
            parse_case(data)
        assert [e.path for e in raised.value.errors] == ["worker.id_number"]
