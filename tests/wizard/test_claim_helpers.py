"""The claim card's helpers from the keyboard, and the smaller items of the wizard's review by a new
volunteer: Y/N in either case, the panel reached with F6, the footer at 80 columns, the district's name in
the review, the relationship line before any answer."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from textual.widgets import Button, Input, Select

from lawgen.wizard.claim_helpers import Unreadable, read_week, read_weekdays
from lawgen.wizard.screens.review import ReviewScreen
from lawgen.wizard.widgets.assessment_panel import AssessmentPanel
from lawgen.wizard.widgets.claim_helpers import OvertimeHelper, WageOffer
from tests.support.wizard_helpers import (
    SIZE,
    async_test,
    example,
    make_app,
    open_at,
    open_stored,
    row,
    settle,
)


def story(claims: list[dict]) -> dict:
    """examples/01 with the work going on to 2026-10-31, and the claims given."""
    case = example()
    case["employment"]["end_date"] = "2026-10-31"
    case["claims"] = claims
    return case


def draft(app) -> dict:
    return app.session.draft


@async_test
async def test_the_overtime_helper_fills_the_hours_from_the_keyboard(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, story([{"kind": "overtime", "from": "2026-09-01", "to": "2026-10-31"}]),
                          step="claims")
        await settle(pilot)
        helper = app.screen.page.cards()[0].query_one(OvertimeHelper)
        assert helper.display
        helper.query_one(".oh-day-hours", Input).focus()
        await pilot.pause()
        await pilot.press("1", "0", "tab", "1", "-", "6", "tab", "tab")  # 10 hours, Monday to Saturday
        await pilot.pause()
        assert app.focused is helper.query_one(".oh-fill", Button)
        await pilot.press("enter")
        await settle(pilot)
        claim = draft(app)["claims"][0]
        # 2026-09-01 (Tue) .. 10-31 (Sat), 10 h Mon–Sat (国务院办公厅2026年放假安排; 放假办法第二条):
        # September: 26 days worked (4 Sundays off); 09-25 中秋 statutory; 4 Saturdays rest days;
        #   21 working days × 2 h = 42.
        # October: 27 days worked; 10-01..03 国庆 statutory (30 h); 10-05..07 days off (30 h rest);
        #   Saturdays 17, 24, 31 rest (30 h); 10-10 a 调休 working Saturday; 18 working days × 2 h = 36.
        # Weekday 42 + 36 = 78; rest 40 + 30 + 30 = 100; holiday 10 + 30 = 40.
        hours = (claim["weekday_hours"], claim["rest_day_hours"], claim["holiday_hours"])
        assert hours == ("78", "100", "40")
        result = str(helper.query_one(".helper-result").render())
        assert "工作日39天：超过8小时的部分共78小时" in result and "法定休假日4天：共40小时" in result
        # the card shows the formula the filing prints: 6000 ÷ 21.75 ÷ 8 × (78×150% + 100×200% + 40×300%)
        amount = str(app.screen.page.cards()[0].amount_line().render())
        assert "78小时×150%" in amount and "100小时×200%" in amount and "40小时×300%" in amount


@async_test
async def test_a_weekly_schedule_and_what_cannot_be_read(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, story([{"kind": "overtime", "from": "2026-03-02", "to": "2026-03-08"}]),
                          step="claims")
        await settle(pilot)
        helper = app.screen.page.cards()[0].query_one(OvertimeHelper)
        week = helper.query_one(".oh-week", Input)
        week.focus()
        await pilot.pause()
        await pilot.press(*"9 9 9 9 9 12")
        await pilot.pause()
        assert "七个数" in str(helper.query_one(".helper-result").render())  # six days given
        await pilot.press(*" x")
        await pilot.pause()
        assert "请写数字" in str(helper.query_one(".helper-result").render())
        assert helper.query_one(".oh-fill", Button).disabled
        await pilot.press("backspace", "0", "enter")  # Enter in the helper fills too
        await settle(pilot)
        claim = draft(app)["claims"][0]
        # 2026-03-02..08, an ordinary week: Mon–Fri 5 × (9-8) = 5; Saturday 12 (rest day); Sunday none.
        assert (claim["weekday_hours"], claim["rest_day_hours"]) == ("5", "12")
        assert "holiday_hours" not in claim


@pytest.mark.parametrize(("typed", "days"), [
    ("1-6", {1, 2, 3, 4, 5, 6}), ("周一至周五", {1, 2, 3, 4, 5}), ("1,3,5", {1, 3, 5}),
    ("每天", set(range(1, 8))),
    ("123456", {1, 2, 3, 4, 5, 6}), ("六、日", {6, 7}), ("１－５", {1, 2, 3, 4, 5}),
])
def test_days_of_the_week_as_people_write_them(typed, days) -> None:
    assert read_weekdays(typed) == days


@pytest.mark.parametrize("typed", ["8", "6-1", "周八", "monday"])
def test_days_that_cannot_be_read(typed) -> None:
    with pytest.raises(Unreadable):
        read_weekdays(typed)


def test_a_week_has_seven_days_of_at_most_24_hours() -> None:
    assert read_week("10，10，10，10，10，12，0")[5] == Decimal(12)
    for typed in ("10 10 10", "10 10 10 10 10 10 25"):
        with pytest.raises(Unreadable):
            read_week(typed)


@async_test
async def test_the_unpaid_wage_is_offered_and_taken_with_one_key(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_stored(pilot, story([{"kind": "unpaid_wages", "from": "2026-09-01", "to": "2026-10-15"}]),
                          step="claims")
        await settle(pilot)
        offer = app.screen.page.cards()[0].query_one(WageOffer)
        assert offer.display
        # 2026-09-01..10-15: one whole month (民法典第二百零二条), then 10-01..15 has 7 working days
        # (10-08, 09, 10 调休, 12..15) and 3 paid statutory holidays (10-01..03; 劳社部发〔2008〕3号):
        # 6000 + 6000 ÷ 21.75 × 10 = 6000 + 2758.62 = 8758.62
        text = str(offer.query_one(".helper-result").render())
        assert "8,758.62" in text and "6,000.00元÷21.75天×10个计薪日（7个工作日＋3天法定节假日）" in text
        row(app, "claims[0].to").query_one(Input).focus()
        await pilot.press("tab", "enter")  # Tab reaches the amount field, Enter in it (empty) takes the offer
        await settle(pilot)
        assert draft(app)["claims"][0]["amount"] == "8758.62"
        assert row(app, "claims[0].amount").query_one(Input).value == "8758.62"
        # a typed amount is the volunteer's: Enter keeps it
        await pilot.press("ctrl+u", *"8000", "enter")
        await settle(pilot)
        assert draft(app)["claims"][0]["amount"] == "8000"
        assert "已填写的金额不同" in str(offer.query_one(".helper-result").render())


@async_test
async def test_an_amount_typed_as_people_write_it_is_the_offer_it_equals(tmp_path: Path) -> None:
    """A volunteer typed 12000 for a 12,000.00 offer and was told the amounts differ."""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        # 2026-09-01..09-30: one whole month of the 6,000 wage
        claim = {"kind": "unpaid_wages", "from": "2026-09-01", "to": "2026-09-30", "amount": "6000"}
        await open_stored(pilot, story([claim]), step="claims")
        await settle(pilot)
        text = str(app.screen.page.cards()[0].query_one(WageOffer).query_one(".helper-result").render())
        assert "按月工资计算：6,000.00元" in text and "不同" not in text


@async_test
async def test_no_offer_without_the_monthly_wage(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    case = story([{"kind": "unpaid_wages", "from": "2026-09-01", "to": "2026-10-31"}])
    del case["employment"]["monthly_wage"]
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, case, "claims")
        assert not app.screen.page.cards()[0].query_one(WageOffer).display


@async_test
async def test_questions_take_y_and_n_in_either_case(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        case = example()
        del case["relationship"]
        await open_stored(pilot, case, step="organisation")
        for path, key, value in (("relationship.company_sets_schedule", "Y", True),
                                 ("relationship.company_rules_and_penalties", "N", False),
                                 ("relationship.company_pays_worker", "y", True),
                                 ("relationship.can_refuse_orders", "n", False)):
            row(app, path).query_one(Select).focus()
            await pilot.press(key)
            await pilot.pause()
            assert draft(app)["relationship"][path.split(".")[1]] is value, key


@async_test
async def test_nothing_answered_is_not_a_finding(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    case = example()
    del case["relationship"]
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, case, "organisation")
        text = app.screen.query_one(AssessmentPanel).plain
        assert "用工管理的问题还没有回答" in text and "不完全符合" not in text
        row(app, "relationship.company_sets_schedule").query_one(Select).focus()
        await pilot.press("y")
        await settle(pilot)
        assert "已回答1项用工特征" in app.screen.query_one(AssessmentPanel).plain


@async_test
async def test_f6_reaches_the_panel_and_scrolls_its_warnings(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, example(), "claims")
        before = app.focused
        panel = app.screen.query_one(AssessmentPanel)
        assert panel.max_scroll_y > 0  # the example's warnings run below the fold at 100×32
        await pilot.press("f6")
        await pilot.pause()
        assert app.focused is panel
        await pilot.press("end")
        await pilot.pause()
        assert panel.scroll_y > 0
        await pilot.press("f6")
        await pilot.pause()
        assert app.focused is before


FOOTER_KEYS = {"f1", "f2", "f3", "f4", "f6", "escape"}


@pytest.mark.parametrize("lang", ["zh", "en"])
@async_test
async def test_the_footer_keys_fit_80_columns(tmp_path: Path, lang: str) -> None:
    from textual.widgets._footer import FooterKey

    app = make_app(tmp_path, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_at(pilot, example(), "claims")
        keys = list(app.screen.query(FooterKey).results(FooterKey))
        shown = {key.key for key in keys if key.region.right <= 80 and key.region.width > 0}
        assert FOOTER_KEYS | {"ctrl+n", "ctrl+o"} <= shown
        await pilot.press("f3")  # the evidence step: no order records there
        await pilot.pause()
        keys = list(app.screen.query(FooterKey).results(FooterKey))
        assert "ctrl+o" not in {key.key for key in keys}


@async_test
async def test_the_review_names_the_district(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, example(), "review")
        assert isinstance(app.screen, ReviewScreen)
        body = str(app.screen.query_one("#group-start .review-body").render())
        assert "福建省厦门市思明区（350203）" in body


@pytest.mark.parametrize("first, last", [
    ("0001-01-01", "9999-12-31"),  # «9999-12-31» typed for «no end»: the day after it overflowed
    ("2026-09-01", "9999-12-31"),
])
def test_dates_the_case_file_refuses_give_no_offer_and_no_crash(first: str, last: str) -> None:
    """An attacker's finding: such a period crashed the wizard, and then every reopening of the case."""
    from lawgen.wizard.claim_helpers import overtime_proposal, unpaid_wage_proposal

    draft = example()
    claim = {"kind": "unpaid_wages", "from": first, "to": last}
    assert unpaid_wage_proposal(draft, claim) is None
    draft["employment"].pop("end_date", None)
    draft.pop("prepared_on", None)
    with pytest.raises(Unreadable):
        overtime_proposal(draft, {"kind": "overtime", "from": first, "to": last}, "11", "1-6", "")


def test_a_period_over_twenty_years_is_questioned_not_counted() -> None:
    """1900-01-01 to 2099-12-30 kept the helper busy for 93 s: over 20 years, the helper asks to check."""
    from lawgen.wizard.claim_helpers import overtime_proposal

    with pytest.raises(Unreadable) as refused:
        overtime_proposal(example(), {"kind": "overtime", "from": "1900-01-01", "to": "2099-12-30"},
                          "11", "1-6", "")
    assert refused.value.message.render("zh") == "期间超过20年，请核对“期间自”“期间至”"


def test_an_absurd_monthly_wage_offers_nothing() -> None:
    from lawgen.wizard.claim_helpers import unpaid_wage_proposal

    draft = example()
    draft["employment"]["monthly_wage"] = "1e30"
    claim = {"kind": "unpaid_wages", "from": "2026-09-01", "to": "2026-10-31"}
    assert unpaid_wage_proposal(draft, claim) is None
