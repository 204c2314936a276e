"""What a new volunteer found typing a rider's story under tmux (issue 12, the s3 closing note), each mended
and checked against the real app under Pilot, or the module that does the job."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, Label, Select, Static

from lawgen.store import CaseStatus
from lawgen.wizard.screens.stage_dialog import StageScreen
from lawgen.wizard.widgets.footer import key_display
from lawgen.wizard.widgets.progress import StepProgress
from tests.support.wizard_helpers import (
    SIZE,
    async_test,
    example,
    make_app,
    open_stored,
    press_button,
    settle,
    type_into,
)


def progress(app) -> str:
    return str(app.screen.query_one(StepProgress).render())


# --- 1. the progress total does not move --------------------------------------------------------------

@async_test
async def test_the_progress_total_stays_when_an_end_date_opens_a_step(tmp_path: Path) -> None:
    """11 steps of questions + review + generate = 13, whatever the answers; «怎么结束的» is step 5 of 13
    when an end date opens it, and a dash in the row when there is none."""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, {"format": "lawgen.case/1", "region": "350203",
                                  "employment": {"start_date": "2025-03-01"}}, step="work")
        before = progress(app)
        assert before.startswith("步骤 4/13 · 工作期间") and "–" in before
        await type_into(pilot, "employment.end_date", "2026-08-31")
        await settle(pilot)
        after = progress(app)
        assert after.startswith("步骤 4/13 · 工作期间") and "–" not in after
        await pilot.press("f3")
        await pilot.pause()
        assert progress(app).startswith("步骤 5/13 · 怎么结束的")


# --- 10. the stage dialog: a label on the date, a confirmation after ----------------------------------

@async_test
async def test_the_stage_dialog_labels_its_date_and_confirms_what_it_recorded(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.store.create(example(), CaseStatus.complete)
        app.screen.reload()
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, StageScreen)
        labels = [str(label.render()) for label in dialog.query(Label)]
        assert "日期" in labels
        dialog.query_one("#stage-event", Select).value = "demanded"
        dialog.query_one("#stage-on", Input).value = "2026/11/27"  # as people write it
        await press_button(pilot, "#go")
        await pilot.pause()
        assert not isinstance(app.screen, StageScreen)
        line = str(app.screen.query_one("#recorded", Static).render())
        assert line == "已记录：已向用人单位催告（主张权利），2026年11月27日"
        assert app.screen.query_one("#cases", DataTable).row_count == 1


# --- 11. placeholders in words, keys as a volunteer knows them ----------------------------------------

def test_keys_read_as_printed_on_the_keyboard() -> None:
    assert [key_display(k) for k in ("f1", "escape", "ctrl+q", "ctrl+n", "delete", "slash", "n", "f12")] == [
        "F1", "Esc", "Ctrl+Q", "Ctrl+N", "Del", "/", "n", "F12"]


@async_test
async def test_the_footer_and_the_date_fields_speak_plainly(tmp_path: Path) -> None:
    from textual.widgets._footer import FooterKey

    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, {"format": "lawgen.case/1", "region": "350203"}, step="work")
        shown = {key.key_display for key in app.screen.query(FooterKey).results(FooterKey)}
        assert {"F1", "F2", "F3", "Esc"} <= shown and not shown & {"f1", "esc", "^q"}
        placeholders = {field.placeholder for field in app.screen.page.query(Input).results(Input)}
        assert "例如 2026-03-10" in placeholders and not any("YYYY" in p for p in placeholders)


# --- 2. an empty claim is no claim --------------------------------------------------------------------

def panel_text(app) -> str:
    from lawgen.wizard.widgets.assessment_panel import AssessmentPanel

    return app.screen.query_one(AssessmentPanel).plain


@async_test
async def test_the_empty_claim_card_is_not_in_the_panel(tmp_path: Path) -> None:
    """The claims page (composed ahead in idle moments) starts with one empty card: from step 2 on, the
    panel asked for «请求 1 · 请求类型». It asks for claims as a whole, and for a claim once it is begun."""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, {"format": "lawgen.case/1", "region": "350203", "claims": [{}]},
                          step="worker")
        await settle(pilot)
        text = panel_text(app)
        assert "请求事项：缺少必填项" in text and "请求 1" not in text


def test_only_the_blank_claims_at_the_end_are_left_out() -> None:
    import datetime as dt

    from lawgen.wizard.draft import judge, pruned

    begun = {"kind": "unpaid_wages", "from": "2026-07-01"}
    assert pruned({"claims": [begun, {}, {"kind": None}]})["claims"] == [begun]
    assert pruned({"claims": [{}, begun]})["claims"] == [{}, begun]  # claim 2's errors stay claim 2's
    assert "claims" not in pruned({"claims": [{}]})
    paths = {e.path for e in judge({"format": "lawgen.case/1", "claims": [{}, begun]}, dt.date(2026, 11, 28))
             .errors}
    assert "claims[0].kind" in paths and any(p.startswith("claims[1]") for p in paths)
