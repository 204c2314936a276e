"""The shared register on PostgreSQL (共享案件登记簿): one database for a city's service stations.

The same interface as the SQLite register (``lawgen.store.CaseStore``) and the same columns, plus the
station each case belongs to. Every method runs as an ``Actor``: a volunteer sees and edits only the cases
of their own station (another station's case, even by its id, is "not found" and the attempt is audited),
a supervising lawyer reads and comments on every station's cases, an admin does everything. A save names
the version it read; a stale one is refused (``CaseChanged``) with the row locked, so two stations editing
one case never lose a save silently. Each change writes its audit entry in the same transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import psycopg
from psycopg.rows import dict_row, tuple_row

from lawgen.actors import Actor
from lawgen.i18n import N_, msg
from lawgen.store import (
    CHANGED,
    GONE,
    CaseChanged,
    CaseGone,
    CaseRecord,
    CaseStatus,
    NotAllowed,
    RegisterBase,
    RegisterError,
    RegisterUnwritable,
    _dumps,
    _now,
    _remove_written,
    like_pattern,
    loggable,
    summary,
)

__all__ = ["NotAllowed", "PostgresCaseStore", "is_postgres_url", "migrate", "migrations"]

MIGRATION_LOCK = 0x6C617767  # "lawg": one server applies the migrations, the others wait for it
CANNOT_CONNECT = N_("无法连接共享登记簿（PostgreSQL）。请检查地址和网络，或联系管理员。")
SHARED_CANNOT_WRITE = N_("无法保存到共享登记簿，请稍后再试。")


def is_postgres_url(location: str | Path | None) -> bool:
    return isinstance(location, str) and location.startswith(("postgresql://", "postgres://"))


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, SQL) of every migration shipped with lawgen, in order."""
    folder = resources.files("lawgen.migrations")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql") and entry.name[:4].isdigit():
            found.append((int(entry.name[:4]), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(connection: psycopg.Connection) -> list[str]:
    """Apply the migrations not yet applied, all in one transaction. Returns the names applied."""
    applied = []
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        connection.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL, applied TIMESTAMPTZ NOT NULL DEFAULT now())")
        done = {row[0] for row in connection.cursor(row_factory=tuple_row).execute(
            "SELECT version FROM schema_migrations")}
        for number, name, sql in migrations():
            if number not in done:
                connection.execute(sql)
                connection.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)",
                                   (number, name))
                applied.append(name)
    return applied


