"""What a new volunteer found typing a rider's story under tmux (issue 12, the s3 closing note), each mended
and checked against the real app under Pilot, or the module that does the job."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Label, Select, Static

from lawgen.store import CaseStatus
from lawgen.wizard.screens.stage_dialog import StageScreen
from lawgen.wizard.widgets.footer import key_display
from lawgen.wizard.widgets.progress import StepProgress
from tests.support.wizard_helpers import (
    SIZE,
    async_test,
    example,
    fill_fields,
    listed,
    make_app,
    open_at,
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
        await listed(pilot, (example(), CaseStatus.complete))
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


@pytest.mark.parametrize(("draft", "kept"), [
    ({"evidence": [{"name": "工资条"}, {}, {"source": ""}]}, {"evidence": [{"name": "工资条"}]}),
    ({"evidence": [{}]}, {}),  # the card just added, nothing typed
    ({"evidence": [{}, {"name": "工资条"}]}, {"evidence": [{}, {"name": "工资条"}]}),  # as numbered
    ({"respondents": [{}]}, {"respondents": [{}]}),  # the first respondent's fields are asked for one by one
    ({"respondents": [{"name": "某公司"}, {}]}, {"respondents": [{"name": "某公司"}]}),
])
def test_blank_cards_at_the_end_of_a_list_are_no_items(draft: dict, kept: dict) -> None:
    from lawgen.wizard.draft import pruned

    assert pruned(draft) == kept


def test_every_list_of_cards_is_pruned() -> None:
    from lawgen.wizard.draft import LISTS
    from lawgen.wizard.steps import STEPS

    assert set(LISTS) == {step.items.path for step in STEPS if step.items is not None}


def test_an_evidence_card_just_added_keeps_the_assessment() -> None:
    """A volunteer's finding: adding an evidence card blanked the panel until its name was typed."""
    import datetime as dt

    from lawgen.wizard.draft import judge

    draft = example()
    draft["evidence"].append({})
    verdict = judge(draft, dt.date(2026, 12, 3))
    assert verdict.assessment is not None and verdict.errors == ()


# --- 4, 5. each claim with the amount the filing prints, its basis and its own limitation warning -----

def double_wage_case() -> dict:
    """Hired 2025-09-01, no written contract, left 2026-08-31: double wages from 2025-10-01 (a month in) to
    2026-08-31, 11 months × 6,000 = 66,000.00 (劳动合同法第八十二条). Month by month, October 2025's
    difference fell due 2025-10-01: one year on, past the National Day holiday, 2026-10-08 — passed;
    November's lasts to 2026-11-30 (调解仲裁法第二十七条), prepared on 2026-11-22."""
    draft = example()
    draft["prepared_on"] = "2026-11-22"
    draft["employment"]["start_date"] = "2025-09-01"
    draft["claims"] = [{"kind": "no_contract_double_wages"}]
    return draft


def card_text(app, number: int) -> str:
    from lawgen.wizard.widgets.pages import ItemCard

    card = list(app.screen.page.query(ItemCard).results(ItemCard))[number - 1]
    return str(card.amount_line().render())


@async_test
async def test_the_claim_card_carries_the_engines_limitation_warning(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, double_wage_case(), "claims")
        text = card_text(app, 1)
        assert "金额：66,000.00 元" in text and "依据：劳动合同法第八十二条" in text
        # counted from the volunteer's day (the wizard's 2026-11-28), as the register counts: 2 days
        assert "这一项的仲裁时效截止：2026年11月30日（还有2天）" in text
        assert "可能已超过仲裁时效（按最早的观点于2026年10月8日届满）" in text


@async_test
async def test_the_review_lists_each_claim_with_its_computed_amount(tmp_path: Path) -> None:
    """The example's claims as the filing prints them: 12,000.00 typed; overtime 4,500.00 (as typed); the
    dismissal compensation for 2025-03-01 … 2026-08-31, one year and six months, counted as two years
    (满六个月按一年, 劳动合同法第四十七条), twice (第八十七条): 2 × 2 × 6,000 = 24,000.00."""
    from lawgen.wizard.screens.review import ReviewScreen

    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, example(), "review")
        assert isinstance(app.screen, ReviewScreen)
        body = str(app.screen.query_one("#group-claims .review-body").render())
        for line in ("金额：12,000.00 元", "金额：4,500.00 元", "金额：24,000.00 元",
                     "依据：劳动法第五十条、劳动合同法第三十条",
                     "依据：劳动法第四十四条"):
            assert line in body, line
        assert body.index("请求 1") < body.index("金额：12,000.00 元") < body.index("请求 2")


