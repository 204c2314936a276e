"""What last session's volunteer and attacker left (issue 12): focus, the open lists, the screens at 80×24,
the schedule kept with the case, the first page at once, a paste's escape codes and a name's bidi controls.

Each test failed on the code before its fix (said in its docstring)."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input

from lawgen.wizard.outside_text import NeutralWrite, pasted, shown
from tests.support.wizard_helpers import async_test, example, make_app, open_stored, row, settle


async def go(pilot, step: str) -> None:
    """Show a step and wait until its page is the one shown (a step change composes it in a worker)."""
    app = pilot.app
    app.show_step(step)
    for _ in range(200):
        await pilot.pause(0.05)
        screen = app.screen
        if getattr(getattr(screen, "step", None), "id", None) == step and screen._composed(step):
            await pilot.pause()
            return
    raise AssertionError(f"step {step} not shown")


async def until(pilot, condition, seconds: float = 10.0) -> None:
    """Wait until ``condition()`` holds (a loaded machine draws late), then once more for the screen."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            break
        await pilot.pause(0.05)
    await pilot.pause()


def screen_lines(app) -> list[str]:
    """The screen as the terminal shows it, line by line (the compositor's strips: what is drawn, overlays
    and cut characters included)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


# --- the English register's footer (item 10) ---

@async_test
async def test_the_register_footer_fits_80_columns_in_both_languages(tmp_path: Path) -> None:
    """In English the palette's key lay over «r Record  k Calendar» («r Reco▏Ctrl+P commands»)."""
    for lang, labels in (("en", ("n New", "Del Delete", "x Erase", "r Record", "k Calendar")),
                         ("zh", ("n 新建", "Del 删除", "x 抹除", "r 记录", "k 日历", "Ctrl+P 命令"))):
        app = make_app(tmp_path / lang, lang)
        async with app.run_test(size=(80, 24)) as pilot:
            for _ in range(100):  # the footer composes its keys after the screen's first refresh
                await pilot.pause(0.05)
                footer = screen_lines(app)[-1]
                if footer.strip():
                    break
            await pilot.pause(0.2)
            footer = screen_lines(app)[-1]
            for label in labels:
                assert label in footer, (lang, footer)


# --- pasted escape codes and bidi controls (item 11) ---

def test_a_paste_loses_its_escape_sequences_and_keeps_its_text() -> None:
    cases = {
        "王\x1b[31m小\x1b[0m明": "王小明",  # colours copied from a terminal
        "\x1b]0;owned\x07厦门\x1b]2;x\x1b\\市": "厦门市",  # window titles (OSC, ended by BEL or ST)
        "a\x1b[2J\x1b[Hb\x1bcc": "abc",  # clear screen, cursor home, reset
        "第一行\r\n第二行\r第三行": "第一行\n第二行\n第三行",
        "x\x00y\x08z\x7f\x9b31mw": "xyzw",  # NUL, backspace, DEL, C1 CSI
        "6000元\t整": "6000元\t整",
    }
    for text, expected in cases.items():
        assert pasted(text) == expected, text


@async_test
async def test_a_pasted_escape_sequence_does_not_reach_the_field(tmp_path: Path) -> None:
    """Before: the field took the ESC and the codes after it as typed text."""
    draft = example()
    draft["worker"] = {}
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_stored(pilot, draft, step="worker")
        field = row(app, "worker.name").query_one(Input)
        field.focus()
        await pilot.pause()
        app.post_message(events.Paste("王\x1b[31m小\x1b[0m明\x1b]0;title\x07"))
        await pilot.pause()
        assert field.value == "王小明"
        await settle(pilot)
        assert app.session.draft["worker"]["name"] == "王小明"


