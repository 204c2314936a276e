"""Final awards item by item (调解仲裁法第四十七条第（一）项; 解释（一）第十九条) and the small-claims status
(民事诉讼法第一百六十五条、第一百六十六条), each row by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lawgen.law import ParameterBook
from tests.support.case_builder import assessed


def wages(amount: str, first: str = "2026-01-01", last: str = "2026-08-31") -> dict:
    return {"kind": "unpaid_wages", "from": first, "to": last, "amount": amount}


@pytest.mark.parametrize(
    ("judged_on", "amount", "cap", "final"),
    [
        # Xiamen minimum wage 2265 from 2025-04-01: cap 12 × 2265 = 27180.00; exactly 27180 is final.
        ("2026-11-28", "27180.00", "27180.00", True),
        ("2026-11-28", "27180.01", "27180.00", False),
        # On 2025-04-01 the new cap already applies.
        ("2025-04-01", "25000", "27180.00", True),
        # The day before, the old minimum 2030: cap 12 × 2030 = 24360.00, so 25000 is not final.
        ("2025-03-31", "25000", "24360.00", False),
        ("2025-03-31", "24360", "24360.00", True),
    ],
)
def test_final_award_cap_on_judging_date(judged_on, amount, cap, final):
    result = assessed(prepared_on=judged_on,
                      employment={"start_date": "2024-06-01", "end_date": "2025-03-31"},
                      claims=[wages(amount, "2025-01-01", "2025-03-31")])
    assert result.final_award.cap == Decimal(cap)
    assert result.claims[0].final_award_item is final


def test_final_award_is_tested_item_by_item():
    # Three items under 27180 each, 40500 together: each is final (解释（一）第十九条); the sum is no test.
    # A deposit refund is not a kind named in 第四十七条第（一）项, whatever its size.
    result = assessed(claims=[
        wages("12000"),
        {"kind": "overtime", "from": "2026-06-01", "to": "2026-08-31", "weekday_hours": 87},  # 4500.00
        {"kind": "unlawful_termination"},  # 24000.00
        {"kind": "deposit_refund", "amount": "500"},
    ])
    assert [c.final_award_item for c in result.claims] == [True, True, True, False]
    assert [k.value for k in result.final_award.final_items] == ["unpaid_wages", "overtime",
                                                                 "unlawful_termination"]
    assert [k.value for k in result.final_award.non_final_items] == ["deposit_refund"]


def test_final_award_warns_when_minimum_wage_changed_since_dispute():
    # Ended 2025-02-28 (minimum 2030), judged 2026-11-28 (minimum 2265): which applies is unconfirmed.
    result = assessed(employment={"start_date": "2024-03-01", "end_date": "2025-02-28"},
                      claims=[wages("9000", "2025-01-01", "2025-02-28")])
    assert any("2030" in w.render() and "2265" in w.render() for w in result.warnings)


# Fujian: 2024 average wage 112377 (conflict; alternative 112185) × 50% = 56188.50; × 2 = 224754.00.
@pytest.mark.parametrize(
    ("total", "procedure", "status"),
    [
        ("56188.50", {}, "applies"),  # 第一百六十五条第一款: at most 50% → mandatory
        ("56188.51", {}, "by_agreement"),  # 第二款: above 50%, up to 2× → by agreement
        ("224754.00", {"consent_to_small_claims": True}, "by_agreement"),
        ("224754.01", {"consent_to_small_claims": True}, "over_limit"),  # above 2× even with consent
        ("1000", {"needs_appraisal": True}, "excluded"),  # 第一百六十六条第（三）项
        ("1000", {"respondent_missing": True}, "excluded"),  # 第（四）项
        ("1000", {"counterclaim": True}, "excluded"),  # 第（五）项
    ],
)
def test_small_claims_status(total, procedure, status):
    result = assessed(claims=[wages(total)], procedure=procedure)
    assert result.small_claims.threshold == Decimal("56188.50")
    assert result.small_claims.consent_limit == Decimal("224754.00")
    assert result.small_claims.status.value == status


def test_confirming_the_relationship_is_not_a_simple_money_claim():
    # 第一百六十五条 covers 简单金钱给付 only; a claim to confirm the relationship takes the case out.
    result = assessed(claims=[wages("1000"), {"kind": "confirm_relationship"}])
    assert result.small_claims.status.value == "excluded"
    assert result.claims[1].amount is None
    assert result.total == Decimal("1000.00")


@pytest.mark.parametrize(
    ("judged_on", "threshold", "consent"),
    [
        # 民诉法解释第二百七十二条: the latest published figure. Before 2025-06-12 that is 2023's 108520:
        # 108520 × 0.5 = 54260.00 and × 2 = 217040.00.
        ("2025-06-11", "54260.00", "217040.00"),
        ("2025-06-12", "56188.50", "224754.00"),
    ],
)
def test_small_claims_threshold_follows_published_average(judged_on, threshold, consent):
    result = assessed(prepared_on=judged_on, employment={"end_date": "2025-05-31"},
                      claims=[wages("6000", "2025-05-01", "2025-05-31")])
    assert (result.small_claims.threshold, result.small_claims.consent_limit) == (Decimal(threshold),
                                                                                   Decimal(consent))


def test_a_newer_court_notice_overrides_the_threshold():
    # --set small_claims_mandatory_max=60000: 56188.51 is then within the mandatory band.
    book = ParameterBook().with_override("small_claims_mandatory_max", "60000", "福建高院通知（测试）")
    result = assessed(claims=[wages("56188.51")], book=book)
    assert result.small_claims.status.value == "applies"
    assert result.small_claims.threshold == Decimal("60000")
    assert result.small_claims.threshold_parameter.status == "override"
