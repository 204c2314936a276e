"""The kind of relationship: 劳社部发〔2005〕12号第一条 and the three categories of 人社部发〔2021〕56号."""

from __future__ import annotations

import pytest

from lawgen.case import Relationship
from lawgen.i18n import msg
from lawgen.law.hints import Need
from lawgen.law.relationship import INDICATORS, RecordIndicator, questions_to_ask, relationship_category

T, F = True, False


@pytest.mark.parametrize(
    ("answers", "category", "score"),
    [
        # All 12号 essentials (rules, pay, business) and a schedule: 75/75 → labor, 100.
        (dict(company_sets_schedule=T, company_rules_and_penalties=T, company_pays_worker=T,
              work_is_company_business=T), "labor", 100),
        # Nothing answered: no basis, shown as the middle category with a neutral 50.
        ({}, "incomplete", 50),
        # Managed (rules, pay, business) but own schedule, may refuse orders, other platforms:
        # pointing 20+15+20 = 55 of 20+20+15+20+10+5 = 90 → 61 → incomplete.
        (dict(company_sets_schedule=F, company_rules_and_penalties=T, company_pays_worker=T,
              work_is_company_business=T, can_refuse_orders=T, works_for_other_platforms=T),
         "incomplete", 61),
        # 80 of 100 points, but the work is not part of the company's business (an essential of 12号第一条):
        # not a labor relationship whatever the score → incomplete, 80.
        (dict(company_sets_schedule=T, company_rules_and_penalties=T, company_pays_worker=T,
              work_is_company_business=F, company_equipment_or_uniform=T, can_refuse_orders=F,
              works_for_other_platforms=F, sets_own_prices=F), "incomplete", 80),
        # Self-employed on a platform: 0 of 100 → civil.
        (dict(company_sets_schedule=F, company_rules_and_penalties=F, company_pays_worker=F,
              work_is_company_business=F, company_equipment_or_uniform=F, can_refuse_orders=T,
              works_for_other_platforms=T, sets_own_prices=T), "civil", 0),
    ],
    ids=["labor", "unanswered", "managed-but-free", "essential-missing", "civil"],
)
def test_relationship_category(answers, category, score):
    verdict = relationship_category(Relationship(**answers))
    assert (verdict.category.value, verdict.score) == (category, score)
    assert verdict.reasons


@pytest.mark.parametrize(
    ("answers", "category", "score"),
    [
        # A signed labor contract and nothing else answered: labor (劳动合同法第七条、第十条), 100.
        ({}, "labor", 100),
        # The contract outweighs a low score from the other indicators: 15 of 45 points → 33, still labor.
        (dict(company_sets_schedule=F, company_pays_worker=T, can_refuse_orders=T), "labor", 33),
        # …but not an essential indicator answered against it (no pay from the company): back to the score,
        # 20 of 35 → 57, incomplete.
        (dict(company_sets_schedule=T, company_pays_worker=F), "incomplete", 57),
    ],
    ids=["contract-only", "contract-outweighs-score", "essential-against"],
)
def test_written_contract(answers, category, score):
    verdict = relationship_category(Relationship(**answers), written_contract=True)
    assert (verdict.category.value, verdict.score) == (category, score)


# Figures from order records, as lawgen.records gives them: each names the questions it bears on.
SIX_DAYS = RecordIndicator("days_per_week", "每周工作天数", msg("{days}天", days=6),
                           ("company_sets_schedule",))
ONE_PLATFORM = RecordIndicator("platform_share", "同一平台的订单占比", msg("{share}%", share=100),
                               ("works_for_other_platforms",))


@pytest.mark.parametrize(
    ("answers", "records", "to_ask"),
    [
        # The schedule question is answered, the platforms question not: only the latter is to ask.
        (dict(company_sets_schedule=T, company_rules_and_penalties=T, company_pays_worker=T,
              work_is_company_business=T), (SIX_DAYS, ONE_PLATFORM), ("works_for_other_platforms",)),
        # Nothing answered: both questions the figures bear on are to ask, in the questionnaire's order.
        ({}, (ONE_PLATFORM, SIX_DAYS), ("company_sets_schedule", "works_for_other_platforms")),
        # Answered against labor (own schedule): the figures do not overrule the answer, nothing to ask.
        (dict(company_sets_schedule=F), (SIX_DAYS,), ()),
    ],
    ids=["one-unanswered", "none-answered", "answered-against"],
)
def test_order_records_stand_beside_the_answers(answers, records, to_ask):
    """劳社部发〔2005〕12号第二条: records are evidence for the answers; they never change the verdict."""
    without = relationship_category(Relationship(**answers))
    verdict = relationship_category(Relationship(**answers), records=records)
    assert (verdict.category, verdict.score, verdict.indicators_for, verdict.indicators_answered) == (
        without.category, without.score, without.indicators_for, without.indicators_answered)
    assert verdict.to_ask == to_ask
    assert verdict.reasons[:-1] == without.reasons
    shown = verdict.reasons[-1].render("zh")
    assert shown.startswith("订单记录显示：") and "劳社部发〔2005〕12号第二条" in shown
    assert all(r.label in shown for r in records)
    hints = questions_to_ask(verdict)
    if to_ask:
        (hint,) = hints
        assert hint.need is Need.relationship_answer
        assert all(INDICATORS[name][2] in hint.message.render("zh") for name in to_ask)
    else:
        assert hints == ()


def test_no_records_no_line_and_no_hint():
    verdict = relationship_category(Relationship())
    assert verdict.records == () and verdict.to_ask == () and questions_to_ask(verdict) == ()
    assert not any("订单记录" in r.render("zh") for r in verdict.reasons)
