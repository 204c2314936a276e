"""Every station's SQLite register at once, for a supervising lawyer (督导律师) under ``lawgen serve``
without a shared register: the cases of all stations listed together, each read, exported redacted and
commented on in its own station's register (and audited there, as the lawyer). Nothing here creates or
changes a draft: those calls go to a station's register, which refuses them for the lawyer's role.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lawgen.actors import Actor
from lawgen.i18n import msg
from lawgen.store import (
    ADMINS_ONLY,
    DB_NAME,
    GONE,
    NOT_ALLOWED,
    CaseGone,
    CaseRecord,
    CaseStore,
    NotAllowed,
)


class StationRegisters:
    """The registers under ``<data>/stations/*/``, as one register for reading and commenting."""

    recovery = None  # each station's register is rebuilt, if damaged, when its own volunteers open it

    def __init__(self, data_dir: Path, actor: Actor) -> None:
        self.actor = actor
        folders = sorted(Path(data_dir, "stations").glob(f"*/{DB_NAME}"))
        self._stores = [CaseStore(path.parent, actor) for path in folders
                        if path.is_file() and not path.is_symlink()]

    def close(self) -> None:
        for store in self._stores:
            store.close()

    def _holding(self, case_id: str) -> CaseStore | None:
        """The station register that holds the case (case ids are random: at most one does)."""
        for store in self._stores:
            if store._read("SELECT 1 FROM cases WHERE id = ?", (case_id,)):
                return store
        return None

    def list(self, search: str = "") -> list[CaseRecord]:
        records = [record for store in self._stores for record in store.list(search)]
        return sorted(records, key=lambda record: record.updated, reverse=True)

    def damaged(self) -> list[int]:
        return []  # a damaged row is listed by its number in its own station's register

    def get(self, case_id: str) -> CaseRecord | None:
        store = self._holding(case_id)
        return store.get(case_id) if store else None

    def export(self, case_id: str, redact: bool = True) -> dict[str, Any] | None:
        store = self._holding(case_id)
        return store.export(case_id, redact) if store else None

    def comments(self, case_id: str) -> list[tuple[str, str, str]]:
        store = self._holding(case_id)
        return store.comments(case_id) if store else []

    def comment(self, case_id: str, body: str) -> None:
        store = self._holding(case_id)
        if store is None:
            raise CaseGone(msg(GONE))
        store.comment(case_id, body)

    def record_files(self, case_id: str, paths) -> None:
        store = self._holding(case_id)
        if store is not None:
            store.record_files(case_id, paths)

    def audit(self, limit: int = 200) -> list[dict[str, Any]]:
        raise NotAllowed(msg(ADMINS_ONLY))

    def _refuse(self, *args, **kwargs):
        raise NotAllowed(msg(NOT_ALLOWED))

    create = save = duplicate = delete = erase = _refuse
