"""LibreOffice's pipe files: lawgen's normal use leaves none in /tmp.

The office makes its single-instance pipe in /tmp whatever TMPDIR says, named
``OSL_PIPE_<uid>_SingleOfficeIPC_<h>``: <h> is the MD5 of its profile's file: URI as UTF-16-LE, each byte in
hex without a leading zero (LibreOffice's desktop/source/app/officeipcthread.cxx, CreateMD5FromString). It
removes the file only when it ends of its own accord; the warm office is always ended by a signal, so its
bridge removes it (and its own pipe). Each run below is watched while it runs: the profile folders it makes
give the names of its pipe files, which must exist while its office runs (the name is right) and be gone
once the run has ended.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

import pytest

from lawgen.documents import office
from lawgen.documents.office import WarmOffice
from lawgen.documents.render import shipped_templates
from tests.support.forked import ForkServer
from tests.support.paths import EXAMPLE_CASE

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(office.office_program() is None, reason="LibreOffice is not installed")]


def single_office_pipe(profile: Path) -> Path:
    digest = hashlib.md5(profile.as_uri().encode("utf-16-le")).digest()
    return Path("/tmp") / f"OSL_PIPE_{os.getuid()}_SingleOfficeIPC_{''.join(format(b, 'x') for b in digest)}"


def _profiles(*patterns: tuple[Path, str]) -> set[Path]:
    return {profile for root, pattern in patterns for profile in root.glob(pattern)}


def _watched_run(server: ForkServer, arguments: list[str], env: dict[str, str], where: tuple[Path, str],
                 logs: Path) -> tuple[set[Path], set[Path]]:
    """Run ``lawgen ARGUMENTS`` to its end; the pipe files its offices had (from the profile folders seen
    at ``where``, a folder and a pattern) and those of them seen existing while it ran."""
    pipes: set[Path] = set()
    seen: set[Path] = set()
    run = server.start(arguments, env=env, stdout=logs / "stdout", stderr=logs / "stderr")
    deadline = time.monotonic() + 300
    while server.poll(run) is None and time.monotonic() < deadline:
        pipes |= {single_office_pipe(profile) for profile in where[0].glob(where[1])}
        seen |= {pipe for pipe in pipes if pipe.exists()}
        time.sleep(0.01)
    assert server.wait(run) == 0, (logs / "stderr").read_text(encoding="utf-8")
    return pipes, seen


def test_generate_and_batch_with_pdf_leave_no_pipe_file_in_tmp(tmp_path: Path) -> None:
    cases, cache = tmp_path / "cases", tmp_path / "cache"
    cases.mkdir()
    shutil.copyfile(EXAMPLE_CASE, cases / EXAMPLE_CASE.name)
    seed = office.profile_seed()  # the batch's cache gets the seed the user's has: no first start to pay
    if seed is not None:
        shutil.copytree(seed, cache / "lawgen" / "office-seed" / seed.name, symlinks=True)
    with ForkServer() as server:
        # One process per call: its profile in the packet's work folder.
        one = ["generate", str(EXAMPLE_CASE), "-o", str(tmp_path / "one"), "--pdf"]
        generated = _watched_run(server, one, {}, (tmp_path / "one", ".lawgen-work-*/profile"), tmp_path)
        # A batch worker's warm office: its profile below the user's cache folder.
        every = ["batch", str(cases), "-o", str(tmp_path / "all"), "--pdf", "--jobs", "1"]
        batched = _watched_run(server, every, {"XDG_CACHE_HOME": str(cache)},
                               (cache, "lawgen/office/office-*/profile"), tmp_path)
    for (pipes, seen), out in ((generated, tmp_path / "one"), (batched, tmp_path / "all")):
        assert len(list(out.rglob("*.pdf"))) == 6  # the run did convert its packet
        assert seen, "no office pipe file seen during the run: the name computed is not LibreOffice's"
        assert [pipe for pipe in pipes if pipe.exists()] == []  # before the run none, during ≥ 1, after none


def test_the_warm_office_removes_its_pipe_files_when_it_is_closed(tmp_path: Path) -> None:
    if office.uno_python() is None:
        pytest.skip("LibreOffice's UNO bridge (python3-uno) is not installed")
    with WarmOffice(home=tmp_path / "offices") as warm:
        produced = warm.convert([shipped_templates() / "procedure_sheet.docx"], tmp_path / "pdf")
        assert produced[0].read_bytes().startswith(b"%PDF")
        during = [Path(path) for path in warm.pipe_files]
        # The office's own pipe and the one lawgen's bridge talks to it through, both in /tmp.
        assert len(during) == 2 and all(path.parent == Path("/tmp") and path.exists() for path in during)
        assert {path.name.split("_")[3] for path in during} >= {"SingleOfficeIPC"}
    assert [path for path in during if path.exists()] == []
