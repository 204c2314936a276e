"""The filings print an evidence item's purpose after «证明：»: what a volunteer types as «证明劳动关系» must
not come out as «证明：证明劳动关系»."""

from __future__ import annotations

import pytest

from lawgen.documents.context import _purpose


@pytest.mark.parametrize(("typed", "printed"), [
    ("证明劳动关系", "劳动关系"),
    ("证明：工资标准", "工资标准"),
    ("被申请人拖欠工资的事实", "被申请人拖欠工资的事实"),  # nothing to take off
    ("证明", None),  # nothing left: the blank line, as for no purpose at all
    (None, None),
])
def test_the_purpose_is_not_said_twice(typed, printed):
    assert _purpose(typed) == printed
