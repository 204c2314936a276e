"""The case register against the real SQLite: drafts round-trip, metadata follows the draft, files are
owner-only, and erase leaves no trace of the draft in the database files."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from lawgen.store import DB_NAME, CaseStatus, CaseStore

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "01-food-delivery-unlawful-dismissal.json"


def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_create_save_and_list_follow_the_draft(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "data")
    partial = {"format": "lawgen.case/1", "worker": {"name": "王五"}}
    case_id = store.create(partial, step="worker")
    [row] = store.list()
    assert (row.id, row.worker_name, row.respondent, row.status, row.step) == (
        case_id, "王五", "", CaseStatus.draft, "worker")
    store.save(case_id, example(), status=CaseStatus.complete)
    record = store.get(case_id)
    assert record is not None
    assert record.worker_name == "林小海"
    assert record.respondent == "厦门速达即时配送服务有限公司"
    assert record.status is CaseStatus.complete
    assert record.step == "worker"  # unchanged when not given
    assert record.draft == example()


def test_search_matches_worker_or_respondent(tmp_path: Path) -> None:
    store = CaseStore(tmp_path)
    store.create(example())
    store.create({"worker": {"name": "张三"}, "respondents": [{"name": "某某物流有限公司"}]})
    assert [r.worker_name for r in store.list("林")] == ["林小海"]
    assert [r.worker_name for r in store.list("物流")] == ["张三"]
    assert len(store.list("")) == 2
    assert store.list("没有这个人") == []


def test_reopening_reads_what_was_committed(tmp_path: Path) -> None:
    store = CaseStore(tmp_path)
    case_id = store.create(example())
    store.close()
    again = CaseStore(tmp_path)
    record = again.get(case_id)
    assert record is not None and record.draft == example()


def test_duplicate_and_delete(tmp_path: Path) -> None:
    store = CaseStore(tmp_path)
    case_id = store.create(example(), status=CaseStatus.generated)
    copy_id = store.duplicate(case_id)
    assert copy_id and copy_id != case_id
    copy = store.get(copy_id)
    assert copy is not None and copy.draft == example() and copy.status is CaseStatus.draft
    store.delete(case_id)
    assert store.get(case_id) is None
    assert [r.id for r in store.list()] == [copy_id]


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


def test_each_save_bumps_the_version_and_a_stale_one_is_refused(tmp_path: Path) -> None:
    from lawgen.store import CaseChanged

    store = CaseStore(tmp_path)
    case_id = store.create(example())
    assert store.get(case_id).version == 1
    assert store.save(case_id, example(), version=1) == 2
    assert store.save(case_id, example()) == 3  # no version given: saved as before, still counted
    with pytest.raises(CaseChanged):  # a save from version 2 must not overwrite version 3
        store.save(case_id, {"format": "lawgen.case/1"}, version=2)
    assert store.get(case_id).draft == example()


def test_erase_removes_the_files_written_from_the_case_and_only_those(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "data")
    gone, kept = store.create(example()), store.create(example())
    mine, theirs = tmp_path / "mine.json", tmp_path / "theirs.json"
    for path in (mine, theirs):
        path.write_text("{}")
    link = tmp_path / "link.json"  # a link put where a written file was is not followed
    link.symlink_to(theirs)
    store.record_files(gone, [mine, link, tmp_path / "already-deleted.json"])
    store.record_files(kept, [theirs])
    store.erase(gone)
    assert not mine.exists()
    assert link.is_symlink() and theirs.read_text() == "{}"
    store.erase(kept)
    assert not theirs.exists()
