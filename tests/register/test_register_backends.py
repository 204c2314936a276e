"""The register's behaviour, the same on both backends: SQLite (the default, one machine) and PostgreSQL
(the shared register). Each test opens the register as two separate sessions where it matters — two
``CaseStore`` objects on one file, or two PostgreSQL connections."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from lawgen.actors import Actor
from lawgen.store import CaseChanged, CaseGone, CaseStatus, open_register
from tests.support.paths import EXAMPLE_CASE

LIN = Actor("lin", "siming-01")


def example() -> dict:
    return json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))


@pytest.fixture(params=["sqlite", "postgresql"])
def register(request, tmp_path: Path) -> Callable:
    """``register(actor)`` opens one more session on the same register."""
    if request.param == "sqlite":
        location = str(tmp_path / "data")
    else:
        location = request.getfixturevalue("postgres_url")
    opened = []

    def open_session(actor: Actor = LIN):
        store = open_register(location if request.param == "postgresql" else Path(location), actor)
        opened.append(store)
        return store

    open_session.backend = request.param
    yield open_session
    for store in opened:
        store.close()


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
