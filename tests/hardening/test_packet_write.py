"""The packet write (issue 13, items 1 and 11): two runs into one folder never mix two workers' filings, an
earlier packet's leftovers never sit beside a new one, and a kill or a full disk midway never leaves a
packet that a rerun of the same case refuses.

Real processes where two runs race or one is killed: ``lawgen generate`` and ``lawgen batch`` started one
right after the other, forked from one warm interpreter; the runs after them in this process (what they
leave is what is tested).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lawgen.documents.packet import MARKER, document_text, generate_packet
from tests.support.cli import run_lawgen
from tests.support.disk import resize, tmpfs
from tests.support.documents_cases import assessment, assessment_of, case_data
from tests.support.forked import ForkServer
from tests.support.paths import EXAMPLES, ROOT

CASE_A = EXAMPLES / "01-food-delivery-unlawful-dismissal.json"  # 林小海
CASE_B = EXAMPLES / "02-courier-unpaid-wages-overtime.json"  # 王建国
RACES = 4  # generate A & generate B into one folder, each time a fresh folder
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))
WORKERS = [json.loads(path.read_text(encoding="utf-8"))["worker"]["name"] for path in EXAMPLE_FILES]


def _workers_in(folder: Path) -> set[str]:
    """Which example workers the folder's documents name."""
    found = set()
    for document in folder.glob("*.docx"):
        text = "\n".join(document_text(document))
        found |= {name for name in WORKERS if name in text}
    return found


def _assert_one_packet(folder: Path) -> None:
    """One worker's documents only, and exactly the files its marker lists (no leftovers)."""
    assert len(_workers_in(folder)) == 1, _workers_in(folder)
    marker = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    visible = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    assert visible == sorted(marker["files"])


@pytest.fixture(scope="module")
def server() -> Iterator[ForkServer]:
    """One warm interpreter for the module's races: each run a real process of its own, forked from it
    (tests.support.forked), so an interpreter's start-up and the templates' preparation are paid once,
    and the two sides of a race are started a fork apart (milliseconds) instead of a start-up apart."""
    with ForkServer() as started:
        yield started


def _race(server: ForkServer, commands: list[list[str]], logs: Path) -> list[tuple[int, str]]:
    """The commands started one right after the other, then each one's (exit status, stderr)."""
    runs = [server.start(command, stdout=logs / f"{number}.out", stderr=logs / f"{number}.err")
            for number, command in enumerate(commands)]
    return [(server.wait(run), (logs / f"{number}.err").read_text(encoding="utf-8"))
            for number, run in enumerate(runs)]


@pytest.mark.parametrize("force", [False, True], ids=["refused", "force"])
def test_two_generates_into_one_folder_never_mix(tmp_path: Path, force: bool, server) -> None:
    extra = ["--force"] if force else []
    for attempt in range(RACES):
        out = tmp_path / f"q{attempt}"
        cases = (CASE_A, CASE_B) if attempt % 2 == 0 else (CASE_B, CASE_A)  # who is told first, in turn
        results = _race(server, [["generate", str(case), "-o", str(out), *extra] for case in cases], tmp_path)
        codes = sorted(code for code, _ in results)
        # Without --force the second run finds the first's packet and refuses; with it, the last one wins.
        assert codes == ([0, 0] if force else [0, 1]), results
        assert all("Traceback" not in stderr for _, stderr in results)
        _assert_one_packet(out)


def test_two_batches_into_one_folder_never_mix(tmp_path: Path, server) -> None:
    # The same seven file names in both batches, each naming a different worker in the other batch.
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    for index, path in enumerate(EXAMPLE_FILES):
        name = f"case-{index}.json"
        shutil.copyfile(path, first / name)
        shutil.copyfile(EXAMPLE_FILES[(index + 1) % len(EXAMPLE_FILES)], second / name)
    out = tmp_path / "out"
    runs = [server.start(["batch", str(folder), "-o", str(out), "--jobs", "1"],
                         stdout=tmp_path / f"{folder.name}.out", stderr=tmp_path / f"{folder.name}.err")
            for folder in (first, second)]
    outputs = [(server.wait(run), (tmp_path / f"{folder.name}.out").read_text(encoding="utf-8"),
                (tmp_path / f"{folder.name}.err").read_text(encoding="utf-8"))
               for run, folder in zip(runs, (first, second), strict=True)]
    succeeded = 0
    for _, stdout, stderr in outputs:
        assert "Traceback" not in stderr
        succeeded += int(re.search(r"(\d+) 个案件已生成", stdout)[1])
    # Every folder went to exactly one of the two batches; the other reported it as another case's.
    assert succeeded == len(EXAMPLE_FILES)
    for index in range(len(EXAMPLE_FILES)):
        _assert_one_packet(out / f"case-{index}")


