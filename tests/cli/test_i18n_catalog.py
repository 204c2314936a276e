"""The English catalog: every Chinese msgid the code marks (babel.cfg's keywords) is translated, and English
output carries no Chinese except names, places and cited sources."""

from __future__ import annotations

import configparser
import datetime as dt
import functools
import json
import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from lawgen.case import load_case
from lawgen.cli import main
from lawgen.i18n import Msg, MsgList, msg
from lawgen.law import assess
from lawgen.records.attach import case_summary
from lawgen.text import source_title

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "lawgen" / "locale" / "en" / "LC_MESSAGES" / "lawgen.po"
HAN = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff08\uff09\uff0c\uff1a\uff1b]+")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@functools.cache  # the source tree does not change during a run; three tests read it
def extracted_msgids() -> frozenset[str]:
    """What ``pybabel extract -F babel.cfg`` finds: its mapping, and its keywords passed explicitly too
    (older Babel releases ignore a mapping's ``keywords`` option)."""
    with (ROOT / "babel.cfg").open() as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    config = configparser.RawConfigParser()
    config.read(ROOT / "babel.cfg", encoding="utf-8")
    keywords = {**DEFAULT_KEYWORDS, **{k: None for k in config["python: lawgen/**.py"]["keywords"].split()}}
    options_map = {pattern: {k: v for k, v in options.items() if k != "keywords"}
                   for pattern, options in options_map.items()}
    found = extract_from_dir(str(ROOT), method_map, options_map, keywords=keywords)
    return frozenset(message for _, _, message, _, _ in found if isinstance(message, str))


def catalog() -> dict[str, str]:
    with PO.open("rb") as handle:
        return {m.id: m.string for m in read_po(handle, locale="en") if m.id and not m.fuzzy}


def test_extraction_finds_the_engine_texts():
    ids = extracted_msgids()
    # A sample from each kind of mark: msg(), N_() constants, the report's t(), the CLI's _().
    for text in ("支付拖欠工资", "金额最多两位小数（精确到分）", "合计", "评估一个案件文件并打印结论",
                 "最迟应于{deadline}申请劳动仲裁（还有{days}天）", "劳动合同法第八十七条"):
        assert text in ids
    assert len(ids) > 200


def test_every_msgid_is_translated_with_the_same_placeholders():
    translations = catalog()
    missing = sorted(m for m in extracted_msgids() if not translations.get(m))
    assert missing == [], f"untranslated — run the pybabel commands in README.md: {missing}"
    for msgid, text in translations.items():
        assert sorted(PLACEHOLDER.findall(msgid)) == sorted(PLACEHOLDER.findall(text)), msgid
        assert not HAN.search(text), msgid


def test_catalog_holds_no_stale_entries():
    assert sorted(set(catalog()) - extracted_msgids()) == []


def test_messages_render_dates_and_lists_per_language():
    day = dt.date(2027, 8, 31)
    message = msg("最迟应于{deadline}申请劳动仲裁（还有{days}天）", deadline=day, days=3)
    assert message.render("zh") == "最迟应于2027年8月31日申请劳动仲裁（还有3天）"
    assert message.render("en") == "Apply for arbitration on or before 2027-08-31 (3 days left)"
    terms = MsgList((msg("{hours}小时×{percent}%", hours="87", percent="150"), Msg("{n}天", {"n": 2})))
    assert terms.render("zh") == "87小时×150%＋2天"
    assert terms.render("en") == "87 h × 150% + 2 day(s)"


def allowed_chinese(example: Path) -> list[str]:
    """Names, places and the parameters' cited sources: proper nouns and citations, not lawgen's text."""
    assessment = assess(load_case(example))
    case = assessment.case
    texts = [case.worker.name, assessment.region.full_name, *(r.name for r in case.respondents)]
    if case.records is not None:  # the platform and station named in the order records
        summary = case_summary(case, example.parent)
        texts += [str(i.figures.params["name"]) for i in summary.indicators if "name" in i.figures.params]
    texts += [t for t in (assessment.bodies.commission, assessment.bodies.court,
                          assessment.bodies.inspection_office) if t]
    texts += [p.source for p in assessment.parameters]
    texts += [source_title(p.source) for p in assessment.parameters]  # as warnings cite them
    return sorted(texts, key=len, reverse=True)


EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("as_json", [False, True], ids=["report", "json"])
def test_english_output_has_no_chinese_of_its_own(example, as_json, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "2000")  # no wrapping inside a name
    assert main(["--lang", "en", "check", str(example), *(["--json"] if as_json else [])]) == 0
    output = capsys.readouterr().out
    if as_json:
        data = json.loads(output)
        data.pop("parameters")  # citations: data, not lawgen's text
        output = json.dumps(data, ensure_ascii=False)
    for text in allowed_chinese(example):
        output = output.replace(text, "")
    assert HAN.findall(output) == []
