"""Crash safety: `lawgen generate` killed (SIGKILL) at random moments never leaves a partial .docx or .pdf
under its final name — only complete files, or hidden temporaries that the next run replaces."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document

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


def _kill_at(command: list[str], delay: float) -> None:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    time.sleep(delay)
    if process.poll() is None:
        # The whole session: LibreOffice too, as a power cut or a killed terminal would.
        import os

        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


@pytest.mark.slow
def test_generate_killed_at_random_moments(tmp_path):
    out = tmp_path / "packet"
    rng = random.Random(20261128)
    command = [sys.executable, "-m", "lawgen", "generate", str(EXAMPLE_CASE), "-o", str(out), "--pdf",
               "--force"]
    checked = 0
    for _ in range(KILLS):
        _kill_at(command, rng.uniform(0.3, 6.0))
        if out.exists():
            checked += _assert_no_partial_files(out)
    # After the kills, a clean run still completes and replaces whatever was left.
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert _assert_no_partial_files(out) == 12  # six documents (the demand letter too), .docx and .pdf
    assert checked > 0  # some kills landed after files were written: the check saw real files
