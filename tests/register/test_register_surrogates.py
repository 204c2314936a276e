"""A lone surrogate in a draft (a JSON file's «\\ud800», half an emoji cut by another tool) is stored without
it on both backends, instead of the write failing and the wizard exiting (attacker, 2026-12-01: importing
such a file threw the volunteer out of the wizard)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("typed", "kept"), [
    ("王\ud800", "王"),
    ("\udfff林小海", "林小海"),
    ("骑手😀", "骑手😀"),  # a whole emoji is text a person wrote: kept
])
def test_a_lone_surrogate_is_dropped_on_create_and_on_save(register, typed: str, kept: str) -> None:
    store = register()
    case_id = store.create({"worker": {"name": typed}, "respondents": [{"name": typed}], "notes": [typed]})
    record = store.get(case_id)
    assert (record.draft["worker"]["name"], record.draft["notes"]) == (kept, [kept])
    store.save(case_id, {"worker": {"name": "x" + typed}, "respondents": [{"name": typed}]})
    assert store.get(case_id).draft["worker"]["name"] == "x" + kept
    assert [c.worker_name for c in store.list()] == ["x" + kept]
