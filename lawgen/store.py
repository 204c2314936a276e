"""The case register (案件登记簿): every case a service station works on, as its ``lawgen.case/1`` draft.

One SQLite file in the user's data folder, WAL mode so a kill mid-write leaves the last committed state,
every write in its own transaction. A draft may be partial (the wizard saves as the volunteer types); the
metadata columns (worker, respondent, status) are derived from the draft on every save so the list never
disagrees with the case. Folder 0700 and files 0600: drafts hold ID and phone numbers.

Hardening (issue 13): the register file must be a regular file (a symlink is refused, never followed or
chmodded); each case carries a version, so a save from a wizard that read an older version is refused
instead of silently overwriting another wizard's edits; a damaged file is kept aside and every case that
can still be read is copied into a fresh register; a damaged row is listed by its number, never by its
data; a failed write (a full disk) is a ``RegisterError`` with a message, never a raw SQLite traceback.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import shutil
import sqlite3
import stat
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from lawgen.actors import Actor, Role
from lawgen.files import DIR_MODE, FILE_MODE, make_private_dir
from lawgen.i18n import N_, Msg, msg
from lawgen.text import without_lone_surrogates

DB_NAME = "cases.sqlite3"
SCHEMA_VERSION = 3  # 2: cases.version and written_files (what erase must remove); 3: audit and comments
SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite opens these by name beside the register
DAMAGED_PREFIX = "cases.damaged-"  # a damaged register is renamed to this, never deleted
SALVAGE_MISSES = 10_000  # consecutive unreadable row numbers after which salvage stops looking
MAX_DRAFT_DEPTH = 64  # a case nests about 5 deep; far deeper breaks copying and validation: damaged

# Who did what to which case, when: ids and fixed words only, never a worker's data. The same columns as the
# shared register's audit table (lawgen/migrations/0001_register.sql); the web server's own log
# (lawgen.serve.accounts) is this table too.
AUDIT_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS audit (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,
    account TEXT NOT NULL,
    station TEXT NOT NULL,
    action  TEXT NOT NULL,
    case_id TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL
    )""",
    # Append-only: the database itself refuses to change or remove an entry.
    """CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
)

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS cases (
    id          TEXT PRIMARY KEY,
    worker_name TEXT NOT NULL DEFAULT '',
    respondent  TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL,
    updated     TEXT NOT NULL,
    status      TEXT NOT NULL,
    step        TEXT NOT NULL DEFAULT '',
    draft       TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE INDEX IF NOT EXISTS cases_updated ON cases (updated DESC)",
    """CREATE TABLE IF NOT EXISTS written_files (
    case_id TEXT NOT NULL,
    path    TEXT NOT NULL,
    PRIMARY KEY (case_id, path)
    )""",
    # Supervising lawyers' comments (督导律师意见): read with the case, never part of the filings.
    """CREATE TABLE IF NOT EXISTS comments (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id TEXT NOT NULL,
    account TEXT NOT NULL,
    at      TEXT NOT NULL,
    body    TEXT NOT NULL
    )""",
    *AUDIT_SCHEMA,
)
_COLUMNS = "rowid AS number, id, worker_name, respondent, created, updated, status, step, draft, version"


class CaseStatus(StrEnum):
    draft = "draft"  # still being filled in
    complete = "complete"  # the draft is a valid case
    generated = "generated"  # a packet was generated from it


STATUS_LABELS = {
    CaseStatus.draft: N_("填写中"),
    CaseStatus.complete: N_("已完成"),
    CaseStatus.generated: N_("已生成文书"),
}


# --- errors: each carries a message for the user and never any case data ------------------------------


class RegisterError(Exception):
    """The register cannot be opened, read or written."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.render())
        self.message = message


class RegisterRefused(RegisterError):
    """Where the register should be there is something else: a symlink, a FIFO, a device, a folder."""


class RegisterUnwritable(RegisterError):
    """A write failed (a full disk, a read-only folder, a register busy in another window); nothing of it
    was kept, so the caller still holds the only copy of what it tried to save."""


class CaseConflict(RegisterError):
    """The save was refused: the case is not as this writer last read it."""


class CaseChanged(CaseConflict):
    """Another wizard saved a newer version of the case."""


class CaseGone(CaseConflict):
    """Another wizard deleted or erased the case."""


class NotAllowed(RegisterError):
    """The actor's role does not allow this (a lawyer editing a draft, a volunteer reading the log)."""


