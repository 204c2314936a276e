"""What only the shared register does, against a real PostgreSQL: stations and roles, the audit log,
erase leaving no personal data in any row, versioned migrations, and two sessions racing on one save."""

from __future__ import annotations

import json
import threading

import psycopg
import pytest

from lawgen.actors import Actor, Role
from lawgen.store import CaseChanged, CaseStatus
from lawgen.store_postgres import NotAllowed, PostgresCaseStore, migrate, migrations
from tests.support.paths import EXAMPLE_CASE

LIN = Actor("lin", "siming-01")  # a volunteer at Siming
CHEN = Actor("chen", "huli-02")  # a volunteer at Huli
LAWYER = Actor("zhang-lawyer", "centre", Role.lawyer)
ADMIN = Actor("admin", "centre", Role.admin)


def example() -> dict:
    return json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))


def audit_rows(url: str) -> list[tuple]:
    with psycopg.connect(url) as db:
        return db.execute("SELECT account, station, action, case_id, outcome FROM audit ORDER BY id"
                          ).fetchall()


def test_a_volunteer_sees_only_their_station_and_guessing_an_id_is_refused_and_audited(postgres_url) -> None:
    siming, huli = PostgresCaseStore(postgres_url, LIN), PostgresCaseStore(postgres_url, CHEN)
    case_id = siming.create(example())
    assert huli.list() == [] and huli.list("林") == []
    assert huli.get(case_id) is None  # the same answer as for an id that does not exist
    with pytest.raises(Exception):  # noqa: B017 - gone or refused, never written
        huli.save(case_id, {"worker": {"name": "篡改"}}, version=1)
    huli.delete(case_id)
    huli.erase(case_id)
    record = siming.get(case_id)
    assert record is not None and record.worker_name == "林小海" and record.version == 1
    assert ("chen", "huli-02", "open", case_id, "refused:other-station") in audit_rows(postgres_url)


def test_a_lawyer_reads_and_comments_across_stations_but_does_not_edit(postgres_url) -> None:
    case_id = PostgresCaseStore(postgres_url, LIN).create(example())
    PostgresCaseStore(postgres_url, CHEN).create({"worker": {"name": "张三"}})
    lawyer = PostgresCaseStore(postgres_url, LAWYER)
    assert sorted(r.worker_name for r in lawyer.list()) == ["张三", "林小海"]
    lawyer.comment(case_id, "加班费请补充考勤截图")
    assert [body for _, _, body in PostgresCaseStore(postgres_url, LIN).comments(case_id)] == [
        "加班费请补充考勤截图"]
    with pytest.raises(NotAllowed):
        lawyer.save(case_id, example(), version=1)
    with pytest.raises(NotAllowed):
        lawyer.create(example())
    with pytest.raises(NotAllowed):
        lawyer.audit()
    assert ("zhang-lawyer", "centre", "change", case_id, "refused:role") in audit_rows(postgres_url)


def test_the_audit_log_names_who_did_what_to_which_case_and_no_personal_data(postgres_url) -> None:
    store = PostgresCaseStore(postgres_url, LIN)
    case_id = store.create(example())
    store.get(case_id)
    store.save(case_id, example(), status=CaseStatus.generated, version=1)
    store.record_files(case_id, [])
    store.erase(case_id)
    entries = PostgresCaseStore(postgres_url, ADMIN).audit()
    assert [(e["account"], e["action"], e["case_id"], e["outcome"]) for e in entries] == [
        ("lin", "create", case_id, "ok"), ("lin", "open", case_id, "ok"), ("lin", "generate", case_id, "ok"),
        ("lin", "export", case_id, "ok"), ("lin", "erase", case_id, "ok")]
    text = repr(audit_rows(postgres_url))
    for personal in ("林小海", "35020319980512001X", "13812345678", "莲前西路"):
        assert personal not in text


