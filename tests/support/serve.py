"""A real ``lawgen serve`` on a free loopback port, in its own process, that stops by itself; and plain HTTP
requests to it with the standard library (cookies kept by hand, redirects not followed)."""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import os
import socket
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.paths import ROOT

PASSWORD = "correct-horse-battery"
SERVER_LIFETIME = 240  # seconds: a server a test forgot still exits
_GETADDRINFO = socket.getaddrinfo  # captured at import, before any test's guard replaces it


def add_account(data_dir: Path, name: str, station: str, role: str = "volunteer",
                password: str = PASSWORD) -> None:
    """``lawgen account add`` as an admin types it, in this process (a fresh interpreter would cost more than
    the command; tests/serve/test_commands.py is about the command itself)."""
    from tests.support.cli import run_lawgen

    added = run_lawgen("account", "--data-dir", str(data_dir), "add", name, "--station", station,
                       "--role", role, "--password-stdin", stdin=password + "\n")
    assert added.returncode == 0, added.stderr


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("LAWGEN_LANG", None)
    return env


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Server:
    port: int
    data_dir: Path
    process: subprocess.Popen
    log: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@contextlib.contextmanager
def running_server(data_dir: Path, *options: str) -> Iterator[Server]:
    port = free_port()
    log = data_dir.parent / f"server-{port}.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "lawgen", "serve", "--data-dir", str(data_dir), "--port", str(port),
             "--exit-after", str(SERVER_LIFETIME), *options],
            stdout=sink, stderr=subprocess.STDOUT, cwd=ROOT, env=_env())
    server = Server(port, data_dir, process, log)
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("lawgen serve did not start:\n" + server.output())
            time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


class Client:
    """One browser's worth of cookies, talking plain HTTP/1.1 to the server."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict[str, str] | None = None, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> Reply:
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
        all_headers = dict(headers or {})
        if form is not None:
            body = urllib.parse.urlencode(form).encode()
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            connection.request(method, path, body=body, headers=all_headers)
            response = connection.getresponse()
            reply = Reply(response.status, response.headers, response.read())
        finally:
            connection.close()
        for header in reply.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if value in ("", '""') or "Max-Age=0" in header:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return reply

    def login(self, name: str, password: str = PASSWORD, lang: str = "zh") -> Reply:
        return self.request("POST", "/login", form={"name": name, "password": password, "lang": lang})


def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The serve tests talk to their own server on loopback; any other address is still refused."""
    from tests.support import network

    def guarded(real):
        def connect(self: socket.socket, address, *args):
            if self.family in (socket.AF_INET, socket.AF_INET6):
                host = address[0]
                if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
                    raise network.NetworkBlocked(f"a serve test tried to connect to {address!r}")
            return real(self, address, *args)
        return connect

    monkeypatch.setattr(socket.socket, "connect", guarded(network._real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(network._real_connect_ex))
    def getaddrinfo(host, *args, **kwargs):
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise network.NetworkBlocked(f"a serve test tried to resolve {host!r}")
        return _GETADDRINFO(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def server_audit(data_dir: Path, columns: str = "account, action, outcome") -> list[tuple]:
    """The web server's audit log (``accounts.sqlite3``), read-only, oldest first."""
    import sqlite3

    db = sqlite3.connect(f"file:{data_dir / 'accounts.sqlite3'}?mode=ro", uri=True)
    try:
        return [tuple(row) for row in db.execute(f"SELECT {columns} FROM audit ORDER BY id")]
    finally:
        db.close()
