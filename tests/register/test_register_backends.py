"""The register's behaviour, the same on both backends: SQLite (the default, one machine) and PostgreSQL
(the shared register). Each test opens the register as two separate sessions where it matters — two
``CaseStore`` objects on one file, or two PostgreSQL connections."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawgen.store import CaseChanged, CaseGone, CaseStatus
from tests.support.paths import EXAMPLE_CASE


def example() -> dict:
    return json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))


def test_create_save_and_list_follow_the_draft(register) -> None:
    store = register()
    case_id = store.create({"format": "lawgen.case/1", "worker": {"name": "王五"}}, step="worker")
    [row] = store.list()
    assert (row.id, row.worker_name, row.respondent, row.status, row.step, row.version) == (
        case_id, "王五", "", CaseStatus.draft, "worker", 1)
    assert store.save(case_id, example(), status=CaseStatus.complete, version=1) == 2
    record = store.get(case_id)
    assert record.worker_name == "林小海" and record.respondent == "厦门速达即时配送服务有限公司"
    assert record.status is CaseStatus.complete and record.step == "worker" and record.draft == example()


@pytest.mark.parametrize("search", ["%", "_", "' OR '1'='1", "'; DROP TABLE cases; --", "\\"])
def test_sql_or_wildcards_in_the_search_box_match_only_themselves(register, search: str) -> None:
    store = register()
    store.create(example())
    store.create({"worker": {"name": "张三"}, "respondents": [{"name": "某某物流有限公司"}]})
    assert store.list(search) == []
    assert len(store.list("")) == 2  # and the table is still there


def test_search_matches_worker_or_respondent(register) -> None:
    store = register()
    store.create(example())
    store.create({"worker": {"name": "张三"}, "respondents": [{"name": "某某物流有限公司"}]})
    assert [r.worker_name for r in store.list("林")] == ["林小海"]
    assert [r.worker_name for r in store.list("物流")] == ["张三"]
    assert len(store.list("")) == 2
    assert store.list("没有这个人") == []


def test_a_stale_save_from_another_session_is_refused_and_the_newer_version_kept(register) -> None:
    here, there = register(), register()
    case_id = here.create(example())
    # Both sessions read version 1; "there" saves first.
    changed = example() | {"facts": "对方先保存的版本"}
    assert there.save(case_id, changed, version=1) == 2
    with pytest.raises(CaseChanged) as refused:
        here.save(case_id, example() | {"facts": "这里较旧的版本"}, version=1)
    assert "另一个窗口中修改" in refused.value.message.render()
    record = here.get(case_id)
    assert record.version == 2 and record.draft["facts"] == "对方先保存的版本"  # the newer one is shown
    assert here.save(case_id, record.draft | {"facts": "在新版本上修改"}, version=2) == 3


def test_a_save_after_another_session_erased_the_case_is_refused(register) -> None:
    here, there = register(), register()
    case_id = here.create(example())
    there.erase(case_id)
    with pytest.raises(CaseGone):
        here.save(case_id, example(), version=1)
    assert here.get(case_id) is None


def test_duplicate_and_delete(register) -> None:
    store = register()
    case_id = store.create(example(), status=CaseStatus.generated)
    copy_id = store.duplicate(case_id)
    copy = store.get(copy_id)
    assert copy.draft == example() and copy.status is CaseStatus.draft
    store.delete(case_id)
    assert store.get(case_id) is None
    assert [r.id for r in store.list()] == [copy_id]


def test_erase_removes_the_files_written_from_the_case(register, tmp_path: Path) -> None:
    store = register()
    case_id = store.create(example())
    written = tmp_path / "packet.docx"
    written.write_bytes(b"PK")
    store.record_files(case_id, [written])
    store.erase(case_id)
    assert not written.exists()
    assert store.get(case_id) is None and store.list() == []


def test_another_session_reads_what_was_committed(register) -> None:
    first = register()
    case_id = first.create(example())
    first.close()
    record = register().get(case_id)
    assert record is not None and record.draft == example()


def test_each_save_bumps_the_version_and_a_stale_one_is_refused(register) -> None:
    store = register()
    case_id = store.create(example())
    assert store.get(case_id).version == 1
    assert store.save(case_id, example(), version=1) == 2
    assert store.save(case_id, example()) == 3  # no version given: saved as before, still counted
    with pytest.raises(CaseChanged):  # a save from version 2 must not overwrite version 3
        store.save(case_id, {"format": "lawgen.case/1"}, version=2)
    assert store.get(case_id).draft == example()


def test_erase_removes_the_files_written_from_the_case_and_only_those(register, tmp_path: Path) -> None:
    store = register()
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


def test_comments_are_kept_with_the_case_and_go_with_its_erasure(register) -> None:
    store = register()
    case_id = store.create(example())
    store.comment(case_id, "加班费请补充考勤截图")
    store.comment(case_id, "第二条意见")
    assert [(account, body) for account, _, body in register().comments(case_id)] == [
        ("lin", "加班费请补充考勤截图"), ("lin", "第二条意见")]
    store.erase(case_id)
    assert store.comments(case_id) == []
    with pytest.raises(CaseGone):
        store.comment(case_id, "太迟了")


def test_a_redacted_export_masks_the_worker(register) -> None:
    store = register()
    case_id = store.create(example())
    exported = json.dumps(store.export(case_id), ensure_ascii=False)
    for personal in ("35020319980512001X", "13812345678", "莲前西路100号"):
        assert personal not in exported
    assert "350203" in exported  # the region stays, for jurisdiction
    assert store.export(case_id, redact=False) == example()
    assert store.export("0" * 32) is None
