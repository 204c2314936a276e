"""How many widgets a field, a claim card and the claims page are made of (issue 12, item 2).

Every layout, restyle and screen update of the claims page walks its widgets, so the wizard's speed is
bounded by their number: a field row is flat (its label, its input and its message line straight in the
row's grid, no container between them) and the overtime helper is one grid. These are counts, never times;
each bound leaves room for a field or two more and fails if someone doubles a row or a card.

Counted on example 01 (s5): an input row 4 widgets (row, label, input, message), a choice row 8 (Textual's
Select is six: the box, its three parts and the list), a claim card 59 (was 72 with a container per line),
the claims page 245 (was 297), of which 82 are shown (was 98).
"""

from __future__ import annotations

from pathlib import Path

from textual.containers import Container
from textual.widget import Widget
from textual.widgets import Input, Label, Select

from lawgen.wizard.widgets.claim_helpers import OvertimeHelper
from lawgen.wizard.widgets.fields import FieldRow
from lawgen.wizard.widgets.pages import ItemCard
from tests.support.wizard_helpers import SIZE, async_test, example, make_app, open_stored, settle

INPUT_ROW_BOUND = 5  # row, label, input, message (4), and a note
CHOICE_ROW_BOUND = 9  # row, label, Select (6), message (8), and a note
CARD_BOUND = 64  # 59
HELPER_BOUND = 11  # title, three labels and inputs, result, button, the helper itself (10)
PAGE_BOUND = 270  # 245: three claims, the spare, two suggestions
SHOWN_BOUND = 95  # 82


def size(widget: Widget) -> int:
    return len(list(widget.walk_children(with_self=True)))


def shown(root: Widget) -> int:
    """Widgets laid out and drawn: displayed, and every ancestor up to ``root`` displayed."""
    count = 0
    for widget in root.walk_children():
        node = widget
        while node is not root and node.display:
            node = node.parent
        count += node is root
    return count


def containers_in(row: FieldRow) -> list[Widget]:
    """Containers in the row outside its input (a Select's own parts are Textual's)."""
    return [child for child in row.children if isinstance(child, Container)]


@async_test
async def test_a_field_row_is_its_label_its_input_and_its_message(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, example(), step="claims")
        await settle(pilot)
        page = app.screen.page
        rows = list(page.walk_children(FieldRow))
        assert rows
        for row in rows:
            assert containers_in(row) == [], row.path
            assert row.control.parent is row, row.path  # no line container between the row and its input
            if isinstance(row.control, Input):
                assert size(row) <= INPUT_ROW_BOUND, (row.path, size(row))
                labels = [child for child in row.children if isinstance(child, Label)]
                assert len(labels) == 1 and labels[0].parent is row, row.path
            elif isinstance(row.control, Select):
                assert size(row) <= CHOICE_ROW_BOUND, (row.path, size(row))


@async_test
async def test_a_claim_card_and_the_claims_page_stay_within_their_budget(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, example(), step="claims")
        await settle(pilot)
        page = app.screen.page
        cards = list(page.walk_children(ItemCard))
        assert len(cards) == 4  # example 01's three claims and the hidden spare
        for card in cards:
            assert size(card) <= CARD_BOUND, (card.index, size(card))
            helpers = list(card.walk_children(OvertimeHelper))
            assert len(helpers) == 1 and size(helpers[0]) <= HELPER_BOUND
            assert not [child for child in helpers[0].children if isinstance(child, Container)]
        assert size(page) <= PAGE_BOUND, size(page)
        assert shown(page) <= SHOWN_BOUND, shown(page)


@async_test
async def test_the_label_of_the_field_in_focus_is_marked_and_only_that_one(tmp_path: Path) -> None:
    """The mark moves with the focus by a class on the label (no :focus-within rule restyling the row)."""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, example(), step="worker")
        await settle(pilot)
        rows = list(app.screen.page.walk_children(FieldRow))

        def marked() -> list[str]:
            return [row.path for row in rows if any(
                isinstance(child, Label) and child.styles.text_style.reverse for child in row.children)]

        first = next(row for row in rows if isinstance(row.control, Input))
        first.focus_input()
        await pilot.pause()
        assert marked() == [first.path]
        await pilot.press("tab")
        await pilot.pause()
        second = next(row for row in rows if app.focused in (row.control, *row.control.walk_children()))
        assert second is not first
        assert marked() == [second.path]


@async_test
async def test_a_long_entry_scrolls_within_its_field_and_is_kept_whole(tmp_path: Path) -> None:
    """A field's input does not lay the page out again at each keystroke (its own size only tells how far
    it scrolls): text longer than the field still scrolls to the cursor, and nothing typed is lost."""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, example(), step="worker")
        await settle(pilot)
        row = next(row for row in app.screen.page.walk_children(FieldRow) if row.path == "worker.name")
        field = row.control
        assert isinstance(field, Input)
        field.focus()
        field.value = ""
        await pilot.pause()
        typed = "abcdefghij" * 6 + "Z"  # 61 characters in a field about 38 wide at 100 columns
        await pilot.press(*typed)
        await pilot.pause()
        assert field.value == typed
        assert app.session.draft["worker"]["name"] == typed
        assert field.size.width < len(typed)
        assert field.scroll_offset.x > 0  # scrolled to the end: the cursor and the last letters show
        assert field.render_line(0).text.rstrip().endswith("Z")