# --- 6. the register's columns fit 100 and 80 columns --------------------------------------------------

def screen_lines(app) -> list[str]:
    """The screen as rendered, line by line (what a volunteer reads)."""
    return ["".join(segment.text for segment in strip) for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize("size", [(100, 32), (80, 24)])
@async_test
async def test_the_register_columns_fit_the_terminal(tmp_path: Path, size: tuple[int, int]) -> None:
    from tests.support.case_builder import case_dict

    app = make_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await listed(pilot, (case_dict(worker={"name": "王新"}), CaseStatus.generated),
                     {"worker": {"name": "赵稿"}, "respondents": [{"name": "某某物流有限公司"}]})
        lines = screen_lines(app)
        header = next(line for line in lines if line.strip().startswith("劳动者"))
        for label in ("劳动者", "被申请人", "阶段", "下一期限", "剩余", "更新时间", "状态"):
            assert label in header, (label, header)
        text = "\n".join(lines)
        # the statuses whole, the long company name wrapped (its characters in order), nothing cut off
        assert "已生成文书" in text and "填写中" in text and "276天" in text and "2027-08-31" in text
        table = "".join(line.strip().replace(" ", "") for line in lines)
        assert "王新厦门速达" in table.replace("\n", "")  # at 80 columns four characters a line
        assert all(len(line) <= size[0] for line in lines)


# --- 3. the work step asks the hours, and overtime is suggested from them ------------------------------

def test_overtime_is_suggested_over_eight_hours_a_day_or_forty_a_week() -> None:
    """劳动法第三十六条: 8 hours a day; 国务院关于职工工作时间的规定第三条: 40 a week (the parameters)."""
    from lawgen.wizard.suggestions import suggested_claims

    def overtime(hours: str, days: int) -> str | None:
        draft = {"region": "350203", "prepared_on": "2026-11-28",
                 "notes": {"wizard_schedule": {"hours_a_day": hours, "days_a_week": days}}}
        found = [s for s in suggested_claims(draft, set()) if s.kind.value == "overtime"]
        return found[0].because.render("zh") if found else None

    assert overtime("10", 6) == "每天约10小时、一周6天，超过每天8小时（劳动法第三十六条）"
    # 8 × 6 = 48 hours a week, over 40
    assert overtime("8", 6) == "每天约8小时、一周6天，超过每周40小时（国务院关于职工工作时间的规定第三条）"
    assert overtime("8", 5) is None  # 8 a day, 40 a week: the standard itself
    assert overtime("7.5", 5) is None
    assert overtime("十", 6) is None  # not a number: nothing suggested from it


@async_test
async def test_the_accepted_overtime_suggestion_fills_the_helper_with_the_schedule(tmp_path: Path) -> None:
    """10 hours on Monday to Saturday from 2026-06-01 to 2026-08-31 (the example's period): the helper
    shows the week as typed on the work step, and fills the hours in one key."""
    from textual.widgets import Button

    from lawgen.wizard.widgets.claim_helpers import OvertimeHelper
    from lawgen.wizard.widgets.pages import ItemCard

    draft = example()
    draft["claims"] = [{"kind": "unpaid_wages", "from": "2026-07-01", "to": "2026-08-31", "amount": "12000"}]
    draft["employment"]["start_date"] = "2026-06-01"
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, draft, step="work")
        await type_into(pilot, "notes.wizard_schedule.hours_a_day", "10")
        await type_into(pilot, "notes.wizard_schedule.days_a_week", "6")
        await settle(pilot)
        assert app.session.draft["notes"] == {"wizard_schedule": {"hours_a_day": "10", "days_a_week": 6}}
        await app.screen.show_page("claims")
        await settle(pilot)
        lines = [line for line in app.screen.page.query(".suggestion").results() if line.kind == "overtime"]
        assert lines, "no overtime suggestion"
        lines[0].query_one(".suggest-accept", Button).press()  # its 添加
        await settle(pilot)
        cards = list(app.screen.page.query(ItemCard).results(ItemCard))
        overtime = next(card for card in cards if card.item.get("kind") == "overtime")
        helper = overtime.query_one(OvertimeHelper)
        assert helper.typed("oh-day-hours") == "10" and helper.typed("oh-weekdays") == "1-6"
        assert "周一至周六每天10小时" in str(helper.query_one(".helper-result").render())
        assert not helper.query_one(".oh-fill", Button).disabled
        await app.workers.wait_for_complete()  # the suggestion lines' refresh, before the app closes
        await settle(pilot)