class PostgresCaseStore(RegisterBase):
    """The shared register for one actor. One per process (or thread); every method is one transaction.
    A server database is never rebuilt from a damaged file here (``recovery`` stays None)."""

    def __init__(self, url: str, actor: Actor) -> None:
        self.actor = actor
        try:
            self._db = psycopg.connect(url, autocommit=True, row_factory=dict_row, connect_timeout=10,
                                       application_name="lawgen")
            migrate(self._db)
        except psycopg.Error:
            # The driver's message may hold the address and the user name: the user gets a plain one.
            raise RegisterError(msg(CANNOT_CONNECT)) from None

    def close(self) -> None:
        self._db.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[psycopg.Cursor]:
        try:
            with self._db.transaction(), self._db.cursor() as cursor:
                yield cursor
        except psycopg.Error:
            raise RegisterUnwritable(msg(SHARED_CANNOT_WRITE)) from None

    def _audit(self, cursor: psycopg.Cursor, action: str, case_id: str = "", outcome: str = "ok") -> None:
        cursor.execute("INSERT INTO audit (account, station, action, case_id, outcome)"
                       " VALUES (%s, %s, %s, %s, %s)",
                       (loggable(self.actor.account), loggable(self.actor.station), action,
                        loggable(case_id), outcome))

    def _audit_alone(self, action: str, case_id: str = "", outcome: str = "ok") -> None:
        with self._transaction() as cursor:
            self._audit(cursor, action, case_id, outcome)

    def _audit_rows(self, limit: int) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT at, account, station, action, case_id, outcome FROM audit"
                                " ORDER BY id DESC LIMIT %s", (limit,)).fetchall()
        return [row | {"at": row["at"].astimezone(dt.UTC).isoformat(timespec="milliseconds")} for row in rows]

    def _scope(self) -> tuple[str, tuple]:
        if self.actor.every_station:
            return "TRUE", ()
        return "station = %s", (self.actor.station,)

    def _row(self, cursor: psycopg.Cursor, case_id: str, lock: bool = False) -> dict | None:
        """The case if this actor may see it; another station's case is audited and treated as absent."""
        cursor.execute("SELECT * FROM cases WHERE id = %s" + (" FOR UPDATE" if lock else ""), (case_id,))
        row = cursor.fetchone()
        if row is not None and not self.actor.every_station and row["station"] != self.actor.station:
            self._audit(cursor, "open", case_id, "refused:other-station")
            return None
        return row

    # --- reading ---------------------------------------------------------------------------------------

    def list(self, search: str = "") -> list[CaseRecord]:
        """Cases this actor may see, most recently updated first; ``search`` matches the worker or a
        respondent as plain text (``%`` and ``_`` are matched as themselves)."""
        pattern = like_pattern(search)
        where, params = self._scope()
        rows = self._db.execute(
            f"SELECT * FROM cases WHERE {where} AND (worker_name LIKE %s OR respondent LIKE %s)"
            " ORDER BY updated DESC, number DESC", (*params, pattern, pattern)).fetchall()
        return [self._record(row) for row in rows]

    def _open(self, case_id: str, action: str, outcome: str) -> CaseRecord | None:
        with self._transaction() as cursor:
            row = self._row(cursor, case_id)
            if row is not None:
                self._audit(cursor, action, case_id, outcome)
        return self._record(row) if row else None

    # --- writing ---------------------------------------------------------------------------------------

    def create(self, draft: dict[str, Any], status: CaseStatus = CaseStatus.draft, step: str = "") -> str:
        import uuid

        self._check_may_edit("create")
        case_id = uuid.uuid4().hex
        worker, respondent = summary(draft)
        now = _now()
        with self._transaction() as cursor:
            cursor.execute(
                "INSERT INTO cases (id, station, worker_name, respondent, created, updated, status, step,"
                " draft) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (case_id, self.actor.station, worker, respondent, now, now, status.value, step,
                 _dumps(draft)))
            self._audit(cursor, "create", case_id)
        return case_id

    def save(self, case_id: str, draft: dict[str, Any], status: CaseStatus | None = None,
             step: str | None = None, version: int | None = None) -> int:
        """As ``CaseStore.save``: with ``version`` a stale save is refused with ``CaseChanged`` (the row is
        locked while it is compared, so of two saves naming one version exactly one wins)."""
        self._check_may_edit("change", case_id)
        worker, respondent = summary(draft)
        with self._transaction() as cursor:
            row = self._row(cursor, case_id, lock=True)
            if row is None:
                self._audit(cursor, "change", case_id, "refused:gone")
                conflict: Exception | None = CaseGone(msg(GONE))
            elif version is not None and row["version"] != version:
                self._audit(cursor, "change", case_id, "refused:stale")
                conflict = CaseChanged(msg(CHANGED))
            else:
                conflict = None
                cursor.execute(
                    "UPDATE cases SET draft = %s, worker_name = %s, respondent = %s, updated = %s,"
                    " status = COALESCE(%s, status), step = COALESCE(%s, step), version = version + 1"
                    " WHERE id = %s",
                    (_dumps(draft), worker, respondent, _now(), status.value if status else None, step,
                     case_id))
                generated = status is CaseStatus.generated and row["status"] != CaseStatus.generated.value
                self._audit(cursor, "generate" if generated else "change", case_id)
        if conflict is not None:  # raised outside the block so the refusal's audit entry is committed
            raise conflict
        return row["version"] + 1

    def delete(self, case_id: str) -> None:
        self._check_may_edit("delete", case_id)
        with self._transaction() as cursor:
            if self._row(cursor, case_id, lock=True) is None:
                return
            cursor.execute("DELETE FROM written_files WHERE case_id = %s", (case_id,))
            cursor.execute("DELETE FROM cases WHERE id = %s", (case_id,))
            self._audit(cursor, "delete", case_id)

    def record_files(self, case_id: str, paths: Iterable[Path]) -> None:
        with self._transaction() as cursor:
            if self._row(cursor, case_id) is None:
                return
            for path in paths:
                cursor.execute("INSERT INTO written_files (case_id, path) VALUES (%s, %s)"
                               " ON CONFLICT DO NOTHING", (case_id, str(Path(path).absolute())))
            self._audit(cursor, "export", case_id)

    def erase(self, case_id: str) -> None:
        """Overwrite the case's text, then delete its row, its comments and its file list; remove the files
        written from it; then vacuum, so the dead row versions holding the old text are freed."""
        self._check_may_edit("erase", case_id)
        with self._transaction() as cursor:
            row = self._row(cursor, case_id, lock=True)
            if row is None:
                return
            cursor.execute("SELECT path FROM written_files WHERE case_id = %s", (case_id,))
            files = [r["path"] for r in cursor.fetchall()]
            cursor.execute("UPDATE cases SET draft = repeat('0', length(draft)), worker_name = '',"
                           " respondent = '' WHERE id = %s", (case_id,))
            cursor.execute("UPDATE comments SET body = repeat('0', length(body)) WHERE case_id = %s",
                           (case_id,))
            cursor.execute("DELETE FROM written_files WHERE case_id = %s", (case_id,))
            cursor.execute("DELETE FROM cases WHERE id = %s", (case_id,))  # comments go with it (cascade)
            self._audit(cursor, "erase", case_id)
        for path in files:
            _remove_written(Path(path))
        with contextlib.suppress(psycopg.Error):  # another session's open transaction only delays it
            self._db.execute("VACUUM cases, comments, written_files")

    # --- comments ----------------------------------------------------------------------------------------

    def comment(self, case_id: str, body: str) -> None:
        """A comment on a case this actor may see, audited without its text."""
        with self._transaction() as cursor:
            found = self._row(cursor, case_id) is not None
            if found:
                cursor.execute("INSERT INTO comments (case_id, account, at, body) VALUES (%s, %s, %s, %s)",
                               (case_id, self.actor.account, _now(), body))
            self._audit(cursor, "comment", case_id, "ok" if found else "refused:not-found")
        if not found:  # raised outside the block so the refusal's audit entry is committed
            raise CaseGone(msg(GONE))

    def comments(self, case_id: str) -> list[tuple[str, str, str]]:
        with self._transaction() as cursor:
            if self._row(cursor, case_id) is None:
                return []
            cursor.execute("SELECT account, at, body FROM comments WHERE case_id = %s ORDER BY id",
                           (case_id,))
            return [(r["account"], r["at"], r["body"]) for r in cursor.fetchall()]
