"""``lawgen`` with no command (or ``lawgen wizard``) opens the wizard."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from lawgen.wizard.app import run_wizard  # Textual is imported only when the wizard opens

    return run_wizard(args)
