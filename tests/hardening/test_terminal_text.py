"""Issue 13, items 2 (the command line) and 15: what a user typed is printed as text, never acted on.

A worker named ``[/bold]`` crashed ``lawgen check`` (Rich markup), ``[link=…]`` became a clickable link,
escape codes in a region value or a batch file name reached the terminal raw, and bidi overrides reached
the filings (``\\u202e…\\u202c`` makes «…付支» read as «支付…»).
"""

from __future__ import annotations

import copy
import io
import json

import pytest
from rich.console import Console

from lawgen.case import parse_case
from lawgen.documents.packet import document_text, generate_packet
from lawgen.law import assess
from lawgen.report import print_report
from lawgen.text import clean_text, terminal_text
from tests.support.case_builder import BASE
from tests.support.cli import run_check, run_lawgen

# Text a user could type that Rich would read as markup, and what it must print as.
MARKUP_NAMES = ["[/bold]", "[bold]林[/bold]", "[link=https://example.invalid]点我[/link]", "[red", "[/]",
                "[@click=app.quit]x[/]", "\\[x]"]


def _case(**changes) -> dict:
    data = copy.deepcopy(BASE)
    data.update(changes)
    return data


@pytest.mark.parametrize("name", MARKUP_NAMES)
def test_lawgen_check_prints_a_name_in_brackets_as_written(tmp_path, name):
    case_file = tmp_path / "case.json"
    data = _case(worker={"name": name, "gender": "男"})
    data["respondents"] = [{"name": name + "公司", "role": "employer"}]
    case_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run_check(case_file)
    assert result.returncode == 0, result.stderr[-1500:]
    heading = " ".join(result.stdout.split("地区:")[0].split())  # a long heading wraps
    assert heading == f"案件评估 {name} — {name}公司"


@pytest.mark.parametrize("name", MARKUP_NAMES)
def test_the_report_makes_no_link_or_style_from_user_text_on_a_terminal(name):
    data = _case(worker={"name": name, "gender": "男"})
    data["claims"] = [{"kind": "other", "title": name, "amount": "100.00"}]
    screen = io.StringIO()
    print_report(assess(parse_case(data)), console=Console(file=screen, force_terminal=True, width=100))
    output = screen.getvalue()
    assert "\x1b]8;" not in output  # OSC 8: a terminal hyperlink
    plain = Console(file=io.StringIO(), width=100)
    print_report(assess(parse_case(data)), console=plain)
    assert plain.file.getvalue().count(name) >= 2  # the heading and the claims table, as typed


ESCAPES = {
    "colour": "\x1b[31m",
    "title": "\x1b]0;owned\x07",
    "clear_screen": "\x1b[2J",
    "carriage_return": "\r",
    "backspace": "\x08",
    "c1_csi": "\x9b31m",
    "bidi_override": "\u202e",
}


@pytest.mark.parametrize("name", sorted(ESCAPES))
def test_an_escape_code_in_a_region_value_is_shown_not_acted_on(tmp_path, name):
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(_case(region="35" + ESCAPES[name] + "x")), encoding="utf-8")
    result = run_check(case_file)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "region: 未知的行政区划代码 35" in result.stderr
    for character in ESCAPES[name]:
        if not character.isprintable():
            assert character not in result.stderr
    assert terminal_text(ESCAPES[name]) in result.stderr


def test_an_escape_code_in_a_batch_file_name_is_shown_not_acted_on(tmp_path):
    cases = tmp_path / "cases"
    cases.mkdir()
    hostile = "a\x1b]0;owned\x07\x1b[2Jb.json"
    (cases / hostile).write_text("{", encoding="utf-8")
    out = tmp_path / "out"
    result = run_lawgen("batch", str(cases), "-o", str(out), "--jobs", "1")  # one job: in this process
    assert "Traceback" not in result.stderr
    assert "\x1b]0;" not in result.stderr and "\x07" not in result.stderr and "\x1b[2J" not in result.stderr
    assert "a\\x1b]0;owned\\x07\\x1b[2Jb.json: （文件）: 不是有效的 JSON" in result.stderr


def test_terminal_text_keeps_line_breaks_and_printable_text():
    assert terminal_text("林小海\n第二行 [b] «付支»") == "林小海\n第二行 [b] «付支»"
    assert terminal_text("a\x1bb\tc\u2066d") == "a\\x1bb\\tc\\u2066d"


# --- bidi controls never reach a filing ------------------------------------------------------------

BIDI = ["\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e",
        "\u200f", "\u061c"]


@pytest.mark.parametrize("control", BIDI)
def test_clean_text_strips_bidi_controls(control):
    assert clean_text(f"拒绝{control}元00021付支{control}") == "拒绝元00021付支"
    assert clean_text(f"第一行{control}\n第二行", multiline=True) == "第一行\n第二行"


def test_a_bidi_override_does_not_reach_the_filings(tmp_path):
    # U+202E makes a viewer show «…付支» reversed, as «支付…»: the filing must say what was stored.
    data = _case(facts="公司拒绝\u202e元00021付支\u202c。")
    data["worker"] = {"name": "林\u202e海小", "gender": "男"}
    written = generate_packet(assess(parse_case(data)), tmp_path / "packet")
    texts = "\n".join(line for path in written for line in document_text(path))
    assert "公司拒绝元00021付支。" in texts and "林海小" in texts
    for control in BIDI:
        assert control not in texts
