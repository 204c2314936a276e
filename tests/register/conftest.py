"""The register tests run against both backends: SQLite in a temporary folder and a real PostgreSQL on
loopback (see tests/support/postgres.py). The network guard allows loopback only.

``register`` is the backends fixture: ``register(actor)`` opens one more session on the same register (a
second ``CaseStore`` on the same file, or a second PostgreSQL connection); ``register.backend`` names it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lawgen.actors import Actor
from lawgen.store import open_register
from tests.support.postgres import (  # noqa: F401 - fixtures
    empty_postgres_url,
    migrated_template,
    postgres,
    postgres_url,
)
from tests.support.serve import loopback_only

LIN = Actor("lin", "siming-01")  # a volunteer at Siming, the default session's account


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    loopback_only(monkeypatch)


@pytest.fixture(params=["sqlite", "postgresql"])
def register(request, tmp_path: Path) -> Iterator[Callable]:
    if request.param == "sqlite":
        location: str | Path = tmp_path / "data"
    else:
        location = request.getfixturevalue("postgres_url")
    opened = []

    def open_session(actor: Actor = LIN):
        store = open_register(location, actor)
        opened.append(store)
        return store

    open_session.backend = request.param
    open_session.location = location
    yield open_session
    for store in opened:
        store.close()
