"""PDF conversion under faults (issue 13 item 4, issue 14 item 4), with real LibreOffice and real signals:
a SIGKILL of lawgen mid-conversion leaves no filing in the temporary folder and no office running; a
timeout ends the office's whole process tree; the warm office dies with lawgen however lawgen ends, is
started again when it dies, and a document that cannot be converted fails alone.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from lawgen.documents import office
from lawgen.documents.office import ConversionFailed, WarmOffice, convert_once
from lawgen.documents.packet import generate_packet, packet_files
from tests.support.documents_cases import assessment
from tests.support.forked import ForkServer
from tests.support.paths import EXAMPLE_CASE, ROOT

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(office.office_program() is None, reason="LibreOffice is not installed")]


WORKER_ID = "35020319980512001X"  # the example case's worker (林小海)


def _listed(folder: Path) -> list[Path]:
    """What a folder holds now; nothing if it is gone or is not one (the run removes its work folders while
    they are looked at)."""
    try:
        return list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []


def _is_work(path: Path) -> bool:
    return path.name.startswith(".lawgen-work-")


def _new_work(out: Path, before: set[Path]) -> list[Path]:
    """The work folders a run made (in the packet's folder, or in a batch's packet folder below it)."""
    top = _listed(out)
    made = [*filter(_is_work, top), *(path for folder in top if not _is_work(folder)
                                      for path in _listed(folder) if _is_work(path))]
    return [folder for folder in made if folder not in before]


def _work_made(out: Path, before: set[Path]) -> bool:
    return bool(_new_work(out, before))


def _pdf_in_work(out: Path, before: set[Path]) -> bool:
    """A PDF the office wrote in a work folder (in "out" from one process per call, at the top from the warm
    office), not yet moved into place."""
    return any(path.suffix == ".pdf" for folder in _new_work(out, before)
               for path in (*_listed(folder), *_listed(folder / "out")))


def _half_a_second_after_the_work_folder() -> Callable[[Path, set[Path]], bool]:
    seen: list[float] = []

    def reached(out: Path, before: set[Path]) -> bool:
        if not seen and _work_made(out, before):
            seen.append(time.monotonic())
        return bool(seen) and time.monotonic() - seen[0] >= 0.5
    return reached


# The moments of a conversion a kill lands in, each marked by what the run has put on disk (a fresh test
# for each run: made by calling the entry).
ATTEMPTS = 3  # runs per kill moment before the test gives up on catching it
KILL_MOMENTS: list[Callable[[], Callable[[Path, set[Path]], bool]]] = [
    lambda: _work_made,  # the work folder made: the lean copies, the office about to be started
    _half_a_second_after_the_work_folder,  # the office starting: its profile, its libraries, the bridge
    lambda: _pdf_in_work,  # a PDF written in the work folder: the office mid-packet
]


def _processes_mentioning(text: str) -> list[int]:
    """Processes whose command line or environment names ``text`` (a test's own folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            seen = (entry / "cmdline").read_bytes() + (entry / "environ").read_bytes()
        except OSError:
            continue
        if text.encode() in seen:
            found.append(int(entry.name))
    return found


def _none_left(text: str, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while _processes_mentioning(text):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def _files_holding(folder: Path, *needles: str) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if path.suffix == ".pdf" or any(n.encode() in data for n in needles):
                found.append(path)
    return found


@pytest.mark.parametrize("command", ["generate", "batch"])
def test_sigkill_during_conversion_leaves_no_filing_in_tmpdir_and_no_office(tmp_path: Path, command: str
                                                                           ) -> None:
    temporary, out = tmp_path / "tmp", tmp_path / "packet"
    temporary.mkdir()
    env = {"TMPDIR": str(temporary), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    if command == "generate":  # one process per call
        arguments = ["generate", str(EXAMPLE_CASE), "-o", str(out), "--pdf", "--force"]
    else:  # the batch worker's warm office
        (tmp_path / "cases").mkdir()
        shutil.copyfile(EXAMPLE_CASE, tmp_path / "cases" / EXAMPLE_CASE.name)
        arguments = ["batch", str(tmp_path / "cases"), "-o", str(out), "--pdf", "--jobs", "1"]
    during = 0
    logs = {"stdout": Path(os.devnull), "stderr": Path(os.devnull)}
    # Each run a process of its own, forked from a warm interpreter (tests.support.forked); each kill at a
    # moment of the conversion marked on disk (polled every 20 ms), over the folder the kills before left.
    with ForkServer() as server:
        for make_moment in KILL_MOMENTS:
            # A moment can be brief on a quiet machine: a run that ended before it is run again.
            for _attempt in range(ATTEMPTS):
                moment, before = make_moment(), set(_new_work(out, set()))
                run = server.start(arguments, env=env, **logs)
                deadline = time.monotonic() + 60
                while server.poll(run) is None and not moment(out, before) and time.monotonic() < deadline:
                    time.sleep(0.005)
                landed = server.poll(run) is None
                try:
                    os.kill(run, signal.SIGKILL)  # lawgen alone, as the OOM killer would: not its group
                except ProcessLookupError:  # it ended between the poll and the kill
                    landed = False
                server.wait(run)
                assert _none_left(str(tmp_path)), "LibreOffice outlived lawgen"
                assert _files_holding(temporary, WORKER_ID, "林小海") == []
                if landed:
                    during += 1
                    break
        assert during == len(KILL_MOMENTS)  # every kill landed while LibreOffice was converting
        # The next run removes the killed runs' work folders and completes.
        rerun = server.start(arguments, env=env, stdout=tmp_path / "out", stderr=tmp_path / "err")
        assert server.wait(rerun) == 0, (tmp_path / "err").read_text(encoding="utf-8")
    assert not list(out.rglob(".lawgen-work-*"))
    assert len(list(out.rglob("*.pdf"))) == 6  # four filings, the demand letter and the summary
    assert _files_holding(temporary, WORKER_ID, "林小海") == []


def test_a_timeout_ends_the_whole_office_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = generate_packet(assessment(), tmp_path / "packet")
    monkeypatch.setattr(office, "TIMEOUT_SECONDS", 0.5)
    with pytest.raises(ConversionFailed, match="超时"):
        convert_once(documents)
    assert _none_left(str(tmp_path), seconds=3)
    assert not list((tmp_path / "packet").glob(".lawgen-work-*")) and not list(tmp_path.rglob("*.pdf"))


# Ctrl-C as a terminal delivers it: Python's own handler, even where the test run was started with SIGINT
# ignored (a background job of a script, as some CI runners start it), which the child would inherit.
HOLD_A_WARM_OFFICE = """
import signal, sys, time
from pathlib import Path
signal.signal(signal.SIGINT, signal.default_int_handler)
from lawgen.documents.office import WarmOffice
office = WarmOffice(home=Path(sys.argv[1]))
office.convert([Path(sys.argv[2])], Path(sys.argv[3]))
print("warm", flush=True)
time.sleep(600)
"""


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL],
                         ids=["ctrl-c", "term", "kill"])
def test_the_warm_office_never_outlives_lawgen(tmp_path: Path, how: signal.Signals) -> None:
    if office.uno_python() is None:
        pytest.skip("LibreOffice's UNO bridge (python3-uno) is not installed")
    document = generate_packet(assessment(), tmp_path / "packet")[0]
    home = tmp_path / "offices"
    run = subprocess.Popen([sys.executable, "-c", HOLD_A_WARM_OFFICE, str(home), str(document),
                            str(tmp_path / "pdf")], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert run.stdout.readline().strip() == "warm"
        assert _processes_mentioning(str(home))  # the office is running
        run.send_signal(how)
        run.wait(timeout=30)
        assert _none_left(str(home)), "LibreOffice outlived lawgen"
    finally:
        run.kill()
        run.wait()


# A one-worker batch renders the next packet while the office converts this one (lawgen.batch._overlapped).
CTRL_C_A_BATCH = """
import signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
from lawgen.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_ctrl_c_of_a_one_worker_batch_keeps_whole_packets_and_leaves_no_office(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases", tmp_path / "out"
    cases.mkdir()
    for number in range(8):
        shutil.copyfile(EXAMPLE_CASE, cases / f"case-{number}.json")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    run = subprocess.Popen([sys.executable, "-c", CTRL_C_A_BATCH, "batch", str(cases), "-o", str(out),
                            "--pdf", "--jobs", "1"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not list(out.glob("case-2/*.pdf")) and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        run.send_signal(signal.SIGINT)  # the third packet converting, the fourth being rendered
        _, errors = run.communicate(timeout=60)
    finally:
        run.kill()
        run.wait()
    assert run.returncode == 130 and "已中断" in errors and "Traceback" not in errors
    assert _none_left(str(tmp_path)), "LibreOffice outlived the batch"
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["interrupted"]
    folders = sorted(path for path in out.iterdir() if path.is_dir())
    assert out / "case-2" in folders and out / "case-7" not in folders  # stopped midway, nothing more begun
    for folder in folders:  # the packets being written when Ctrl-C came were finished, every PDF in place
        files = packet_files(folder)
        assert files and all(path.exists() for path in files)
        assert {p.stem for p in files if p.suffix == ".pdf"} == {p.stem for p in files if p.suffix == ".docx"}
    for result in report["results"]:
        assert result["status"] == "ok" and out / result["folder"] in folders
    assert not list(out.rglob(".lawgen-work-*"))
    assert _files_holding(tmp_path / "tmp", WORKER_ID, "林小海") == []


@pytest.fixture
def warm(tmp_path: Path):
    if office.uno_python() is None:
        pytest.skip("LibreOffice's UNO bridge (python3-uno) is not installed")
    with WarmOffice(home=tmp_path / "offices") as started:
        yield started
    assert _none_left(str(tmp_path / "offices"))  # close() ends it


def test_a_killed_warm_office_is_started_again_and_its_document_retried(tmp_path: Path, warm) -> None:
    documents = generate_packet(assessment(), tmp_path / "packet")
    assert len(warm.convert(documents[:1], tmp_path / "one")) == 1
    offices = [pid for pid in _processes_mentioning(str(tmp_path / "offices"))
               if b"soffice" in Path(f"/proc/{pid}/cmdline").read_bytes()]
    assert offices
    for pid in offices:
        os.kill(pid, signal.SIGKILL)
    produced = warm.convert(documents, tmp_path / "all")
    assert [p.name for p in produced] == [d.with_suffix(".pdf").name for d in documents]
    assert all(p.read_bytes().startswith(b"%PDF") for p in produced)
    assert warm.starts == 2


@pytest.mark.parametrize("converter", ["once", "warm"])
def test_a_document_that_cannot_be_converted_fails_alone(tmp_path: Path, converter: str, request) -> None:
    documents = generate_packet(assessment(), tmp_path / "packet")
    broken = tmp_path / "packet" / "00-损坏的文件.docx"
    broken.write_bytes(documents[0].read_bytes()[:2000])  # a truncated .docx
    convert = convert_once if converter == "once" else request.getfixturevalue("warm").convert
    with pytest.raises(ConversionFailed) as failed:
        convert([broken, *documents], tmp_path / "pdf")
    assert "00-损坏的文件.docx" in str(failed.value)
    assert [p.name for p in failed.value.produced] == [d.with_suffix(".pdf").name for d in documents]
    in_place = sorted(p.name for p in (tmp_path / "pdf").iterdir())
    assert in_place == sorted(p.name for p in failed.value.produced)  # no work folder, no partial PDF


# The command starts a one-worker batch's office before it reads lawgen's case module (commands.batch).
OFFICE_AHEAD = """
import sys
from lawgen.documents import office
from pathlib import Path
started = office.WarmOffice.start
def a_bridge(process):
    try:
        return b"office_child.py" in (process / "cmdline").read_bytes()
    except OSError:
        return False
def start(self, **options):
    print("case module read first:", "lawgen.case" in sys.modules, flush=True)
    started(self, **options)
    # the bridge launched before start returns: lawgen's imports then cannot hold it back
    bridges = [p for p in Path("/proc").iterdir() if p.name.isdigit() and a_bridge(p)]
    print("bridge running on return:", bool(bridges), flush=True)
office.WarmOffice.start = start
from lawgen.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("problem", ["a bad option", "no case files", "an output that is a file"])
def test_a_one_worker_batch_that_cannot_start_says_why_and_ends_its_office_at_once(tmp_path: Path,
                                                                                  problem: str) -> None:
    cases, out = tmp_path / "cases", tmp_path / "out"
    cases.mkdir()
    options = []
    if problem != "no case files":
        shutil.copyfile(EXAMPLE_CASE, cases / "case.json")
    if problem == "a bad option":
        options = ["--set", "no_such_parameter=1"]
    if problem == "an output that is a file":
        out.write_text("", encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", OFFICE_AHEAD, "batch", str(cases), "-o", str(out), "--pdf",
                             "--jobs", "1", *options], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.stdout.splitlines()[:2] == ["case module read first: False",  # the office started ahead
                                              "bridge running on return: True"]
    expected = {"a bad option": "未知参数 no_such_parameter", "no case files": "中没有案件文件",
                "an output that is a file": "无法写入文件夹"}[problem]
    assert result.returncode == 2 and expected in result.stderr and "Traceback" not in result.stderr
    assert _none_left(str(tmp_path)), "LibreOffice outlived the batch"
    assert not list((tmp_path / "cache" / "lawgen" / "office").glob("office-*"))  # its profile went with it
