"""How much a claim card is made of (issue 12, item 2): every widget of the claims page is walked by each
layout, style update and garbage collection, so a card holds what its kind needs and little more. The
bounds are counts, never times; they fail if someone doubles a card, not when a field is added."""

from __future__ import annotations

import asyncio
import gc
from pathlib import Path

from textual.widgets import Input

from lawgen.wizard.draft import judge
from lawgen.wizard.steps import CLAIM_KINDS
from lawgen.wizard.widgets.claim_helpers import OvertimeHelper
from lawgen.wizard.widgets.pages import ItemCard
from tests.support.wizard_helpers import SIZE, async_test, example, make_app, open_at, open_stored, settle

KINDS = [kind for kind, _ in CLAIM_KINDS]
OVERTIME_KEY = str(KINDS.index("overtime") + 1)  # a kind's number in the choice
DEPOSIT_KEY = str(KINDS.index("deposit_refund") + 1)

# Measured (s4): a claim card is 72 widgets — its nine fields of every kind and the kind's choice, the wage
# offer, the amount line, 删除, and the overtime helper (a title, three labelled inputs, the result and
# 填入), hidden but for overtime. Mounting the helper only when a card became an overtime claim (59 for
# the others) lost the keys typed right after the choice, so every card holds it. The bound leaves room for
# a field or two more.
CARD_BOUND = 80


def widgets(card: ItemCard) -> int:
    return len(list(card.walk_children()))


@async_test
async def test_a_claim_card_holds_what_its_kind_needs(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, example(), "claims")
        page = app.screen.page
        # example 01: 拖欠工资, 加班费, 违法解除赔偿金, then the hidden spare
        cards = {card.item.get("kind"): card for card in page.cards()}
        assert set(cards) == {"unpaid_wages", "overtime", "unlawful_termination"}
        # the spare holds a helper too, hidden: its kind is chosen with keys right after Ctrl+N
        assert page._spare is not None and widgets(page._spare) <= CARD_BOUND
        for kind, card in cards.items():
            assert widgets(card) <= CARD_BOUND, (kind, widgets(card))
            helper = card.overtime_helper()
            assert helper is not None and helper.display is (kind == "overtime")


@async_test
async def test_the_overtime_helper_comes_with_the_kind_and_keeps_what_was_typed(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, example(), "claims")
        page = app.screen.page
        card = page.cards()[0]  # 拖欠工资: its helper hidden
        assert card.overtime_helper() is not None and not card.overtime_helper().display
        card.rows()[0].focus_input()
        await pilot.press(OVERTIME_KEY)  # now 加班费
        await settle(pilot)
        helper = card.overtime_helper()
        assert helper is not None and helper.display
        assert widgets(card) <= CARD_BOUND
        # shown when the kind was chosen, it says how to fill it
        assert "每周哪几天" in str(helper.query_one(".helper-result").render())
        day_hours = helper.query_one(".oh-day-hours", Input)
        day_hours.focus()
        await pilot.press("1", "0")
        await pilot.pause()
        # the kind's choice has the focus again; 退还押金 hides the helper, 加班费 shows the same one back
        card.rows()[0].focus_input()
        await pilot.press(DEPOSIT_KEY)
        await settle(pilot)
        assert app.session.draft["claims"][0]["kind"] == "deposit_refund"
        assert not helper.display and card.overtime_helper() is helper
        await pilot.press(OVERTIME_KEY)
        await settle(pilot)
        assert helper.display and helper.query_one(".oh-day-hours", Input).value == "10"
        assert len(list(card.walk_children(OvertimeHelper))) == 1


@async_test
async def test_an_assessment_arriving_while_a_card_is_removed(tmp_path: Path) -> None:
    """Textual takes a removed card apart over several turns of the loop, children first; an assessment
    shown meanwhile crashed on a helper that had lost its result line (NoMatches, a traceback)."""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, example(), "claims")
        screen = app.screen
        overtime = next(card for card in screen.page.cards() if card.item.get("kind") == "overtime")
        removal = asyncio.ensure_future(screen.remove_card(overtime))
        turns = 0
        while not removal.done():
            # a new assessment each turn (by identity): the page rewrites every card's amounts and helpers
            screen.show_verdict(judge(app.session.draft, app.today))
            turns += 1
            await asyncio.sleep(0)
        await removal
        assert turns > 1  # the removal did take several turns
        left = ["unpaid_wages", "unlawful_termination"]
        assert [card.item.get("kind") for card in screen.page.cards()] == left
        assert [claim["kind"] for claim in app.session.draft["claims"]] == left


@async_test
async def test_later_pages_are_composed_in_idle_moments_kept_out_of_full_collections_and_waited_for(
        tmp_path: Path) -> None:
    """Composed once for both checks (composing every page is the dearest thing a wizard test does): the
    later pages are composed in idle moments, not shown; once they all are, full collections no longer walk
    them until the case is closed; and quitting while a page is being composed waits for it."""
    from lawgen.wizard.steps import visible_steps
    from lawgen.wizard.widgets.pages import StepPage

    app = make_app(tmp_path, premount=True)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, example(), step="start")
        wanted = {f"page-{step.id}" for step in visible_steps(app.session.draft)}
        for _ in range(400):  # the later pages are composed in idle moments, one by one
            await pilot.pause(0.05)
            if gc.get_freeze_count() and not app.premounting:
                break
        assert {page.id for page in app.screen.query(StepPage)} == wanted
        shown = [page for page in app.screen.query(StepPage) if page.display]
        assert [page.id for page in shown] == ["page-start"]  # composed, not shown
        assert gc.get_freeze_count() > 0
        await pilot.press("escape")  # back to the register: the case's widgets may be collected again
        await pilot.pause()
        assert gc.get_freeze_count() == 0
        await pilot.press("enter")  # opened again: its later pages are composed anew, in idle moments
        for _ in range(400):
            if app.premounting:
                break
            await pilot.pause(0.01)
        await pilot.press("ctrl+q")  # while a page is being composed (or right after): a clean exit
    assert app.return_code == 0
