"""``lawgen`` with no command opens the wizard (lawgen.wizard)."""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    try:
        from lawgen.wizard.app import run_wizard
    except ImportError:
        print("向导尚未安装完整（lawgen.wizard）。可先使用：lawgen check 案件.json", file=sys.stderr)
        return 1
    return run_wizard(args)
