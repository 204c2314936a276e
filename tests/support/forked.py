"""``lawgen`` runs as processes of their own, forked from one warm interpreter, for the tests that kill
them: each run is a real process (its own pid, session, files and children, killed by a real signal), but
the interpreter's start-up and lawgen's imports, about 1.5 s of CPU, are paid once instead of once a run.

The server forks a child per ``start``: the child makes itself a session leader (as ``start_new_session``),
points stdin at /dev/null and stdout/stderr at the files given, takes the run's environment (``TMPDIR`` read
afresh: ``tempfile`` would keep the server's) and runs ``lawgen.cli.main`` — what ``python -m lawgen`` runs.
The server is the child's parent and reaps it: ``poll`` and ``wait`` ask it (and learn its peak memory).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.support.paths import ROOT

_SERVER = r"""
import json, os, sys
import lawgen.cli
import lawgen.commands.batch, lawgen.commands.generate  # what the runs load, loaded once
from lawgen.documents.packet import prepare
prepare()
requests, answers = sys.stdin, sys.stdout
for line in requests:
    request = json.loads(line)
    if request["do"] == "start":
        pid = os.fork()
        if pid == 0:
            try:
                os.setsid()
                null = os.open(os.devnull, os.O_RDONLY)
                out = os.open(request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                err = os.open(request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                for source, target in ((null, 0), (out, 1), (err, 2)):
                    os.dup2(source, target)
                os.environ.update(request["env"])
                import tempfile
                tempfile.tempdir = None
                sys.stdin = open(0, closefd=False)
                sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
                sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
                code = lawgen.cli.main(request["args"])
                sys.stdout.flush()
                sys.stderr.flush()
            except SystemExit as exit:
                code = exit.code if isinstance(exit.code, int) else 1
            except BaseException:
                import traceback
                traceback.print_exc()
                code = 1
            finally:
                os._exit(code if isinstance(code, int) else 1)
        answer = pid
    else:
        pid, status, usage = os.wait4(request["pid"], 0 if request["do"] == "wait" else os.WNOHANG)
        answer = [os.waitstatus_to_exitcode(status), usage.ru_maxrss] if pid else None
    answers.write(json.dumps(answer) + "\n")
    answers.flush()
"""


class ForkServer:
    """One warm interpreter that starts ``lawgen`` runs as its children; use as a context manager."""

    def __init__(self) -> None:
        env = {key: value for key, value in os.environ.items() if key != "LAWGEN_LANG"}
        self._server = subprocess.Popen([sys.executable, "-c", _SERVER], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, encoding="utf-8", cwd=ROOT,
                                        env=env)
        # An ended run's peak resident memory in KiB, its own or the largest of the children it waited
        # for (wait4's account, as RUSAGE_CHILDREN gives it): pages shared with the server count too.
        self.peak_kb: dict[int, int] = {}
        self._statuses: dict[int, int] = {}  # a run reaped by ``poll`` is gone: ``wait`` answers from here

    def _ask(self, request: dict):
        self._server.stdin.write(json.dumps(request) + "\n")
        self._server.stdin.flush()
        line = self._server.stdout.readline()
        if not line:
            raise RuntimeError("the fork server ended")
        return json.loads(line)

    def _ended(self, answer: list[int] | None, pid: int) -> int | None:
        if answer is None:
            return None
        status, self.peak_kb[pid] = answer
        self._statuses[pid] = status
        return status

    def start(self, args: list[str], stdout: Path, stderr: Path, env: dict[str, str] | None = None) -> int:
        """A new run of ``lawgen ARGS`` in a session of its own; its pid (its session's id too)."""
        return self._ask({"do": "start", "args": args, "stdout": str(stdout), "stderr": str(stderr),
                          "env": env or {}})

    def poll(self, pid: int) -> int | None:
        """The run's exit status (negative: the signal that ended it), or None while it runs."""
        if pid in self._statuses:
            return self._statuses[pid]
        return self._ended(self._ask({"do": "poll", "pid": pid}), pid)

    def wait(self, pid: int, timeout: float | None = None) -> int:
        """The run's exit status once it has ended; TimeoutError when it has not within ``timeout``."""
        if pid in self._statuses:  # reaped already (a run that ended before a poll asked)
            return self._statuses[pid]
        if timeout is None:
            return self._ended(self._ask({"do": "wait", "pid": pid}), pid)
        deadline = time.monotonic() + timeout
        while (status := self.poll(pid)) is None:
            if time.monotonic() > deadline:
                raise TimeoutError(f"run {pid} still running after {timeout} s")
            time.sleep(0.02)
        return status

    def __enter__(self) -> ForkServer:
        return self

    def __exit__(self, *exc) -> None:
        self._server.stdin.close()
        try:
            self._server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._server.kill()
            self._server.wait()