def test_the_audit_log_is_append_only(postgres_url) -> None:
    PostgresCaseStore(postgres_url, LIN).create(example())
    with psycopg.connect(postgres_url, autocommit=True) as db:
        for statement in ("UPDATE audit SET outcome = 'ok'", "DELETE FROM audit", "TRUNCATE audit"):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                db.execute(statement)


def test_erase_leaves_no_personal_data_in_any_row(postgres_url) -> None:
    store = PostgresCaseStore(postgres_url, LIN)
    case_id = store.create(example())
    PostgresCaseStore(postgres_url, LAWYER).comment(case_id, "林小海的考勤")
    store.erase(case_id)
    with psycopg.connect(postgres_url) as db:
        tables = [r[0] for r in db.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()]
        everything = "".join(repr(db.execute(f'SELECT * FROM "{table}"').fetchall()) for table in tables)
    for personal in ("林小海", "35020319980512001X", "13812345678", "厦门速达"):
        assert personal not in everything


def test_migrations_are_numbered_applied_once_and_recorded(empty_postgres_url) -> None:
    names = [name for _, name, _ in migrations()]
    assert names[0] == "0001_register.sql" and names == sorted(names)
    with psycopg.connect(empty_postgres_url, autocommit=True) as db:
        assert migrate(db) == names  # a fresh database: every migration
        assert migrate(db) == []  # then none again
        assert [r[0] for r in db.execute("SELECT name FROM schema_migrations ORDER BY version")] == names


def test_the_first_session_on_an_empty_database_makes_the_register(empty_postgres_url) -> None:
    """What every other test's copy of a migrated database stands for: a centre's new, empty database."""
    store = PostgresCaseStore(empty_postgres_url, LIN)
    case_id = store.create(example())
    assert [row.id for row in store.list()] == [case_id]
    with psycopg.connect(empty_postgres_url) as db:
        assert [r[0] for r in db.execute("SELECT name FROM schema_migrations ORDER BY version")] == [
            name for _, name, _ in migrations()]
    store.close()


def test_two_sessions_saving_the_same_version_at_once_one_wins_one_is_refused(postgres_url) -> None:
    case_id = PostgresCaseStore(postgres_url, LIN).create(example())
    sessions = [PostgresCaseStore(postgres_url, LIN) for _ in range(2)]
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def save(store: PostgresCaseStore, text: str) -> None:
        start.wait()
        try:
            store.save(case_id, example() | {"facts": text}, version=1)
            outcomes.append("saved:" + text)
        except CaseChanged:
            outcomes.append("refused")

    texts = ("甲", "乙")
    threads = [threading.Thread(target=save, args=pair) for pair in zip(sessions, texts, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(o.split(":")[0] for o in outcomes) == ["refused", "saved"]
    winner = next(o.split(":")[1] for o in outcomes if o.startswith("saved"))
    record = sessions[0].get(case_id)
    assert record.version == 2 and record.draft["facts"] == winner


def test_a_wrong_address_is_a_plain_error_without_the_password(postgres_url) -> None:
    from lawgen.store import RegisterError

    with pytest.raises(RegisterError) as error:
        PostgresCaseStore("postgresql://lawgen:secret-pw@127.0.0.1:1/none", LIN)
    assert "secret-pw" not in str(error.value) and "无法连接共享登记簿" in str(error.value)


def test_a_redacted_export_masks_the_worker_and_is_audited(postgres_url) -> None:
    store = PostgresCaseStore(postgres_url, LIN)
    case_id = store.create(example())
    exported = json.dumps(store.export(case_id), ensure_ascii=False)
    for personal in ("35020319980512001X", "13812345678", "莲前西路100号"):
        assert personal not in exported
    assert "350203" in exported  # the region stays, for jurisdiction
    assert PostgresCaseStore(postgres_url, CHEN).export(case_id) is None  # not another station's
    assert ("lin", "siming-01", "export", case_id, "redacted") in audit_rows(postgres_url)
