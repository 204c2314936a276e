"""What the session-7 volunteer found typing a courier's story (issue 12's follow-up): each test failed on the
code before its fix (said in its docstring)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from lawgen.law.small_claims import SmallClaimsFacts, SmallClaimsStatus, small_claims_status
from lawgen.wizard.draft import judge
from tests.support.wizard_helpers import TODAY, async_test, example, make_app, open_stored, settle


async def until(pilot, condition, seconds: float = 10.0) -> None:
    """Wait until ``condition()`` holds (a loaded machine draws late), then once more for the screen."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            break
        await pilot.pause(0.05)
    await pilot.pause()


def overtime_without_hours() -> dict:
    """The example (Xiamen, dismissed 2026-08-31) with one overtime claim whose hours are not typed yet."""
    draft = example()
    draft["claims"] = [{"kind": "overtime", "from": "2026-06-01", "to": "2026-08-31"}]
    return draft


# --- item 1: an amount not known is not 0 ---

def test_small_claims_waits_for_an_amount_not_known_yet() -> None:
    """民事诉讼法第一百六十五条 goes by the whole 标的额: with an amount unknown, a known total within the
    consent limit decides nothing; one already over it decides (amounts are never negative). Thresholds as
    Xiamen's:
    56,188.50 (112,377 × 50%) and 224,754.00 (× 2)."""
    threshold, consent = Decimal("56188.50"), Decimal("224754.00")
    cases = [  # (known total, amounts pending, status)
        (Decimal("0.00"), 1, SmallClaimsStatus.pending),  # the volunteer's overtime without hours
        (Decimal("12000.00"), 1, SmallClaimsStatus.pending),  # 12,000 ≤ 56,188.50, but one more to come
        (Decimal("100000.00"), 1, SmallClaimsStatus.pending),  # inside the consent band: still open
        (Decimal("224754.01"), 1, SmallClaimsStatus.over_limit),  # over 224,754.00 whatever comes
        (Decimal("12000.00"), 0, SmallClaimsStatus.applies),  # all known: 12,000 ≤ 56,188.50
    ]
    for total, pending, expected in cases:
        facts = SmallClaimsFacts(total, threshold, consent, False, False, False, False, False, pending)
        assert small_claims_status(facts).status is expected, (total, pending)


def test_an_overtime_claim_without_hours_is_no_final_award_item_and_no_small_claim() -> None:
    """Before: the claim came to 5,400 ÷ 21.75 ÷ 8 × 0 = 0.00, «0.00 终局» (0 ≤ 27,180,
    调解仲裁法第四十七条第（一）项) and «适用小额诉讼程序» (0 ≤ 56,188.50)."""
    assessment = judge(overtime_without_hours(), TODAY).assessment
    assert assessment is not None
    claim = assessment.claims[0]
    assert claim.amount is None and claim.awaits_amount and not claim.final_award_item
    assert assessment.final_award.final_items == () and assessment.final_award.non_final_items == ()
    assert assessment.small_claims.status is SmallClaimsStatus.pending
    assert assessment.total == Decimal("0.00")  # the known amounts: none


@async_test
async def test_the_card_and_the_panel_say_the_overtime_amount_is_not_known(tmp_path: Path) -> None:
    """Before: the card read «金额：0.00 元» and the panel «1. 支付加班费  0.00 终局 … 适用小额诉讼程序»."""
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_stored(pilot, overtime_without_hours(), step="claims")
        await settle(pilot)
        panel = app.screen.query_one("#panel")
        await until(pilot, lambda: "请求合计" in panel.plain)
        card = str(app.screen.page.cards()[0].amount_line().render())
        assert "尚不能计算" in card and "0.00" not in card
        assert "1. 支付加班费  金额未定\n" in panel.plain
        assert "终局\n" not in panel.plain and "适用小额诉讼程序" not in panel.plain
        assert "金额未定，暂不能判断" in panel.plain
        assert "另有1项金额未定，未计入合计" in panel.plain


# --- item 3: applied is not yet accepted ---

@async_test
async def test_f4_after_applying_says_the_commission_has_five_days_to_accept(tmp_path: Path) -> None:
    """Before: applied on 2026-11-20 and nothing more recorded, F4 said «仲裁正在进行».
    劳动争议调解仲裁法第二十九条:
    the commission decides within five days of receiving the application whether to accept it; refused or
    unanswered, the worker may sue. Accepted (2026-11-23), arbitration is under way."""
    draft = example()
    draft["procedure"]["arbitration"] = {"applied_on": "2026-11-20"}
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_stored(pilot, draft, step="procedure")
        await settle(pilot)
        await pilot.press("f4")
        await until(pilot, lambda: bool(app.screen.query("#answers")))
        shown = str(app.screen.query_one("#answers").render())
        assert "仲裁正在进行" not in shown
        assert "等仲裁委员会决定是否受理：收到申请后5天内决定" in shown
        assert "不予受理，或者5天内没有答复的，可以直接到法院起诉" in shown
    draft["procedure"]["arbitration"]["accepted_on"] = "2026-11-23"
    from lawgen.documents.summary import worker_answers

    accepted = judge(draft, TODAY).assessment
    assert accepted is not None
    assert "仲裁正在进行" in " ".join(answer for _, answer in worker_answers(accepted))


