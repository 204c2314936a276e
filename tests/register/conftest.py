"""The register tests run against both backends: SQLite in a temporary folder and a real PostgreSQL on
loopback (see tests/support/postgres.py). The network guard allows loopback only."""

from __future__ import annotations

import pytest

from tests.support.postgres import fresh_database, postgres_server
from tests.support.serve import loopback_only


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    loopback_only(monkeypatch)


@pytest.fixture(scope="session")
def postgres():
    with postgres_server() as url:
        yield url


@pytest.fixture
def postgres_url(postgres):
    with fresh_database(postgres) as url:
        yield url
