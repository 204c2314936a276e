"""PDF conversion against its floor, in one run on one machine.

    python3 benchmarks/bench_pdf.py [--parts d,f,g] [--packets 15] [--rounds 1] [--many 200] [--repeat 3]

(d) ``lawgen batch --pdf`` per document, ``--jobs 1`` and ``--jobs 2`` (end to end: start-up, generation,
    the warm offices' start and every conversion, divided by the documents converted);
(e) the floor for this engine: the same documents converted in one ``soffice --convert-to pdf`` call
    (one process start, then LibreOffice's layout work per document), per document; measured with (d),
    before and after the batches, averaged; the office is given the lean copies lawgen's offices get.
    ``--rounds N`` measures (d) and (e) N times in turn and takes the medians;
(f) the wizard's generate with PDF of one packet, from the key press to the last file on disk, with the
    office the wizard started when the case was opened (the real app under Textual's Pilot; the median of
    ``--repeat`` runs, each a fresh app);
(g) ``lawgen batch --pdf --jobs 2`` over ``--many`` packets (wall time), and what that makes for 1,000
    packets at the same rate (the whole run scaled, start-up included: an overestimate, never an
    underestimate). ``--parts g --many 1000`` measures the 1,000 themselves.

A shared machine's wall clock says more about the other users than about lawgen, so (d), (e) and (g) also
count CPU time: every process the run started (lawgen, its workers, the bridges, the offices), taken from
the kernel's accounting of reaped children (this process is made their subreaper, so an office whose
bridge was ended still comes back here to be counted), and the offices' own share sampled from
``/proc/<pid>/stat``. ``CPU / 2 cores`` is what the run would take on two idle cores, if both were kept
busy; (g) prints it for 1,000 packets. Each measurement also says how much CPU time the host gave other
guests meanwhile (steal, from /proc/stat): a figure taken with seconds of it measures them, not lawgen.

Prints (d)/(e) and (f)/((e) × documents). Not part of the test run: timings depend on the machine; Linux.
"""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_batch import ENV, lawgen, write_cases  # noqa: E402

from lawgen.documents.lean import lean_copy  # noqa: E402
from lawgen.documents.office import office_environment, office_program  # noqa: E402

EXAMPLE = ROOT / "examples" / "01-food-delivery-unlawful-dismissal.json"
OFFICE_NAMES = ("soffice.bin", "soffice")  # /proc's comm of the office itself
BRIDGE_MARK = b"office_child.py"  # in the command line of the process that drives an office over UNO
TICKS = os.sysconf("SC_CLK_TCK")
PR_SET_CHILD_SUBREAPER = 36
CORES = 2  # the target machine


@dataclass(frozen=True)
class Run:
    """One measured command: wall seconds, CPU seconds of every process it started, the offices' and the
    UNO bridges' shares of that CPU; the load average at its start and end."""

    wall: float
    cpu: float
    office_cpu: float
    bridge_cpu: float
    load: tuple[float, float]
    steal: float  # seconds of the machine's CPUs the host gave to other guests during the run

    def per_document(self, documents: int) -> str:
        def ms(seconds: float) -> str:
            return f"{seconds / documents * 1000:.0f} ms"

        lawgen = self.cpu - self.office_cpu - self.bridge_cpu
        return (f"CPU per document {ms(self.cpu)} (LibreOffice {ms(self.office_cpu)}, its UNO bridges "
                f"{ms(self.bridge_cpu)}, lawgen {ms(lawgen)}); wall {ms(self.wall)} a document at load "
                f"{self.load[0]:.1f}–{self.load[1]:.1f}, {self.steal:.1f} s of steal")


def _steal_ticks() -> int:
    """CPU time the host gave other guests since boot, all CPUs (/proc/stat's ninth column), in ticks."""
    with open("/proc/stat", encoding="ascii") as stat:
        return int(stat.readline().split()[8])


