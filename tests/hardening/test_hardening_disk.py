"""A full disk or a read-only output folder gives a clear error and leaves no partial file.

Uses small tmpfs mounts (root only, as CI runs); skipped where mounting is not allowed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.cli import Ran, run_lawgen
from tests.support.disk import tmpfs
from tests.support.paths import EXAMPLE_CASE, EXAMPLES


@pytest.fixture
def full_disk(tmp_path) -> Iterator[Path]:
    with tmpfs(tmp_path / "full", "16k") as disk:
        yield disk


@pytest.fixture
def read_only(tmp_path) -> Iterator[Path]:
    with tmpfs(tmp_path / "ro", "16k", "ro") as disk:
        yield disk


def _fill(disk: Path) -> None:
    """Write until the disk is full, so even a small case file cannot be written."""
    with open(disk / "filler", "wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"x" * 1024)
        except OSError:
            pass


def _lawgen(*args: str) -> Ran:
    # In this process: what is tested is the message and the files, not the process (an exception that
    # escaped would fail the test with its traceback).
    return run_lawgen(*args)


def _final_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def test_generate_on_a_full_disk(full_disk):
    result = _lawgen("generate", str(EXAMPLE_CASE), "-o", str(full_disk / "packet"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "磁盘已满" in result.stderr and "packet" in result.stderr  # ENOSPC in words (files.os_error_text)
    assert not [n for n in _final_files(full_disk) if n.endswith(".docx")]  # nothing half-written


def test_generate_into_a_read_only_folder(read_only):
    result = _lawgen("generate", str(EXAMPLE_CASE), "-o", str(read_only / "packet"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "只读的磁盘，不能写入" in result.stderr  # EROFS in words (files.os_error_text)


def test_export_on_a_full_disk(full_disk):
    _fill(full_disk)
    result = _lawgen("export", str(EXAMPLE_CASE), "-o", str(full_disk / "case.json"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert not (full_disk / "case.json").exists()


def test_batch_into_a_read_only_folder(read_only):
    result = _lawgen("batch", str(EXAMPLES), "-o", str(read_only / "out"), "--jobs", "1")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
