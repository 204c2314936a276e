"""Running lawgen's command line as a user would: in this process through ``lawgen.cli.main`` (what
``python -m lawgen`` runs, with its output captured), or in a fresh process where what is tested is the
process itself (its exit status reaching the shell, nothing printed by a dying interpreter).

A fresh interpreter costs about 0.7 s of CPU before lawgen has read a byte; in this process a command costs
only its own work, and an exception it lets escape fails the test with its traceback instead of hiding in
the captured stderr of a child.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.support.paths import ROOT


@dataclass(frozen=True)
class Ran:
    """What a command printed and returned, as ``subprocess.CompletedProcess`` names them."""

    returncode: int
    stdout: str
    stderr: str


@contextlib.contextmanager
def _without_language_setting() -> Iterator[None]:
    """As a user without LAWGEN_LANG set: the language comes from --lang alone."""
    saved = os.environ.pop("LAWGEN_LANG", None)
    try:
        yield
    finally:
        if saved is not None:
            os.environ["LAWGEN_LANG"] = saved


@contextlib.contextmanager
def _standard_input(text: str | None) -> Iterator[None]:
    """``text`` as standard input; None leaves pytest's (which refuses to be read)."""
    if text is None:
        yield
        return
    saved = sys.stdin
    sys.stdin = io.StringIO(text)
    try:
        yield
    finally:
        sys.stdin = saved


def run_lawgen(*arguments: str, stdin: str | None = None) -> Ran:
    """``lawgen ARGUMENTS`` in this process, ``stdin`` as its standard input (a password for
    ``--password-stdin``): ``main``'s return value (or the status argparse exits with) and everything printed
    to stdout and stderr."""
    from lawgen.cli import main

    out, err = io.StringIO(), io.StringIO()
    with _without_language_setting(), _standard_input(stdin), contextlib.redirect_stdout(out), \
            contextlib.redirect_stderr(err):
        try:
            status = main([*arguments])
        except SystemExit as exit:  # argparse's usage errors and --help, as the interpreter would end
            status = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
    return Ran(status, out.getvalue(), err.getvalue())


def run_check(path: Path, *options: str, lang: str = "zh",
              fresh_process: bool = False) -> Ran | subprocess.CompletedProcess:
    """``lawgen --lang LANG check PATH OPTIONS``: in this process, or with ``fresh_process`` as
    ``python -m lawgen …`` in a new interpreter (where the process itself is what is tested).

    (A loaded full run once hung with workers waiting on a lock. The cause found was batch's: a case
    submitted as its worker died was lost by the process pool, see lawgen.batch._result. A thousand
    in-process checks beside a warm office, with a thread forking beside them, never hung.)"""
    arguments = ["--lang", lang, "check", str(path), *options]
    if not fresh_process:
        return run_lawgen(*arguments)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("LAWGEN_LANG", None)
    return subprocess.run([sys.executable, "-m", "lawgen", *arguments],
                          capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env=env, timeout=60)
