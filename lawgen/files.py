"""Writing files so that nothing half-written ever sits under a final name, readable by the owner only.

Cases hold ID and phone numbers: every file lawgen writes is created 0600 and every folder it makes 0700.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def make_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    return path


@contextlib.contextmanager
def atomic_path(final: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``final``; on success it is fsynced and renamed over ``final``.

    On any failure (or a kill) only a hidden ``.name.tmp*`` file can remain, never a partial ``final``.
    """
    final = Path(final)
    handle, temporary = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
    os.close(handle)
    temp_path = Path(temporary)
    os.chmod(temp_path, FILE_MODE)
    try:
        yield temp_path
        with open(temp_path, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temp_path, final)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp_path.unlink()
        raise


def write_bytes_atomic(final: Path, data: bytes) -> Path:
    with atomic_path(final) as temporary:
        temporary.write_bytes(data)
    return final


def write_text_atomic(final: Path, text: str) -> Path:
    return write_bytes_atomic(final, text.encode("utf-8"))
