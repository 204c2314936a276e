"""A small disk of its own for the full-disk tests: a tmpfs of a given size mounted on a fresh folder (root
only, as CI runs; the test is skipped where mounting is not allowed), unmounted afterwards."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def tmpfs(path: Path, size: str, *options: str) -> Iterator[Path]:
    """``path`` (made here) as a tmpfs of ``size`` ("64k", "4m"), with further mount ``options`` ("ro",
    "nr_inodes=40", "mode=0700")."""
    path.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join([*options, f"size={size}"]), "tmpfs",
                              str(path)], capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=False)


def resize(path: Path, size: str) -> None:
    """The mounted tmpfs at ``path`` grown (or shrunk) to ``size``, its files kept."""
    subprocess.run(["mount", "-o", f"remount,size={size}", str(path)], check=True)
