"""Shared test setup: the network guard on every test, the Hypothesis profiles, and common fixtures.

Hypothesis runs 2,000 examples per property in CI (the ``ci`` profile, chosen when CI=true) and 200 locally.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.support.network import refuse_network
from tests.support.paths import EXAMPLE_CASE

settings.register_profile("ci", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=200, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") == "true" else "dev")


def _long_running(item: pytest.Item) -> bool:
    """LibreOffice's tests (marked slow) and the properties (2,000 examples each in CI)."""
    return item.get_closest_marker("slow") is not None or hasattr(getattr(item, "obj", None), "hypothesis")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The long tests first, in their files' order. With pytest-xdist's work stealing (``--dist worksteal``
    in pyproject.toml) each worker starts on long tests and the short ones fill in around them, so no core
    waits at the end of the run for one long test started last."""
    items[:] = sorted(items, key=lambda item: not _long_running(item))


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    refuse_network(monkeypatch)


@pytest.fixture
def example_case_path() -> Path:
    return EXAMPLE_CASE


@pytest.fixture(scope="session")
def warm_office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object | None]:
    """One LibreOffice kept running for the whole run of this process (one per pytest-xdist worker), for
    the tests about what a PDF holds: starting an office costs seconds, laying out a document a fraction
    of one. None without LibreOffice (without its UNO bridge the office converts one process per call). The
    tests of how offices start, die and are restarted start their own."""
    from lawgen.documents import office

    if office.office_program() is None:
        yield None
        return
    with office.WarmOffice(home=tmp_path_factory.mktemp("offices")) as started:
        started.start()  # warming up while the first test prepares its documents
        yield started
