"""``lawgen audit [--register URL] [--config FILE] [--limit N]``: the audit log for an admin — who did what,
when, to which case id.

Without a shared register: the server's own log (logins, tabs, downloads, accounts) and the log of every
SQLite register under the data folder (each station's, and the one-machine wizard's), merged by time. With
one: the shared register's log, every station's case events (the database's own users are the gate).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lawgen.cli import EXIT_FAILED, EXIT_INVALID, EXIT_OK


def run(args: argparse.Namespace) -> int:
    from lawgen.serve.config import ConfigError, settings
    from lawgen.store import RegisterError

    try:
        chosen = settings(args)
        entries = _shared(chosen.register, args.limit) if chosen.register else _local(chosen.data_dir,
                                                                                      args.limit)
    except ConfigError as error:
        print(error.message.render(args.lang), file=sys.stderr)
        return EXIT_INVALID
    except RegisterError as error:
        print(error.message.render(args.lang), file=sys.stderr)
        return EXIT_FAILED
    for entry in entries:
        print("\t".join((entry["at"], entry["account"] or "-", entry["station"] or "-", entry["action"],
                         entry["case_id"] or "-", entry["outcome"])))
    return EXIT_OK


def _shared(register: str, limit: int) -> list[dict]:
    import getpass

    from lawgen.actors import Actor, Role
    from lawgen.store_postgres import PostgresCaseStore

    store = PostgresCaseStore(register, Actor(getpass.getuser(), "-", Role.admin))
    try:
        return store.audit(limit)
    finally:
        store.close()


def _local(data_dir: Path, limit: int) -> list[dict]:
    """The newest ``limit`` entries of every log under the data folder, oldest first."""
    from dataclasses import asdict

    from lawgen.serve.accounts import Directory
    from lawgen.store import DB_NAME, CaseStore

    directory = Directory(data_dir)
    try:
        entries = [asdict(entry) for entry in directory.audit(limit)]
    finally:
        directory.close()
    folders = [data_dir, *sorted(p.parent for p in (data_dir / "stations").glob(f"*/{DB_NAME}"))]
    for folder in folders:
        if not (folder / DB_NAME).is_file() or (folder / DB_NAME).is_symlink():
            continue
        store = CaseStore(folder)  # opened as this machine's admin: reading the log is not itself logged
        try:
            entries.extend(store.audit(limit))
        finally:
            store.close()
    entries.sort(key=lambda entry: _moment(entry["at"]))  # a stable sort: each log keeps its own order
    return entries[-limit:]


def _moment(at: str):
    import datetime as dt

    try:
        return dt.datetime.fromisoformat(at)
    except ValueError:
        return dt.datetime.min.replace(tzinfo=dt.UTC)
