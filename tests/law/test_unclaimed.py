"""Claims the facts point to that the case does not make (law.unclaimed): a filing clerk found example 01's
worker — no written contract, 17 months employed — given no word of the double wage (about 66,000 yuan) in
the check report or the summary, while its months ran out one by one."""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal

import pytest

from lawgen.case import ClaimKind, parse_case
from lawgen.documents.summary import answers
from lawgen.law import assess
from tests.support.paths import EXAMPLE_CASE

# Example 01: 2025-03-01..2026-08-31 at 6,000 a month, dismissed, no written contract; judged 2026-11-28.
BASE = json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))


def _case(employment: dict | None = None, drop: tuple[str, ...] = (), add: tuple[dict, ...] = ()) -> dict:
    data = copy.deepcopy(BASE)
    data["employment"].update(employment or {})
    data["claims"] = [c for c in data["claims"] if c["kind"] not in drop] + list(add)
    return data


DOUBLE, TERMINATION, SEVERANCE = (ClaimKind.no_contract_double_wages, ClaimKind.unlawful_termination,
                                  ClaimKind.severance)
TABLE = [
    # No contract: 2025-04-01 (a month after the start) to 2026-02-28 (the day before the year is up),
    # 劳动合同法第八十二条、实施条例第七条: 11 months × 6,000 = 66,000.
    ("example 01 as it is", _case(), {DOUBLE: Decimal("66000.00")}),
    # Dismissed, nothing claimed for it: 1 y 6 m of service → 2 months (第四十七条: six months or more count
    # as a year) × 6,000 × 2 (第八十七条) = 24,000.
    ("dismissed, no termination claim", _case(drop=("unlawful_termination",)),
     {DOUBLE: Decimal("66000.00"), TERMINATION: Decimal("24000.00")}),
    # Quit over the employer's fault: the severance, 2 months × 6,000 = 12,000 (第三十八条、第四十六条).
    ("quit over the employer's fault",
     _case({"end_reason": "quit_employer_fault"}, drop=("unlawful_termination",)),
     {DOUBLE: Decimal("66000.00"), SEVERANCE: Decimal("12000.00")}),
    # Severance claimed for a dismissal: the compensation is its alternative (第八十七条), not pointed to.
    ("severance claimed instead", _case(drop=("unlawful_termination",), add=({"kind": "severance"},)),
     {DOUBLE: Decimal("66000.00")}),
    ("a written contract", _case({"written_contract": True}), {}),
    # Three weeks' work: the double wage starts a month after the first day, after the last (nothing owed).
    ("under a month", _case({"start_date": "2026-08-10"}, drop=("unpaid_wages", "overtime")), {}),
    ("double wages claimed", _case(add=({"kind": "no_contract_double_wages"},)), {}),
]


@pytest.mark.parametrize(("data", "expected"), [row[1:] for row in TABLE], ids=[row[0] for row in TABLE])
def test_the_claims_the_facts_point_to(data: dict, expected: dict) -> None:
    found = assess(parse_case(data)).unclaimed
    assert {u.claim.kind: u.claim.amount for u in found} == expected


@pytest.mark.parametrize(("data", "expected"), [row[1:] for row in TABLE if row[2]],
                         ids=[row[0] for row in TABLE if row[2]])
def test_each_is_assessed_as_if_it_were_claimed(data: dict, expected: dict) -> None:
    """Its amount, basis and own limitation are those the same claim gets when the case makes it; the
    case's own claims, total and parameters are untouched."""
    assessment = assess(parse_case(data))
    for found in assessment.unclaimed:
        claimed = assess(parse_case({**data, "claims": [*data["claims"], {"kind": found.claim.kind.value}]}))
        made = claimed.claims[-1]
        assert (found.claim.amount, found.claim.basis) == (made.amount, made.basis)
        assert found.claim.limitation == made.limitation
    assert len(assessment.claims) == len(data["claims"])


def test_the_summary_names_it_with_its_last_day() -> None:
    # Example 01 (start 2025-03-01, no contract, judged 2026-11-28): the double-wage period runs 2025-04-01 to
    # 2026-02-28. §14.2's safest view, the whole claim from 2025-04-01, ran out on 2026-04-01: at risk, not
    # lost. Month by month, November 2025's part is lost a year after 2025-11-30, on 2026-11-30; the latest
    # view, from the period's end, gives 2027-02-28, a Sunday, so Monday 2027-03-01.
    claims = answers(assess(parse_case(_case())))[0].answer
    assert claims[-1] == ("没签书面劳动合同，还可以要二倍工资差额约66,000.00元，期限已有风险，越早申请越好；"
                          "材料里没写，加不加和志愿者商量。")


@pytest.mark.parametrize(("on", "said"), [
    # Example 01's double wage (period 2025-04-01 to 2026-02-28): the safest view's date 2026-04-01.
    ("2026-03-20", "；最迟2026年4月1日申请仲裁（其他观点最迟2027年3月1日）"),  # not passed yet
    ("2026-11-28", "；按最严格的观点时效已于2026年4月1日届满，有风险但不一定要不回；"
                   "2026年11月30日过后又有一部分超过时效；按其他观点最迟2027年3月1日申请仲裁"),
    ("2027-03-02", "；仲裁时效可能已届满"),  # every view has passed
])
def test_the_check_says_when_the_safest_date_has_passed(on: str, said: str) -> None:
    import io

    from rich.console import Console

    from lawgen.report import _unclaimed

    buffer = io.StringIO()
    assessment = assess(parse_case(_case()), on=dt.date.fromisoformat(on))
    _unclaimed(Console(file=buffer, width=400), assessment, "zh")
    assert said in buffer.getvalue()


def test_nothing_pointed_to_is_added_to_the_filings(tmp_path) -> None:
    from lawgen.documents.packet import document_text, packet_documents, render_document

    assessment = assess(parse_case(_case()))
    application = next(spec for spec in packet_documents(assessment) if "仲裁申请书" in spec.file_name)
    path = tmp_path / "application.docx"
    path.write_bytes(render_document(application, assessment))
    text = "\n".join(document_text(path))
    assert "违法解除劳动合同赔偿金" in text and "二倍工资" not in text


@pytest.mark.parametrize(("example", "said"), [
    ("04-ride-hailing-unclear-relationship.json", True),  # 4 of 8 indicators: «不完全符合确立劳动关系情形»
    ("01-food-delivery-unlawful-dismissal.json", False),  # a labor relationship
])
def test_the_summary_says_a_relationship_in_doubt_before_filing(example: str, said: bool) -> None:
    data = json.loads((EXAMPLE_CASE.parent / example).read_text(encoding="utf-8"))
    first_step = answers(assess(parse_case(data)))[1].answer
    risk = "算不算劳动关系还有争议，仲裁委员会会先认定；不算的，有的请求可能要不回来，投诉也可能不受理。"
    assert (risk in first_step) is said
