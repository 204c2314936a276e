"""Keyboard only, nothing lost: the claims-step bug of issue 12 replayed key by key, focus kept after every
add, remove and selection, and no scroll jump — against the real app under Pilot."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, Select

from lawgen.store import CaseStore
from tests.support.wizard_helpers import (
    SIZE,
    async_test,
    example,
    focused_path,
    make_app,
    open_at,
    open_stored,
    row,
    settle,
    with_one_empty_claim,
)


async def choose_by_keys(pilot, path: str, label_start: str) -> None:
    """Open the select with enter and move down to the option, as a volunteer does without a mouse."""
    select = row(pilot.app, path).query_one(Select)
    select.focus()
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    from textual.widgets._select import SelectOverlay

    overlay = select.query_one(SelectOverlay)
    options = [str(overlay.get_option_at_index(i).prompt) for i in range(overlay.option_count)]
    # the open list shows each option's key before it: «1 拖欠工资»
    target = next(i for i, text in enumerate(options) if text.partition(" ")[2].startswith(label_start))
    moves = target - (overlay.highlighted or 0)
    await pilot.press(*(["down"] * moves if moves > 0 else ["up"] * -moves), "enter")
    await pilot.pause()


@async_test
async def test_choosing_a_claim_kind_then_tab_types_into_the_period(tmp_path: Path) -> None:
    """Issue 12: 拖欠工资, Tab, `2026-09-01` made the text vanish and the next entries land one field high."""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, with_one_empty_claim(), step="claims")
        await choose_by_keys(pilot, "claims[0].kind", "拖欠工资")
        assert focused_path(app) == "claims[0].kind"  # the selection kept the focus
        await pilot.press("tab")
        assert focused_path(app) == "claims[0].from"
        await pilot.press(*"2026-09-01", "tab", *"2026-10-31", "tab", *"9000")
        await pilot.pause()
        assert focused_path(app) == "claims[0].amount"
        claim = app.session.draft["claims"][0]
        assert claim == {"kind": "unpaid_wages", "from": "2026-09-01", "to": "2026-10-31", "amount": "9000"}
        assert row(app, "claims[0].from").query_one(Input).value == "2026-09-01"
        await settle(pilot)
        saved = CaseStore(tmp_path).get(app.session.case_id)
        assert saved is not None and saved.draft["claims"][0]["amount"] == "9000"


@async_test
async def test_changing_the_kind_keeps_what_was_typed_for_the_kind_it_comes_back_to(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, with_one_empty_claim(), step="claims")
        await choose_by_keys(pilot, "claims[0].kind", "拖欠工资")
        await pilot.press("tab", *"2026-09-01")
        await choose_by_keys(pilot, "claims[0].kind", "违法解除")
        # the damages claim takes no period: it leaves the draft (the case file forbids it)
        assert app.session.draft["claims"][0] == {"kind": "unlawful_termination"}
        assert focused_path(app) == "claims[0].kind"
        await choose_by_keys(pilot, "claims[0].kind", "拖欠工资")
        assert app.session.draft["claims"][0] == {"kind": "unpaid_wages", "from": "2026-09-01"}


@async_test
async def test_add_and_remove_keep_the_focus_and_the_scroll(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, example(), step="claims")
        page = app.screen.page
        add = page.query_one("#add-claims", Button)
        add.focus()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert focused_path(app) == "claims[3].kind"  # the new claim's first field
        assert page.scroll_y > 0  # the new card is in view, the page did not jump to the top
        await choose_by_keys(pilot, "claims[3].kind", "退还押金")
        await pilot.press("tab", *"300")
        await pilot.pause()
        assert app.session.draft["claims"][3] == {"kind": "deposit_refund", "amount": "300"}
        # remove the second claim: the later ones move up and keep their values
        second = page.cards()[1]
        second.query_one(".remove", Button).focus()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("tab", "enter")  # the dialog: cancel is first, confirm after it
        await pilot.pause()
        kinds = [c["kind"] for c in app.session.draft["claims"]]
        assert kinds == ["unpaid_wages", "unlawful_termination", "deposit_refund"]
        assert [card.index for card in page.cards()] == [0, 1, 2]
        assert row(app, "claims[2].amount").query_one(Input).value == "300"
        assert app.focused is page.cards()[1].query_one(".remove", Button)  # the card now in its place
        await pilot.press("shift+tab")  # back into that card, typing goes to the right claim
        await settle(pilot)
        saved = CaseStore(tmp_path).get(app.session.case_id)
        assert [c["kind"] for c in saved.draft["claims"]] == kinds


@async_test
async def test_respondents_added_and_removed_in_the_order_that_broke(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, example(), step="respondents")
        page = app.screen.page
        for name in ("第二公司", "第三公司"):
            page.query_one("#add-respondents", Button).focus()
            await pilot.press("enter")
            await pilot.pause()
            app.focused.insert_text_at_cursor(name)  # the name field has focus: typed as an IME commits
            await pilot.pause()
        page.cards()[1].query_one(".remove", Button).focus()
        await pilot.press("enter", "tab", "enter")
        await pilot.pause()
        names = [r.get("name") for r in app.session.draft["respondents"]]
        assert names == ["厦门速达即时配送服务有限公司", "第三公司"]
        assert row(app, "respondents[1].name").query_one(Input).value == "第三公司"
        await pilot.press("shift+tab", "shift+tab")
        await pilot.pause()
        # typing into the renumbered card edits the item it now shows
        target = row(app, "respondents[1].phone").query_one(Input)
        target.focus()
        await pilot.press(*"05925550000")
        await pilot.pause()
        assert app.session.draft["respondents"][1]["phone"] == "05925550000"


@async_test
async def test_every_step_keeps_its_page_focus_and_typing_when_left_and_come_back(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, example(), step="worker")
        field = row(app, "worker.address").query_one(Input)
        field.focus()
        await pilot.press("end", *"301")
        await pilot.press("f3")
        await pilot.pause()
        assert app.screen.step.id == "respondents"
        await pilot.press("f2")
        await pilot.pause()
        assert app.screen.step.id == "worker"
        assert focused_path(app) == "worker.address"
        assert app.session.draft["worker"]["address"].endswith("301")


@async_test
async def test_the_english_screen_is_english_down_to_textual_s_own_texts(tmp_path: Path) -> None:
    import re

    from textual.widgets import Label, Static

    han = re.compile(r"[\u3400-\u9fff]")
    app = make_app(tmp_path, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, example(), "claims")
        page = app.screen.page
        texts = [str(w.render()) for w in page.query(".field-label, .intro, .suggest-label").results()
                 if isinstance(w, Label | Static)]
        texts += [str(b.label) for b in app.screen.query(Button).results(Button)]
        texts += [b.description for b in app.screen.active_bindings.values() for b in [b.binding]]
        assert texts and not [t for t in texts if han.search(t)]
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        from textual.command import CommandInput

        assert app.screen.query_one(CommandInput).placeholder == "Search commands, terms or cases…"


# The later pages composed in idle moments, and quitting waiting for them: test_wizard_card_size.py (one
# composition of every page for that and the collector's freeze).
