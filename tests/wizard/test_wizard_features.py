"""The wizard's behaviour around the walk: validation, review jumps, resuming, erasing, import/export,
English, all against the real app and a real register in a temporary folder."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from textual.widgets import Button, DataTable, Input, Static

from lawgen.case import case_to_json, parse_case
from lawgen.store import CaseStatus, CaseStore
from lawgen.wizard.screens.dialogs import ConfirmScreen, PathScreen
from lawgen.wizard.screens.register import RegisterScreen
from lawgen.wizard.screens.review import ReviewScreen
from lawgen.wizard.screens.step import StepScreen
from lawgen.wizard.widgets.assessment_panel import AssessmentPanel
from tests.support.wizard_helpers import (
    SIZE,
    async_test,
    choose,
    example,
    export_dialog,
    make_app,
    open_at,
    open_stored,
    press_button,
    row,
    settle,
    submit_path,
    type_into,
)


def message(app, path: str) -> str:
    return str(row(app, path).query_one(".field-message", Static).render())


@async_test
async def test_messages_appear_next_to_the_field_as_you_type(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, {"format": "lawgen.case/1", "region": "350203"}, step="worker")
        await type_into(pilot, "worker.id_number", "350203199805120010")  # wrong check digit
        assert "校验码" in message(app, "worker.id_number")
        await type_into(pilot, "worker.id_number", "35020319980512001X")
        assert message(app, "worker.id_number") == ""
        await type_into(pilot, "worker.phone", "12345")
        assert "电话号码无效" in message(app, "worker.phone")
        # leaving the step is refused while it has errors, and each error sits under its field
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen) and app.screen.step.id == "worker"
        assert message(app, "worker.name") == "缺少必填项"
        assert message(app, "worker.gender") == "缺少必填项"
        # ... but what was typed is saved
        await settle(pilot)
        saved = CaseStore(tmp_path).list()[0].draft
        assert saved["worker"]["id_number"] == "35020319980512001X"


@async_test
async def test_dates_money_and_cross_field_rules(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    draft = example()
    del draft["employment"]
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, draft, step="work")
        await type_into(pilot, "employment.start_date", "2025/2/30")
        assert message(app, "employment.start_date") == "不是有效的日期"
        await type_into(pilot, "employment.start_date", "2025年3月1日")  # read as 2025-03-01
        assert message(app, "employment.start_date") == ""
        assert app.session.draft["employment"]["start_date"] == "2025-03-01"
        await type_into(pilot, "employment.end_date", "2025.1.1")
        await pilot.press("f3")
        await pilot.pause()
        assert app.screen.step.id == "work"  # refused: the end is before the start, said in words
        assert message(app, "employment.end_date") == "不能早于“入职日期”"
        await type_into(pilot, "employment.end_date", "")
        await pilot.press("f3")
        await pilot.pause()
        assert app.screen.step.id == "pay"  # no end date: the question how it ended is skipped
        await type_into(pilot, "employment.monthly_wage", "6000.123")
        assert message(app, "employment.monthly_wage") == "金额最多两位小数（精确到分）"
        for typed in ("6000元", "6,000", "￥6000"):
            await type_into(pilot, "employment.monthly_wage", typed)
            assert message(app, "employment.monthly_wage") == ""
            assert app.session.draft["employment"]["monthly_wage"] == "6000"


@async_test
async def test_the_panel_says_what_is_missing(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    draft = example()
    del draft["claims"]
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, draft, "claims")
        text = app.screen.query_one(AssessmentPanel).plain
        # the empty card the step starts with is no claim yet: the claims are asked for as a whole
        assert "尚不能评估" in text and "请求事项：缺少必填项" in text and "请求 1" not in text


@async_test
async def test_review_lists_every_answer_and_edit_jumps_back(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    draft = example()
    del draft["respondents"][0]["legal_representative"]  # allowed, but the application asks for it
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, draft, step="review")
        assert isinstance(app.screen, ReviewScreen)
        respondents = str(app.screen.query_one("#group-respondents .review-body", Static).render())
        assert "91350203MA34K7Q2YY" in respondents and "配送站/外包商" in respondents
        claims = str(app.screen.query_one("#group-claims .review-body", Static).render())
        assert "请求 2 · 工作日加班（小时）：87" in claims
        # what the filings still lack, from the list lawgen generate prints (documents.gaps)
        gaps = str(app.screen.query_one("#review-gaps", Static).render())
        assert "法定代表人或主要负责人未填写" in gaps
        await press_button(pilot, "#edit-respondents")
        assert isinstance(app.screen, StepScreen) and app.screen.step.id == "respondents"
        await type_into(pilot, "respondents[0].legal_representative", "王某")
        await press_button(pilot, "#to-review")
        assert isinstance(app.screen, ReviewScreen)
        assert "王某" in str(app.screen.query_one("#group-respondents .review-body", Static).render())


@async_test
async def test_a_case_resumes_where_it_was_left(tmp_path: Path) -> None:
    first = make_app(tmp_path)
    async with first.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await type_into(pilot, "region", "350203")
        await pilot.press("f3")
        await pilot.pause()
        await type_into(pilot, "worker.name", "林小海")
        await pilot.press("ctrl+q")  # quitting mid-step, the typing not yet autosaved
    second = make_app(tmp_path)
    async with second.run_test(size=SIZE) as pilot:
        table = second.screen.query_one(DataTable)
        assert table.row_count == 1 and str(table.get_row_at(0)[0]) == "林小海"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(second.screen, StepScreen) and second.screen.step.id == "worker"
        assert row(second, "worker.name").query_one(Input).value == "林小海"


@async_test
async def test_delete_and_erase_ask_first(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, example())
        await pilot.press("escape")
        await pilot.pause()
        case_id = app.screen.records[0].id
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # the focused button is "cancel"
        await pilot.pause()
        assert app.store.get(case_id) is not None
        await pilot.press("x")
        await pilot.pause()
        await press_button(pilot, "#confirm")
        assert isinstance(app.screen, RegisterScreen)
        assert app.store.get(case_id) is None
        assert app.screen.query_one(DataTable).row_count == 0
        for path in tmp_path.iterdir():
            if path.is_file():
                assert "林小海".encode() not in path.read_bytes()


@async_test
async def test_export_and_import_round_trip(tmp_path: Path) -> None:
    app = make_app(tmp_path / "data")
    target = tmp_path / "exported" / "case.json"
    target.parent.mkdir()  # an existing folder: a missing one is refused
    async with app.run_test(size=SIZE) as pilot:
        await export_dialog(pilot, example())
        await submit_path(pilot, target)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert case_to_json(parse_case(json.loads(target.read_text("utf-8")))) == case_to_json(
            parse_case(example()))

        broken = tmp_path / "broken.json"
        broken.write_text(json.dumps({**example(), "region": "999999"}), "utf-8")
        await pilot.press("i")
        await pilot.pause()
        await submit_path(pilot, broken)
        assert isinstance(app.screen, PathScreen)  # stays open, with the error
        errors = str(app.screen.query_one("#path-errors", Static).render())
        assert "region" in errors and "999999" in errors
        await submit_path(pilot, target)
        assert isinstance(app.screen, RegisterScreen)
        records = app.store.list()
        assert len(records) == 2 and records[0].draft == records[1].draft
        imported = next(r for r in records if r.step == "review")
        assert imported.status is CaseStatus.complete


@async_test
async def test_english_interface(tmp_path: Path) -> None:
    app = make_app(tmp_path, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        assert str(app.screen.query_one("#new", Button).label) == "New case"
        await open_at(pilot, example(), "claims")
        assert str(app.screen.query_one("#next", Button).label) == "Next"
        text = app.screen.query_one(AssessmentPanel).plain
        assert "Total claimed" in text and "40,500.00" in text


@async_test
async def test_switching_language_from_the_command_palette(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, example(), step="worker")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"English")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.5)
        assert app.lang == "en"
        assert str(app.screen.query_one("#next", Button).label) == "Next"
        assert row(app, "worker.name").query_one(Input).value == "林小海"  # the answers stay


@async_test
async def test_respondents_can_be_added_and_removed(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, example(), step="respondents")
        await press_button(pilot, "#add-respondents")
        await type_into(pilot, "respondents[1].name", "某某网络科技有限公司")
        await choose(pilot, "respondents[1].role", "platform")
        await settle(pilot)

        def stored_roles() -> list:
            return [r.get("role") for r in app.store.get(app.session.case_id).draft["respondents"]]

        for _ in range(50):  # the save follows the last key after a pause: wait for it, not for a time
            if stored_roles() == ["outsourcer", "platform"]:
                break
            await pilot.pause(0.1)
        assert stored_roles() == ["outsourcer", "platform"]
        assert "申请书准备" not in app.screen.query_one(AssessmentPanel).plain  # the panel is not the packet
        page = app.screen.page
        page.cards()[1].query_one(".remove", Button).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await press_button(pilot, "#confirm")
        await settle(pilot)
        assert len(app.session.draft["respondents"]) == 1
        assert len(page.cards()) == 1


@async_test
async def test_help_opens_with_f1_beside_the_field_in_focus(tmp_path: Path) -> None:
    from textual.widgets import ContentSwitcher, Markdown

    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_stored(pilot, example(), step="claims")
        side = app.screen.query_one("#side", ContentSwitcher)
        assert side.current == "panel"
        row(app, "claims[0].kind").focus_input()
        await pilot.pause()
        focused = app.focused
        await pilot.press("f1")
        await pilot.pause()
        assert side.current == "help-panel"
        source = app.screen.query_one("#help-panel", Markdown).source
        assert "劳动法第四十四条" in source  # the step's help
        assert "**终局裁决**" in source and "第四十七条" in source  # the terms of the claim kind in focus
        assert app.focused is focused and focused.region.bottom <= 24  # still where it was, in view
        await pilot.press("f1")
        await pilot.pause()
        assert side.current == "panel"


@async_test
async def test_register_search(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.store.create(example())
        app.store.create({"worker": {"name": "张三"}, "respondents": [{"name": "某某物流有限公司"}]})
        app.screen.reload()
        await pilot.press("slash")
        await pilot.press(*"物流")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert table.row_count == 1 and str(table.get_row_at(0)[0]) == "张三"
        # an attacker's finding: a search without a match said «还没有案件» with two cases in the register
        await pilot.press(*"zzz")
        await pilot.pause()
        assert table.row_count == 0
        empty = str(app.screen.query_one("#empty", Static).render())
        assert empty == "没有找到相符的案件。清空搜索框可看到全部案件。"


@async_test
async def test_an_incomplete_case_never_reaches_generate(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    draft = example()
    del draft["worker"]["gender"]
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, draft, step="generate")
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.query_one("#generate", Button).disabled
        errors = str(app.screen.query_one("#review-errors", Static).render())
        assert "劳动者 · 性别：缺少必填项" in errors
        await pilot.press("f3")  # generate: jumps to the step to correct instead
        await pilot.pause()
        assert isinstance(app.screen, StepScreen) and app.screen.step.id == "worker"


@async_test
async def test_the_register_shows_every_action_and_its_key_at_80_columns(tmp_path: Path) -> None:
    """The volunteer at 80×24: 彻底抹除 was off the screen and the footer ended at «r 记», without k."""
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        buttons = list(app.screen.query("#actions Button").results(Button))
        assert len(buttons) == 9
        assert all(0 <= button.region.x and button.region.right <= 80 for button in buttons), [
            (str(button.label), button.region) for button in buttons]
        assert buttons[-1].id == "erase"
        from textual.widgets._footer import FooterKey

        shown = {(key.key, key.description) for key in app.screen.query(FooterKey).results(FooterKey)
                 if key.region.width and key.region.right <= 80}
        for key, words in (("n", "新建"), ("x", "抹除"), ("r", "记录"), ("k", "日历")):
            assert (key, words) in shown, shown
