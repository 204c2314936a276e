"""The audit log on both backends (issue 17): the SQLite register a station uses under ``lawgen serve`` keeps
the same events as the shared PostgreSQL one — who opened, changed, generated, exported, commented on or
erased which case, and every refusal — append-only, with ids and fixed words only."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import psycopg
import pytest

from lawgen.actors import Actor, Role
from lawgen.serve.session_app import station_register
from lawgen.store import DB_NAME, CaseStatus, NotAllowed, open_register
from tests.support.paths import EXAMPLE_CASE

LIN = Actor("lin", "siming-01")
CHEN = Actor("chen", "huli-02")
LAWYER = Actor("zhang-lawyer", "siming-01", Role.lawyer)
ADMIN = Actor("admin", "siming-01", Role.admin)
PERSONAL = ("林小海", "35020319980512001X", "13812345678", "莲前西路", "考勤截图")


def example() -> dict:
    return json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))


def entries(register) -> list[tuple[str, str, str, str, str]]:
    return [(e["account"], e["station"], e["action"], e["case_id"], e["outcome"])
            for e in register(ADMIN).audit()]


def test_every_event_on_a_case_is_audited_in_order(register) -> None:
    store = register()
    case_id = store.create(example())
    store.get(case_id)
    version = store.save(case_id, example(), version=1)
    store.save(case_id, example(), status=CaseStatus.generated, version=version)
    store.record_files(case_id, [])
    store.export(case_id)
    store.comment(case_id, "加班费请补充考勤截图")
    store.erase(case_id)
    assert [(action, outcome) for account, station, action, case, outcome in entries(register)
            if (account, station, case) == ("lin", "siming-01", case_id)] == [
        ("create", "ok"), ("open", "ok"), ("change", "ok"), ("generate", "ok"), ("export", "ok"),
        ("export", "redacted"), ("comment", "ok"), ("erase", "ok")]


def test_no_personal_data_is_in_the_log(register) -> None:
    store = register()
    case_id = store.create(example())
    store.save(case_id, example() | {"facts": "林小海 13812345678"})
    store.comment(case_id, "林小海的考勤截图")
    store.erase(case_id)
    assert not [word for word in PERSONAL if word in repr(register(ADMIN).audit())]


def test_a_stale_save_and_a_lawyers_edit_are_refused_and_audited(register) -> None:
    store = register()
    case_id = store.create(example())
    store.save(case_id, example(), version=1)
    with pytest.raises(Exception):  # noqa: B017 - CaseChanged; what matters here is the entry
        store.save(case_id, example(), version=1)
    lawyer = register(LAWYER)
    with pytest.raises(NotAllowed):
        lawyer.save(case_id, example(), version=2)
    with pytest.raises(NotAllowed):
        lawyer.erase(case_id)
    lawyer.comment(case_id, "请补充考勤截图")  # reading and commenting are what a lawyer does
    log = entries(register)
    assert ("lin", "siming-01", "change", case_id, "refused:stale") in log
    assert ("zhang-lawyer", "siming-01", "change", case_id, "refused:role") in log
    assert ("zhang-lawyer", "siming-01", "erase", case_id, "refused:role") in log
    assert ("zhang-lawyer", "siming-01", "comment", case_id, "ok") in log
    assert store.get(case_id).version == 2  # nothing of the refused saves was written


def test_only_an_admin_reads_the_log_and_a_volunteers_try_is_audited(register) -> None:
    register().create(example())
    with pytest.raises(NotAllowed) as refused:
        register().audit()
    assert "只有管理员可以查看审计日志" in refused.value.message.render()
    assert ("lin", "siming-01", "audit", "", "refused:role") in entries(register)


def test_a_typed_name_never_reaches_the_log(register) -> None:
    """An id the log cannot vouch for (someone's name typed where an id goes) is kept as ``?``."""
    case_id = register().create(example())
    register(Actor("林小海", "siming-01")).get(case_id)
    assert ("?", "siming-01", "open", case_id, "ok") in entries(register)
    assert "林小海" not in repr(register(ADMIN).audit())


def test_the_sqlite_log_is_append_only(tmp_path: Path) -> None:
    store = open_register(tmp_path, LIN)
    store.create(example())
    store.close()
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        for statement in ("UPDATE audit SET outcome = 'ok'", "DELETE FROM audit"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                db.execute(statement)
        assert db.execute("SELECT count(*) FROM audit").fetchone()[0] == 1


def test_a_volunteer_opening_another_stations_case_by_id_is_refused_and_audited(tmp_path: Path,
                                                                                postgres_url) -> None:
    # lawgen serve on SQLite: each station has a register of its own, which holds only its cases.
    siming = open_register(station_register(tmp_path, "siming-01"), LIN)
    huli = open_register(station_register(tmp_path, "huli-02"), CHEN)
    case_id = siming.create(example())
    assert huli.get(case_id) is None and huli.export(case_id) is None and huli.duplicate(case_id) is None
    huli_log = open_register(station_register(tmp_path, "huli-02"), ADMIN).audit()
    refused = ("chen", "open", case_id, "refused:not-found")
    assert [(e["account"], e["action"], e["case_id"], e["outcome"]) for e in huli_log] == [
        refused, ("chen", "export", case_id, "refused:not-found"), refused]
    # The shared register: one table, scoped by station.
    shared_siming, shared_huli = open_register(postgres_url, LIN), open_register(postgres_url, CHEN)
    shared_id = shared_siming.create(example())
    assert shared_huli.get(shared_id) is None and shared_huli.export(shared_id) is None
    with psycopg.connect(postgres_url) as db:
        refused = db.execute("SELECT account, action, outcome FROM audit WHERE case_id = %s AND account ="
                             " 'chen'", (shared_id,)).fetchall()
    assert refused == [("chen", "open", "refused:other-station")] * 2
    for store in (siming, huli, shared_siming, shared_huli):
        store.close()
