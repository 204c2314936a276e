"""Station accounts and the audit log against the real SQLite and argon2: passwords only as hashes, a wrong
password and an unknown name refused alike, the audit log append-only and free of anything typed."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from lawgen.serve.accounts import DB_NAME, AccountError, Directory, Role

PASSWORD = "correct-horse-battery"


def test_an_account_logs_in_with_its_password_only(tmp_path: Path) -> None:
    directory = Directory(tmp_path)
    directory.add("lin", "siming-01", "volunteer", PASSWORD)
    account = directory.verify("lin", PASSWORD)
    assert account is not None and (account.name, account.station, account.role) == (
        "lin", "siming-01", Role.volunteer)
    assert directory.verify("lin", PASSWORD + "x") is None
    assert directory.verify("lin", "") is None
    assert directory.verify("nobody", PASSWORD) is None


def test_the_password_is_kept_only_as_an_argon2id_hash(tmp_path: Path) -> None:
    directory = Directory(tmp_path)
    directory.add("lin", "siming-01", "volunteer", PASSWORD)
    directory.close()
    [stored] = sqlite3.connect(tmp_path / DB_NAME).execute("SELECT password_hash FROM accounts").fetchone()
    assert stored.startswith("$argon2id$")
    for path in tmp_path.iterdir():
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path.name
    assert stat.S_IMODE((tmp_path / DB_NAME).stat().st_mode) == 0o600


@pytest.mark.parametrize(("name", "station", "role", "password"), [
    ("Lin", "siming-01", "volunteer", PASSWORD),  # upper case: ids are lower case
    ("lin/../x", "siming-01", "volunteer", PASSWORD),  # a path in a name
    ("lin", "思明站", "volunteer", PASSWORD),  # station ids are ASCII (they name a folder)
    ("lin", "siming-01", "root", PASSWORD),  # no such role
    ("lin", "siming-01", "volunteer", "short"),  # under 10 characters
])
def test_bad_accounts_are_refused_with_a_message(tmp_path: Path, name, station, role, password) -> None:
    with pytest.raises(AccountError):
        Directory(tmp_path).add(name, station, role, password)


def test_an_account_name_is_unique_and_a_password_can_be_changed(tmp_path: Path) -> None:
    directory = Directory(tmp_path)
    directory.add("lin", "siming-01", "volunteer", PASSWORD)
    with pytest.raises(AccountError):
        directory.add("lin", "huli-02", "volunteer", PASSWORD)
    directory.set_password("lin", "another-long-password")
    assert directory.verify("lin", PASSWORD) is None
    assert directory.verify("lin", "another-long-password") is not None
    directory.remove("lin")
    assert directory.accounts() == []


def test_the_audit_log_is_append_only_and_keeps_no_typed_text(tmp_path: Path) -> None:
    directory = Directory(tmp_path)
    directory.record("lin", "siming-01", "login")
    # A password typed into the name box must not land in the log.
    directory.record("my password 123", "", "login", "refused:wrong-password")
    entries = directory.audit()
    assert [(e.account, e.action, e.outcome) for e in entries] == [
        ("lin", "login", "ok"), ("?", "login", "refused:wrong-password")]
    db = sqlite3.connect(tmp_path / DB_NAME)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE audit SET outcome = 'ok'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM audit")
