"""Every keystroke kept, typed faster than the wizard can move the focus (issue 12, item 1).

A fast typist, ``tmux send-keys`` or a station machine busy laying out a page delivers keys in bursts: Tab and
the next field's text arrive before Textual has handled the Tab. Here every burst is posted all at once, as
the terminal driver posts one read (``tests.support.keys.burst``), never with Pilot's pause after each key;
each test then asserts what the draft and the saved case hold. On the code before the fix, the bursts here
lost or misplaced text: the keys after a Tab, a choice, Ctrl+N or F3 landed in the field being left."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, Select

from lawgen.store import CaseStore
from lawgen.wizard.screens.review import ReviewScreen
from lawgen.wizard.screens.step import StepScreen
from tests.support.keys import burst
from tests.support.wizard_helpers import (
    SIZE,
    TODAY,
    async_test,
    case_before,
    comparable,
    example,
    focused_path,
    make_app,
    open_stored,
    row,
    settle,
    with_one_empty_claim,
)


def saved(app, tmp_path: Path) -> dict:
    record = CaseStore(tmp_path).get(app.session.case_id)
    assert record is not None
    return record.draft


def at(app, step: str) -> None:
    screen = app.screen
    assert isinstance(screen, StepScreen) and screen.step.id == step, (screen, getattr(screen, "step", None))


@async_test
async def test_a_plain_step_typed_in_one_burst_keeps_every_field(tmp_path: Path) -> None:
    draft = example()
    draft["worker"] = {}
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, draft, step="worker")
        assert focused_path(app) == "worker.name"
        # name, 性别 by its number, ID, 民族, phone, address, 职业 by its number — and on to the next step
        await burst(pilot, "王小明", "tab", "1", "tab", "35020319980512001X", "tab", "汉族", "tab",
                    "13800000000", "tab", "厦门市思明区莲前西路1号", "tab", "1", "f3")
        at(app, "respondents")
        await settle(pilot)
        assert saved(app, tmp_path)["worker"] == {
            "name": "王小明", "gender": "男", "id_number": "35020319980512001X", "ethnicity": "汉族",
            "phone": "13800000000", "address": "厦门市思明区莲前西路1号", "occupation": "food_delivery"}


@async_test
async def test_the_claims_bug_of_the_issue_typed_in_one_burst(tmp_path: Path) -> None:
    """One claim, 拖欠工资 chosen, Tab, `2026-09-01`: the text vanished and the next entries landed one field
    too high (期间自 = the end date, 期间至 = 9000)."""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, with_one_empty_claim(), step="claims")
        row(app, "claims[0].kind").query_one(Select).focus()
        await pilot.pause()
        # 1 = 拖欠工资 by its number: the period fields it shows must be there for the Tab right after it
        await burst(pilot, "1", "tab", "2026-09-01", "tab", "2026-10-31", "tab", "9000")
        assert focused_path(app) == "claims[0].amount"
        assert app.session.draft["claims"][0] == {
            "kind": "unpaid_wages", "from": "2026-09-01", "to": "2026-10-31", "amount": "9000"}
        await settle(pilot)
        assert saved(app, tmp_path)["claims"][0]["to"] == "2026-10-31"


@async_test
async def test_a_kind_chosen_from_the_open_list_then_tab_and_text_in_one_burst(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, with_one_empty_claim(), step="claims")
        select = row(app, "claims[0].kind").query_one(Select)
        select.focus()
        await pilot.pause()
        # enter opens the list on its prompt; down twice is the second kind (加班费); enter takes it
        await burst(pilot, "enter", "down", "down", "enter", "tab", "2026-09-01", "tab", "2026-10-31", "tab",
                    "20")
        assert select.value == "overtime" and not select.expanded
        assert app.session.draft["claims"][0] == {
            "kind": "overtime", "from": "2026-09-01", "to": "2026-10-31", "weekday_hours": "20"}


@async_test
async def test_ctrl_n_and_the_new_item_typed_in_one_burst_on_every_list(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, example(), step="respondents")
        await burst(pilot, "ctrl+n", "第二公司", "tab", "2", "tab", "91350203MA34K7Q2YY", "f3")
        assert app.session.draft["respondents"][1] == {
            "name": "第二公司", "role": "outsourcer", "credit_code": "91350203MA34K7Q2YY"}
        at(app, "work")
        screen = app.screen
        await screen.show_page("claims")
        await pilot.pause()
        # the example has three claims: a fourth, 8 = 退还押金 (a money claim without a period), and a fifth
        await burst(pilot, "ctrl+n", "8", "tab", "300", "ctrl+n", "1", "tab", "2026-09-01")
        claims = app.session.draft["claims"]
        assert claims[3] == {"kind": "deposit_refund", "amount": "300"}
        assert claims[4] == {"kind": "unpaid_wages", "from": "2026-09-01"}
        await screen.show_page("evidence")
        await pilot.pause()
        before = len(app.session.draft["evidence"])
        await burst(pilot, "ctrl+n", "工资条", "tab", "单位", "tab", "证明工资标准", "tab", "3")
        assert app.session.draft["evidence"][before] == {
            "name": "工资条", "source": "单位", "proves": "证明工资标准", "pages": 3}
        await settle(pilot)
        stored = saved(app, tmp_path)
        assert stored["respondents"][1]["name"] == "第二公司" and len(stored["claims"]) == 5
        assert stored["evidence"][before]["name"] == "工资条"


@async_test
async def test_a_removal_confirmed_and_the_next_card_typed_in_one_burst(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        draft = example()
        draft["respondents"].append({"name": "第二公司", "role": "outsourcer"})
        draft["respondents"].append({"name": "第三公司", "role": "outsourcer"})
        await open_stored(pilot, draft, step="respondents")
        page = app.screen.page
        page.cards()[1].query_one(".remove", Button).focus()
        await pilot.pause()
        # enter asks, tab to 删除 and enter: the focus is on the 删除 of the card now second; its last field,
        # the phone, is before it
        await burst(pilot, "enter", "tab", "enter", "shift+tab", "05925550000")
        names = [r.get("name") for r in app.session.draft["respondents"]]
        assert names == ["厦门速达即时配送服务有限公司", "第三公司"]
        assert app.session.draft["respondents"][1]["phone"] == "05925550000"
        assert row(app, "respondents[1].phone").query_one(Input).value == "05925550000"


@async_test
async def test_a_step_change_then_text_in_one_burst_lands_on_the_new_step(tmp_path: Path) -> None:
    draft = example()
    draft["employment"].pop("workplace", None)
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, draft, step="respondents")
        # F3 to 工作情况 (its first field, 入职日期, has the example's date), Tab twice to 工作地点, typed
        await burst(pilot, "f3", "tab", "tab", "莲前站", "f2", "f3")
        at(app, "work")
        assert app.session.draft["employment"]["workplace"] == "莲前站"
        assert app.session.draft["respondents"] == example()["respondents"]  # nothing typed on the left step


FACTS = "2025年3月10日起在站点送外卖，每天工作10小时。"

# The issue's rider story (as the story test types it) as the case file holds it once typed.
STORY = {
    "format": "lawgen.case/1", "region": "350203", "prepared_on": TODAY.isoformat(),
    "worker": {"name": "王小明", "gender": "男", "id_number": "35020319980512001X", "phone": "13800000000",
               "address": "厦门市思明区莲前西路1号", "occupation": "food_delivery"},
    "respondents": [{"name": "厦门快送配送服务有限公司", "role": "outsourcer"}],
    "employment": {"start_date": "2025-03-10", "end_date": "2026-10-31", "end_reason": "dismissed",
                   "written_contract": False, "monthly_wage": "6000"},
    "relationship": {"company_sets_schedule": True, "company_rules_and_penalties": True,
                     "company_pays_worker": True, "work_is_company_business": True},
    # 2026-09-01..10-31 is two whole months (民法典第二百零二条): 6000 × 2, the amount Enter takes
    "claims": [{"kind": "unpaid_wages", "from": "2026-09-01", "to": "2026-10-31", "amount": "12000.00"},
               {"kind": "unlawful_termination"}, {"kind": "no_contract_double_wages"},
               {"kind": "overtime", "from": "2026-09-01", "to": "2026-10-31",
                "weekday_hours": "12", "rest_day_hours": "8", "holiday_hours": "4"}],
    "facts": FACTS,
    "evidence": [{"name": "骑手App接单记录截图"}],
}

# Each step's keys and its F3 sent at once, and the step they lead to: typed one after the other in one app
# run, from the empty register to the review, as the volunteer types the story.
STORY_BURSTS = [
    ("start", ("n", "思明区", "f3"), "worker"),
    ("worker", ("王小明", "tab", "1", "tab", "35020319980512001X", "tab", "tab", "13800000000", "tab",
                "厦门市思明区莲前西路1号", "tab", "1", "f3"), "respondents"),
    ("respondents", ("厦门快送配送服务有限公司", "tab", "2", "f3"), "work"),
    ("work", ("2025/3/10", "tab", "2026年10月31日", "f3"), "ending"),
    ("ending", ("1", "f3"), "pay"),
    ("pay", ("n", "tab", "tab", "6,000元", "f3"), "organisation"),
    ("organisation", ("y", "tab", "y", "tab", "y", "tab", "y", "tab", "f3"), "claims"),
    # the suggestions (unpaid wages, dismissal damages, double wages, fines): three taken, fines declined;
    # then the unpaid wages' period, Enter takes the offered amount; one more claim, 2 = 加班费
    ("claims", ("enter", "enter", "enter", "tab", "enter", "2026-09-01", "tab", "2026-10-31", "tab", "enter",
                "ctrl+n", "2", "tab", "2026-09-01", "tab", "2026-10-31", "tab", "12", "tab", "8", "tab", "4",
                "f3"), "evidence"),
    ("evidence", (FACTS, "ctrl+n", "骑手App接单记录截图", "f3"), "procedure"),
    ("procedure", ("f3", "f3"), "review"),  # past the agent step, left empty, to the review
]


@async_test
async def test_the_story_typed_one_burst_per_step(tmp_path: Path) -> None:
    """After each step's burst the wizard is on the step it leads to and the register holds the story up to
    the step typed, exactly (every value of the story's case file: the name and ID, the district, the dates
    as read, the answers, the claims with the amount Enter took and the overtime hours, the facts and the
    evidence). One app run: each burst starts where the one before left the case, as typed."""
    app = make_app(tmp_path)
    declined: list[str] = []  # the suggestions declined so far: kept with the case, in the wizard's notes
    async with app.run_test(size=SIZE) as pilot:
        for step, keys, following in STORY_BURSTS:
            await burst(pilot, *keys)
            if following == "review":
                assert isinstance(app.screen, ReviewScreen), (step, app.screen)
            else:
                at(app, following)
            await settle(pilot)
            if step == "claims":
                declined.append("unlawful_deduction")  # the fines' suggestion, declined in that burst
            expected = case_before(STORY, following)
            if declined:
                expected["notes"] = {"wizard_suggestions": {"declined": declined}}
            draft = saved(app, tmp_path)
            assert comparable(draft) == comparable(expected), f"after the {step} step"


def in_view(app) -> bool:
    """The widget in focus is on screen, inside the page (not scrolled away above or below it)."""
    page, focused = app.screen.page, app.focused
    return focused is not None and bool(focused.region) and page.region.contains_region(focused.region)


@async_test
async def test_the_focus_mark_follows_the_focus_and_no_scroll_jump_after_a_choice_an_add_or_a_removal(
        tmp_path: Path) -> None:
    """The screen jumped to the top after every add or selection (issue 12). First, on the same page, the
    focus mark (``the_focus_mark_follows_the_focus_to_every_kind_of_field``)."""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, example(), step="claims")
        await the_focus_mark_follows_the_focus_to_every_kind_of_field(pilot)
        page = app.screen.page
        third = page.cards()[2].rows()[0].query_one(Select)
        third.focus()  # claim 3's kind, far down the page
        for _ in range(20):  # the set-up: the scroll to it lands once the page's layout has settled
            await pilot.pause()
            if in_view(app):
                break
        scrolled = page.scroll_y
        assert scrolled > 0 and in_view(app)
        await burst(pilot, "8")  # 8 = 退还押金: the card changes its fields
        assert app.session.draft["claims"][2]["kind"] == "deposit_refund"
        assert app.focused is third and in_view(app)
        # where it was, not the top (the card got shorter: at most the page's new end)
        assert page.scroll_y == min(scrolled, page.max_scroll_y) > 0
        await burst(pilot, "ctrl+n")
        assert focused_path(app) == "claims[3].kind" and in_view(app)
        assert page.scroll_y > 0  # the new card in view below the others, not the top of the page
        remove = page.cards()[3].query_one(".remove", Button)
        remove.focus()
        await pilot.pause()
        await burst(pilot, "enter", "tab", "enter")  # confirmed: the last card goes, its 删除 had the focus
        assert len(app.session.draft["claims"]) == 3
        assert app.focused is page.cards()[2].query_one(".remove", Button) and in_view(app)
        assert page.scroll_y > 0


@async_test
async def test_tab_leaves_the_facts_box_with_its_text_whole(tmp_path: Path) -> None:
    from textual.widgets import TextArea

    draft = example()
    draft["facts"] = ""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, draft, step="evidence")
        area = row(app, "facts").query_one(TextArea)
        area.focus()
        await pilot.pause()
        await burst(pilot, "站长口头通知不用来了。", "tab", "ctrl+n", "录音")
        assert app.session.draft["facts"] == "站长口头通知不用来了。"
        assert app.session.draft["evidence"][-1] == {"name": "录音"}
        assert not area.has_focus


@async_test
async def test_keys_right_after_f3_into_the_claims_step_reach_its_first_suggestion(tmp_path: Path) -> None:
    """The claims page shows its suggestions after it is composed, and the focus goes to the first one:
    an Enter typed with the F3 takes that suggestion, not whatever had the focus on the step left."""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, with_one_empty_claim(), step="organisation")
        await burst(pilot, "f3", "enter")
        at(app, "claims")
        kinds = [claim.get("kind") for claim in app.session.draft["claims"]]
        assert kinds[0] is not None and len(kinds) == 1, kinds  # the empty claim took the first suggestion


async def the_focus_mark_follows_the_focus_to_every_kind_of_field(pilot) -> None:
    """The field in focus is solid bright yellow and its label reversed — on a claim's choice box, a date
    field and a button alike; the field left loses both (the label used to keep its old look). On the
    example's claims step, opened; part of the scroll test's run (the same page)."""
    from textual.color import Color
    from textual.widgets import Label

    app = pilot.app
    kind = row(app, "claims[0].kind")
    kind.query_one(Select).focus()
    await pilot.pause()
    await burst(pilot, "tab")
    date = row(app, "claims[0].from")
    field = date.query_one(Input)
    assert app.focused is field
    yellow = Color.parse("ansi_bright_yellow")
    assert field.styles.background == yellow
    assert date.query_one(".field-label", Label).styles.text_style.reverse
    assert not kind.query_one(".field-label", Label).styles.text_style.reverse
    current = kind.query_one(Select).query_one("SelectCurrent")
    assert current.styles.background != yellow
    button = app.screen.page.cards()[0].query_one(".remove", Button)
    button.focus()
    await pilot.pause()
    assert button.styles.background == yellow and field.styles.background != yellow
