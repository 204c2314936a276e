"""The serve tests run their own server on loopback: they replace the no-network guard by a loopback-only
one (every other address is still refused). The browser test runs on both registers, SQLite and the
shared PostgreSQL one."""

from __future__ import annotations

import pytest

from tests.support.postgres import (  # noqa: F401 - fixtures
    empty_postgres_url,
    migrated_template,
    postgres,
    postgres_url,
)
from tests.support.serve import loopback_only


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    loopback_only(monkeypatch)

