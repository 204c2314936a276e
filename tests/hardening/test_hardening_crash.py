"""Crash safety: `lawgen generate` killed (SIGKILL) at random moments never leaves a partial .docx or .pdf
under its final name — only complete files, or hidden temporaries that the next run replaces."""

from __future__ import annotations

import os
import random
import signal
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document

from tests.support.forked import ForkServer
from tests.support.paths import EXAMPLE_CASE

KILLS = 12


def _assert_no_partial_files(folder: Path) -> int:
    """Every .docx under its final name opens; every .pdf is complete. Returns how many were checked."""
    checked = 0
    for path in folder.rglob("*"):
        if path.name.startswith("."):
            continue  # hidden temporaries are allowed; they never carry a final name
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as archive:
                assert archive.testzip() is None, f"{path.name} is corrupt"
            Document(str(path))
            checked += 1
        elif path.suffix == ".pdf":
            data = path.read_bytes()
            assert data.startswith(b"%PDF") and b"%%EOF" in data[-1024:], f"{path.name} is truncated"
            checked += 1
    return checked


def _kill_at(server: ForkServer, args: list[str], delay: float, logs: Path) -> None:
    pid = server.start(args, stdout=logs / "out", stderr=logs / "err")
    time.sleep(delay)
    if server.poll(pid) is None:
        # The whole session: LibreOffice too, as a power cut or a killed terminal would.
        os.killpg(pid, signal.SIGKILL)
    server.wait(pid)


@pytest.mark.slow
def test_generate_killed_at_random_moments(tmp_path):
    out = tmp_path / "packet"
    rng = random.Random(20261128)
    args = ["generate", str(EXAMPLE_CASE), "-o", str(out), "--pdf", "--force"]
    checked = 0
    # Each run a process of its own, forked from a warm interpreter (tests.support.forked): the moments
    # are drawn over what a run lasts from there, without the interpreter's start-up (about a second and a
    # half of a fresh process's first 6 s).
    with ForkServer() as server:
        for _ in range(KILLS):
            _kill_at(server, args, rng.uniform(0.05, 4.5), tmp_path)
            if out.exists():
                checked += _assert_no_partial_files(out)
        # After the kills, a clean run still completes and replaces whatever was left.
        pid = server.start(args, stdout=tmp_path / "out", stderr=tmp_path / "err")
        assert server.wait(pid) == 0, (tmp_path / "err").read_text(encoding="utf-8")
    assert _assert_no_partial_files(out) == 12  # six documents (the demand letter too), .docx and .pdf
    assert checked > 0  # some kills landed after files were written: the check saw real files
