"""Issue 13, items 10 and 11 (batch): a killed ``batch --jobs 2`` leaves no process behind (its fork
server, resource tracker and workers stayed, about 225 MB, for good); ``--jobs`` is capped; a report that
cannot be written is a clear error, not a traceback.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lawgen.commands.batch import MAX_JOBS, jobs_cap
from tests.support.cli import Ran, run_lawgen
from tests.support.disk import tmpfs
from tests.support.forked import ForkServer
from tests.support.paths import EXAMPLE_CASE, ROOT

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _cases(folder: Path, count: int) -> Path:
    folder.mkdir()
    for number in range(count):
        shutil.copyfile(EXAMPLE_CASE, folder / f"case-{number:03d}.json")
    return folder


def _batch(cases: Path, out: Path, *options: str) -> subprocess.CompletedProcess | Ran:
    """``lawgen batch``: with one job in this process (the batch starts no process of its own, and a fresh
    interpreter would only add its start-up), with more in a fresh one (its worker processes)."""
    if options == ("--jobs", "1"):
        return run_lawgen("batch", str(cases), "-o", str(out), *options)
    return subprocess.run([sys.executable, "-m", "lawgen", "batch", str(cases), "-o", str(out), *options],
                          capture_output=True, text=True, timeout=300, env=ENV, check=False)


def _session(leader: int) -> list[str]:
    """Every process still in the batch's session (the batch was started as its leader)."""
    table = subprocess.run(["ps", "-eo", "pid=,sid=,args="], capture_output=True, text=True, check=True)
    return [line for line in table.stdout.splitlines() if int(line.split()[1]) == leader]


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


# (signal, packets written before the kill): during start-up, early, and well into the batch.
KILLS = [(signal.SIGKILL, 0), (signal.SIGKILL, 2), (signal.SIGKILL, 12), (signal.SIGTERM, 0),
         (signal.SIGTERM, 4)]


@pytest.fixture(scope="module")
def fork_server():
    """One warm interpreter for the batches killed below, each forked from it as a process of its own
    (tests.support.forked): a batch's own start-up is paid once, its workers still start as they do."""
    with ForkServer() as server:
        yield server


@pytest.mark.parametrize(("kill", "packets"), KILLS, ids=[f"{s.name}-after-{n}" for s, n in KILLS])
def test_a_killed_batch_leaves_no_process(tmp_path, kill, packets, fork_server):
    cases, out = _cases(tmp_path / "cases", 60), tmp_path / "out"
    batch = fork_server.start(["batch", str(cases), "-o", str(out), "--jobs", "2"], stdout=Path(os.devnull),
                              stderr=Path(os.devnull))  # a session of its own, led by the batch
    try:
        if packets:
            assert _wait_for(lambda: out.is_dir() and len(list(out.iterdir())) >= packets, 120)
        else:  # the fork server or the workers are starting
            assert _wait_for(lambda: len(_session(batch)) > 1, 60)
        os.kill(batch, kill)
        fork_server.wait(batch, timeout=30)
        assert _wait_for(lambda: not _session(batch), 20), _session(batch)
    finally:
        for line in _session(batch):  # never leave one behind, even when the test fails
            os.kill(int(line.split()[0]), signal.SIGKILL)


def test_jobs_are_capped_at_the_cores_and_eight(tmp_path):
    assert MAX_JOBS == 8 and 1 <= jobs_cap() <= 8
    cases, out = _cases(tmp_path / "cases", 2), tmp_path / "out"
    result = _batch(cases, out, "--jobs", "64")
    assert result.returncode == 0, result.stderr[-1500:]
    assert f"并行进程数 64 超过上限 {jobs_cap()}" in result.stderr


def test_a_report_that_cannot_be_written_is_a_clear_error(tmp_path):
    cases, out = _cases(tmp_path / "cases", 1), tmp_path / "out"
    out.mkdir()
    os.mkfifo(out / "report.json")  # as a full disk does, the write fails; and a FIFO is never replaced
    result = _batch(cases, out, "--jobs", "1")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "无法写入报告" in result.stderr
    assert (out / "report.json").is_fifo()
    assert (out / "case-000").is_dir()  # the packet stays


def test_a_full_disk_for_the_report_is_a_clear_error(tmp_path):
    """A tmpfs with room for a few files: at some size the packet fits and the report does not. Every
    size from too small for anything to enough for all gives a clear error or success, never a traceback."""
    cases = _cases(tmp_path / "cases", 1)
    outcomes = {}
    for inodes in range(3, 14):
        with tmpfs(tmp_path / f"disk-{inodes}", "4m", f"nr_inodes={inodes}") as disk:
            result = _batch(cases, disk / "out", "--jobs", "1")
        assert "Traceback" not in result.stderr, result.stderr[-1500:]
        outcomes[inodes] = (result.returncode, "无法写入报告" in result.stderr)
    assert (1, True) in outcomes.values(), outcomes  # the packet written, the report refused clearly
    assert outcomes[13] == (0, False)


def test_the_report_is_still_written_when_it_can_be(tmp_path):
    cases, out = _cases(tmp_path / "cases", 1), tmp_path / "out"
    result = _batch(cases, out, "--jobs", "1")
    assert result.returncode == 0
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["succeeded"] == 1
