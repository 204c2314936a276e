"""What the new volunteer met typing a courier's story (周晓燕, session 6 review): a late-signed contract's
double-wage claim whose limitation had run out, said nowhere on the card or the panel.

Each test failed on the code before its fix (said in its docstring)."""

from __future__ import annotations

from pathlib import Path

from tests.support.wizard_helpers import async_test, example, make_app, open_stored, settle


async def until(pilot, condition, seconds: float = 10.0) -> None:
    """Wait until ``condition()`` holds (a loaded machine draws late), then once more for the screen."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            break
        await pilot.pause(0.05)
    await pilot.pause()


def amount_text(app, index: int) -> str:
    return str(app.screen.page.cards()[index].amount_line().render())


def late_signed_courier() -> dict:
    """The volunteer's case: 2024-11-15 → quit 2026-09-30, the written contract signed on 2025-06-01."""
    draft = example()
    draft["employment"].update({"start_date": "2024-11-15", "end_date": "2026-09-30",
                                "end_reason": "quit_employer_fault", "written_contract": True,
                                "contract_signed_on": "2025-06-01", "monthly_wage": "6500"})
    draft["claims"] = [{"kind": "unpaid_wages", "from": "2026-08-01", "to": "2026-09-30",
                        "amount": "13000.00"}, {"kind": "no_contract_double_wages"}]
    return draft


# --- item 1: an expired claim is flagged on its card and in the panel ---

@async_test
async def test_an_expired_double_wage_claim_says_so_on_its_card_and_in_the_panel(tmp_path: Path) -> None:
    """Before: the card read «这一项的仲裁时效截止：2026年6月1日» alone, and the panel's warnings said
    nothing. The double wage runs from 2024-12-15 (a month after the start, 劳动合同法第八十二条) to
    2025-05-31 (signed 2025-06-01); the latest view counts one year from the period's end, 2025-05-31 →
    2026-05-31, a Sunday, rolled to Monday 2026-06-01 (民法典第二百零三条); judged on 2026-11-28 every view
    has passed (调解仲裁法第二十七条第一款)."""
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_stored(pilot, late_signed_courier(), step="claims")
        await settle(pilot)
        await until(pilot, lambda: "届满" in amount_text(app, 1))
        card = amount_text(app, 1)
        assert "已于2026年6月1日届满" in card
        assert "中断" in card  # what could still save it, in one line
        assert "截止：2026年6月1日" not in card  # not said as a deadline still to come
        panel = app.screen.query_one("#panel").plain
        assert "仲裁时效已于2026年6月1日届满" in panel


# --- item 2: a contract signed late points to the double wage ---

def test_a_contract_signed_more_than_a_month_late_points_to_the_double_wage() -> None:
    """劳动合同法第八十二条, 实施条例第六条、第七条: the double wage runs from a month after the start to the
    day before the signing; signed on or before the day one month after the start, nothing is owed."""
    import datetime as dt

    from lawgen.case import ClaimKind
    from lawgen.law.unclaimed import pointed_to

    start = dt.date(2024, 11, 15)
    cases = [  # (signed on, double wage pointed to)
        (dt.date(2025, 6, 1), True),  # the volunteer's case: 2024-12-15 to 2025-05-31 owed double
        (dt.date(2024, 12, 16), True),  # one day past the month: 2024-12-15 owed double
        (dt.date(2024, 12, 15), False),  # signed on the month's day: the period would end before it starts
        (None, False),  # signed at once (no late date given)
    ]
    for signed_on, expected in cases:
        kinds = {p.kind for p in pointed_to(True, None, set(), start, signed_on)}
        assert (ClaimKind.no_contract_double_wages in kinds) is expected, signed_on


@async_test
async def test_the_claims_step_suggests_the_double_wage_for_a_late_signing(tmp_path: Path) -> None:
    """Before: the claims step suggested 拖欠工资, 经济补偿 … but not 二倍工资 for the contract signed on
    2025-06-01, six and a half months after the start (2024-11-15)."""
    draft = late_signed_courier()
    draft["claims"] = draft["claims"][:1]
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await open_stored(pilot, draft, step="claims")
        await settle(pilot)

        def labels() -> str:
            return " ".join(str(w.render()) for w in app.screen.page.query(".suggest-label").results())

        await until(pilot, lambda: "二倍工资" in labels())
        assert "入职超过一个月才签书面劳动合同" in labels()
