"""The issue's story, typed through the wizard without a mouse: a food-delivery rider in Xiamen, dismissed,
no written contract, two months unpaid, overtime. From an empty register to a packet in at most 60
navigation keys besides the text typed (counted here), and the packet is the one ``lawgen generate`` writes
for the same case exported."""

from __future__ import annotations

import json
from pathlib import Path

from lawgen.cli import main
from lawgen.documents.packet import document_text
from lawgen.wizard.screens.review import GenerateScreen, ReviewScreen
from lawgen.wizard.screens.step import StepScreen
from tests.support.wizard_helpers import SIZE, async_test, make_app

NAVIGATION_BUDGET = 60  # issue 12, "Done when"


class Keys:
    """Presses keys on the app and counts the ones that move, choose or confirm (not the text typed)."""

    def __init__(self, pilot) -> None:
        self.pilot = pilot
        self.navigation = 0

    async def nav(self, *keys: str) -> None:
        self.navigation += len(keys)
        await self.pilot.press(*keys)
        await self.pilot.pause()

    async def text(self, text: str) -> None:
        """ASCII key by key; Chinese as an input method commits it, into the focused field."""
        if text.isascii():
            await self.pilot.press(*text)
        else:
            focused = self.pilot.app.focused
            insert = getattr(focused, "insert_text_at_cursor", None) or focused.insert  # Input or TextArea
            insert(text)
        await self.pilot.pause()

    def at(self, step: str) -> None:
        screen = self.pilot.app.screen
        assert isinstance(screen, StepScreen) and screen.step.id == step, (screen, getattr(screen, "step", 0))


@async_test
async def test_the_story_in_sixty_navigation_keys_and_the_packet_equals_lawgen_generate(
        tmp_path: Path, capsys) -> None:
    app = make_app(tmp_path / "data")
    out_dir = tmp_path / "packet"
    async with app.run_test(size=SIZE) as pilot:
        keys = Keys(pilot)
        await keys.nav("n")  # a new case
        keys.at("start")
        await keys.text("思明区")  # the district by name
        await keys.nav("f3")

        keys.at("worker")
        await keys.text("王小明")
        await keys.nav("tab", "1")  # 性别: 1 男
        await keys.nav("tab")
        await keys.text("35020319980512001X")
        await keys.nav("tab", "tab")  # 民族 left empty
        await keys.text("13800000000")
        await keys.nav("tab")
        await keys.text("厦门市思明区莲前西路1号")
        await keys.nav("tab", "1")  # 职业: 1 外卖配送员
        await keys.nav("f3")

        keys.at("respondents")
        await keys.text("厦门快送配送服务有限公司")
        await keys.nav("tab", "2")  # 角色: 2 配送站/外包商
        await keys.nav("f3")

        keys.at("work")
        await keys.text("2025/3/10")  # as the worker says it
        await keys.nav("tab")
        await keys.text("2026年10月31日")
        await keys.nav("f3")

        keys.at("ending")
        await keys.nav("1")  # 被单位辞退
        await keys.nav("f3")

        keys.at("pay")
        await keys.nav("n")  # 签了书面劳动合同吗: N 否
        await keys.nav("tab", "tab")
        await keys.text("6,000元")
        await keys.nav("f3")

        keys.at("organisation")
        for answer in "yyyy":  # schedules, rules and fines, pays, the company's business
            await keys.nav(answer, "tab")
        await keys.nav("f3")

        keys.at("claims")
        # suggested from the facts: unpaid wages, damages for the dismissal, double wages, fines
        await keys.nav("enter", "enter", "enter")  # accept the first three
        await keys.nav("tab", "enter")  # no fines: decline
        claims = app.session.draft["claims"]
        assert [c["kind"] for c in claims] == ["unpaid_wages", "unlawful_termination",
                                               "no_contract_double_wages"]
        assert app.focused is not None
        await keys.text("2026-09-01")  # the unpaid wages' period and amount
        await keys.nav("tab")
        await keys.text("2026-10-31")
        await keys.nav("tab", "enter")  # Enter in the empty amount: what the wage gives for the period
        await keys.nav("ctrl+n", "2")  # one more claim: 2 加班费
        await keys.nav("tab")
        await keys.text("2026-09-01")
        await keys.nav("tab")
        await keys.text("2026-10-31")
        # past the three hour fields to the overtime helper: 10 hours a day, Monday to Saturday
        await keys.nav("tab", "tab", "tab", "tab")
        await keys.text("10")
        await keys.nav("tab")
        await keys.text("1-6")
        await keys.nav("tab", "tab", "enter")  # past the weekly schedule, to 填入加班时数
        await keys.nav("f3")

        keys.at("evidence")
        await keys.text("2025年3月10日起在站点送外卖，每天工作10小时，2026年10月31日站长口头通知不用来了。")
        await keys.nav("ctrl+n")
        await keys.text("骑手App接单记录截图")
        await keys.nav("f3")

        keys.at("procedure")
        await keys.nav("f3")
        keys.at("agent")
        await keys.nav("f3")
        assert isinstance(app.screen, ReviewScreen), app.screen
        await keys.nav("f3")
        assert isinstance(app.screen, GenerateScreen)
        app.screen.query_one("#out-dir").value = str(out_dir)  # typed as text: the folder chosen
        await keys.nav("f3")
        await app.workers.wait_for_complete()
        await pilot.pause()

        assert keys.navigation <= NAVIGATION_BUDGET, keys.navigation
        draft = app.store.get(app.session.case_id).draft

    # what was typed, as the case file holds it
    assert draft["region"] == "350203"
    assert draft["employment"]["start_date"] == "2025-03-10"
    assert draft["employment"]["end_date"] == "2026-10-31"
    assert draft["employment"]["monthly_wage"] == "6000"
    assert draft["worker"]["gender"] == "男" and draft["worker"]["occupation"] == "food_delivery"
    # 2026-09-01..10-31 is two whole months (民法典第二百零二条): 6000 × 2
    assert draft["claims"][0] == {"kind": "unpaid_wages", "from": "2026-09-01", "to": "2026-10-31",
                                  "amount": "12000.00"}
    # 10 h Mon–Sat over 09-01..10-31 (2026 arrangement): 21 + 18 working days × 2 h = 78; 4 + 6
    # rest days (Saturdays, 10-05..07) × 10 h = 100; 09-25 中秋 and 10-01..03 国庆 × 10 h = 40
    overtime = draft["claims"][3]
    assert (overtime["weekday_hours"], overtime["rest_day_hours"], overtime["holiday_hours"]) == (
        "78", "100", "40")

    # the same case exported, then generated by the command line
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(draft, ensure_ascii=False), encoding="utf-8")
    assert main(["generate", str(case_file), "-o", str(tmp_path / "cli")]) == 0
    capsys.readouterr()
    with capsys.disabled():
        print(f"\nthe story: {keys.navigation} navigation keys (budget {NAVIGATION_BUDGET})")
    wizard_files = sorted(p.name for p in out_dir.glob("*.docx"))
    cli_files = sorted(p.name for p in (tmp_path / "cli").glob("*.docx"))
    assert wizard_files == cli_files and len(wizard_files) >= 4
    for name in wizard_files:
        assert document_text(out_dir / name) == document_text(tmp_path / "cli" / name), name
