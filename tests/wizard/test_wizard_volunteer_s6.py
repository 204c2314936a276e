"""What the volunteer still met on the wizard (issue 12, session 6): a card's amount while another card is
half typed, the footer after F2, F4's answers after filing, the English register at 80 columns, the footer
with a list open, Chinese line breaking in the facts box, and a claim's note between Tab stops at 80×24.

Each test failed on the code before its fix (said in its docstring)."""

from __future__ import annotations

from pathlib import Path

from tests.support.wizard_helpers import async_test, example, make_app, open_stored, settle, type_into


async def until(pilot, condition, seconds: float = 10.0) -> None:
    """Wait until ``condition()`` holds (a loaded machine draws late), then once more for the screen."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            break
        await pilot.pause(0.05)
    await pilot.pause()


def screen_lines(app) -> list[str]:
    """The screen as the terminal shows it, line by line (the compositor's strips: overlays included)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def amount_text(app, index: int) -> str:
    card = app.screen.page.cards()[index]
    return str(card.amount_line().render())


# --- item 1: a complete claim's amount while another card is half typed ---

@async_test
async def test_a_complete_claim_shows_its_amount_while_another_is_half_typed(tmp_path: Path) -> None:
    """Before: every card read «金额：填写完整后自动计算» as long as one claim of the case was incomplete (the
    assessment needs a whole case). Claim 1: 拖欠工资 12,000.00 as typed; claim 3: 违法解除赔偿金, 1 year
    6 months from 2025-03-01 to 2026-08-31 → 2 months × 6,000.00 × 2 = 24,000.00
    (劳动合同法第四十七条、第八十七条)."""
    draft = example()
    draft["claims"][1] = {"kind": "unpaid_wages", "from": "2026-06-01"}  # no end, no amount yet
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_stored(pilot, draft, step="claims")
        await settle(pilot)
        await until(pilot, lambda: "12,000.00" in amount_text(app, 0))
        assert "12,000.00" in amount_text(app, 0)
        assert "劳动法第五十条" in amount_text(app, 0)  # its basis too
        assert "填写完整后自动计算" in amount_text(app, 1)
        assert "24,000.00" in amount_text(app, 2)
        # the panel still says what is missing for the case as a whole
        assert "尚不能评估" in app.screen.query_one("#panel").plain
        # typing the half-typed claim's end keeps the others shown; its own amount comes when it is whole
        await type_into(pilot, "claims[1].to", "2026-06-30")
        await settle(pilot)
        assert "12,000.00" in amount_text(app, 0) and "填写完整后自动计算" in amount_text(app, 1)
        await type_into(pilot, "claims[1].amount", "3000")
        await settle(pilot)
        await until(pilot, lambda: "3,000.00" in amount_text(app, 1))
        assert "3,000.00" in amount_text(app, 1) and "24,000.00" in amount_text(app, 2)


# --- item 3: F4's answers follow the case's stage ---

@async_test
async def test_f4_after_filing_answers_for_the_stage_not_before_the_application(tmp_path: Path) -> None:
    """Before: a case recorded as applied for arbitration (2026-11-02) still told the worker «申请仲裁前先打
    12333问清楚去哪个仲裁委员会» in F4's «有问题找谁？»; the stage's own answer is the commission that
    has it."""
    draft = example()
    draft["procedure"]["arbitration"] = {"applied_on": "2026-11-02"}
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_stored(pilot, draft, step="procedure")
        await settle(pilot)
        await pilot.press("f4")
        await until(pilot, lambda: bool(app.screen.query("#answers")))
        shown = str(app.screen.query_one("#answers").render())
        assert "申请仲裁前" not in shown
        assert "等仲裁委员会决定是否受理" in shown  # applied, not accepted: the stage's first step (s7)
        assert "仲裁的事问受理案件的仲裁委员会" in shown
        await pilot.press("escape")
        await pilot.pause()
    # and before filing the call to make first stays (the city's commission is not verified: 厦门)
    app = make_app(tmp_path / "before")
    async with app.run_test(size=(100, 32)) as pilot:
        await open_stored(pilot, example(), step="procedure")
        await settle(pilot)
        await pilot.press("f4")
        await until(pilot, lambda: bool(app.screen.query("#answers")))
        assert "申请仲裁前先打12333" in str(app.screen.query_one("#answers").render())


# --- item 4: the English register at 80 columns cuts no word ---

@async_test
async def test_the_english_register_cuts_no_word_at_80_columns(tmp_path: Path) -> None:
    """Before: at 80 columns the headers read «Responde» and «Next deadl», and the deadline's «arbitration»
    was folded into «arbitratio» / «n». Now every header and word is whole (the update time goes where it
    must); at 100 columns it is back, and the Chinese register keeps every column at 80."""
    import re

    from tests.support.wizard_helpers import listed

    cases = (("en", (80, 24), ("Worker", "Respondents", "Stage", "Next deadline", "Left", "Status")),
             ("en", (100, 32), ("Respondents", "Next deadline", "Updated", "Status")),
             ("zh", (80, 24), ("劳动者", "被申请人", "阶段", "下一期限", "剩余", "更新时间", "状态")))
    for lang, size, headers in cases:
        app = make_app(tmp_path / f"{lang}{size[0]}", lang)
        async with app.run_test(size=size) as pilot:
            await listed(pilot, example())
            await until(pilot, lambda shown=app: "2027-08-31" in "\n".join(screen_lines(shown)))
            lines = screen_lines(app)
            header = next(line for line in lines if headers[0] in line and headers[-1] in line)
            for name in headers:
                assert name in header, (lang, size, name, header)
            if lang == "en":
                words = set(re.findall(r"[A-Za-z]+", "\n".join(lines)))
                for word in ("Nothing", "filed", "arbitration", "estimate", "progress"):
                    assert word in words, (size, word, lines[4:12])
                assert not {"arbitratio", "Responde", "deadl"} & words


# --- item 5: the footer fits 80 columns while a list is open ---

@async_test
async def test_the_footer_fits_80_columns_with_a_list_open(tmp_path: Path) -> None:
    """Before: with a claim kind's list open, «Esc 关闭菜单» came first and pushed «Ctrl+N 添加» off the
    80-column footer («… F6 评估栏 Ctrl+N 添»). Ctrl+N does nothing while the list is open: it is left out
    then, and back once the list is closed."""
    from textual.widgets import Select

    from tests.support.wizard_helpers import row

    for lang, closing, add, keys in (
            ("zh", "Esc 关闭菜单", "Ctrl+N 添加", ("Ctrl+O 导入", "F1 帮助", "F3 下一步", "F6 评估栏")),
            ("en", "Esc Close the menu", "Ctrl+N Add", ("Ctrl+O Import", "F1 Help", "F3 Next", "F6 Panel"))):
        app = make_app(tmp_path / lang, lang)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_stored(pilot, example(), step="claims")
            await settle(pilot)
            select = row(app, "claims[0].kind").query_one(Select)
            select.focus()
            await pilot.pause()
            await pilot.press("enter")
            await until(pilot, lambda shown=app, wanted=closing: wanted in screen_lines(shown)[-1])
            footer = screen_lines(app)[-1]
            assert select.expanded and closing in footer, footer
            assert "Ctrl+N" not in footer and all(key in footer for key in keys), footer  # none cut
            await pilot.press("escape")
            await until(pilot, lambda shown=app, wanted=add: wanted in screen_lines(shown)[-1])
            assert not select.expanded and add in screen_lines(app)[-1]


# --- item 6: the facts box wraps by the Chinese rules ---

@async_test
async def test_the_facts_box_starts_no_line_with_closing_punctuation(tmp_path: Path) -> None:
    """Before: the facts box was wrapped by Textual's own folding, which starts a line wherever the width
    runs out — «，» or «。» at the start of a line, «“» left at the end of one. Each text below puts a
    punctuation mark at every position of a line in turn; no wrapped line may start with closing
    punctuation or end with an opening bracket, and no character is lost or added by the wrapping."""
    from textual.widgets import TextArea

    from lawgen.wizard.linebreak import NO_LINE_END, NO_LINE_START
    from tests.support.wizard_helpers import row

    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_stored(pilot, example(), step="evidence")
        await settle(pilot)
        area = row(app, "facts").query_one(TextArea)
        width = area.wrapped_document._width
        assert width > 10
        for lead in range(width // 2 + 1):
            text = "甲" * lead + "站长说：“明天不用来了。”申请人多次催要，单位拒不支付；为什么？！" * 4
            area.load_text(text)
            await pilot.pause()
            lines = [section for sections in area.wrapped_document.lines for section in sections]
            assert "".join(lines) == text
            for before, line in zip(lines, lines[1:], strict=False):
                assert line[0] not in NO_LINE_START, (lead, before, line)
                assert before[-1] not in NO_LINE_END, (lead, before, line)


# --- item 7: a claim's own lines come into view with its last field at 80×24 ---

@async_test
async def test_tab_through_a_claim_at_80x24_shows_its_limitation_line(tmp_path: Path) -> None:
    """Before: Tab scrolled only to the input, so at 80×24 the lines under a claim's last field (its amount,
    basis and «这一项的仲裁时效截止：2027年8月31日») stayed below the screen while that field had the focus.
    Now at each claim's last field, the field and those lines are both on screen (wage claims: 2026-08-31
    + 1 year = 2027-08-31, 劳动争议调解仲裁法第二十七条第四款)."""
    from lawgen.wizard.widgets.pages import ItemCard
    from tests.support.keys import burst
    from tests.support.wizard_helpers import row

    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_stored(pilot, example(), step="claims")
        await settle(pilot)
        row(app, "claims[0].kind").focus_input()
        await pilot.pause()
        page = app.screen.page
        seen: set[int] = set()
        for _ in range(20):
            focused = app.focused
            card = next((a for a in focused.ancestors if isinstance(a, ItemCard)), None)
            if card is not None:
                last = [other for other in card.rows() if other.display][-1]
                if focused in last.walk_children():
                    await pilot.pause()
                    note = card.amount_line()
                    assert "这一项的仲裁时效截止" in str(note.render())
                    assert page.region.contains_region(focused.region), card.index
                    assert page.region.contains_region(note.region), (card.index, page.scroll_y)
                    seen.add(card.index)
            await burst(pilot, "tab")
            await pilot.pause()
        assert seen == {0, 1, 2}


# --- item 2: the footer after F2 is the step's own ---

@async_test
async def test_the_footer_after_f2_and_f3_shows_the_keys_of_the_step_shown(tmp_path: Path) -> None:
    """Reported: after F2 the footer showed the next step's keys. Not reproduced in this session (F2/F3 by
    key, by the buttons, after F6 and F1, in bursts, in tmux at 100×32 and 80×24 in both languages); this
    guards it: Ctrl+N on the steps with a list only, Ctrl+O on the claims step only, at every step of a
    walk back and forth, with the panel (F6) and the help (F1) in between."""
    from tests.support.keys import burst

    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_stored(pilot, example(), step="evidence")
        await settle(pilot)
        for keys in (("f2",), ("f6", "f2"), ("f2",), ("f3",), ("f1", "f3"), ("f3",), ("f2",), ("f2", "f2")):
            await burst(pilot, *keys)
            await settle(pilot)
            step = app.screen.step

            def footer_right(step=step) -> bool:
                footer = screen_lines(app)[-1]
                return ("Ctrl+N" in footer) == (step.items is not None) and (
                    ("Ctrl+O" in footer) == (step.id == "claims")) and "F2 上一步" in footer

            await until(pilot, footer_right)
            assert footer_right(), (keys, step.id, screen_lines(app)[-1])


def test_the_text_box_breaking_is_installed_once_however_many_apps_start() -> None:
    """Each app installs the breaking; a second install wrapped the first within itself, and after some
    dozens of apps in one process (a test run) a text box's resize recursed through every one of them."""
    import textual.document._wrapped_document as wrapped

    from lawgen.wizard import linebreak

    linebreak.install()
    installed = wrapped.compute_wrap_offsets
    linebreak.install()
    linebreak.install()
    assert wrapped.compute_wrap_offsets is installed
    # 7 characters a line: «，» would start line 2, so «要» goes down with it: 申请人多次催|要，单位拒不|支付
    assert installed("申请人多次催要，单位拒不支付", 14, 4) == [6, 13]
