"""The register tests run against both backends: SQLite in a temporary folder and a real PostgreSQL on
loopback (see tests/support/postgres.py). The network guard allows loopback only."""

from __future__ import annotations

import pytest

from tests.support.postgres import postgres, postgres_url  # noqa: F401 - fixtures
from tests.support.serve import loopback_only


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    loopback_only(monkeypatch)

