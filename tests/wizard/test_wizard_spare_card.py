"""The spare card of a list page (issue 12, item 2): an add shows a card composed ahead, within the key's
own handling, so the keys typed right after Ctrl+N land in the new card and nothing of it leaks into the
case, its errors or the rows of the page."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select

from lawgen.wizard.screens.step import page_errors
from lawgen.wizard.steps import CLAIM_KINDS
from lawgen.wizard.widgets.pages import ItemCard
from tests.support.wizard_helpers import SIZE, async_test, example, make_app, open_at, settle

KINDS = [kind for kind, _ in CLAIM_KINDS]
OVERTIME_KEY = str(KINDS.index("overtime") + 1)  # a kind's number in the choice
DEPOSIT_KEY = str(KINDS.index("deposit_refund") + 1)


@async_test
async def test_keys_right_after_an_add_land_in_the_new_card_and_a_spare_follows(tmp_path: Path) -> None:
    for premount in (False, True):
        app = make_app(tmp_path / str(premount), premount=premount)
        async with app.run_test(size=SIZE) as pilot:
            await open_at(pilot, example(), "claims")
            page = app.screen.page
            assert page.spare_ready  # composed with the page
            before = [dict(claim) for claim in app.session.draft["claims"]]
            spare = page._spare
            await pilot.press("ctrl+n", OVERTIME_KEY, "tab", *"2026-09-01")
            await pilot.pause()
            claims = app.session.draft["claims"]
            # example 01 has three claims: the fourth is the new one; the others are untouched
            assert claims[:3] == before
            assert claims[3] == {"kind": "overtime", "from": "2026-09-01"}
            assert page.cards()[-1] is spare and not spare.spare and spare.display
            assert [card.index for card in page.cards()] == [0, 1, 2, 3]
            assert spare.border_title == "请求 4"
            await settle(pilot)
            assert page.spare_ready and page._spare is not spare  # the next add finds one again
            # the hidden spare is in no list the screen checks or saves
            paths = [row.path for row in page.rows()]
            assert not [path for path in paths if path.startswith("claims[-1]")]
            assert "claims[3].from" in paths
            assert len(page.cards()) == 4
            screen = app.screen
            errors = page_errors(screen.step, app.verdict().errors, page.rows(), "zh", app.session.draft)
            assert not [row for row, _ in errors if row is not None and row.path.startswith("claims[-1]")]


def test_a_card_has_its_amount_line_before_it_is_mounted() -> None:
    """An assessment may arrive while a card is still being composed (two adds in a row): its amount line
    can be written before the card is on screen."""
    from lawgen.wizard.steps import step_by_id

    items = step_by_id("claims").items
    card = ItemCard(items, 0, {"kind": "overtime"}, "zh")
    card.amount_line().update("金额：填写完整后自动计算")  # raised NoMatches before the card was mounted


@async_test
async def test_choosing_a_kind_on_the_spare_card_changes_only_the_new_claim(tmp_path: Path) -> None:
    app = make_app(tmp_path, premount=True)
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, example(), "claims")
        page = app.screen.page
        await pilot.press("ctrl+n")
        await pilot.pause()
        card = page.cards()[-1]
        select = card.rows()[0].query_one(Select)
        assert app.focused is select  # focus in the new card's kind
        assert select.value is Select.NULL  # composed empty
        await pilot.press(DEPOSIT_KEY)  # 退还押金
        await pilot.pause()
        assert app.session.draft["claims"][-1] == {"kind": "deposit_refund"}
        assert [row.spec.key for row in card.rows() if row.display] == ["kind", "amount"]
