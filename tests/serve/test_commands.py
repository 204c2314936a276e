"""``lawgen account``, ``lawgen audit`` and ``lawgen serve`` as an admin types them: in this process (what
``python -m lawgen`` runs), and ``serve``'s refusal in a fresh process, where its exit status reaches the
shell."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.cli import Ran, run_lawgen
from tests.support.paths import ROOT


def lawgen(*args: str, stdin: str | None = None) -> Ran:
    return run_lawgen(*args, stdin=stdin)


def fresh_lawgen(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("LAWGEN_LANG", None)
    return subprocess.run([sys.executable, "-m", "lawgen", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=60)


def test_accounts_are_added_listed_and_removed_and_audited(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    added = lawgen("account", "--data-dir", data, "add", "lin", "--station", "siming-01", "--password-stdin",
                   stdin="a-long-enough-password\n")
    assert added.returncode == 0 and "已建立账号 lin（服务站 siming-01）" in added.stdout
    assert lawgen("account", "--data-dir", data, "list").stdout == "lin\tsiming-01\tvolunteer\n"
    assert lawgen("account", "--data-dir", data, "remove", "lin").returncode == 0
    assert lawgen("account", "--data-dir", data, "list").stdout == ""
    log = lawgen("audit", "--data-dir", data).stdout
    assert "\tlin\tsiming-01\taccount\t-\tadded" in log and "\tlin\t-\taccount\t-\tremoved" in log
    assert "a-long-enough-password" not in log


def test_a_short_password_or_a_bad_station_is_refused_in_the_users_language(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    short = lawgen("account", "--data-dir", data, "add", "lin", "--station", "siming-01", "--password-stdin",
                   stdin="short\n")
    assert short.returncode == 2 and "密码至少 10 个字符" in short.stderr and "Traceback" not in short.stderr
    english = lawgen("--lang", "en", "account", "--data-dir", data, "add", "lin", "--station", "../x",
                     "--password-stdin", stdin="a-long-enough-password\n")
    assert english.returncode == 2 and "A station id may use only" in english.stderr


def test_serve_without_any_account_says_how_to_make_one(tmp_path: Path) -> None:
    result = fresh_lawgen("serve", "--data-dir", str(tmp_path / "data"), "--port", "0")
    assert result.returncode == 2 and "lawgen account add" in result.stderr


def test_audit_prints_the_servers_log_and_every_station_registers_log_merged(tmp_path: Path) -> None:
    from lawgen.actors import Actor
    from lawgen.serve.session_app import station_register
    from lawgen.store import open_register

    data = tmp_path / "data"
    lawgen("account", "--data-dir", str(data), "add", "lin", "--station", "siming-01", "--password-stdin",
           stdin="a-long-enough-password\n")
    siming = open_register(station_register(data, "siming-01"), Actor("lin", "siming-01"))
    case_id = siming.create({"worker": {"name": "王五"}})
    siming.erase(case_id)
    huli = open_register(station_register(data, "huli-02"), Actor("chen", "huli-02"))
    huli.get(case_id)  # another station's id: not in this register
    for store in (siming, huli):
        store.close()
    lines = lawgen("audit", "--data-dir", str(data)).stdout.splitlines()
    events = [line.split("\t", 1)[1] for line in lines]
    assert events == ["lin\tsiming-01\taccount\t-\tadded", f"lin\tsiming-01\tcreate\t{case_id}\tok",
                      f"lin\tsiming-01\terase\t{case_id}\tok",
                      f"chen\thuli-02\topen\t{case_id}\trefused:not-found"]
    assert "王五" not in "\n".join(lines)
