"""The office profile seed (documents.office.profile_seed): made once, owner-only, holding nothing of a case,
and it spares every later office LibreOffice's first-start restart."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from lawgen.documents import office
from lawgen.documents.packet import generate_packet
from tests.support.documents_cases import assessment

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(office.office_program() is None, reason="LibreOffice is not installed")]


def _starts(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Every office process lawgen launches from now on (the launch itself still happens)."""
    launched: list[list[str]] = []
    real = office.launch

    def counting(command, env, **options):
        launched.append(command)
        return real(command, env, **options)

    monkeypatch.setattr(office, "launch", counting)
    return launched


def test_the_seed_is_made_once_and_later_conversions_start_the_office_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # a user who never converted anything
    documents = generate_packet(assessment(), tmp_path / "packet")
    launched = _starts(monkeypatch)
    first = office.convert_once(documents)
    # The seed's own start (no document), then the conversion: one office, not a restart.
    assert len(launched) == 2 and not any(str(d) in " ".join(launched[0]) for d in documents)
    launched.clear()
    again = office.convert_once(documents, tmp_path / "again")
    assert len(launched) == 1  # the seed is there: no first-start restart
    assert [p.name for p in again] == [p.name for p in first] and all(
        p.read_bytes().startswith(b"%PDF") for p in again)

    seeds = list((tmp_path / "cache" / "lawgen" / "office-seed").iterdir())
    assert len(seeds) == 1 and seeds[0].name.startswith("profile-")  # no build folder left behind
    assert stat.S_IMODE(seeds[0].parent.stat().st_mode) == 0o700
    names = [document.stem for document in documents] + ["林小海", "35020319980512001X", str(tmp_path)]
    for path in seeds[0].rglob("*"):
        assert not any(name in path.name for name in names)
        if path.is_file():
            data = path.read_bytes()
            assert not any(name.encode() in data for name in names), path


def test_a_warm_office_converts_from_a_seeded_profile(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    if office.uno_python() is None:
        pytest.skip("LibreOffice's UNO bridge (python3-uno) is not installed")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert office.profile_seed() is not None
    documents = generate_packet(assessment(), tmp_path / "packet")
    with office.WarmOffice(home=tmp_path / "offices") as warm:
        produced = warm.convert(documents)
        assert warm.starts == 1
    assert [p.name for p in produced] == [d.with_suffix(".pdf").name for d in documents]


def test_a_killed_build_and_an_older_offices_seed_are_removed(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "cache" / "lawgen" / "office-seed"
    killed = folder / ".build-killed" / "profile" / "user"
    older = folder / "profile-0123456789abcdef" / "user"
    for leftover in (killed, older):
        leftover.mkdir(parents=True)
        (leftover / "registrymodifications.xcu").write_text("<x/>", encoding="utf-8")
    seed = office.profile_seed()
    assert seed is not None and sorted(p.name for p in folder.iterdir()) == [seed.name]