@async_test
async def test_overtime_accepted_right_after_other_suggestions_takes_the_schedule(tmp_path: Path) -> None:
    """Suggestions accepted one after the other, overtime last: its helper takes the work step's schedule.
    (The volunteer's crash came from a helper still being composed when it was prefilled; whether this
    run finds a spare card ready depends on timing, so it guards the path, not the race itself.)"""
    from textual.widgets import Button

    from lawgen.wizard.widgets.claim_helpers import OvertimeHelper
    from lawgen.wizard.widgets.pages import ItemCard

    draft = example()
    draft["claims"] = []
    draft["employment"]["start_date"] = "2026-06-01"
    draft["notes"] = {"wizard_schedule": {"hours_a_day": "11", "days_a_week": 6}}
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, draft, "claims")
        lines = list(app.screen.page.query(".suggestion").results())
        assert "overtime" in [line.kind for line in lines]
        for line in sorted(lines, key=lambda line: line.kind == "overtime"):  # overtime last, no pause
            line.query_one(".suggest-accept", Button).press()
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        cards = list(app.screen.page.query(ItemCard).results(ItemCard))
        overtime = next(card for card in cards if card.item.get("kind") == "overtime")
        helper = overtime.query_one(OvertimeHelper)
        assert helper.typed("oh-day-hours") == "11" and helper.typed("oh-weekdays") == "1-6"


# --- 8. no line starts with a closing bracket or punctuation (禁则) ------------------------------------

def wrapped(text: str, width: int) -> list[str]:
    from lawgen.wizard.linebreak import line_breaks

    cuts = line_breaks(text, width)
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def test_a_closing_bracket_takes_the_character_before_it_down() -> None:
    # At 38 cells Rich folds after «276天» (19 characters × 2 cells), leaving «）» alone on a line.
    assert wrapped("仲裁时效截止：2027年8月31日（还有276天）", 38) == ["仲裁时效截止：2027年8月31日（还有276",
                                                                 "天）"]
    # An opening bracket never ends a line: at 30 cells «（» would be the line's last character.
    assert wrapped("仲裁时效截止：2027年8月31日（还有276天）", 30) == ["仲裁时效截止：2027年8月31日",
                                                                 "（还有276天）"]
    assert wrapped("请求一、请求二。", 14) == ["请求一、请求", "二。"]  # «。» at 14: taken down with «二»
    # a figure stays whole: «终局裁决：每项不超过27,18|0.00元» at 28 cells
    assert wrapped("终局裁决：每项不超过27,180.00元", 28) == ["终局裁决：每项不超过", "27,180.00元"]
    from rich._wrap import divide_line

    from lawgen.wizard.linebreak import line_breaks

    assert line_breaks("no Chinese here at all", 10) == divide_line("no Chinese here at all", 10)  # as Rich


def test_every_width_keeps_the_rules() -> None:
    from lawgen.wizard.linebreak import NO_LINE_END, NO_LINE_START

    text = "违法解除赔偿金（劳动合同法第八十七条），与经济补偿不能同时主张；“二倍工资”最多十一个月。"
    for width in range(6, 80):
        lines = wrapped(text, width)
        assert "".join(lines) == text  # nothing lost
        assert all(line[0] not in NO_LINE_START for line in lines[1:]), (width, lines)
        assert all(line[-1] not in NO_LINE_END for line in lines[:-1]), (width, lines)


@pytest.mark.parametrize("size", [(100, 32), (80, 24)])
@async_test
async def test_no_screen_line_starts_with_a_closing_mark(tmp_path: Path, size: tuple[int, int]) -> None:
    """The example's claims step, the panel beside it: every wrapped line as read on the screen."""
    app = make_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await open_at(pilot, example(), "claims")
        for line in screen_lines(app):
            words = line.strip(" │┃▎▊▌▐█▔▁╭╮╰╯─━")
            assert not words or words[0] not in "）」』】，。、；：！？", line


# --- 7. the claim-kind list: above the footer at 80×24, every kind by a key ------------------------------

def test_the_hint_names_the_keys_the_list_takes() -> None:
    from lawgen.wizard.steps import CLAIM_KINDS
    from lawgen.wizard.widgets.fields import choice_hint

    assert len(CLAIM_KINDS) == 11
    assert choice_hint(11, "zh") == "请选择（可按 1–9、a、b）"
    assert choice_hint(7, "zh") == "请选择（可按 1–7）"
    assert choice_hint(10, "en") == "Choose (keys 1–9, a)"