def _stat(pid: int) -> tuple[int, str, int] | None:
    """(parent, comm, own utime+stime in ticks) of a process, or None once it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    comm, rest = text[text.index("(") + 1: text.rindex(")")], text[text.rindex(")") + 2:].split()
    return int(rest[1]), comm, int(rest[11]) + int(rest[12])


def _descendants(root: int) -> dict[int, tuple[str, int]]:
    """Every process below ``root`` now: comm and own CPU ticks."""
    table = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit() and (stat := _stat(int(entry.name))) is not None:
            table[int(entry.name)] = stat
    found, pending = {}, [root]
    children: dict[int, list[int]] = {}
    for pid, (parent, _, _) in table.items():
        children.setdefault(parent, []).append(pid)
    while pending:
        for child in children.get(pending.pop(), ()):
            found[child] = table[child][1:]
            pending.append(child)
    return found


def measured(command: list[str], **options) -> tuple[subprocess.CompletedProcess, Run]:
    """Run ``command`` to its end and every process it left behind to theirs, counting their CPU."""
    ctypes.CDLL(None).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)  # orphans below come back here
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    ticks_of: dict[int, tuple[str, int]] = {}  # pid: what it is (its latest comm), its CPU ticks
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            for pid, (comm, ticks) in _descendants(os.getpid()).items():
                if comm in OFFICE_NAMES:
                    ticks_of[pid] = ("office", ticks)
                elif pid not in ticks_of or ticks_of[pid][0] == "bridge":
                    ticks_of[pid] = ("bridge" if _is_bridge(pid) else "other", ticks)

    sampler = threading.Thread(target=sample, daemon=True)
    load, stolen = os.getloadavg()[0], _steal_ticks()
    started = time.perf_counter()
    sampler.start()
    try:
        options = {"env": ENV, **options}
        result = subprocess.run(command, capture_output=True, text=True, check=False, **options)
        wall = time.perf_counter() - started
        deadline = time.monotonic() + 30  # offices ended by their bridges, reparented here
        while time.monotonic() < deadline:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                time.sleep(0.05)
    finally:
        done.set()
        sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    def share(kind: str) -> float:
        return sum(ticks for what, ticks in ticks_of.values() if what == kind) / TICKS

    return result, Run(wall, cpu, share("office"), share("bridge"), (load, os.getloadavg()[0]),
                       (_steal_ticks() - stolen) / TICKS)


def _is_bridge(pid: int) -> bool:
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return any(part.endswith(BRIDGE_MARK) for part in command) and b"bridge" in command


def batch_pdf(cases: Path, out: Path, jobs: int) -> tuple[Run, list[Path]]:
    shutil.rmtree(out, ignore_errors=True)
    result, run = measured(lawgen("batch", str(cases), "-o", str(out), "--pdf", "--jobs", str(jobs)))
    documents = sorted(out.glob("*/*.docx"))
    pdfs = list(out.glob("*/*.pdf"))
    if result.returncode != 0 or len(pdfs) != len(documents):
        raise SystemExit(f"batch --pdf failed ({len(pdfs)} of {len(documents)} PDFs): {result.stderr[-500:]}")
    return run, documents


def measure_d_and_e(cases: Path, work: Path) -> tuple[Run, Run, list[Run], list[Path]]:
    """(d) with one worker and with two, and (e) before and after them: a shared machine's load drifts
    during a run, so the floor is taken on both sides."""
    d1, documents = batch_pdf(cases, work / "out1", jobs=1)
    floors = [one_soffice_call(documents, work / "floor")]
    d2, _ = batch_pdf(cases, work / "out2", jobs=2)
    floors.append(one_soffice_call(documents, work / "floor"))
    return d1, d2, floors, documents


def median_round(rounds: list[tuple[Run, Run, list[Run], list[Path]]]
                 ) -> tuple[Run, Run, list[Run], list[Path]]:
    """One round's figures; of several, each printed, then each measurement's median run."""
    if len(rounds) == 1:
        return rounds[0]
    for number, (d1, d2, floors, _) in enumerate(rounds, start=1):
        print(f"round {number}: (d) --jobs 1 {d1.wall:.2f} s ({d1.steal:.1f} s of steal), --jobs 2 "
              f"{d2.wall:.2f} s ({d2.steal:.1f}); (e) {' and '.join(f'{run.wall:.2f}' for run in floors)} s "
              f"({' and '.join(f'{run.steal:.1f}' for run in floors)})", flush=True)

    def median(runs: list[Run]) -> Run:
        return sorted(runs, key=lambda run: run.wall)[(len(runs) - 1) // 2]

    floors = [median([round_[2][side] for round_ in rounds]) for side in (0, 1)]
    return (median([round_[0] for round_ in rounds]), median([round_[1] for round_ in rounds]), floors,
            rounds[0][3])


def one_soffice_call(documents: list[Path], work: Path) -> Run:
    """The same documents (copied under unique names) in one soffice call, with a profile made beforehand
    (a fresh profile costs a restart the floor should not carry) and the environment lawgen gives its
    offices (its font configuration: without it every 宋体 or 黑体 is a fallback search, and the floor
    would measure another layout). The copies are the lean ones lawgen's offices lay out (documents.lean):
    the floor is the engine's work on what it is given, not on the styles it is spared."""
    shutil.rmtree(work, ignore_errors=True)
    sources = work / "in"
    sources.mkdir(parents=True)
    for number, document in enumerate(documents):
        shutil.copyfile(lean_copy(document, work / "lean" / str(number)), sources / f"{number:05d}.docx")
    profile = (work / "profile").as_uri()
    command = [office_program(), f"-env:UserInstallation={profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(work / "out")]
    env = office_environment(work)
    for _ in range(2):  # make the profile (soffice.bin asks for a restart the first time)
        subprocess.run([*command, str(sources / "00000.docx")], env=env, capture_output=True, check=False)
    shutil.rmtree(work / "out")
    result, run = measured([*command, *map(str, sorted(sources.iterdir()))], env=env)
    if result.returncode != 0 or len(list((work / "out").glob("*.pdf"))) != len(documents):
        raise SystemExit("the single soffice call did not convert every document")
    return run


async def wizard_generate(data_dir: Path) -> tuple[float, int]:
    """Open the example case in the wizard, let its office start, go to generate, tick PDF, press the
    button: seconds until every file is on disk, and how many documents the packet has."""
    from textual.widgets import Button, Checkbox, Input

    from lawgen.store import CaseStatus, CaseStore
    from lawgen.wizard.app import create_app

    store = CaseStore(data_dir)
    store.create(json.loads(EXAMPLE.read_text(encoding="utf-8")), status=CaseStatus.complete, step="review")
    store.close()
    app = create_app(data_dir, "zh")
    app.warm_office = True  # headless here; the wizard in a terminal does this by default
    out = data_dir / "packet"
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.press("enter")  # open the case: the office starts in the background
        await pilot.pause(0.5)
        assert app.office is not None and app.office.wait_until_ready(120)
        app.show_step("generate")
        await pilot.pause(0.5)
        app.screen.query_one("#out-dir", Input).value = str(out)
        app.screen.query_one("#pdf", Checkbox).value = True
        button = app.screen.query_one("#generate", Button)
        button.focus()
        await pilot.pause()
        started = time.perf_counter()
        await pilot.press("enter")
        documents = None
        while time.perf_counter() - started < 120:
            docx, pdfs = list(out.glob("*.docx")), list(out.glob("*.pdf"))
            if docx and len(pdfs) == len(docx) and app.screen.query_one("#files").children:
                documents = len(docx)
                break
            await pilot.pause(0.01)
        seconds = time.perf_counter() - started
    if documents is None:
        raise SystemExit("the wizard did not write the packet with PDFs")
    return seconds, documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parts", default="d,f,g",
                        help="what to measure, of d (with e), f and g, comma-separated (default: all)")
    parser.add_argument("--packets", type=int, default=15, help="packets for (d) and (e)")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of (d) and (e), their medians taken")
    parser.add_argument("--many", type=int, default=200, help="packets for (g)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of (f)")
    options = parser.parse_args()
    parts = {part.strip() for part in options.parts.split(",") if part.strip()}
    if not parts <= {"d", "e", "f", "g"} or not parts:
        raise SystemExit("--parts takes d, f and g")
    if office_program() is None:
        raise SystemExit("LibreOffice is not installed")
    print(f"load average at start {os.getloadavg()[0]:.2f}; {os.cpu_count()} CPUs", flush=True)
    with tempfile.TemporaryDirectory(prefix="lawgen-bench-pdf-") as folder:
        work = Path(folder)
        per_e = None
        if parts & {"d", "e", "f"}:
            cases = write_cases(work / "cases", options.packets)[0].parent
            rounds = [measure_d_and_e(cases, work) for _ in range(max(1, options.rounds))]
            d1, d2, floors, documents = median_round(rounds)
            e = statistics.mean(run.wall for run in floors)
            count = len(documents)
            per_e = e / count
            print(f"(d) lawgen batch --pdf --jobs 1: {d1.wall / count * 1000:.0f} ms a document "
                  f"({count} documents); {d1.per_document(count)}")
            print(f"(d) lawgen batch --pdf --jobs 2: {d2.wall / count * 1000:.0f} ms a document; "
                  f"{d2.per_document(count)}")
            print(f"(e) one soffice call, same documents: {per_e * 1000:.0f} ms a document "
                  f"({' and '.join(f'{run.wall:.1f}' for run in floors)} s); "
                  f"{floors[-1].per_document(count)}")
            e_cpu = statistics.mean(run.cpu for run in floors)
            print(f"(d)/(e): {d1.wall / e:.2f} with --jobs 1, {d2.wall / e:.2f} with --jobs 2 (wall); "
                  f"{d1.cpu / e_cpu:.2f} and {d2.cpu / e_cpu:.2f} in CPU", flush=True)
        if "f" in parts:
            runs = [asyncio.run(wizard_generate(work / f"wizard-{run}")) for run in range(options.repeat)]
            f, packet = statistics.median(seconds for seconds, _ in runs), runs[0][1]
            print(f"(f) wizard generate with PDF, one packet of {packet}: {f:.2f} s (median of "
                  f"{', '.join(f'{seconds:.2f}' for seconds, _ in runs)}); "
                  f"(e) × {packet} = {per_e * packet:.2f} s; ratio {f / (per_e * packet):.2f}", flush=True)
        if "g" in parts:
            many = write_cases(work / "many", options.many)[0].parent
            load = os.getloadavg()[0]
            g, converted = batch_pdf(many, work / "out-many", jobs=2)
            count = len(converted)
            print(f"(g) {options.many} packets with PDF, --jobs 2: {g.wall:.1f} s wall ({count} documents, "
                  f"{g.wall / count * 1000:.0f} ms a document; load average {load:.2f} at its start, "
                  f"{g.load[1]:.2f} at its end)")
            print(f"(g) {g.per_document(count)}; {g.cpu:.0f} s of CPU in all")
            scale = 1000 / options.many
            print(f"(g) 1,000 packets: {g.wall * scale / 60:.1f} min at this run's wall rate; projected on "
                  f"two idle cores {g.cpu * scale / CORES / 60:.1f} min (CPU ÷ {CORES})", flush=True)


if __name__ == "__main__":
    main()
