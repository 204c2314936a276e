"""A packet made at one stage of the case is never replaced by the packet of a later stage (volunteer: after
recording «申请劳动仲裁» and generating again, the folder lost the application, the complaint and the demand
letter — the papers the commission may ask to correct — because the new packet leaves them out): the same
stage generates into its folder again; a later one gets a new folder beside it."""

from __future__ import annotations

import json
from pathlib import Path

from lawgen.wizard.packet_folder import SETTINGS, remember_folder, remembered_folder, unused_folder


def test_the_folder_is_offered_again_only_at_the_stage_it_was_made_for(tmp_path: Path) -> None:
    data, packet = tmp_path / "data", tmp_path / "packets" / "案件1-2026-12-02"
    data.mkdir()
    packet.mkdir(parents=True)
    remember_folder(data, "case-1", packet, stage="not_filed")
    assert remembered_folder(data, "case-1", "not_filed") == packet
    assert remembered_folder(data, "case-1", "applied") is None  # a later stage: not this folder
    assert remembered_folder(data, "case-1") == packet  # the stage not known: as before


def test_a_folder_remembered_before_stages_were_kept_is_still_offered(tmp_path: Path) -> None:
    data, packet = tmp_path / "data", tmp_path / "packets" / "案件1-2026-11-20"
    data.mkdir()
    packet.mkdir(parents=True)
    (data / SETTINGS).write_text(json.dumps({"packets": {"case-1": str(packet)}}), encoding="utf-8")
    assert remembered_folder(data, "case-1", "applied") == packet


def test_a_new_folder_of_the_same_day_gets_a_number(tmp_path: Path) -> None:
    first = tmp_path / "案件1-2026-12-02"
    assert unused_folder(first) == first
    first.mkdir()
    assert unused_folder(first) == tmp_path / "案件1-2026-12-02-2"
    (tmp_path / "案件1-2026-12-02-2").mkdir()
    assert unused_folder(first) == tmp_path / "案件1-2026-12-02-3"