def test_bidi_controls_are_shown_neutralised() -> None:
    # U+202E RIGHT-TO-LEFT OVERRIDE would show «王小明» as «明小王»; each control takes no cell
    assert shown("王\u202e小明\u202c") == "王小明"
    assert shown("\u2066a\u2069\u200fb\u061c") == "ab"
    written: list[str] = []
    write = NeutralWrite(written.append)
    write("\x1b[1m林\u202d小海\u202c\x1b[0m")
    assert written == ["\x1b[1m林小海\x1b[0m"]


@async_test
async def test_a_name_with_an_override_shows_as_typed_and_is_stored_as_typed(tmp_path: Path) -> None:
    """Before: the register's cell held the RLO, and the terminal showed the name reversed."""
    draft = example()
    draft["worker"]["name"] = "林\u202e小海"
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        case_id = app.store.create(draft, step="worker")
        app.screen.reload()
        await pilot.pause()
        assert isinstance(app._driver.write, NeutralWrite)  # everything written to the terminal
        await until(pilot, lambda: any("林小海" in line for line in screen_lines(app)))
        assert any("林小海" in line for line in screen_lines(app))
        assert app.store.get(case_id).draft["worker"]["name"] == "林\u202e小海"


# --- focus on arriving (item 2) ---

@async_test
async def test_every_step_arrives_with_a_control_in_focus(tmp_path: Path) -> None:
    """Before: the review and the last step (13, generating) focused their scroll container, which shows
    no focus at all; the volunteer had to Tab to find where the keys went."""
    from textual.widgets import Button, Checkbox, Select, TextArea

    from lawgen.wizard.steps import STEP_IDS

    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_stored(pilot, example(), step="start")
        from lawgen.wizard.screens.review import GenerateScreen, ReviewScreen

        for step in [*STEP_IDS, "review", "generate"]:
            if step in STEP_IDS:
                await go(pilot, step)
            else:
                app.show_step(step)
                kind = ReviewScreen if step == "review" else GenerateScreen
                await until(pilot, lambda kind=kind: isinstance(app.screen, kind) and app.focused is not None)
            focused = app.focused
            assert isinstance(focused, (Input, Select, Button, TextArea, Checkbox)), (step, focused)
            assert app.screen.region.contains_region(focused.region), (step, focused.region)
        assert app.focused.id == "generate"  # step 13: Enter generates


# --- the open list's numbers (item 3) ---

@async_test
async def test_the_open_list_shows_the_keys_and_takes_them(tmp_path: Path) -> None:
    """Before: the open list showed «拖欠工资» without its 1, and a number key typed searched the list
    instead of choosing (it worked only when the list was closed)."""
    from textual.widgets import Select

    from lawgen.wizard.steps import CLAIM_KINDS

    draft = example()
    draft["claims"] = [{}]
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_stored(pilot, draft, step="claims")
        select = row(app, "claims[0].kind").query_one(Select)
        select.focus()
        await pilot.pause()
        await pilot.press("enter")  # opens the list
        await pilot.pause()
        assert select.expanded
        shown_lines = "\n".join(screen_lines(app))
        assert f"1 {CLAIM_KINDS[0][1]}" in shown_lines and f"2 {CLAIM_KINDS[1][1]}" in shown_lines
        await pilot.press("3")  # the third kind, chosen and the list closed
        await pilot.pause()
        assert not select.expanded and app.focused is select
        assert app.session.draft["claims"][0]["kind"] == CLAIM_KINDS[2][0]
        await pilot.press("enter", "1")  # the same with the first
        await pilot.pause()
        assert app.session.draft["claims"][0]["kind"] == CLAIM_KINDS[0][0]


# --- suggestion lines leave no Tab stop behind (item 1) ---

