"""A real PostgreSQL for the register tests: the server ``.ci/run`` started (``LAWGEN_TEST_POSTGRES``, a
``postgresql://`` address of a database the tests may create databases from), or else a throw-away cluster
started here from Debian's ``postgresql`` package, on a free loopback port, stopped at the end. Each test
gets a database of its own: a copy of one migrated once per test process (``CREATE DATABASE … TEMPLATE``
copies files; creating and migrating one costs about three times as much), or an empty one where the
migrations themselves are tested."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.serve import free_port

PG_BIN = Path("/usr/lib/postgresql")


def _pg_bin() -> Path | None:
    versions = sorted(PG_BIN.glob("*/bin/initdb"))
    return versions[-1].parent if versions else None


def _as_postgres(command: list[str]) -> list[str]:
    """initdb refuses to run as root: as root, run the server as the ``postgres`` user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextlib.contextmanager
def throwaway_cluster() -> Iterator[str]:
    binaries = _pg_bin()
    if binaries is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL is not installed (.ci/run installs Debian's postgresql)")
        pytest.skip("PostgreSQL is not installed")
    folder = Path(tempfile.mkdtemp(prefix="lawgen-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    port = free_port()
    data = folder / "data"
    subprocess.run(_as_postgres([str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                                 "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]),
                   check=True, capture_output=True, timeout=120)
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c max_connections=120"
    subprocess.run(_as_postgres([str(binaries / "pg_ctl"), "-D", str(data), "-o", options,
                                 "-l", str(folder / "log"), "-w", "-t", "60", "start"]),
                   check=True, capture_output=True, timeout=90)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def postgres_server() -> Iterator[str]:
    given = os.environ.get("LAWGEN_TEST_POSTGRES")
    if given:
        yield given
    else:
        with throwaway_cluster() as url:
            yield url


@contextlib.contextmanager
def fresh_database(server_url: str, template: str | None = None) -> Iterator[str]:
    """A new database on the server, dropped afterwards: empty, or a copy of ``template`` (a database no
    session is connected to)."""
    import psycopg

    name = "lawgen_test_" + uuid.uuid4().hex[:12]
    copied = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"{copied}')
    base, _, _ = server_url.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(server_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres() -> Iterator[str]:
    """The server, once per test run."""
    with postgres_server() as url:
        yield url


@pytest.fixture(scope="session")
def migrated_template(postgres: str) -> Iterator[str]:
    """A database with every shipped migration applied, made once per test process (each pytest-xdist
    worker has its own) and only ever copied: no test connects to it."""
    import psycopg

    from lawgen.store_postgres import migrate

    with fresh_database(postgres) as url:
        with psycopg.connect(url, autocommit=True) as db:
            migrate(db)
        yield url.rpartition("/")[2]


@pytest.fixture
def postgres_url(postgres: str, migrated_template: str) -> Iterator[str]:
    """A database of this test's own, its tables made as the register's first session makes them."""
    with fresh_database(postgres, template=migrated_template) as url:
        yield url


@pytest.fixture
def empty_postgres_url(postgres: str) -> Iterator[str]:
    """A database of this test's own with nothing in it yet: for the tests of the migrations."""
    with fresh_database(postgres) as url:
        yield url
