"""Issue 13, item 15 (the packet marker): its fingerprint cannot be reversed to the ID number.

Before: ``case`` was SHA-256(salt + [ID, respondents]) with the salt stored beside it, so trying every ID
number found the worker's. Now it is keyed with a secret in the user's data folder; where no key can be
kept, nothing derived from the ID is stored.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from lawgen.keys import KEY_BYTES, _load_or_create, packet_key
from tests.support.cli import Ran, run_lawgen
from tests.support.paths import EXAMPLE_CASE, EXAMPLES

ID_NUMBER = "35020319980512001X"  # the example worker's
RESPONDENTS = ["91350203MA34K7Q2YY"]


@pytest.fixture(autouse=True)
def _key_read_again() -> Iterator[None]:
    """The key is read once per process (keys.packet_key): here once per data folder, and afterwards the
    user's own again."""
    packet_key.cache_clear()
    yield
    packet_key.cache_clear()


def _generate(case: Path, out: Path, data_home: Path, *options: str) -> Ran:
    """``lawgen generate`` in this process with ``data_home`` as the user's data folder (XDG_DATA_HOME)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(data_home))
        packet_key.cache_clear()
        return run_lawgen("generate", str(case), "-o", str(out), *options)


def _marker(out: Path) -> dict:
    return json.loads((out / ".lawgen-packet.json").read_text(encoding="utf-8"))


def _unkeyed(salt: str, who: str) -> str:
    """What an attacker computes for a guess, knowing the salt (the fingerprint before issue 13)."""
    identity = json.dumps([who, RESPONDENTS], ensure_ascii=False)
    return hashlib.sha256(bytes.fromhex(salt) + identity.encode("utf-8")).hexdigest()


def test_the_right_guess_of_the_id_does_not_match_the_marker(tmp_path):
    out = tmp_path / "packet"
    assert _generate(EXAMPLE_CASE, out, tmp_path / "data").returncode == 0
    marker = _marker(out)
    assert marker["case"] != _unkeyed(marker["salt"], ID_NUMBER)
    assert ID_NUMBER not in json.dumps(marker)
    key = tmp_path / "data" / "lawgen" / "packet.key"
    assert len(key.read_bytes()) == KEY_BYTES
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(key.parent.stat().st_mode) == 0o700


def test_the_same_case_is_still_recognised_and_another_refused(tmp_path):
    out, data = tmp_path / "packet", tmp_path / "data"
    assert _generate(EXAMPLE_CASE, out, data).returncode == 0
    first = _marker(out)["case"]
    assert _generate(EXAMPLE_CASE, out, data).returncode == 0  # a rerun of the same case
    assert _marker(out)["case"] == first
    other = _generate(EXAMPLES / "02-courier-unpaid-wages-overtime.json", out, data)
    assert other.returncode == 1 and "已有另一个案件的文书" in other.stderr


def test_without_a_data_folder_nothing_derived_from_the_id_is_stored(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")  # the data folder cannot be made under a file
    out = tmp_path / "packet"
    result = _generate(EXAMPLE_CASE, out, blocked)
    assert result.returncode == 0, result.stderr
    marker = _marker(out)
    assert marker["case"] == _unkeyed(marker["salt"], "林小海")  # the name, which the documents show
    assert marker["case"] != _unkeyed(marker["salt"], ID_NUMBER)


def test_a_key_others_can_read_is_not_used(tmp_path):
    key = tmp_path / "lawgen" / "packet.key"
    assert _load_or_create(key) is not None
    os.chmod(key, 0o644)
    assert _load_or_create(key) is None


def _key_of(folder: str) -> bytes | None:
    return _load_or_create(Path(folder) / "packet.key")


def test_processes_creating_the_key_at_once_all_get_the_same_one(tmp_path):
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        keys = pool.map(_key_of, [str(tmp_path / "data")] * 8)
    assert len(set(keys)) == 1 and keys[0] is not None and len(keys[0]) == KEY_BYTES
    assert [p.name for p in (tmp_path / "data").iterdir()] == ["packet.key"]  # no temporary left
