"""Where a case's packet goes when it is generated again: the folder it went into (the volunteer's finding:
a reopened case offered a new folder beside its packet), the last parent for a new case."""

from __future__ import annotations

import stat
from pathlib import Path

from lawgen.wizard.packet_folder import (
    PACKETS_KEPT,
    SETTINGS,
    remember_folder,
    remembered_folder,
    remembered_parent,
)


def test_a_case_generated_again_goes_to_its_own_packet_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    packet = tmp_path / "packets" / "chen"
    packet.mkdir(parents=True)
    assert remembered_folder(data, "case-1") is None
    assert remembered_parent(data) == data / "packets"  # nothing chosen yet
    remember_folder(data, "case-1", packet)
    assert remembered_folder(data, "case-1") == packet
    assert remembered_folder(data, "case-2") is None  # another case: a new folder under the last parent
    assert remembered_parent(data) == tmp_path / "packets"
    assert stat.S_IMODE((data / SETTINGS).stat().st_mode) == 0o600
    packet.rmdir()
    assert remembered_folder(data, "case-1") is None  # moved away since: not offered


def test_remembered_folders_are_bounded_and_a_damaged_file_is_ignored(tmp_path: Path, monkeypatch) -> None:
    from lawgen.wizard import packet_folder

    assert PACKETS_KEPT == 1000
    monkeypatch.setattr(packet_folder, "PACKETS_KEPT", 3)  # the bound's behaviour, without 1,000 fsyncs
    for n in range(3 + 5):
        (tmp_path / f"p{n}").mkdir()
        remember_folder(tmp_path, f"case-{n}", tmp_path / f"p{n}")
    assert remembered_folder(tmp_path, "case-0") is None  # the oldest forgotten
    assert remembered_folder(tmp_path, "case-4") is None
    kept = [remembered_folder(tmp_path, f"case-{n}") for n in (5, 6, 7)]
    assert kept == [tmp_path / f"p{n}" for n in (5, 6, 7)]
    (tmp_path / SETTINGS).write_text("[1, 2", encoding="utf-8")
    assert remembered_folder(tmp_path, "case-1") is None
    assert remembered_parent(tmp_path) == tmp_path / "packets"
