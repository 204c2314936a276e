"""A one-process LibreOffice conversion ended by a SIGKILLed lawgen (attacker): its office dies with lawgen
and cannot remove its pipe file, which LibreOffice makes in /tmp whatever TMPDIR says. The next run in the
same output folder removes it with the killed run's work folder (office.remove_work_folder)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lawgen.documents import office

EXAMPLE = Path(__file__).parents[2] / "examples" / "02-courier-unpaid-wages-overtime.json"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(office.office_program() is None, reason="LibreOffice is not installed")]


def _generate(out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "lawgen", "generate", str(EXAMPLE), "-o", str(out), "--pdf", *extra]


def _killed_while_the_office_runs(out: Path) -> Path | None:
    """Start a run, SIGKILL it once its office has made its pipe; the pipe's path (None: it ended first)."""
    run = subprocess.Popen(_generate(out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           cwd=Path(__file__).parents[2])
    try:
        while run.poll() is None:
            for work in out.glob(office.WORK_PREFIX + "*"):
                pipe = office.single_office_pipe((work.absolute() / "profile").as_uri())
                if pipe.exists():
                    os.kill(run.pid, signal.SIGKILL)
                    run.wait()
                    return pipe
            time.sleep(0.05)
        return None
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()


def test_the_next_run_removes_the_pipe_a_killed_run_left(tmp_path: Path) -> None:
    out = tmp_path / "packet"
    for _ in range(3):  # a run that ends before the kill is run again
        pipe = _killed_while_the_office_runs(out)
        if pipe is not None:
            break
    else:
        pytest.skip("each run ended before its office was seen")
    time.sleep(1)  # the office follows lawgen (its parent-death signal)
    assert stat.S_ISSOCK(os.lstat(pipe).st_mode)  # left behind: what the attacker found
    subprocess.run(_generate(out, "--force"), check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, cwd=Path(__file__).parents[2], timeout=300)
    assert not pipe.exists()
    assert not list(out.glob(office.WORK_PREFIX + "*"))
