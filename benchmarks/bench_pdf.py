"""PDF conversion against its floor, in one run on one machine.

    python3 benchmarks/bench_pdf.py [--parts d,f,g] [--packets 15] [--many 200] [--repeat 3]

(d) ``lawgen batch --pdf`` per document, ``--jobs 1`` and ``--jobs 2`` (end to end: start-up, generation,
    the warm offices' start and every conversion, divided by the documents converted);
(e) the floor for this engine: the same documents converted in one ``soffice --convert-to pdf`` call
    (one process start, then LibreOffice's layout work per document), per document; measured with (d),
    before and after the batches, averaged;
(f) the wizard's generate with PDF of one packet, from the key press to the last file on disk, with the
    office the wizard started when the case was opened (the real app under Textual's Pilot; the median of
    ``--repeat`` runs, each a fresh app);
(g) ``lawgen batch --pdf --jobs 2`` over ``--many`` packets (wall time), and what that makes for 1,000
    packets at the same rate (the whole run scaled, start-up included: an overestimate, never an
    underestimate). ``--parts g --many 1000`` measures the 1,000 themselves.

Prints (d)/(e) and (f)/((e) × documents). Not part of the test run: timings depend on the machine; Linux.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_batch import ENV, lawgen, write_cases  # noqa: E402

from lawgen.documents.office import office_environment, office_program  # noqa: E402

EXAMPLE = ROOT / "examples" / "01-food-delivery-unlawful-dismissal.json"


def batch_pdf(cases: Path, out: Path, jobs: int) -> tuple[float, list[Path]]:
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    result = subprocess.run(lawgen("batch", str(cases), "-o", str(out), "--pdf", "--jobs", str(jobs)),
                            env=ENV, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    documents = sorted(out.glob("*/*.docx"))
    pdfs = list(out.glob("*/*.pdf"))
    if result.returncode != 0 or len(pdfs) != len(documents):
        raise SystemExit(f"batch --pdf failed ({len(pdfs)} of {len(documents)} PDFs): {result.stderr[-500:]}")
    return seconds, documents


def one_soffice_call(documents: list[Path], work: Path) -> float:
    """The same documents (copied under unique names) in one soffice call, with a profile made beforehand
    (a fresh profile costs a restart the floor should not carry) and the environment lawgen gives its
    offices (its font configuration: without it every 宋体 or 黑体 is a fallback search, and the floor
    would measure another layout)."""
    shutil.rmtree(work, ignore_errors=True)
    sources = work / "in"
    sources.mkdir(parents=True)
    for number, document in enumerate(documents):
        shutil.copyfile(document, sources / f"{number:05d}.docx")
    profile = (work / "profile").as_uri()
    command = [office_program(), f"-env:UserInstallation={profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(work / "out")]
    env = office_environment(work)
    for _ in range(2):  # make the profile (soffice.bin asks for a restart the first time)
        subprocess.run([*command, str(sources / "00000.docx")], env=env, capture_output=True, check=False)
    shutil.rmtree(work / "out")
    started = time.perf_counter()
    subprocess.run([*command, *map(str, sorted(sources.iterdir()))], env=env, capture_output=True, check=True)
    seconds = time.perf_counter() - started
    if len(list((work / "out").glob("*.pdf"))) != len(documents):
        raise SystemExit("the single soffice call did not convert every document")
    return seconds


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
            # The floor before and after the batches, averaged: a shared machine's load drifts during a run.
            d1, documents = batch_pdf(cases, work / "out1", jobs=1)
            floors = [one_soffice_call(documents, work / "floor")]
            d2, _ = batch_pdf(cases, work / "out2", jobs=2)
            floors.append(one_soffice_call(documents, work / "floor"))
            e = statistics.mean(floors)
            count = len(documents)
            per_e = e / count
            print(f"(d) lawgen batch --pdf --jobs 1: {d1 / count * 1000:.0f} ms a document "
                  f"({count} documents)")
            print(f"(d) lawgen batch --pdf --jobs 2: {d2 / count * 1000:.0f} ms a document")
            print(f"(e) one soffice call, same documents: {per_e * 1000:.0f} ms a document "
                  f"({' and '.join(f'{seconds:.1f}' for seconds in floors)} s)")
            print(f"(d)/(e): {d1 / e:.2f} with --jobs 1, {d2 / e:.2f} with --jobs 2", flush=True)
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
            print(f"(g) {options.many} packets with PDF, --jobs 2: {g:.1f} s ({len(converted)} documents, "
                  f"{g / len(converted) * 1000:.0f} ms a document; load average {load:.2f} at its start, "
                  f"{os.getloadavg()[0]:.2f} at its end)")
            if options.many != 1000:
                print(f"(g) 1,000 packets at that rate: {g / options.many * 1000 / 60:.1f} min")


if __name__ == "__main__":
    main()
