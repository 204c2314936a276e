"""The courts that enforce a decision in force (民事诉讼法第二百三十五条), worked out once for the plan, the
worker's summary and the application."""

from __future__ import annotations

import pytest

from lawgen.case import parse_case
from lawgen.law.bodies import Bodies, EnforcementCourts, enforcement_courts
from tests.support.case_builder import case_dict

AWARD = {"applied_on": "2026-09-20", "award_date": "2026-11-10", "received_on": "2026-11-13"}
JUDGMENT = {"filed_on": "2026-11-20", "judgment_on": "2026-12-10", "court": "厦门市湖里区人民法院"}


def _bodies(employer_court: str | None) -> Bodies:
    return Bodies("厦门市劳动人事争议仲裁委员会", "厦门市思明区人民法院", None, (), employer_court)


@pytest.mark.parametrize(("procedure", "employer_court", "expected"), [
    # 第二款: an award (a document the law has the courts enforce, 调解仲裁法第五十一条) at the court of the
    # employer's domicile — the one lawgen can name — or of its property's place.
    ({"arbitration": AWARD}, "厦门市思明区人民法院", EnforcementCourts(False, "厦门市思明区人民法院")),
    ({"arbitration": AWARD}, None, EnforcementCourts(False, None)),
    # 第一款: a judgment at its court of first instance, whatever the employer's domicile.
    ({"arbitration": AWARD, "suit": JUDGMENT}, "厦门市思明区人民法院",
     EnforcementCourts(True, "厦门市湖里区人民法院")),
    ({"arbitration": AWARD, "suit": {**JUDGMENT, "court": None}}, "厦门市思明区人民法院",
     EnforcementCourts(True, None)),
    # A suit filed, no judgment yet: still the award's courts.
    ({"arbitration": AWARD, "suit": {"filed_on": "2026-11-20"}}, "厦门市思明区人民法院",
     EnforcementCourts(False, "厦门市思明区人民法院")),
])
def test_the_enforcing_courts_follow_the_decision(procedure, employer_court, expected) -> None:
    case = parse_case(case_dict(procedure=procedure, prepared_on="2026-12-20"))
    assert enforcement_courts(case.procedure, _bodies(employer_court)) == expected
