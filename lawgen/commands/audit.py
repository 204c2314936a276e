"""``lawgen audit [--limit N]``: the audit log for an admin — who did what, when, to which case id."""

from __future__ import annotations

import argparse

from lawgen.cli import EXIT_FAILED, EXIT_OK
from lawgen.store import default_data_dir


def run(args: argparse.Namespace) -> int:
    if args.register:
        return _shared(args)
    from lawgen.serve.accounts import Directory

    directory = Directory(args.data_dir or default_data_dir())
    try:
        for entry in directory.audit(args.limit):
            print("\t".join((entry.at, entry.account or "-", entry.station or "-", entry.action,
                             entry.case_id or "-", entry.outcome)))
    finally:
        directory.close()
    return EXIT_OK


def _shared(args: argparse.Namespace) -> int:
    """The shared register's log: every station's case events (the database's own users are the gate)."""
    import getpass
    import sys

    from lawgen.actors import Actor, Role
    from lawgen.store import RegisterError
    from lawgen.store_postgres import PostgresCaseStore

    try:
        store = PostgresCaseStore(args.register, Actor(getpass.getuser(), "-", Role.admin))
        entries = store.audit(args.limit)
    except RegisterError as error:
        print(error.message.render(args.lang), file=sys.stderr)
        return EXIT_FAILED
    for entry in entries:
        print("\t".join((entry["at"].isoformat(timespec="seconds"), entry["account"], entry["station"],
                         entry["action"], entry["case_id"] or "-", entry["outcome"])))
    store.close()
    return EXIT_OK
