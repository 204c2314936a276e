"""The English wizard is English: every step of the example case walked with ``--lang en``, and each text on
it (labels, buttons, placeholders, choices, messages, the panel, the help, the footer) checked for Chinese
outside what may stay Chinese — the case's own words (names, addresses, the facts), place names, and a
Chinese term or citation in brackets after its English gloss — and for program words (step ids, field
paths, parameter ids)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from textual.widget import Widget
from textual.widgets import Button, Input, Label, Markdown, Select, Static
from textual.widgets._footer import FooterKey

from lawgen.regions import resolve
from lawgen.wizard.screens.review import ReviewScreen
from lawgen.wizard.steps import STEP_IDS
from lawgen.wizard.widgets.assessment_panel import AssessmentPanel
from tests.support.wizard_helpers import SIZE, async_test, example, make_app, open_at, settle

HAN = re.compile(r"[\u3400-\u9fff：，。；、]")  # ideographs and the Chinese punctuation around them
# a gloss: "Labor Law Art. 44 (劳动法第四十四条)", "the worker (劳动者)"; brackets may nest one level
GLOSS = re.compile(r"[(（]([^()（）]|[(（][^()（）]*[)）])*[)）]")
PROGRAM_WORD = re.compile(r"\b[a-z]+_[a-z_]+\b|\b(?:employment|claims|respondents|worker|procedure)\.[a-z_]+")


def case_words(value: Any) -> set[str]:
    """Every text of the case (what the volunteer typed may be Chinese)."""
    if isinstance(value, dict):
        return set().union(*(case_words(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(case_words(v) for v in value)) if value else set()
    return {value} if isinstance(value, str) and HAN.search(value) else set()


def screen_texts(screen) -> list[str]:
    texts: list[str] = []
    for widget in screen.query("*").results(Widget):
        if widget.border_title:
            texts.append(str(widget.border_title))
        if isinstance(widget, AssessmentPanel):
            texts.append(widget.plain)
        elif isinstance(widget, Input):
            texts += [widget.placeholder, widget.value]
        elif isinstance(widget, Select):
            texts += [str(label) for label, _ in widget._options] + [str(widget.prompt)]
        elif isinstance(widget, FooterKey):
            texts.append(widget.description)
        elif isinstance(widget, Markdown):
            texts.append(getattr(widget, "_lawgen_text", "") or "")
        elif isinstance(widget, Static | Label | Button):
            texts.append(str(widget.render()))
    return [text for text in texts if text]


def leftover_chinese(text: str, allowed: set[str]) -> str:
    for word in sorted(allowed, key=len, reverse=True):
        text = text.replace(word, "")
    text = GLOSS.sub("", text)
    return "".join(HAN.findall(text))


def problems(screen, allowed: set[str]) -> list[str]:
    found = []
    for text in screen_texts(screen):
        if leftover_chinese(text, allowed):
            found.append(f"Chinese: {text!r}")
        if PROGRAM_WORD.search(text):
            found.append(f"program word: {text!r}")
    return found


@async_test
async def test_every_step_in_english(tmp_path: Path) -> None:
    case = example()
    place = resolve(case["region"])
    allowed = case_words(case) | {place.full_name, place.name, place.city_name, place.province_name}
    app = make_app(tmp_path, "en")
    async with app.run_test(size=SIZE) as pilot:
        await open_at(pilot, case, "start")
        seen: list[str] = []
        found: list[str] = []
        for _ in range(len(STEP_IDS) + 1):
            screen = app.screen
            if isinstance(screen, ReviewScreen):
                found += [f"review: {p}" for p in problems(screen, allowed)]
                break
            step = screen.step.id
            seen.append(step)
            progress = str(screen.query_one(".progress").render())
            title = progress.split("·", 1)[1].strip().split("  ")[0]
            assert title not in STEP_IDS and title != "hours", progress
            found += [f"{step}: {p}" for p in problems(screen, allowed)]
            await pilot.press("f1")  # the help, with the terms of the field in focus
            await pilot.pause()
            found += [f"{step} help: {p}" for p in problems(screen, allowed)]
            await pilot.press("f1")
            await pilot.press("f3")
            await settle(pilot)
        assert seen[0] == "start" and "claims" in seen and isinstance(app.screen, ReviewScreen), seen
        assert found == []


def test_sources_are_glossed_in_english() -> None:
    from lawgen.wizard.citations import chinese_number, glossed_source

    assert [chinese_number(n) for n in ("十八", "四十八", "一百六十五", "二百七十二")] == [18, 48, 165, 272]
    assert glossed_source("劳动法第四十八条", "zh") == "劳动法第四十八条"
    assert glossed_source("关于实施《劳动保障监察条例》若干规定第十八条", "en") == (
        "Provisions on Implementing the Regulation on Labor Security Supervision, art. 18 "
        "(关于实施《劳动保障监察条例》若干规定第十八条)")
    # a remark in brackets stays with its source: one gloss
    remark = glossed_source("福建省统计局（二手资料引用；另有资料称112185元）", "en")
    assert remark.startswith("statistics bureau (")


# --- s7-wvol: the small-claims line in English, and one currency word ---

def test_the_english_panel_says_small_claims_and_amounts_in_english() -> None:
    """Before: the small-claims limit line ended in «（…：2024年平均工资112377.00元×0.5）», Chinese figures
    inside the citation's brackets, and amounts read «40,500.00 yuan» beside «CNY 27,180.00». The threshold
    (Xiamen, no High Court figure): 112,377 × 50% = 56,188.50; the example's claims 12,000 + 4,500 + 24,000
    = 40,500.00."""
    import copy
    import datetime as dt

    from lawgen.wizard.draft import judge
    from lawgen.wizard.widgets.assessment_panel import render_verdict

    without_hours = copy.deepcopy(example())
    without_hours["claims"] = [{"kind": "overtime", "from": "2026-06-01", "to": "2026-08-31"}]
    for case in (example(), without_hours):
        text = render_verdict(judge(case, dt.date(2026, 11, 28)), "en").plain
        lines = text.split("\n")
        at = next(i for i, line in enumerate(lines) if line.startswith("Small claims"))
        for line in lines[at:at + 2]:  # the verdict and its limit, every word English
            assert not HAN.search(line), line
        assert "yuan" not in text.lower() and "元" not in GLOSS.sub("", text)  # a citation may say 元
    full = render_verdict(judge(example(), dt.date(2026, 11, 28)), "en").plain
    assert "Total claimed  CNY 40,500.00" in full
    assert "CNY 56,188.50" in text and "amount not known yet" in text


def test_the_english_catalog_writes_one_currency_word() -> None:
    from tests.cli.test_i18n_catalog import catalog

    assert not [text for text in catalog().values() if "yuan" in text.lower()]
