"""The secret key kept in the user's data folder, for fingerprints that must not be reversible.

An ID number has few enough possible values (some 3,000 regions × 36,500 birth dates × 1,000 sequence
numbers, about 10^11; the check character follows) that any unkeyed hash of it, salted or not, is
reversed by trying them all, and far sooner once the region or the birth year is guessed. Keyed with a
secret that never leaves the owner's data folder, the hash reveals nothing to whoever holds only the file.
"""

from __future__ import annotations

import contextlib
import functools
import os
import secrets
import stat
import tempfile
from pathlib import Path

KEY_NAME = "packet.key"
KEY_BYTES = 32


@functools.cache
def packet_key() -> bytes | None:
    """The key (created once, owner-only), or None where the data folder cannot hold one."""
    from lawgen.store import default_data_dir

    try:
        return _load_or_create(default_data_dir() / KEY_NAME)
    except OSError:
        return None


def _load_or_create(path: Path) -> bytes | None:
    from lawgen.files import FILE_MODE, make_private_dir

    make_private_dir(path.parent)
    if not path.exists():
        # Written whole under a temporary name, then linked into place: two processes creating it at once
        # (batch workers) both end up with the one that won, never with half a key.
        handle, temporary = tempfile.mkstemp(prefix=f".{KEY_NAME}.", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as file:
                os.fchmod(file.fileno(), FILE_MODE)
                file.write(secrets.token_bytes(KEY_BYTES))
                file.flush()
                os.fsync(file.fileno())
            with contextlib.suppress(FileExistsError):
                os.link(temporary, path)
        finally:
            os.unlink(temporary)
    handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    with os.fdopen(handle, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
            return None  # not ours alone: a key others can read keys nothing
        key = file.read(KEY_BYTES + 1)
    return key if len(key) == KEY_BYTES else None