@async_test
async def test_a_decided_suggestion_leaves_no_tab_stop_and_focus_stays_visible(tmp_path: Path) -> None:
    """Before: Shift+Tab from the first suggestion landed on the page itself (no focus to be seen), and a
    line being removed kept its two buttons in the Tab order while Textual took it apart."""
    from lawgen.wizard.screens.suggest import SuggestionRow
    from lawgen.wizard.widgets.pages import StepPage
    from tests.support.keys import burst

    def check(where: str) -> None:
        focused = app.focused
        assert focused is not None and not isinstance(focused, StepPage), (where, focused)
        assert app.screen.region.contains_region(focused.region) and focused.region.area, (where, focused)
        for widget in app.screen.focus_chain:
            line = next((a for a in widget.ancestors if isinstance(a, SuggestionRow)), None)
            assert line is None or line.kind in wanted(), (where, line.kind)

    def wanted() -> set[str]:
        from lawgen.wizard.draft import declined_suggestions
        from lawgen.wizard.suggestions import suggested_claims

        draft = app.session.draft
        return {s.kind.value for s in suggested_claims(draft, declined_suggestions(draft))}

    draft = example()
    draft["claims"] = [{}]
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_stored(pilot, draft, step="claims")
        await settle(pilot)
        first = app.screen.query(SuggestionRow).first(SuggestionRow).kind
        check("arrived")
        await burst(pilot, "enter", "tab", "enter")  # accept the first, decline the second
        check("accepted and declined")
        assert app.session.draft["claims"][0]["kind"] == first and len(
            app.session.draft["notes"]["wizard_suggestions"]["declined"]) == 1
        for _ in range(3):
            await burst(pilot, "shift+tab")
            check("shift+tab")
        for _ in range(4):
            await burst(pilot, "tab")
            check("tab")


# --- the schedule kept with the case (item 7) ---

@async_test
async def test_the_schedules_typed_come_back_when_the_case_is_reopened(tmp_path: Path) -> None:
    """Before: the overtime helper's fields were empty again after closing and reopening the case (only
    the claim's hours they filled were kept). The work step's hours a day / days a week come back too."""
    from lawgen.store import CaseStore
    from lawgen.wizard.widgets.pages import ItemCard
    from tests.support.wizard_helpers import type_into

    def helper_fields(app, claim: int) -> tuple[str, str, str]:
        card = [c for c in app.screen.page.cards() if isinstance(c, ItemCard)][claim]
        helper = card.overtime_helper()
        return tuple(helper.typed(key) for key in ("oh-day-hours", "oh-weekdays", "oh-week"))

    draft = example()
    draft["claims"].insert(0, {"kind": "overtime"})  # removed below: the schedules after it move up
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        case_id = await open_stored(pilot, draft, step="work")
        await type_into(pilot, "notes.wizard_schedule.hours_a_day", "11")
        await type_into(pilot, "notes.wizard_schedule.days_a_week", "6")
        await go(pilot, "claims")
        await settle(pilot)
        helper = app.screen.page.cards()[2].overtime_helper()
        for key, text in (("oh-day-hours", "10"), ("oh-weekdays", "1-6")):
            field = helper.query_one(f".{key}", Input)
            field.focus()
            await pilot.pause()
            await pilot.press(*text)
        await settle(pilot)
        await app.screen.remove_card(app.screen.page.cards()[0])  # the claim before it goes
        await settle(pilot)
        await pilot.press("escape")  # back to the register: the case is saved and closed
        await pilot.pause()
    stored = CaseStore(tmp_path).get(case_id).draft
    assert [c["kind"] for c in stored["claims"]] == ["unpaid_wages", "overtime", "unlawful_termination"]

    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        app.open_case(case_id)
        await settle(pilot)
        await go(pilot, "work")
        assert row(app, "notes.wizard_schedule.hours_a_day").query_one(Input).value == "11"
        assert row(app, "notes.wizard_schedule.days_a_week").query_one(Input).value == "6"
        await go(pilot, "claims")
        await settle(pilot)
        assert helper_fields(app, 1) == ("10", "1-6", "")  # the overtime claim, now the second
        assert helper_fields(app, 0) == ("", "", "")


# --- a new card stays in view when the amounts above it arrive (item 9) ---

