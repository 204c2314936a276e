"""Writing files so that nothing half-written ever sits under a final name, readable by the owner only.

Cases hold ID and phone numbers: every file lawgen writes is created 0600 and every folder it makes 0700.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


class NotARegularFile(OSError):
    """The path to write holds a FIFO, a device, a socket, a folder or a symbolic link: never replaced."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EEXIST, "不是普通文件（而是管道、设备、文件夹或链接），不会被替换", str(path))


def make_private_dir(path: Path) -> Path:
    """The folder and every missing folder above it, owner-only whatever the umask (``mkdir(parents=True)``
    gives the parents the umask's mode: 0777 under umask 000)."""
    path = Path(path)
    missing, folder = [], path
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another process
            folder.mkdir(mode=DIR_MODE)
            os.chmod(folder, DIR_MODE)  # mkdir's mode is masked by the umask
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    return path


def refuse_special(final: Path) -> None:
    """Raise NotARegularFile unless ``final`` is absent or a regular file (checked without following links:
    replacing ``/dev/stdout`` or a FIFO with a file breaks whatever reads it)."""
    try:
        mode = os.lstat(final).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise NotARegularFile(final)


@contextlib.contextmanager
def atomic_path(final: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``final``; on success it is fsynced and renamed over ``final``.

    On any failure (or a kill) only a hidden ``.name.tmp*`` file can remain, never a partial ``final``.
    """
    final = Path(final)
    refuse_special(final)
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
