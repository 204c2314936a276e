"""``lawgen audit [--limit N]``: the audit log for an admin — who did what, when, to which case id."""

from __future__ import annotations

import argparse

from lawgen.cli import EXIT_OK
from lawgen.store import default_data_dir


def run(args: argparse.Namespace) -> int:
    from lawgen.serve.accounts import Directory

    directory = Directory(args.data_dir or default_data_dir())
    try:
        for entry in directory.audit(args.limit):
            print("\t".join((entry.at, entry.account or "-", entry.station or "-", entry.action,
                             entry.case_id or "-", entry.outcome)))
    finally:
        directory.close()
    return EXIT_OK