REFUSED_FILE = N_("登记簿文件不是普通文件（可能是链接或设备文件），为安全起见不予打开。请检查数据文件夹。")
REFUSED_FOLDER = N_("数据文件夹是一个链接或不是文件夹，为安全起见不予打开。请改用实际的文件夹。")
CANNOT_OPEN = N_("无法打开登记簿：数据文件夹无法读写。")
CANNOT_READ = N_("无法读取登记簿。")
DISK_FULL = N_("无法保存到登记簿：磁盘已满。")
BUSY = N_("无法保存到登记簿：登记簿正被另一个窗口占用，请稍后再试。")
CANNOT_WRITE = N_("无法保存到登记簿：数据文件夹无法写入。")
CHANGED = N_("这个案件已在另一个窗口中修改。")
GONE = N_("这个案件已在另一个窗口中删除。")
NOT_ALLOWED = N_("您的账号角色不能修改这个案件。")
ADMINS_ONLY = N_("只有管理员可以查看审计日志。")

_DAMAGED_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def _write_error(error: sqlite3.Error) -> RegisterUnwritable:
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == sqlite3.SQLITE_FULL:
        return RegisterUnwritable(msg(DISK_FULL))
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return RegisterUnwritable(msg(BUSY))
    return RegisterUnwritable(msg(CANNOT_WRITE))


def _is_damage(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in _DAMAGED_CODES


class _Damaged(Exception):
    """The register file is not a sound SQLite database."""


# --- records -------------------------------------------------------------------------------------------


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
    version: int = 1  # what a save must name to overwrite this draft
    number: int = 0  # the row's number in the register: how a damaged case is named
    damaged: bool = False  # the row cannot be read as a case; every other field is blank


@dataclass(frozen=True)
class Recovery:
    """The register file was found damaged when it was opened and has been rebuilt."""

    recovered: int  # cases copied into the fresh register (damaged rows among them stay damaged)
    kept_as: str  # the damaged file's new name in the data folder: kept, never deleted


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("lawgen", appauthor=False))


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def audit_time() -> str:
    """When an audit entry was written, to the millisecond: logs kept in several files merge in order."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def like_pattern(search: str) -> str:
    """A LIKE pattern (``ESCAPE '\\'``) matching ``search`` anywhere, its ``%`` and ``_`` as themselves."""
    escaped = search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def summary(draft: dict[str, Any]) -> tuple[str, str]:
    """The worker's name and the first respondent's name, as the list shows them."""
    worker = draft.get("worker") if isinstance(draft.get("worker"), dict) else {}
    respondents = draft.get("respondents") if isinstance(draft.get("respondents"), list) else []
    names = [str(r.get("name", "")) for r in respondents if isinstance(r, dict) and r.get("name")]
    respondent = "、".join(names[:2]) + ("等" if len(names) > 2 else "")
    return without_lone_surrogates(str(worker.get("name", "") or "")), without_lone_surrogates(respondent)


# --- the files -----------------------------------------------------------------------------------------


def _private_folder(folder: Path) -> Path:
    """Make the folder (0700) and tighten an existing one, without following a symlink at its name."""
    make_private_dir(folder)
    try:
        handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as error:
        raise RegisterRefused(msg(REFUSED_FOLDER)) from error
    try:
        os.fchmod(handle, DIR_MODE)  # mkdir's mode is ignored for a folder that already exists
    finally:
        os.close(handle)
    return folder


def _refuse_special(path: Path) -> None:
    """Anything but a regular file (or nothing) at ``path`` is refused."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(info.st_mode):
        raise RegisterRefused(msg(REFUSED_FILE))


def _prepare_file(path: Path) -> tuple[int, int]:
    """Create the register owner-only (before SQLite opens it: its -wal and -shm get the same mode), or
    tighten it, through a descriptor that refuses a symlink. Returns its (device, inode)."""
    for suffix in ("", *SIDE_FILES):
        _refuse_special(Path(f"{path}{suffix}"))
    try:
        handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK,
                         FILE_MODE)
    except OSError as error:
        if error.errno == errno.ELOOP:  # a symlink appeared at the name
            raise RegisterRefused(msg(REFUSED_FILE)) from error
        raise RegisterError(msg(CANNOT_OPEN)) from error
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise RegisterRefused(msg(REFUSED_FILE))
        os.fchmod(handle, FILE_MODE)
    finally:
        # Closed before SQLite opens the file: closing a second descriptor later would drop SQLite's locks.
        os.close(handle)
    return info.st_dev, info.st_ino


