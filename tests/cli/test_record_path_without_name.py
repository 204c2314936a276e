"""`lawgen record` on a path that names no file («/», «.», «..», an empty argument): the message `check` gives
for the same path, exit 2, no traceback (attacker: «ValueError: PosixPath('/') has an empty name» from the
lock file beside it)."""

from __future__ import annotations

import pytest

from lawgen.cli import EXIT_INVALID
from tests.support.cli import run_lawgen


@pytest.mark.parametrize("path", ["/", ".", "..", ""])
def test_a_path_without_a_file_name_gets_the_readers_message(path):
    ran = run_lawgen("record", path, "paid", "--on", "2026-11-21", "--amount", "5")
    assert ran.returncode == EXIT_INVALID
    assert "不是普通文件" in ran.stderr and "Traceback" not in ran.stderr and "ValueError" not in ran.stderr
