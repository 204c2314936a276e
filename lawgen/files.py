"""Writing files so that nothing half-written ever sits under a final name, readable by the owner only.

Cases hold ID and phone numbers: every file lawgen writes is created 0600 and every folder it makes 0700.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lawgen.i18n import N_, Msg, msg

FILE_MODE = 0o600
DIR_MODE = 0o700


class NotARegularFile(OSError):
    """The path to write holds a FIFO, a device, a socket, a folder or a symbolic link: never replaced."""

    def __init__(self, path: Path) -> None:
        # strerror stays Chinese for the callers that still print it; os_error_text gives either language.
        super().__init__(errno.EEXIST, "不是普通文件（而是管道、设备、文件夹或链接），不会被替换", str(path))


class SpecialFile(OSError):
    """The path to read is a FIFO, a device, a socket or a folder: a read would wait forever or never end."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(errno.EINVAL, NOT_A_REGULAR_FILE_TO_READ, str(path))


class FileTooLarge(ValueError):
    """The file to read is larger than the reader's bound (checked before reading it)."""


# The one wording of "this is no file to read", for case files and order records alike.
NOT_A_REGULAR_FILE_TO_READ = N_("不是普通文件（而是管道、设备或文件夹）")


class FileChanged(OSError):
    """The file was replaced or changed by someone else between reading it and writing it back."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.ESTALE, "the file changed meanwhile", str(path))


# What the user reads for the usual failures: strerror is the C library's English whatever the language.
_OS_ERROR_TEXTS = {
    errno.ENOENT: N_("文件或文件夹不存在"),
    errno.EACCES: N_("没有权限"),
    errno.EPERM: N_("没有权限"),
    errno.EISDIR: N_("这是文件夹，不是文件"),
    errno.ENOTDIR: N_("路径中有一项不是文件夹"),
    errno.ENOSPC: N_("磁盘已满"),
    errno.EDQUOT: N_("磁盘配额已满"),
    errno.EROFS: N_("只读的磁盘，不能写入"),
    errno.ELOOP: N_("路径中的链接过多或指向自身"),
    errno.ENAMETOOLONG: N_("文件名过长"),
    errno.EIO: N_("读写磁盘出错"),
}


def os_error_text(error: OSError) -> Msg:
    """The reason of a failed read or write, in the user's language."""
    if isinstance(error, NotARegularFile):
        return msg("不是普通文件（而是管道、设备、文件夹或链接），不会被替换")
    if isinstance(error, SpecialFile):
        return msg(NOT_A_REGULAR_FILE_TO_READ)
    if isinstance(error, FileChanged):
        return msg("文件在此期间已被其他程序更改或替换；未写入任何内容，请重新执行")
    known = _OS_ERROR_TEXTS.get(error.errno or 0)
    return msg(known) if known else Msg("{detail}", {"detail": error.strerror or ""})


@dataclass(frozen=True)
class FileIdentity:
    """Which file a path named when it was read: a rename over it or a write to it changes one of these."""

    device: int
    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, info: os.stat_result) -> FileIdentity:
        return cls(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def read_regular_file(path: str | Path, limit: int) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file of at most ``limit`` bytes, and its status; raises ``SpecialFile`` for a
    FIFO, device or folder (a read from one would block forever or never end), ``FileTooLarge`` past the
    bound (checked before reading: a 5 GB file is never loaded), ``OSError`` when it cannot be read."""
    if not stat.S_ISREG(os.stat(path).st_mode):  # before opening: opening some devices acts
        raise SpecialFile(path)
    # Non-blocking: if a FIFO replaced the file since, the open returns at once and fstat refuses it.
    handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(handle, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise SpecialFile(path)
        if info.st_size > limit:
            raise FileTooLarge(path)
        raw = file.read(limit + 1)  # a file still growing stops at the bound too
    if len(raw) > limit:
        raise FileTooLarge(path)
    return raw, info


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """``path`` (a folder, or a lock file this process opened) locked exclusively against every other lawgen:
    an advisory ``flock`` that the kernel drops when the process dies, so a kill never leaves it held."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)


def lock_path(final: Path) -> Path:
    return Path(final).with_name(f".{Path(final).name}.lock")


@contextlib.contextmanager
def locked_file(final: Path) -> Iterator[None]:
    """The file ``final`` locked for a whole read–change–write, through an owner-only lock file beside it
    (the file itself is replaced by each write, so it cannot carry the lock). The lock file is removed on
    release; a process that locked a lock file removed meanwhile sees that and locks the new one."""
    lock = lock_path(final)
    flags = (os.O_RDWR | os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
             | getattr(os, "O_CLOEXEC", 0))
    while True:
        descriptor = os.open(lock, flags, FILE_MODE)
        try:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):  # a FIFO or device planted at the name
                raise NotARegularFile(lock)
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            try:
                current = os.stat(lock, follow_symlinks=False)
            except FileNotFoundError:
                current = None
            held = os.fstat(descriptor)
            if current is not None and (current.st_dev, current.st_ino) == (held.st_dev, held.st_ino):
                os.fchmod(descriptor, FILE_MODE)
                try:
                    yield
                finally:
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(lock)  # still under the lock: no one else holds this name's file
                return
        finally:
            os.close(descriptor)


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
def atomic_path(final: Path, unchanged: FileIdentity | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``final``; on success it is fsynced and renamed over ``final``.

    On any failure (or a kill) only a hidden ``.name.tmp*`` file can remain, never a partial ``final``.
    With ``unchanged`` (the file as it was read), ``final`` must still be that very file just before the
    rename, else FileChanged and nothing is written: someone else's file moved there is never overwritten.
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
        if unchanged is not None:
            _refuse_changed(final, unchanged)
        os.replace(temp_path, final)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp_path.unlink()
        raise


def _refuse_changed(final: Path, unchanged: FileIdentity) -> None:
    try:
        now = FileIdentity.of(os.stat(final, follow_symlinks=False))
    except FileNotFoundError:
        raise FileChanged(final) from None
    if now != unchanged:
        raise FileChanged(final)


def write_bytes_atomic(final: Path, data: bytes, unchanged: FileIdentity | None = None) -> Path:
    with atomic_path(final, unchanged) as temporary:
        temporary.write_bytes(data)
    return final


def write_text_atomic(final: Path, text: str, unchanged: FileIdentity | None = None) -> Path:
    return write_bytes_atomic(final, text.encode("utf-8"), unchanged)