@async_test
async def test_the_new_claim_stays_in_view_when_the_first_amounts_arrive(tmp_path: Path) -> None:
    """Before: Ctrl+N right after opening showed the new card; the first assessment then added the amount,
    formula and basis lines to the three cards above, and the new card (with the focus) went below the
    fold."""
    app = make_app(tmp_path)
    held: list[tuple] = []
    ready = app._verdict_ready
    app._verdict_ready = lambda *args: held.append(args)  # the first assessment arrives after the add
    async with app.run_test(size=(80, 24)) as pilot:
        await open_stored(pilot, example(), step="claims")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert held and app.screen.page.region.contains_region(app.focused.region)
        app._verdict_ready = ready
        ready(*held[-1])
        await pilot.pause()
        await pilot.pause()
        focused, page = app.focused, app.screen.page
        assert app.session.draft["claims"][-1] == {}
        assert any("元" in card.amount_line().render().plain for card in page.cards())  # the amounts came
        assert page.region.contains_region(focused.region), (focused.region, page.region)


# --- help and answers at 80×24 say there is more, and scroll with the keys (item 5) ---

@async_test
async def test_help_and_answers_at_80x24_show_more_and_scroll_with_the_keys(tmp_path: Path) -> None:
    """Before: F1's help and F4's last answer lay below the fold with a two-cell scroll bar as the only
    sign, and neither took ↑↓ or PgDn (F6 went to the hidden assessment panel)."""
    from textual.containers import VerticalScroll

    from lawgen.wizard.widgets.more import HelpText

    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_stored(pilot, example(), step="evidence")
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        help_text = app.screen.query_one(HelpText)
        assert help_text.max_scroll_y > 0 and "更多" in help_text.border_subtitle
        assert "更多" in "\n".join(screen_lines(app))
        await pilot.press("f6")
        await pilot.pause()
        assert app.focused is help_text
        await pilot.press("pagedown")
        await pilot.pause()
        assert help_text.scroll_y > 0
        await pilot.press("end")
        await pilot.pause(0.3)
        assert "更多" not in help_text.border_subtitle  # the end reached
        await pilot.press("f6")  # back to the field it came from
        await pilot.pause()
        assert app.focused is not help_text

        await pilot.press("f4")
        await pilot.pause(0.3)
        scroll = app.screen.query_one("#answers-scroll", VerticalScroll)
        assert app.focused is scroll and scroll.max_scroll_y > 0
        assert "↓ 更多" in "\n".join(screen_lines(app))
        await pilot.press("pagedown", "pagedown", "pagedown", "pagedown", "pagedown")
        await pilot.pause(0.3)
        assert scroll.scroll_y == scroll.max_scroll_y  # the last answer in view, and the hint gone
        assert "↓ 更多" not in "\n".join(screen_lines(app))


# --- opening a case: the first page at once, the office and the other pages after (item 8) ---

@async_test
async def test_a_case_opens_on_its_page_first_and_keys_typed_meanwhile_are_kept(tmp_path: Path) -> None:
    """Before: opening a case started LibreOffice and prepared the templates (a thread holding the GIL)
    while the first page was being composed — 12 s to the first page at load 9 on two cores, 4 s without
    (measured with the app below, «first page claims»). Now the office starts once every page is
    composed; pages are composed while typing pauses, and the keys typed meanwhile all land."""
    from lawgen.wizard.steps import visible_steps
    from tests.support.keys import burst

    draft = example()
    draft["worker"] = {}
    app = make_app(tmp_path, premount=True)
    app.warm_office = True  # as in a terminal: LibreOffice kept running for the PDFs
    async with app.run_test(size=(100, 32)) as pilot:
        case_id = app.store.create(draft, step="worker")
        app.screen.reload()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.office is None  # not while the first page is composed
        await burst(pilot, "王小明", "tab", "1", "tab", "35020319980512001X")
        assert app.session.draft["worker"] == {
            "name": "王小明", "gender": "男", "id_number": "35020319980512001X"}
        for _ in range(600):  # the other pages, in the pauses
            if len(app.screen.pages()) == len(visible_steps(app.session.draft)) and not app.premounting:
                break
            await pilot.pause(0.05)
        await pilot.pause(0.3)
        assert app.office is not None  # and then the office
        await settle(pilot)
    from lawgen.store import CaseStore

    assert CaseStore(tmp_path).get(case_id).draft["worker"]["id_number"] == "35020319980512001X"