def test_force_leaves_nothing_of_the_earlier_packet(tmp_path: Path) -> None:
    # An earlier packet with a power of attorney (an agent) and its PDFs; the new case has no agent.
    earlier = generate_packet(assessment("award-with-agent"), tmp_path)
    for document in earlier:  # the PDFs a --pdf run would have left (their content does not matter here)
        document.with_suffix(".pdf").write_bytes(b"%PDF-1.7 earlier worker\n%%EOF\n")
    generate_packet(assessment(), tmp_path, force=True)
    assert not list(tmp_path.glob("*授权委托书*")) and not list(tmp_path.glob("*.pdf"))
    _assert_one_packet(tmp_path)


def test_a_stray_filing_without_a_marker_is_refused_then_removed_with_force(tmp_path: Path) -> None:
    stray = tmp_path / "05-授权委托书.pdf"  # a packet copied in by hand, its marker lost
    stray.write_bytes(b"%PDF-1.7\n%%EOF\n")
    from lawgen.documents.packet import PacketConflict

    with pytest.raises(PacketConflict, match="05-授权委托书.pdf"):
        generate_packet(assessment(), tmp_path)
    assert stray.exists()  # refused: nothing touched
    generate_packet(assessment(), tmp_path, force=True)
    assert not stray.exists()


def test_a_new_run_without_pdf_removes_the_out_of_date_pdfs(tmp_path: Path) -> None:
    for document in generate_packet(assessment(), tmp_path):
        document.with_suffix(".pdf").write_bytes(b"%PDF-1.7\n%%EOF\n")
    data = case_data()
    data["facts"] += "（补充）"  # an edited amount or fact: the same case, new documents
    generate_packet(assessment_of(data), tmp_path)
    assert not list(tmp_path.glob("*.pdf"))


KILL_AFTER_SECOND_WRITE = """
import os, signal, sys
import lawgen.documents.packet as packet
original, written = packet.write_bytes_atomic, []
def write(path, data):
    result = original(path, data)
    written.append(path)
    if len(written) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    return result
packet.write_bytes_atomic = write
from lawgen.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_kill_between_two_document_writes_leaves_a_packet_the_rerun_completes(tmp_path: Path) -> None:
    out = tmp_path / "packet"
    killed = subprocess.run([sys.executable, "-c", KILL_AFTER_SECOND_WRITE, "generate", str(CASE_A),
                             "-o", str(out)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert killed.returncode == -9
    assert len(list(out.glob("*.docx"))) == 2 and (out / MARKER).exists()  # the marker came first
    rerun = run_lawgen("generate", str(CASE_A), "-o", str(out))  # no --force: it is this case's packet
    assert rerun.returncode == 0, rerun.stderr
    assert len(list(out.glob("*.docx"))) == 6  # the example's four filings, the demand letter, the summary
    _assert_one_packet(out)
    other = run_lawgen("generate", str(CASE_B), "-o", str(out))  # and it is still refused to another case
    assert other.returncode == 1


def test_a_full_disk_midway_leaves_a_packet_the_rerun_completes(tmp_path: Path) -> None:
    # Room for the marker and two or three documents of about 37 KB each, not four.
    with tmpfs(tmp_path / "disk", "100k") as disk:
        out = disk / "packet"
        full = run_lawgen("generate", str(CASE_A), "-o", str(out))
        assert full.returncode == 1
        assert "磁盘已满" in full.stderr  # ENOSPC in the user's language (files.os_error_text)
        assert (out / MARKER).exists() and 0 < len(list(out.glob("*.docx"))) < 4
        resize(disk, "4m")
        rerun = run_lawgen("generate", str(CASE_A), "-o", str(out))
        assert rerun.returncode == 0, rerun.stderr
        _assert_one_packet(out)
        assert not [p for p in out.iterdir() if p.name.startswith(".") and p.name != MARKER]


def test_the_lock_is_on_the_folder_itself_and_leaves_no_file(tmp_path: Path) -> None:
    generate_packet(assessment(), tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [MARKER]
    assert os.stat(tmp_path / MARKER).st_mode & 0o777 == 0o600
