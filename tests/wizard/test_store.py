"""The case register's SQLite files themselves: owner-only, and erase leaves no trace of the draft in them.
The register's behaviour (drafts, search, versions, duplicate, delete, erase's files) is tested on both
backends in tests/register/test_register_backends.py."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from lawgen.store import DB_NAME, CaseStore

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "01-food-delivery-unlawful-dismissal.json"


def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_folder_and_database_are_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    store = CaseStore(folder)
    store.create(example())
    assert mode(folder) == 0o700
    files = [p for p in folder.iterdir() if p.name.startswith(DB_NAME)]
    assert files, "database file missing"
    for path in files:
        assert mode(path) == 0o600, path.name


def test_erase_leaves_no_copy_in_the_files(tmp_path: Path) -> None:
    store = CaseStore(tmp_path)
    keep = store.create({"worker": {"name": "张三"}})
    gone = store.create(example())
    for _ in range(3):  # several versions of the draft in the log and in free pages
        store.save(gone, example())
    store.erase(gone)
    assert store.get(gone) is None
    assert store.get(keep) is not None
    secret = b"35020319980512001X"
    for path in tmp_path.iterdir():
        if path.name.startswith(DB_NAME):
            assert secret not in path.read_bytes(), path.name
            assert "林小海".encode() not in path.read_bytes(), path.name
