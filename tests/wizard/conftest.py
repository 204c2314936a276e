"""The wizard tests' registers: written once per session (per pytest-xdist worker), copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from lawgen.store import CaseStatus
from tests.support.wizard_helpers import write_register

Prefilled = Callable[..., tuple[Path, str]]


@pytest.fixture(scope="session")
def _register_sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return {"root": tmp_path_factory.mktemp("registers"), "ids": {}}


@pytest.fixture
def prefilled(_register_sources: dict[str, Any], tmp_path: Path) -> Prefilled:
    """``prefilled(name, draft, step)``: a register holding ``draft`` at ``step``, written the first time
    ``name`` is asked for in this session and copied into this test's folder (tests change their copy,
    never the source). Returns the copy's folder and the case's id."""

    def make(name: str, draft: dict[str, Any], step: str,
             status: CaseStatus = CaseStatus.draft) -> tuple[Path, str]:
        source = _register_sources["root"] / name
        if name not in _register_sources["ids"]:
            _register_sources["ids"][name] = write_register(source, draft, step, status)
        target = tmp_path / "data"
        shutil.copytree(source, target)
        return target, _register_sources["ids"][name]

    return make
