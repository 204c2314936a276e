"""Shared test setup: the network guard on every test, the Hypothesis profiles, and common fixtures.

Hypothesis runs 2,000 examples per property in CI (the ``ci`` profile, chosen when CI=true) and 200 locally.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.support.network import refuse_network
from tests.support.paths import EXAMPLE_CASE

settings.register_profile("ci", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=200, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") == "true" else "dev")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    refuse_network(monkeypatch)


@pytest.fixture
def example_case_path() -> Path:
    return EXAMPLE_CASE
