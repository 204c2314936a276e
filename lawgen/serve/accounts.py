"""Station accounts and the audit log of the web server (服务站账号与审计日志).

One SQLite file beside the station registers, owner-only. A password is kept only as its Argon2id hash
(argon2-cffi's defaults); it is never written anywhere else, and no message or log line carries it. The audit
log is append-only: who did what, when, to which case id, and with what outcome — never a worker's name,
ID number, phone or any text typed into the wizard.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from lawgen.actors import Role
from lawgen.files import DIR_MODE, FILE_MODE, make_private_dir
from lawgen.i18n import N_
from lawgen.store import AUDIT_SCHEMA, audit_time

DB_NAME = "accounts.sqlite3"
NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,39}")  # account and station ids: safe in paths and logs
MIN_PASSWORD = 10

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS accounts (
    name          TEXT PRIMARY KEY,
    station       TEXT NOT NULL,
    role          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created       TEXT NOT NULL
    )""",
    *AUDIT_SCHEMA,  # the same append-only table as a register's
)


class AccountError(ValueError):
    """A bad account name, station, role or password: the message is a translatable Chinese text."""


@dataclass(frozen=True)
class Account:
    name: str
    station: str
    role: Role


@dataclass(frozen=True)
class AuditEntry:
    at: str
    account: str
    station: str
    action: str
    case_id: str
    outcome: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def check_name(value: str, problem: str) -> str:
    if not NAME_PATTERN.fullmatch(value):
        raise AccountError(problem)
    return value


class Directory:
    """Accounts and audit log. One per process; each method is one transaction."""

    def __init__(self, folder: Path) -> None:
        self.folder = make_private_dir(Path(folder))
        os.chmod(self.folder, DIR_MODE)
        self.path = self.folder / DB_NAME
        if not self.path.exists():
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, FILE_MODE))
        os.chmod(self.path, FILE_MODE)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._hasher = PasswordHasher()
        # Verified against when the account does not exist: an unknown name takes as long as a wrong password.
        self._dummy_hash = self._hasher.hash("lawgen-no-such-account")
        with self._transaction() as db:
            for statement in _SCHEMA:
                db.execute(statement)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()

    # --- accounts --------------------------------------------------------------------------------------

    def add(self, name: str, station: str, role: Role | str, password: str) -> Account:
        check_name(name, N_("账号名只能用小写字母、数字、点、横线和下划线，最多 40 个字符"))
        check_name(station, N_("服务站代号只能用小写字母、数字、点、横线和下划线，最多 40 个字符"))
        try:
            role = Role(role)
        except ValueError:
            raise AccountError(N_("角色只能是 volunteer、lawyer 或 admin")) from None
        _check_password(password)
        with self._transaction() as db:
            if db.execute("SELECT 1 FROM accounts WHERE name = ?", (name,)).fetchone():
                raise AccountError(N_("该账号已存在"))
            db.execute("INSERT INTO accounts (name, station, role, password_hash, created)"
                       " VALUES (?, ?, ?, ?, ?)",
                       (name, station, role.value, self._hasher.hash(password), _now()))
        return Account(name, station, role)

    def set_password(self, name: str, password: str) -> None:
        _check_password(password)
        with self._transaction() as db:
            changed = db.execute("UPDATE accounts SET password_hash = ? WHERE name = ?",
                                 (self._hasher.hash(password), name)).rowcount
        if not changed:
            raise AccountError(N_("没有这个账号"))

    def remove(self, name: str) -> None:
        with self._transaction() as db:
            if not db.execute("DELETE FROM accounts WHERE name = ?", (name,)).rowcount:
                raise AccountError(N_("没有这个账号"))

    def accounts(self) -> list[Account]:
        rows = self._db.execute("SELECT name, station, role FROM accounts ORDER BY station, name").fetchall()
        return [Account(row["name"], row["station"], Role(row["role"])) for row in rows]

    def verify(self, name: str, password: str) -> Account | None:
        """The account when the password is right, otherwise None (the same for an unknown name)."""
        row = self._db.execute("SELECT * FROM accounts WHERE name = ?", (name,)).fetchone()
        stored = row["password_hash"] if row else self._dummy_hash
        try:
            self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return None
        if row is None:
            return None
        if self._hasher.check_needs_rehash(stored):
            with self._transaction() as db:
                db.execute("UPDATE accounts SET password_hash = ? WHERE name = ?",
                           (self._hasher.hash(password), name))
        return Account(row["name"], row["station"], Role(row["role"]))

    # --- audit log -------------------------------------------------------------------------------------

    def record(self, account: str, station: str, action: str, outcome: str = "ok", case_id: str = "") -> None:
        """One audit entry. ``account`` may be a name someone typed at the login: it is cut to the id
        alphabet so nothing else typed there (a password pasted in the wrong box) lands in the log."""
        with self._transaction() as db:
            db.execute("INSERT INTO audit (at, account, station, action, case_id, outcome)"
                       " VALUES (?, ?, ?, ?, ?, ?)",
                       (audit_time(), _loggable(account), _loggable(station), action, _loggable(case_id),
                        outcome))

    def audit(self, limit: int = 200) -> list[AuditEntry]:
        rows = self._db.execute("SELECT * FROM audit ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [AuditEntry(r["at"], r["account"], r["station"], r["action"], r["case_id"], r["outcome"])
                for r in reversed(rows)]


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(N_("密码至少 10 个字符"))


def _loggable(value: str) -> str:
    return value if NAME_PATTERN.fullmatch(value or "") or value == "" else "?"