# --- item 2: a declined suggestion stays declined ---

def suggested(app) -> list[str]:
    from lawgen.wizard.screens.suggest import SuggestionRow

    return [line.kind for line in app.screen.query(SuggestionRow).results(SuggestionRow)]


@async_test
async def test_a_declined_suggestion_stays_declined_after_the_case_is_reopened(tmp_path: Path) -> None:
    """Before: the declined kinds lived in the wizard's session alone; quit and reopen, and «不要» was undone.
    The example (dismissed, no written contract) with no claims: 拖欠工资, 违法解除赔偿金, 二倍工资 …"""
    from lawgen.wizard.screens.suggest import SuggestionRow

    draft = example()
    draft["claims"] = [{}]
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_stored(pilot, draft, step="claims")
        await settle(pilot)
        await until(pilot, lambda: len(suggested(app)) >= 3)
        declined = suggested(app)[1]
        rows = app.screen.query(SuggestionRow).results(SuggestionRow)
        line = next(row for row in rows if row.kind == declined)
        line.query_one(".suggest-decline").focus()
        await pilot.press("enter")
        await settle(pilot)
        assert declined not in suggested(app)
        assert app.session.draft["notes"]["wizard_suggestions"]["declined"] == [declined]
        await pilot.press("ctrl+q")
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # the one case in the register, reopened
        await settle(pilot)
        await until(pilot, lambda: len(suggested(app)) >= 2)
        assert declined not in suggested(app)
        accepted = suggested(app)[0]
        line = app.screen.query(SuggestionRow).first(SuggestionRow)
        line.query_one(".suggest-accept").focus()
        await pilot.press("enter")  # accepting another still works
        await settle(pilot)
        assert app.session.draft["claims"][0]["kind"] == accepted
        assert declined not in suggested(app) and accepted not in suggested(app)


# --- item 6: one count of the days left ---

@async_test
async def test_the_card_the_panel_and_the_register_count_the_days_left_from_today(tmp_path: Path) -> None:
    """Before: prepared on 2026-11-17 and opened on 2026-11-28, the card counted from the case's date and
    the register from today. Dismissed 2026-08-31: one year to apply (调解仲裁法第二十七条第一款) →
    2027-08-31, a Tuesday. From today 2026-11-28: 2 (Nov) + 31 + 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 = 276
    days; from 2026-11-17 it would be 287."""
    from lawgen.wizard.urgency import urgency

    draft = example()
    draft["prepared_on"] = "2026-11-17"
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        case_id = await open_stored(pilot, draft, step="claims")
        await settle(pilot)
        panel = app.screen.query_one("#panel")
        await until(pilot, lambda: "截止" in panel.plain)
        card = str(app.screen.page.cards()[0].amount_line().render())
        assert "2027年8月31日（还有276天）" in card
        assert "截止：2027年8月31日（还有276天）" in panel.plain
        assert "287" not in card + panel.plain
        listed = urgency(app.store.get(case_id), TODAY)
        assert (listed.date, listed.days_left) == (dt.date(2027, 8, 31), 276)


# --- item 5: an open claim-kind list shows every kind ---

@async_test
async def test_the_claim_kind_list_opened_low_shows_every_kind(tmp_path: Path) -> None:
    """Before: the last claim's kind list, opened at the foot of a 100×32 screen, was 8 rows high (its border
    and 6 of the 12 kinds) and showed kinds 1–5. Now all 12 and the border (14 rows) lie on the screen,
    above the footer, at 100×32 and 80×24."""
    from textual.widgets import Select
    from textual.widgets._select import SelectOverlay

    from tests.support.wizard_helpers import row

    draft = example()
    draft["claims"] = [draft["claims"][0], {}]
    for size in ((100, 32), (80, 24)):
        app = make_app(tmp_path / f"{size[0]}")
        async with app.run_test(size=size) as pilot:
            await open_stored(pilot, draft, step="claims")
            await settle(pilot)
            select = row(app, "claims[1].kind").query_one(Select)
            select.focus()
            await settle(pilot)
            await pilot.press("enter")
            overlay = select.query_one(SelectOverlay)
            await until(pilot, lambda overlay=overlay: overlay.region.height > 0)
            await pilot.pause(0.2)
            region = overlay.region
            assert overlay.option_count == 12
            assert region.height == 12 + 2 and overlay.max_scroll_y == 0, (size, region)
            assert region.y >= 0 and region.bottom <= size[1] - 1, (size, region)  # the footer stays