def _same_file(path: Path, identity: tuple[int, int]) -> None:
    """What SQLite opened is the file checked above, not a symlink swapped in meanwhile."""
    try:
        info = os.lstat(path)
    except FileNotFoundError as error:
        raise RegisterRefused(msg(REFUSED_FILE)) from error
    if not stat.S_ISREG(info.st_mode) or (info.st_dev, info.st_ino) != identity:
        raise RegisterRefused(msg(REFUSED_FILE))


def _connect(path: Path) -> sqlite3.Connection:
    """Open and check the register at ``path``; ``_Damaged`` when it is not a sound database."""
    identity = _prepare_file(path)
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA journal_mode=WAL")
        _same_file(path, identity)
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA secure_delete=ON")  # deleted drafts are zeroed, not left in free pages
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise _Damaged
        if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            _create_or_upgrade(db)  # only then a write: a register on a full disk still opens to be read
    except sqlite3.Error as error:
        db.close()
        if _is_damage(error):
            raise _Damaged from None
        raise RegisterError(msg(CANNOT_OPEN)) from None
    except BaseException:
        db.close()
        raise
    return db


def _create_or_upgrade(db: sqlite3.Connection) -> None:
    db.execute("BEGIN IMMEDIATE")
    for statement in _SCHEMA:
        db.execute(statement)
    columns = {row["name"] for row in db.execute("PRAGMA table_info(cases)")}
    if "version" not in columns:  # a register from schema 1
        db.execute("ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    db.execute("COMMIT")


def _readable_rows(path: Path) -> Iterator[dict[str, Any]]:
    """Every row of a damaged register that SQLite can still read, stepping over the ones it cannot."""
    try:
        db = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error:
        return
    db.row_factory = sqlite3.Row
    try:
        # A truncated file is refused outright unless the schema is "writable": then SQLite reads the pages
        # that are there. Only this private copy is opened so, and nothing is written to it.
        db.execute("PRAGMA writable_schema=ON")
        columns = {row["name"] for row in db.execute("PRAGMA table_info(cases)")}
        select = _COLUMNS if "version" in columns else _COLUMNS.replace("version", "1 AS version")
        last, misses = 0, 0
        while misses < SALVAGE_MISSES:
            try:
                row = db.execute(f"SELECT {select} FROM cases WHERE rowid > ? ORDER BY rowid LIMIT 1",
                                 (last,)).fetchone()
            except sqlite3.Error:
                last, misses = last + 1, misses + 1
                continue
            if row is None:
                return
            if not isinstance(row["number"], int) or row["number"] <= last:
                # a damaged page can answer with a row number already passed (0, say): step over it, or
                # the walk would go round for ever
                last, misses = last + 1, misses + 1
                continue
            last, misses = row["number"], 0
            yield dict(row)
    except sqlite3.Error:
        return
    finally:
        db.close()


# --- what both backends share ----------------------------------------------------------------------------

LOCAL = Actor("local", "local", Role.admin)  # the wizard on one machine: its own register, every right


class RegisterBase:
    """What the SQLite register and the shared PostgreSQL one (``lawgen.store_postgres``) have in common:
    reading a row as a record, duplicating, the role checks, the redacted export and the audit log's rules.

    A backend provides ``_open(case_id, action, outcome)`` (the case if this actor may see it, audited in the
    same transaction), ``_audit_alone(action, case_id, outcome)`` (one entry in its own transaction, for a
    refusal), ``create`` and ``_audit_rows(limit)``.
    """

    actor: Actor = LOCAL
    recovery: Recovery | None = None

    def get(self, case_id: str) -> CaseRecord | None:
        return self._open(case_id, "open", "ok")

    def damaged(self) -> list[int]:
        """The numbers of the rows that cannot be read as cases."""
        return sorted(record.number for record in self.list() if record.damaged)

    def duplicate(self, case_id: str) -> str | None:
        record = self.get(case_id)
        if record is None or record.damaged:
            return None
        return self.create(record.draft, CaseStatus.draft, record.step)

    def export(self, case_id: str, redact: bool = True) -> dict[str, Any] | None:
        """The case as a ``lawgen.case/1`` object to hand on, masked (ID numbers, phones, addresses, numbers
        typed into free text; no birth date) unless ``redact`` is False; audited either way."""
        from lawgen.redact import redact_case

        record = self._open(case_id, "export", "redacted" if redact else "ok")
        if record is None or record.damaged:
            return None
        return redact_case(record.draft) if redact else record.draft

    def audit(self, limit: int = 200) -> list[dict[str, Any]]:
        """The newest ``limit`` entries, oldest first: admins only (a refusal is itself audited)."""
        if self.actor.role is not Role.admin:
            self._audit_alone("audit", "", "refused:role")
            raise NotAllowed(msg(ADMINS_ONLY))
        return list(reversed(self._audit_rows(limit)))

    def _check_may_edit(self, action: str, case_id: str = "") -> None:
        if not self.actor.may_edit:
            self._audit_alone(action, case_id, "refused:role")
            raise NotAllowed(msg(NOT_ALLOWED))

    @staticmethod
    def _record(row) -> CaseRecord:
        """The row (an ``sqlite3.Row`` or psycopg's dict) as a record; a row that is not a case (bad JSON, an
        unknown status, a broken date) comes back ``damaged`` with its number and nothing of its content."""
        try:
            draft = json.loads(row["draft"])
            if not isinstance(draft, dict) or _depth(draft) > MAX_DRAFT_DEPTH:
                raise ValueError("not a case object")
            dt.datetime.fromisoformat(row["updated"])
            return CaseRecord(
                id=row["id"], worker_name=str(row["worker_name"]), respondent=str(row["respondent"]),
                created=row["created"], updated=row["updated"], status=CaseStatus(row["status"]),
                step=str(row["step"]), draft=draft, version=int(row["version"]), number=row["number"],
            )
        except (ValueError, TypeError, RecursionError):
            return CaseRecord(id=str(row["id"]), worker_name="", respondent="", created="", updated="",
                              status=CaseStatus.draft, step="", draft={}, number=row["number"], damaged=True)


def loggable(value: str) -> str:
    """An id as the audit log keeps it: only the id alphabet (hex case ids, account and station names);
    anything else someone typed (a name, a password in the wrong box) becomes ``?``."""
    text = value or ""
    return text if len(text) <= 64 and all(c.isascii() and (c.isalnum() or c in "._-") for c in text) else "?"


# --- the register --------------------------------------------------------------------------------------


class CaseStore(RegisterBase):
    """The register. Open one per process; every method is one transaction.

    Raises ``RegisterRefused`` when the file or folder is not what it must be, ``RegisterError`` when it
    cannot be opened at all. A damaged file is rebuilt and ``recovery`` says so. Every open, change,
    generation, export, erase, comment and refusal is audited as ``actor`` (on one machine the local user,
    with every right; under ``lawgen serve`` the logged-in account) in the same transaction.
    """

    def __init__(self, folder: Path | None = None, actor: Actor | None = None) -> None:
        self.actor = actor or LOCAL
        self.folder = _private_folder(Path(folder) if folder else default_data_dir())
        self.path = self.folder / DB_NAME
        self.recovery = None
        try:
            self._db = _connect(self.path)
        except _Damaged:
            self._db = self._rebuild()

    def _rebuild(self) -> sqlite3.Connection:
        """Keep the damaged file (and its log) under a new name, start a fresh register and copy into it
        every case that can still be read, working on a private copy so the kept file stays as found."""
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
        kept = self.folder / f"{DAMAGED_PREFIX}{stamp}.sqlite3"
        work = make_private_dir(self.folder / f".salvage-{stamp}")
        try:
            for suffix in ("", *SIDE_FILES):
                source = Path(f"{self.path}{suffix}")
                if source.exists():
                    os.replace(source, f"{kept}{suffix}")
                    if suffix != "-shm":  # the shared-memory index is rebuilt from the log
                        shutil.copyfile(f"{kept}{suffix}", work / f"{DB_NAME}{suffix}")
            db = _connect(self.path)
            recovered = 0
            for row in _readable_rows(work / DB_NAME):
                with contextlib.suppress(sqlite3.Error):
                    db.execute(
                        f"INSERT INTO cases ({_COLUMNS.replace('rowid AS number', 'rowid')})"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tuple(row.values()))
                    recovered += 1
        except _Damaged as error:  # the fresh file itself cannot be made: nothing more to try here
            raise RegisterError(msg(CANNOT_OPEN)) from error
        finally:
            shutil.rmtree(work, ignore_errors=True)
        self.recovery = Recovery(recovered, kept.name)
        return db

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write; any SQLite failure (a full disk, a busy register) is a ``RegisterUnwritable`` and the
        transaction is rolled back."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        self._db.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            raise _write_error(error) from None

    def _read(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error:
            raise RegisterError(msg(CANNOT_READ)) from None

    def close(self) -> None:
        self._db.close()

    # --- the audit log ---------------------------------------------------------------------------------

    def _audit(self, db: sqlite3.Connection, action: str, case_id: str = "", outcome: str = "ok") -> None:
        db.execute("INSERT INTO audit (at, account, station, action, case_id, outcome)"
                   " VALUES (?, ?, ?, ?, ?, ?)",
                   (audit_time(), loggable(self.actor.account), loggable(self.actor.station), action,
                    loggable(case_id), outcome))

    def _audit_alone(self, action: str, case_id: str = "", outcome: str = "ok") -> None:
        with contextlib.suppress(RegisterUnwritable):  # a refusal stands even when the disk is full
            with self._transaction() as db:
                self._audit(db, action, case_id, outcome)

    def _audit_rows(self, limit: int) -> list[dict[str, Any]]:
        rows = self._read("SELECT at, account, station, action, case_id, outcome FROM audit"
                          " ORDER BY id DESC LIMIT ?", (limit,))
        return [dict(row) for row in rows]

    # --- reading ---------------------------------------------------------------------------------------

    def list(self, search: str = "") -> list[CaseRecord]:
        """Cases, most recently updated first; ``search`` matches the worker or a respondent."""
        pattern = like_pattern(search)
        rows = self._read(
            f"SELECT {_COLUMNS} FROM cases"
            " WHERE worker_name LIKE ? ESCAPE '\\' OR respondent LIKE ? ESCAPE '\\'"
            " ORDER BY updated DESC, rowid DESC",
            (pattern, pattern),
        )
        return [self._record(row) for row in rows]

    def _open(self, case_id: str, action: str, outcome: str) -> CaseRecord | None:
        """The case, audited; an id not in this register (another station's, a guess) is audited as refused.
        Reading works on a full disk: the entry is then lost, the case is not."""
        rows = self._read(f"SELECT {_COLUMNS} FROM cases WHERE id = ?", (case_id,))
        self._audit_alone(action, case_id, outcome if rows else "refused:not-found")
        return self._record(rows[0]) if rows else None

    # --- writing ---------------------------------------------------------------------------------------

    def create(self, draft: dict[str, Any], status: CaseStatus = CaseStatus.draft, step: str = "") -> str:
        self._check_may_edit("create")
        case_id = uuid.uuid4().hex
        worker, respondent = summary(draft)
        now = _now()
        with self._transaction() as db:
            db.execute(
                "INSERT INTO cases (id, worker_name, respondent, created, updated, status, step, draft)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (case_id, worker, respondent, now, now, status.value, step, _dumps(draft)),
            )
            self._audit(db, "create", case_id)
        return case_id

    def save(self, case_id: str, draft: dict[str, Any], status: CaseStatus | None = None,
             step: str | None = None, version: int | None = None) -> int:
        """Replace the draft (and the metadata derived from it); status and step only when given. Returns
        the case's new version.

        With ``version`` (the one the writer read) the save is refused with ``CaseChanged`` when another
        writer saved since, and with ``CaseGone`` when the case was deleted: nothing is overwritten.
        """
        self._check_may_edit("change", case_id)
        worker, respondent = summary(draft)
        conflict: CaseConflict | None = None
        with self._transaction() as db:
            row = db.execute("SELECT version, status FROM cases WHERE id = ?", (case_id,)).fetchone()
            if row is None:
                self._audit(db, "change", case_id, "refused:gone")
                conflict = CaseGone(msg(GONE))
            elif version is not None and row["version"] != version:
                self._audit(db, "change", case_id, "refused:stale")
                conflict = CaseChanged(msg(CHANGED))
            else:
                db.execute(
                    "UPDATE cases SET draft = ?, worker_name = ?, respondent = ?, updated = ?,"
                    " status = COALESCE(?, status), step = COALESCE(?, step), version = version + 1"
                    " WHERE id = ?",
                    (_dumps(draft), worker, respondent, _now(), status.value if status else None, step,
                     case_id),
                )
                generated = status is CaseStatus.generated and row["status"] != CaseStatus.generated.value
                self._audit(db, "generate" if generated else "change", case_id)
        if conflict is not None:  # raised outside the block so the refusal's audit entry is committed
            raise conflict
        return row["version"] + 1

    def delete(self, case_id: str) -> None:
        self._check_may_edit("delete", case_id)
        with self._transaction() as db:
            found = db.execute("DELETE FROM cases WHERE id = ?", (case_id,)).rowcount
            db.execute("DELETE FROM written_files WHERE case_id = ?", (case_id,))
            db.execute("DELETE FROM comments WHERE case_id = ?", (case_id,))
            self._audit(db, "delete", case_id, "ok" if found else "refused:not-found")

    def record_files(self, case_id: str, paths: Iterable[Path]) -> None:
        """Remember files written from this case (exports, packets) so that erase can remove them."""
        with self._transaction() as db:
            db.executemany("INSERT OR IGNORE INTO written_files (case_id, path) VALUES (?, ?)",
                           [(case_id, str(Path(path).absolute())) for path in paths])
            self._audit(db, "export", case_id)

    def erase(self, case_id: str) -> None:
        """For shared computers: remove the files written from the case, overwrite the row and its comments,
        delete them, then rewrite the file and empty the WAL so no copy remains in free pages or the log."""
        self._check_may_edit("erase", case_id)
        with self._transaction() as db:
            files = [row["path"] for row in
                     db.execute("SELECT path FROM written_files WHERE case_id = ?", (case_id,))]
            row = db.execute("SELECT length(draft) AS n FROM cases WHERE id = ?", (case_id,)).fetchone()
            if row is not None:
                blank = "0" * (row["n"] or 0)
                db.execute("UPDATE cases SET draft = ?, worker_name = '', respondent = '' WHERE id = ?",
                           (blank, case_id))
            lengths = db.execute("SELECT id, length(body) AS n FROM comments WHERE case_id = ?",
                                 (case_id,)).fetchall()
            db.executemany("UPDATE comments SET body = ? WHERE id = ?",
                           [("0" * (c["n"] or 0), c["id"]) for c in lengths])
            db.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            db.execute("DELETE FROM written_files WHERE case_id = ?", (case_id,))
            db.execute("DELETE FROM comments WHERE case_id = ?", (case_id,))
            self._audit(db, "erase", case_id, "ok" if row is not None else "refused:not-found")
        for path in files:
            _remove_written(Path(path))
        try:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._db.execute("VACUUM")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise _write_error(error) from None

    # --- comments ----------------------------------------------------------------------------------------

    def comment(self, case_id: str, body: str) -> None:
        """A supervising lawyer's (or a colleague's) comment on the case, audited without its text."""
        with self._transaction() as db:
            if db.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is None:
                self._audit(db, "comment", case_id, "refused:not-found")
                found = False
            else:
                db.execute("INSERT INTO comments (case_id, account, at, body) VALUES (?, ?, ?, ?)",
                           (case_id, self.actor.account, _now(), body))
                self._audit(db, "comment", case_id)
                found = True
        if not found:
            raise CaseGone(msg(GONE))

    def comments(self, case_id: str) -> list[tuple[str, str, str]]:
        """(account, when, text) of every comment on the case, oldest first."""
        rows = self._read("SELECT account, at, body FROM comments WHERE case_id = ? ORDER BY id", (case_id,))
        return [(row["account"], row["at"], row["body"]) for row in rows]


def _depth(value: Any) -> int:
    """How deep lists and objects nest in ``value`` (iteratively: the value may nest thousands deep)."""
    deepest, pending = 0, [(value, 1)]
    while pending:
        node, depth = pending.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, depth)
            children = node.values() if isinstance(node, dict) else node
            pending.extend((child, depth + 1) for child in children)
    return deepest


def _remove_written(path: Path) -> None:
    """Remove a file lawgen wrote, only if a regular file is still there (a link put in its place is left
    alone: it is not ours to follow)."""
    with contextlib.suppress(OSError):
        if stat.S_ISREG(os.lstat(path).st_mode):
            path.unlink()


def _dumps(draft: dict[str, Any]) -> str:
    return without_lone_surrogates(json.dumps(draft, ensure_ascii=False, sort_keys=False))


def open_register(location: str | Path | None, actor=None):
    """The register a command works on: the SQLite file in a folder (the default, one machine), or the
    shared register at a ``postgresql://`` address, as ``actor`` (an ``lawgen.actors.Actor``)."""
    from lawgen.store_postgres import PostgresCaseStore, is_postgres_url

    if is_postgres_url(location):
        return PostgresCaseStore(str(location), actor or LOCAL)
    return CaseStore(Path(location) if location else None, actor)
