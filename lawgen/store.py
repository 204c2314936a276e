"""The case register (案件登记簿): every case a service station works on, as its ``lawgen.case/1`` draft.

One SQLite file in the user's data folder, WAL mode so a kill mid-write leaves the last committed state,
every write in its own transaction. A draft may be partial (the wizard saves as the volunteer types); the
metadata columns (worker, respondent, status) are derived from the draft on every save so the list never
disagrees with the case. Folder 0700 and files 0600: drafts hold ID and phone numbers.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from lawgen.files import DIR_MODE, FILE_MODE, make_private_dir
from lawgen.i18n import N_

DB_NAME = "cases.sqlite3"
SCHEMA_VERSION = 1

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS cases (
    id          TEXT PRIMARY KEY,
    worker_name TEXT NOT NULL DEFAULT '',
    respondent  TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL,
    updated     TEXT NOT NULL,
    status      TEXT NOT NULL,
    step        TEXT NOT NULL DEFAULT '',
    draft       TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS cases_updated ON cases (updated DESC)",
)


class CaseStatus(StrEnum):
    draft = "draft"  # still being filled in
    complete = "complete"  # the draft is a valid case
    generated = "generated"  # a packet was generated from it


STATUS_LABELS = {
    CaseStatus.draft: N_("填写中"),
    CaseStatus.complete: N_("已完成"),
    CaseStatus.generated: N_("已生成文书"),
}


@dataclass(frozen=True)
class CaseRecord:
    id: str
    worker_name: str
    respondent: str
    created: str
    updated: str
    status: CaseStatus
    step: str
    draft: dict[str, Any]


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("lawgen", appauthor=False))


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def summary(draft: dict[str, Any]) -> tuple[str, str]:
    """The worker's name and the first respondent's name, as the list shows them."""
    worker = draft.get("worker") if isinstance(draft.get("worker"), dict) else {}
    respondents = draft.get("respondents") if isinstance(draft.get("respondents"), list) else []
    names = [str(r.get("name", "")) for r in respondents if isinstance(r, dict) and r.get("name")]
    respondent = "、".join(names[:2]) + ("等" if len(names) > 2 else "")
    return str(worker.get("name", "") or ""), respondent


class CaseStore:
    """The register. Open one per process; every method is one transaction."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = make_private_dir(Path(folder) if folder else default_data_dir())
        os.chmod(self.folder, DIR_MODE)  # mkdir's mode is ignored for a folder that already exists
        self.path = self.folder / DB_NAME
        if not self.path.exists():
            # Created owner-only before SQLite opens it; SQLite gives its -wal and -shm files the same mode.
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, FILE_MODE))
        os.chmod(self.path, FILE_MODE)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA secure_delete=ON")  # deleted drafts are zeroed, not left in free pages
        with self._transaction() as db:
            for statement in _SCHEMA:
                db.execute(statement)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

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

    # --- reading ---------------------------------------------------------------------------------------

    def list(self, search: str = "") -> list[CaseRecord]:
        """Cases, most recently updated first; ``search`` matches the worker or a respondent."""
        pattern = f"%{search.strip()}%"
        rows = self._db.execute(
            "SELECT * FROM cases WHERE worker_name LIKE ? OR respondent LIKE ?"
            " ORDER BY updated DESC, rowid DESC",
            (pattern, pattern),
        ).fetchall()
        return [self._record(row) for row in rows]

    def get(self, case_id: str) -> CaseRecord | None:
        row = self._db.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
        return self._record(row) if row else None

    @staticmethod
    def _record(row: sqlite3.Row) -> CaseRecord:
        return CaseRecord(
            id=row["id"], worker_name=row["worker_name"], respondent=row["respondent"],
            created=row["created"], updated=row["updated"], status=CaseStatus(row["status"]),
            step=row["step"],
            draft=json.loads(row["draft"]),
        )

    # --- writing ---------------------------------------------------------------------------------------

    def create(self, draft: dict[str, Any], status: CaseStatus = CaseStatus.draft, step: str = "") -> str:
        case_id = uuid.uuid4().hex
        worker, respondent = summary(draft)
        now = _now()
        with self._transaction() as db:
            db.execute(
                "INSERT INTO cases (id, worker_name, respondent, created, updated, status, step, draft)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (case_id, worker, respondent, now, now, status.value, step, _dumps(draft)),
            )
        return case_id

    def save(self, case_id: str, draft: dict[str, Any], status: CaseStatus | None = None,
             step: str | None = None) -> None:
        """Replace the draft (and the metadata derived from it); status and step only when given."""
        worker, respondent = summary(draft)
        with self._transaction() as db:
            db.execute(
                "UPDATE cases SET draft = ?, worker_name = ?, respondent = ?, updated = ?,"
                " status = COALESCE(?, status), step = COALESCE(?, step) WHERE id = ?",
                (_dumps(draft), worker, respondent, _now(), status.value if status else None, step, case_id),
            )

    def duplicate(self, case_id: str) -> str | None:
        record = self.get(case_id)
        if record is None:
            return None
        return self.create(record.draft, CaseStatus.draft, record.step)

    def delete(self, case_id: str) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM cases WHERE id = ?", (case_id,))

    def erase(self, case_id: str) -> None:
        """For shared computers: overwrite the row, delete it, then rewrite the file and empty the WAL so no
        copy of the draft remains in free pages or the log."""
        with self._transaction() as db:
            row = db.execute("SELECT length(draft) AS n FROM cases WHERE id = ?", (case_id,)).fetchone()
            if row is None:
                return
            blank = "0" * (row["n"] or 0)
            db.execute(
                "UPDATE cases SET draft = ?, worker_name = '', respondent = '' WHERE id = ?", (blank, case_id)
            )
            db.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._db.execute("VACUUM")
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _dumps(draft: dict[str, Any]) -> str:
    return json.dumps(draft, ensure_ascii=False, sort_keys=False)
