"""`--lang` after the command, as the README puts it beside `lawgen wizard` (volunteer: `lawgen wizard
--lang en --data-dir …` ended at once with «unrecognized arguments: --lang en»; under tmux the window just
closed)."""

from __future__ import annotations

import pytest

from lawgen.cli import build_parser
from tests.support.cli import run_lawgen
from tests.support.paths import EXAMPLE_CASE


@pytest.mark.parametrize(("argv", "lang"), [
    (["wizard", "--lang", "en", "--data-dir", "reg"], "en"),
    (["--lang", "en", "wizard"], "en"),
    (["--lang", "en", "check", "case.json", "--lang", "zh"], "zh"),  # the later one wins
    (["templates", "check", "templates", "--lang", "en"], "en"),
    (["account", "list", "--lang", "en"], "en"),
    (["check", "case.json"], None),  # not given: the environment's, decided in main
])
def test_the_language_is_taken_before_or_after_the_command(argv, lang):
    assert build_parser().parse_args(argv).lang == lang


def test_check_speaks_english_with_the_option_after_the_command():
    ran = run_lawgen("check", str(EXAMPLE_CASE), "--lang", "en")
    assert ran.returncode == 0 and "Case assessment" in ran.stdout and "案件评估" not in ran.stdout
