"""What an add and an opening touch (issue 12, item 2), counted with Textual's own hooks, never timed: the
stylesheet is matched against a widget only once it is in a screen, a screen just composed is not restyled
as a whole when it is shown, an add lays the screen out once (also after a scroll) and restyles only the
widgets the focus leaves and enters."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from textual._compositor import Compositor
from textual.css.stylesheet import Stylesheet
from textual.widget import Widget
from textual.widgets import Button, Select

from lawgen.wizard.steps import visible_steps
from lawgen.wizard.widgets.pages import ItemCard
from tests.support.wizard_helpers import SIZE, async_test, example, make_app, open_at, settle, write_register


@contextmanager
def counted(app=None, until=None) -> Iterator[Counter]:
    """Counts, while inside: widgets the stylesheet is applied to (``styled``; a widget's component
    classes are not counted), those among them outside every screen (``styled outside``), and whole-screen
    layouts (``layouts``: a reflow, or the full map made again by a lookup). With ``until``, counting stops
    at the first screen update written when ``until()`` holds."""
    counts: Counter = Counter()
    apply, arrange = Stylesheet.apply, Compositor._arrange_root
    on = [True]

    def counting_apply(self, node, *args, **kwargs):
        if on[0] and isinstance(node, Widget):
            counts["styled"] += 1
            if node._parent is None:
                counts["styled outside"] += 1
        return apply(self, node, *args, **kwargs)

    def counting_arrange(self, *args, **kwargs):
        if on[0]:
            counts["layouts"] += 1
        return arrange(self, *args, **kwargs)

    Stylesheet.apply, Compositor._arrange_root = counting_apply, counting_arrange
    if until is not None:
        display = app._display

        def displaying(screen, update) -> None:
            display(screen, update)
            if on[0] and until():
                on[0] = False

        app._display = displaying
    try:
        yield counts
    finally:
        Stylesheet.apply, Compositor._arrange_root = apply, arrange
        if until is not None:
            app._display = display


@async_test
async def test_a_widget_being_built_is_not_styled_before_it_is_mounted(tmp_path: Path) -> None:
    """A compact choice box and a button with a variant change their classes in their constructors: no
    stylesheet is matched against them then (their mount styles them)."""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        with counted() as counts:
            Select([("甲", "a")], compact=True, value="a")
            Button("添加", variant="primary", compact=True)
        assert counts["styled"] == 0, counts  # each restyled itself and its parts two or three times


@async_test
async def test_opening_a_case_styles_each_widget_of_its_page_once(tmp_path: Path) -> None:
    case_id = write_register(tmp_path, example(), "claims")
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        with counted() as counts:
            app.open_case(case_id)
            await settle(pilot)
            widgets = len(list(app.screen.walk_children(with_self=True)))
        assert app.screen.page.step.id == "claims"
        assert counts["styled outside"] == 0
        # each widget styled at its mount, a few again as the focus arrives: before, the screen's first
        # showing styled all of them a second time, and widgets being built were styled before their mount
        assert widgets > 250
        assert counts["styled"] < widgets * 1.5, (counts["styled"], widgets)
        assert gc.isenabled()  # the collector waited while the page was composed, and runs again


async def idle(pilot) -> None:
    """The wizard's idle moment: every page composed in the background and the list's spare card ready."""
    app = pilot.app
    await settle(pilot)
    for _ in range(600):
        composed = {page.step.id for page in app.screen.pages()}
        if not app.premounting and composed >= {step.id for step in visible_steps(app.session.draft)} and (
                app.screen.page.spare_ready):
            return
        await pilot.pause(0.05)
    raise TimeoutError("the wizard did not become idle")


@async_test
async def test_an_add_after_a_scroll_lays_the_screen_out_once_and_restyles_only_the_focus(
        tmp_path: Path) -> None:
    app = make_app(tmp_path, premount=True)  # as the wizard runs: the next spare is made in idle time
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, example(), "claims")
        page = app.screen.page
        page.scroll_end(animate=False)  # a scroll lays out only what is on screen
        await idle(pilot)
        cards = len(page.cards())

        def shown() -> bool:  # the new card on screen with the focus in it
            new = page.cards()[-1]
            return (len(page.cards()) > cards and app.focused is not None and new in app.focused.ancestors
                    and page.region.contains_region(new.region))

        with counted(app, shown) as counts:
            await pilot.press("ctrl+n")
            await idle(pilot)
        assert len(page.cards()) == cards + 1 and isinstance(page.cards()[-1], ItemCard)
        assert shown()
        # one layout for the card shown, and the scroll that brings it into view (its part on screen, then
        # the whole map once): the full layout after the scroll left the map marked stale, and the first
        # lookup of a region made it again (five)
        assert counts["layouts"] <= 3, counts
        # the focus leaves one widget and enters the kind's choice box (its parts and its list's styles)
        # and marks the row's label: about a dozen, never the card or the page (a card is 59 widgets)
        assert counts["styled"] <= 16, counts
