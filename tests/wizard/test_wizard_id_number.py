"""The wizard's ID field takes a genuine number whose place code is younger than its holder (a volunteer's
worker born 1985 in 湖里区 was refused, and the step could not be left), and refuses a wrong check
character."""

from __future__ import annotations

import pytest

from lawgen.wizard.steps import Kind
from lawgen.wizard.validators import validators_for


@pytest.mark.parametrize(("typed", "valid"), [
    ("350206198503152416", True),  # check character by hand in tests/law/test_resident_id.py
    ("350206 19850315 2416", True),  # typed with spaces
    ("350206198503152415", False),
    ("350213197501010018", True),  # 翔安区 (code from 2003), born 1975
])
def test_the_id_field_checks_what_gb_11643_fixes(typed: str, valid: bool) -> None:
    [check] = validators_for(Kind.id_number, "zh")
    assert check.validate(typed).is_valid is valid
