"""Shared test setup: the network guard on every test, the Hypothesis profiles, and common fixtures.

Hypothesis runs 2,000 examples per property in CI (the ``ci`` profile, chosen when CI=true) and 200 locally.
"""

from __future__ import annotations

import os
import resource
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.support.network import refuse_network
from tests.support.paths import EXAMPLE_CASE

settings.register_profile("ci", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=200, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") == "true" else "dev")

_CPU_MARK = pytest.StashKey[float]()
_LAST_ITEM = pytest.StashKey[bool]()
SESSION_TEARDOWN = "(this process's session fixtures, ended after its last test: warm offices, servers)"


# Files of long tests besides those marked: the wizard's Pilot walks and the browser (a full run on
# 2026-12-01 had the wizard's tests last, one core idle behind them).
LONG_FILES = ("tests/wizard/", "tests/hardening/test_wizard_", "tests/serve/test_browser.py")


def _long_running(item: pytest.Item) -> bool:
    """LibreOffice's tests (marked slow), the properties (2,000 examples each in CI), the wizard's walks."""
    return (item.get_closest_marker("slow") is not None or hasattr(getattr(item, "obj", None), "hypothesis")
            or item.nodeid.startswith(LONG_FILES))


# Files whose tests wait far longer than they compute (a full run's wall against its CPU: the browser 30 s
# for 17–19 s of CPU, the crash and PDF-fault tests 42 / 31 and 10 / 5–7, the lean office copies 8.4 / 2.4,
# the story 30 / 19): LibreOffice and Chromium starting, a server's answer, the wizard's timers. Started
# first, one or two on each worker, their waits are filled by the other workers' tests (most with more
# workers than cores).
WAITING_FILES = ("tests/serve/test_browser.py", "tests/hardening/test_hardening_crash.py",
                 "tests/hardening/test_pdf_faults.py", "tests/documents/test_office_lean.py",
                 "tests/documents/test_office_pipes.py", "tests/documents/test_office_seed.py",
                 "tests/wizard/test_wizard_story.py", "tests/wizard/test_wizard_card_size.py",
                 "tests/wizard/test_wizard_import_crash.py", "tests/wizard/test_wizard_volunteer_s5.py")


def _tier(item: pytest.Item) -> int:
    if item.nodeid.startswith(WAITING_FILES):
        return 0
    return 1 if _long_running(item) else 2


def _xdist_chunks(count: int, workers: int) -> list[int]:
    """How many tests each worker is first sent (pytest-xdist's work stealing: contiguous runs of the
    collection, ``len(pending) // nodes_remaining`` each)."""
    sizes, left = [], count
    for index in range(workers):
        sizes.append(left // (workers - index))
        left -= sizes[-1]
    return sizes


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The waiting tests first, then the other long ones, in their files' order. With pytest-xdist's work
    stealing (``--dist worksteal`` in pyproject.toml) each worker is first sent a contiguous run of this
    order; the waiting files are dealt out to those runs (a file whole, so its module's fixtures are made
    once), the rest follows contiguously. Each worker starts on its share of the waiting tests, then long
    ones, and the short ones fill in around them; no core waits at the end of the run for one long test
    started last. (Every worker computes the same order: xdist requires it.)"""
    ordered = sorted(items, key=_tier)
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    if workers > 1:
        sizes = _xdist_chunks(len(ordered), workers)
        runs: list[list[pytest.Item]] = [[] for _ in sizes]
        waiting: dict[str, list[pytest.Item]] = {}
        for item in ordered:
            if _tier(item) == 0:
                waiting.setdefault(item.nodeid.split("::")[0], []).append(item)
        for tests in waiting.values():  # the longest-running? unknown here: the shortest run so far
            min(runs, key=len).extend(tests)
        rest = iter(item for item in ordered if _tier(item) != 0)
        for run, size in zip(runs, sizes, strict=True):
            while len(run) < size and (item := next(rest, None)) is not None:
                run.append(item)
        ordered = [item for run in runs for item in run] + list(rest)
    items[:] = ordered


def _cpu_seconds() -> float:
    """CPU time of this process and of the child processes it has waited for (LibreOffice, lawgen)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    item.stash[_CPU_MARK] = _cpu_seconds()
    item.stash[_LAST_ITEM] = nextitem is None  # its teardown ends the session's fixtures too
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """Each phase's CPU seconds in its report (``cpu`` in the JUnit XML's properties): on a machine shared
    with other work, wall-clock durations say little about what a test costs; its CPU time does."""
    outcome = yield
    now = _cpu_seconds()
    # The last test's teardown also waits for what the session's fixtures started: counted apart, or one
    # short test would carry a whole office's work.
    last = call.when == "teardown" and item.stash.get(_LAST_ITEM, False)
    outcome.get_result().user_properties.append(
        ("cpu_session" if last else "cpu", round(now - item.stash.get(_CPU_MARK, now), 3)))
    item.stash[_CPU_MARK] = now


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    """With --durations: the CPU seconds by test file and the 30 dearest tests, beside pytest's wall times."""
    if config.option.durations is None:
        return
    by_test: dict[str, float] = {}
    for reports in terminalreporter.stats.values():
        for report in reports:
            for name, value in getattr(report, "user_properties", ()):
                if name in ("cpu", "cpu_session"):
                    key = report.nodeid if name == "cpu" else SESSION_TEARDOWN
                    by_test[key] = by_test.get(key, 0.0) + value
    if not by_test:
        return
    by_file: dict[str, float] = {}
    for nodeid, seconds in by_test.items():
        by_file[nodeid.split("::")[0]] = by_file.get(nodeid.split("::")[0], 0.0) + seconds
    write = terminalreporter.write_line
    total = sum(by_test.values())
    terminalreporter.section(f"CPU seconds: {total:.1f} in all (child processes waited for included)")
    for path, seconds in sorted(by_file.items(), key=lambda pair: -pair[1]):
        write(f"{seconds:8.1f}  {path}")
    terminalreporter.section("CPU seconds: the 30 dearest tests")
    for nodeid, seconds in sorted(by_test.items(), key=lambda pair: -pair[1])[:30]:
        write(f"{seconds:8.1f}  {nodeid}")
    _run_shape(terminalreporter)


def _run_shape(terminalreporter) -> None:
    """Under pytest-xdist: when each worker started and ended, and its last test, so that a core left idle
    at the end of the run behind one long test shows (wall-clock seconds from the first test's start)."""
    spans: dict[str, dict[str, list[float]]] = {}  # worker → test → [first phase's start, last one's stop]
    for reports in terminalreporter.stats.values():
        for report in reports:
            worker, start, stop = (getattr(report, name, None) for name in ("worker_id", "start", "stop"))
            if worker is None or start is None or stop is None:
                continue
            span = spans.setdefault(worker, {}).setdefault(report.nodeid, [start, stop])
            span[0], span[1] = min(span[0], start), max(span[1], stop)
    if len(spans) < 2:
        return
    zero = min(start for tests in spans.values() for start, _ in tests.values())
    terminalreporter.section("The run's shape: each pytest-xdist worker's span (wall-clock seconds)")
    ends = []
    for worker, tests in sorted(spans.items()):
        last = max(tests, key=lambda nodeid: tests[nodeid][1])
        first_start, last_stop = min(start for start, _ in tests.values()), tests[last][1]
        busy = sum(stop - start for start, stop in tests.values())
        ends.append(last_stop)
        terminalreporter.write_line(
            f"{worker}: {len(tests)} tests, busy {busy:.1f} s, from {first_start - zero:.1f} to"
            f" {last_stop - zero:.1f} s; its last test {last} ({tests[last][1] - tests[last][0]:.1f} s)")
    ends.sort()
    terminalreporter.write_line(f"the last {ends[-1] - ends[-2]:.1f} s with a worker idle")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    refuse_network(monkeypatch)


@pytest.fixture
def example_case_path() -> Path:
    return EXAMPLE_CASE


@pytest.fixture(scope="session")
def warm_office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object | None]:
    """One LibreOffice kept running for the whole run of this process (one per pytest-xdist worker), for
    the tests about what a PDF holds: starting an office costs seconds, laying out a document a fraction
    of one. None without LibreOffice (without its UNO bridge the office converts one process per call). The
    tests of how offices start, die and are restarted start their own."""
    from lawgen.documents import office

    if office.office_program() is None:
        yield None
        return
    with office.WarmOffice(home=tmp_path_factory.mktemp("offices")) as started:
        started.start()  # warming up while the first test prepares its documents
        yield started


GUIDE_REGION, GUIDE_ON = "350200", "2026-11-28"  # Xiamen on the day the guide's tests read it for


@pytest.fixture(scope="session")
def made_guide(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """``made_guide(*options)``: the .docx ``lawgen guide --region 350200 --on 2026-11-28 -o FILE OPTIONS``
    wrote, made once per test process for each set of options (a guide is 2–3 s of work and several files
    read the same one; with ``--pdf`` the PDF lies beside it). Read-only for the tests that use it."""
    from lawgen.cli import main

    made: dict[tuple[str, ...], Path] = {}

    def make(*options: str) -> Path:
        if options not in made and "--pdf" not in options and (*options, "--pdf") in made:
            made[options] = made[(*options, "--pdf")]  # the same command writes the same .docx first
        if options not in made:
            name = "leaflet.docx" if "--leaflet" in options else "guide.docx"
            target = tmp_path_factory.mktemp("guide") / name
            command = ["guide", "--region", GUIDE_REGION, "--on", GUIDE_ON, "-o", str(target), *options]
            assert main(command) == 0
            made[options] = target
        return made[options]

    return make
