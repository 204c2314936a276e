"""Crash safety: `lawgen generate` killed (SIGKILL) at any moment never leaves a partial .docx or .pdf
under its final name — only complete files, or hidden temporaries that the next run replaces.

"Any moment" is covered by phase, not by many random moments: each kill waits for the state on disk that
marks its phase (polled every millisecond) and lands there, on the folder the kills before it left:

- before the first file: killed as soon as it is started (rendering in memory, nothing written yet);
- the marker replaced: the documents are being written (each atomically, hidden name then rename);
- a work folder made: LibreOffice starting, the lean copies beside it;
- a PDF in the work folder: the office mid-packet, that PDF written but not yet renamed into place;
- every PDF in the work folder: the office ending, the PDFs about to be (or being) renamed into place.
"""

from __future__ import annotations

import os
import signal
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from lawgen.documents.office import WORK_PREFIX
from lawgen.documents.packet import MARKER
from tests.support.forked import ForkServer
from tests.support.paths import EXAMPLE_CASE

DOCUMENTS = 6  # the example's packet: five filings and the demand letter
PHASE_SECONDS = 120  # the longest a phase may take to arrive (an office start on a loaded machine)
ATTEMPTS = 3  # runs per phase before the test gives up on catching it


def _assert_no_partial_files(folder: Path) -> int:
    """Every .docx under its final name opens; every .pdf is complete. Returns how many were checked."""
    checked = 0
    for path in folder.rglob("*"):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
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


def _inode(path: Path) -> int | None:
    try:
        return path.stat().st_ino
    except FileNotFoundError:
        return None


def _work_folders(out: Path) -> set[str]:
    return {path.name for path in out.glob(WORK_PREFIX + "*")} if out.exists() else set()


def _phases(out: Path) -> list[tuple[str, Callable[[], Callable[[], bool]]]]:
    """Each phase as (name, a function called just before the run starts that returns the phase's test:
    true once the run has reached it). What was there before the run is not the run's doing."""

    def at_once():
        return lambda: True

    def marker_replaced():
        before = _inode(out / MARKER)
        return lambda: _inode(out / MARKER) not in (None, before)

    def work_folder_made():
        before = _work_folders(out)
        return lambda: bool(_work_folders(out) - before)

    def pdf_in_work_folder():
        before = _work_folders(out)
        # the office writes the PDFs in the work folder's "out" (documents.office.convert_once)
        return lambda: any(any((out / name / "out").glob("*.pdf")) for name in _work_folders(out) - before)

    def every_pdf_in_work_folder():
        before = _work_folders(out)
        return lambda: any(len(list((out / name / "out").glob("*.pdf"))) >= DOCUMENTS
                           for name in _work_folders(out) - before)

    return [("before the first file", at_once), ("the documents being written", marker_replaced),
            ("the office starting", work_folder_made), ("a PDF not yet renamed", pdf_in_work_folder),
            ("every PDF written, not yet renamed", every_pdf_in_work_folder)]


def _kill_when(server: ForkServer, args: list[str], reached: Callable[[], bool], logs: Path) -> bool:
    """Start a run, kill its whole session (LibreOffice too, as a power cut or a killed terminal would)
    once ``reached()``; whether it was still running then (False: it ended before the phase showed)."""
    pid = server.start(args, stdout=logs / "out", stderr=logs / "err")
    deadline = time.monotonic() + PHASE_SECONDS
    while not reached():
        if time.monotonic() > deadline or server.poll(pid) is not None:
            break
        time.sleep(0.001)
    running = server.poll(pid) is None
    if running:
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:  # it ended between the poll and the kill
            running = False
    server.wait(pid)
    return running


@pytest.mark.slow
def test_generate_killed_in_every_phase(tmp_path):
    out = tmp_path / "packet"
    args = ["generate", str(EXAMPLE_CASE), "-o", str(out), "--pdf", "--force"]
    checked = 0
    killed: list[str] = []
    # Each run a process of its own, forked from a warm interpreter (tests.support.forked), without the
    # interpreter's start-up: a phase arrives as soon as it would in a run started from the shell.
    with ForkServer() as server:
        for name, phase in _phases(out):
            # A phase can be brief (the last lasts a rename): a run that ended before its kill is run again.
            for _attempt in range(ATTEMPTS):
                ended_before_kill = not _kill_when(server, args, phase(), tmp_path)
                if out.exists():
                    checked += _assert_no_partial_files(out)
                if not ended_before_kill:
                    killed.append(name)
                    break
        # After the kills, a clean run still completes and replaces whatever was left.
        pid = server.start(args, stdout=tmp_path / "out", stderr=tmp_path / "err")
        assert server.wait(pid) == 0, (tmp_path / "err").read_text(encoding="utf-8")
    assert _assert_no_partial_files(out) == 2 * DOCUMENTS  # each document as .docx and as .pdf
    assert not _work_folders(out)  # the killed runs' work folders went with the clean run
    assert killed == [name for name, _ in _phases(out)]  # every phase was reached and killed in
    assert checked > 0  # some kills landed after files were written: the check saw real files
