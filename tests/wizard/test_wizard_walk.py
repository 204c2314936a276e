"""The whole example case typed into the real wizard, from an empty register to the review, one test a step
(the register checked after each), then listed, reopened and generated, with the register and the live
panel checked. The story typed from an empty register to the packet in one go is
test_wizard_story.py."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Label

from lawgen.case import case_to_json, parse_case
from lawgen.store import CaseStatus, CaseStore
from lawgen.wizard.screens.dialogs import PreviewScreen
from lawgen.wizard.screens.register import RegisterScreen
from lawgen.wizard.screens.review import GenerateScreen, ReviewScreen
from lawgen.wizard.screens.step import StepScreen
from lawgen.wizard.widgets.assessment_panel import AssessmentPanel
from tests.support.wizard_helpers import (
    SIZE,
    async_test,
    case_before,
    comparable,
    example,
    fill_fields,
    make_app,
    open_at,
    press_button,
    settle,
    type_into,
)


def claim_amount(app, index: int) -> str:
    return str(app.screen.page.cards()[index].amount_line().render())


def panel_text(app) -> str:
    return app.screen.query_one(AssessmentPanel).plain


async def next_step(pilot, expected: str) -> None:
    await pilot.press("f3")
    await pilot.pause()
    screen = pilot.app.screen
    assert getattr(getattr(screen, "step", None), "id", None) == expected or (
        expected == "review" and isinstance(screen, ReviewScreen)), getattr(screen, "step", screen)


async def fill_page(pilot, case: dict) -> None:
    """Type the case's value into every field of the page shown that the case answers."""
    from lawgen.wizard.draft import get_path

    for field_row in list(pilot.app.screen.page.rows()):
        value = get_path(case, field_row.path)
        if value is not None:
            await fill_fields(pilot, {field_row.path: value})


async def fill_step(pilot, case: dict) -> None:
    """Type the case's values into the step shown, as a volunteer does: list items added one by one."""
    app = pilot.app
    step = app.screen.step.id
    if step == "respondents":
        await fill_fields(pilot, case["respondents"][0], "respondents[0].")
    elif step == "claims":
        for index, claim in enumerate(case["claims"]):
            if index:
                await press_button(pilot, "#add-claims")
            await fill_fields(pilot, {"kind": claim["kind"]}, f"claims[{index}].")
            await fill_fields(pilot, {k: v for k, v in claim.items() if k != "kind"}, f"claims[{index}].")
        await settle(pilot)
    elif step == "evidence":
        await fill_page(pilot, case)
        for index, item in enumerate(case["evidence"]):
            await press_button(pilot, "#add-evidence")
            await fill_fields(pilot, item, f"evidence[{index}].")
    else:
        await fill_page(pilot, case)


# The example's walk, one test a step on a register pre-filled up to it: the step's values are typed, F3
# moves on, and the register then holds the example up to the next step.
WALK = [("worker", "respondents"), ("respondents", "work"), ("work", "ending"), ("ending", "pay"),
        ("pay", "organisation"), ("organisation", "claims"), ("claims", "evidence"),
        ("evidence", "procedure"), ("procedure", "agent"), ("agent", "review")]


def saved_draft(app) -> dict:
    record = CaseStore(app.data_dir).get(app.session.case_id)
    assert record is not None
    return record.draft


@async_test
async def test_the_walk_begins_on_an_empty_register_and_types_the_start_step(tmp_path: Path) -> None:
    case = example()
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, RegisterScreen)
        assert app.screen.query_one(DataTable).row_count == 0
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen) and app.screen.step.id == "start"
        await fill_step(pilot, case)
        await next_step(pilot, "worker")
        await settle(pilot)
        assert comparable(saved_draft(app)) == comparable(case_before(case, "worker"))