# --- a wide character drawn whole over other widgets (item 4) ---

def test_a_wide_character_over_a_widget_edge_is_drawn_whole() -> None:
    """A widget drawn over three others (as an open list over the buttons beside it), its «截» lying across
    the edge between the first two: before, the compositor cut it there and drew «  图打印»."""
    import asyncio

    from textual.app import App
    from textual.containers import Horizontal
    from textual.widgets import Static

    from lawgen.wizard import whole_chars

    class Overlap(App):
        CSS = """
        Screen { layers: below above; }
        #a, #b { width: 3; }
        #over { layer: above; offset: 2 0; width: 12; height: 1; }
        """

        def compose(self):
            with Horizontal():
                yield Static("xxx", id="a")
                yield Static("yyy", id="b")
                yield Static("zzzzzzzzzz", id="c")
            yield Static("截图打印", id="over")

    async def drawn() -> str:
        app = Overlap()
        async with app.run_test(size=(30, 3)) as pilot:
            await pilot.pause()
            return screen_lines(app)[0]

    whole_chars.install()
    # x 0-1 from «xxx», the list's text from x 2 (截 on the cells 2-3, across #a's edge at 3), then #c
    assert asyncio.run(drawn()) == "xx截图打印    zz" + " " * 14


@async_test
async def test_the_evidence_forms_list_draws_every_option_whole(tmp_path: Path) -> None:
    from textual.widgets import Select

    for size in ((80, 24), (100, 32)):
        app = make_app(tmp_path / str(size[0]))
        async with app.run_test(size=size) as pilot:
            await open_stored(pilot, example(), step="evidence")
            await settle(pilot)
            select = row(app, "evidence[2].carrier").query_one(Select)
            select.focus()
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause(0.3)
            shown_lines = "\n".join(screen_lines(app))
            for option in ("1 原件在手机上", "2 打印件", "3 截图打印"):
                assert option in shown_lines, (size, option)


# --- the facts box drawn whole when the page grows a scroll bar (item 6) ---

@async_test
async def test_the_facts_box_shows_every_character_after_the_page_grows_a_scroll_bar(tmp_path: Path) -> None:
    """Seen in tmux at 100×32 before the fix: a card added below gave the page a scroll bar, the text area
    became two cells narrower, and the terminal kept its lines wrapped for the old width, one character cut
    from each full line (人, 工 …). Under Pilot the screen is drawn whole after every key, so this asserts
    the outcome (every character on screen, in order), and that the area is repainted after a resize."""
    from textual.widgets import TextArea

    from lawgen.wizard.widgets.fields import LongText

    draft = example()
    draft["evidence"] = []
    facts = draft["facts"] * 2
    draft["facts"] = facts
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_stored(pilot, draft, step="evidence")
        await settle(pilot)
        area = row(app, "facts").query_one(TextArea)
        assert isinstance(area, LongText)
        width = area.size.width
        await pilot.press("ctrl+n")  # evidence 1: the page now scrolls
        await settle(pilot)
        # a list page keeps its scroll bar's column while it fits (s7-wspeed): the area keeps its width
        assert area.size.width == width
        assert app.screen.page.scrollbars_enabled[0]  # and the page does scroll now
        box = [line.split("▊", 1)[1].split("▎")[0] for line in screen_lines(app)
               if "▊" in line and "▔" not in line and "▁" not in line]
        drawn = "".join(part.strip().rstrip("▁▂▃▄▅▆▇█").strip() for part in box)
        assert drawn and facts.startswith(drawn), drawn