@async_test
async def test_every_claim_kind_is_reachable_and_the_list_stays_above_the_footer(tmp_path: Path) -> None:
    from textual.widgets._select import SelectOverlay

    from lawgen.wizard.steps import CLAIM_KINDS
    from tests.support.wizard_helpers import row

    draft = example()
    draft["claims"] = [{}]
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_at(pilot, draft, "claims")
        select = row(app, "claims[0].kind").query_one(Select)
        for key, (kind, _) in (("a", CLAIM_KINDS[9]), ("b", CLAIM_KINDS[10]), ("9", CLAIM_KINDS[8])):
            select.focus()
            await pilot.pause()
            await pilot.press(key)
            await pilot.pause()
            assert app.session.draft["claims"][0]["kind"] == kind, key
        select.focus()
        await pilot.press("enter")  # the list opens
        await pilot.pause(0.3)
        overlay = select.query_one(SelectOverlay)
        assert select.expanded and overlay.region.height >= 8
        assert overlay.region.bottom <= 24 - 1  # the footer's row stays readable


# --- 13. an electronic record's form, asked directly and printed as chosen ----------------------------

@async_test
async def test_the_evidence_card_asks_the_form_of_an_electronic_record(tmp_path: Path) -> None:
    from lawgen.documents.context import evidence_list
    from lawgen.wizard.draft import judge
    from tests.support.wizard_helpers import TODAY, choose

    draft = example()
    draft["evidence"] = [{"name": "微信聊天记录", "original": False}]  # marked 复印件, as the volunteer did
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, draft, step="evidence")
        await choose(pilot, "evidence[0].carrier", "截图打印")
        await settle(pilot)
        item = app.session.draft["evidence"][0]
        assert item["carrier"] == "截图打印"
        assessment = judge(app.session.draft, TODAY).assessment
        assert evidence_list(assessment)["evidence"][0]["original"] == "电子数据（截图打印）"


@pytest.mark.parametrize(("draft", "untouched"), [
    ({"format": "lawgen.case/1", "prepared_on": "2026-12-03"}, True),
    # what the pages composed ahead leave in a new case
    ({"format": "lawgen.case/1", "prepared_on": "2026-12-03", "worker": {}, "respondents": [{}],
      "employment": {}, "relationship": {}, "procedure": {}}, True),
    ({"worker": {"name": ""}, "respondents": [{"name": None}]}, True),
    ({"worker": {"name": "王"}}, False),
    ({"relationship": {"can_refuse_orders": False}}, False),  # an answer «否» is an answer
    ({"respondents": [{}, {"name": "某公司"}]}, False),
])
def test_a_draft_with_nothing_typed(draft: dict, untouched: bool) -> None:
    from lawgen.wizard.draft import untouched as nothing_typed

    assert nothing_typed(draft) is untouched


@async_test
async def test_a_new_case_left_with_nothing_typed_leaves_no_row(tmp_path: Path) -> None:
    """«n» then Esc left an empty «（未填姓名） 填写中» case in the register; one begun stays."""
    app = make_app(tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.store.list() == [] and app.screen.query_one(DataTable).row_count == 0
        await pilot.press("n")
        await pilot.pause()
        await fill_fields(pilot, {"region": "350203"})
        await pilot.press("escape")
        await pilot.pause()
        assert [record.draft.get("region") for record in app.store.list()] == ["350203"]


def test_the_review_lists_a_question_left_unanswered() -> None:
    """Unanswered relationship questions were left out of the review: a volunteer could not see what was
    skipped."""
    from lawgen.wizard.screens.review import review_lines
    from lawgen.wizard.steps import STEPS

    step = next(step for step in STEPS if step.id == "organisation")
    lines = dict(review_lines(step, {"relationship": {"company_sets_schedule": True}}, "zh"))
    assert lines["单位安排排班或上线时间？"] == "是" and lines["可以拒单而不受处罚？"] == "未答"
    assert dict(review_lines(step, {}, "en"))["Can refuse orders without penalty?"] == "not answered"


@async_test
async def test_a_case_reopened_after_its_packet_lists_the_packets_files(tmp_path: Path) -> None:
    """Reopened at the generate step, a generated case showed no files although they were there."""
    from lawgen.wizard.screens.review import GenerateScreen

    app = make_app(tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, example(), "review")
        await pilot.press("f3")
        await pilot.pause()
        await press_button(pilot, "#generate")
        await app.workers.wait_for_complete()
        await pilot.pause()
        made = [path.name for path in app.screen.files]
        assert len(made) == 7
    app = make_app(tmp_path / "data")  # another day: the wizard started again
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # reopened where it was left: the generate step
        await pilot.pause()
        assert isinstance(app.screen, GenerateScreen)
        assert [path.name for path in app.screen.files] == made
        status = str(app.screen.query_one("#generate-status").render())
        assert "上次生成的7个文件" in status
        assert not app.screen.query_one("#open-folder").disabled
