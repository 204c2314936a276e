"""A deadline whose day waits on a stage not recorded — an award recorded without the day the worker received
it, so «收到裁决书之日起15日内» to sue (调解仲裁法第五十条) has no date — is shown before every dated one in
`lawgen check` and in the register, in red (attacker: the report, the register and the calendar showed only
the enforcement deadline two years away; only the JSON said to record the receipt)."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import DataTable

from lawgen.store import CaseStatus
from tests.support.case_builder import case_dict
from tests.support.cli import run_lawgen
from tests.support.wizard_helpers import SIZE, async_test, listed, make_app

# Award 2026-11-20, to be paid by 2026-11-30; its receipt not recorded.
AWARD = {"applied_on": "2026-10-10", "award_date": "2026-11-20", "pay_by": "2026-11-30"}
AWARDED = case_dict(worker={"name": "李未收"}, procedure={"arbitration": AWARD})
FRESH = case_dict(worker={"name": "王新"})  # nothing filed: 2027-08-31, 276 days from 2026-11-28


def test_check_names_the_deadline_whose_day_is_not_known_before_the_dated_one(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(AWARDED, ensure_ascii=False), encoding="utf-8")
    ran = run_lawgen("check", str(path), "--on", "2026-11-28")
    out = ran.stdout
    assert "日期待定的期限" in out and "不服裁决，向人民法院起诉" in out
    assert "请记录收到裁决书的日期" in out
    assert out.index("日期待定的期限") < out.index("下一期限")


@async_test
async def test_the_register_lists_it_first_in_red_asking_for_the_receipt(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await listed(pilot, (FRESH, CaseStatus.complete), (AWARDED, CaseStatus.complete))
        table = app.screen.query_one("#cases", DataTable)
        first = table.get_row_at(0)
        assert str(first[0]) == "李未收"
        assert str(first[3]) == "日期待定\n不服裁决，向人民法院起诉" and str(first[4]) == "请记录收到日期"
        assert "red" in str(first[3].style) and "red" in str(first[4].style)