@pytest.mark.parametrize(("step", "following"), WALK, ids=[step for step, _ in WALK])
@async_test
async def test_the_walk_types_each_step_of_the_example(prefilled, step: str, following: str) -> None:
    """One step of the walk, on a register holding the example as typed up to that step (what the step
    before left): the step's values typed, F3, and the register holds the example up to the next step,
    field for field. The last step leaves the whole example complete, and the panel reads it."""
    case = example()
    data, _ = prefilled(f"walk-{step}", case_before(case, step), step)
    app = make_app(data)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # the case, opened from the register at its step
        await pilot.pause()
        assert isinstance(app.screen, StepScreen) and app.screen.step.id == step
        await fill_step(pilot, case)
        await next_step(pilot, following)
        await settle(pilot)
        assert comparable(saved_draft(app)) == comparable(case_before(case, following)), step
        if following != "review":
            return
        saved = saved_draft(app)
        record = CaseStore(data).get(app.session.case_id)
        assert record is not None and record.status is CaseStatus.complete
        assert case_to_json(parse_case(saved)) == case_to_json(parse_case(example()))
        panel = panel_text(app)
        assert "40,500.00" in panel
        assert "适用小额诉讼程序" in panel
        assert "56,188.50" in panel  # the threshold, with its source
        assert "2027年8月31日" in panel  # the limitation deadline
        assert "符合确立劳动关系情形" in panel


@async_test
async def test_the_walked_case_is_listed_reopens_at_the_review_and_generates(prefilled) -> None:
    """The example as the walk leaves it (complete, at the review): listed in the register, reopened
    straight to the review, generated."""
    data, _ = prefilled("walked", example(), "review", CaseStatus.complete)
    app = make_app(data)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(DataTable)
        assert table.row_count == 1
        assert [str(c) for c in table.get_row_at(0)][:2] == ["林小海", "厦门速达即时配送服务有限公司"]
        assert str(table.get_row_at(0)[-1]) == "已完成"  # the status, the last column

        # reopen from the register, straight to the review, and generate
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, GenerateScreen)
        out_dir = data.parent / "out"
        app.screen.query_one("#out-dir", Input).value = str(out_dir)
        await press_button(pilot, "#generate")
        await app.workers.wait_for_complete()
        await pilot.pause()
        names = sorted(p.name for p in out_dir.glob("*.docx"))
        assert names == ["01-劳动人事争议仲裁申请书.docx", "02-劳动保障监察投诉书.docx", "03-证据清单.docx",
                         "04-程序对比表.docx", "05-催告函.docx", "06-给劳动者的一页说明.docx"]
        for path in out_dir.glob("*.docx"):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
        status = str(app.screen.query_one("#generate-status").render())
        assert "已生成7个文件" in status  # six documents and the calendar (期限提醒.ics)
        listed = [str(label.render()) for label in app.screen.query(".file-name").results(Label)]
        assert len(listed) == 7 and "期限提醒.ics" in listed
        notes = [str(label.render()) for label in app.screen.query(".file-note").results(Label)]
        assert notes == ["（可导入手机日历）"]  # what an .ics file is for, said once
        steps_text = str(app.screen.query_one("#next-steps").render())
        assert "厦门市劳动人事争议仲裁委员会" in steps_text  # where to file
        assert "2027年8月31日" in steps_text  # by when
        assert "2份" in steps_text  # one plus one per respondent
        # a text preview of the application
        await press_button(pilot, "#preview-0")
        assert isinstance(app.screen, PreviewScreen)
        assert "劳动人事争议仲裁申请书" in app.screen.text and "林小海" in app.screen.text
        await pilot.press("escape")
        await pilot.press("escape")
        await pilot.pause()
        assert str(app.screen.query_one(DataTable).get_row_at(0)[-1]) == "已生成文书"
        record = CaseStore(data).get(app.screen.records[0].id)
        assert record is not None and record.status is CaseStatus.generated




@async_test
async def test_claim_amounts_are_shown_live_with_the_formula(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, example(), "claims")
        overtime = claim_amount(app, 1)
        assert "4,500.00" in overtime and "87小时×150%" in overtime
        # changing the hours changes the amount at once, without leaving the step
        await type_into(pilot, "claims[1].weekday_hours", "174")
        await settle(pilot)
        assert "9,000.00" in claim_amount(app, 1)
        assert "45,000.00" in panel_text(app)
