"""How fast the wizard answers a key: step change, add, selection, a keystroke, and the panel after typing.

Runs the real app headless (Textual's ``run_test``, 100×32) on the example case. Each figure is the time
from the key event reaching the app to the first screen update that shows its effect (``App._display``
after the change is visible in the app's state): what a volunteer waits for. Pilot's own waiting is not
counted. Beside each wall-clock figure is the CPU time the UI thread spent meanwhile (``thread_time``):
on a machine shared with other work the wall clock includes waiting for a core, the CPU time does not.

Every key is pressed after the idle moment a volunteer leaves between two keys, in which the wizard
composes the pages not shown yet and the spare card of a list; "a second claim at once" is the add that
finds no spare (two adds in a row). Not part of the test run:
``python3 benchmarks/bench_wizard.py [--rounds N]``.

``--only painted`` is the stricter measure (``run_painted``): until the screen update in which the new card,
page or kind's fields is on screen, whole, with the focus in its first field, drawn from the finished layout.

Targets (issue 12, item 2): a step change, an add or a selection under 100 ms; the screen's answer to a
keystroke under 50 ms, the assessment computed off the UI thread, the panel keeping the last result.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import json
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textual import events  # noqa: E402

from lawgen.wizard.app import create_app  # noqa: E402

EXAMPLE = ROOT / "examples" / "01-food-delivery-unlawful-dismissal.json"


class Clock:
    """Records when the app writes a screen update."""

    def __init__(self, app, profiler=None) -> None:
        self.app = app
        self.profiler = profiler  # a cProfile.Profile enabled only while a key is being measured
        self.updates: list[float] = []
        self.cpu: list[float] = []  # UI-thread CPU seconds of the last measure
        self.full_collections: list[float] = []  # seconds each full garbage collection took
        self._collection_start = 0.0
        self.measured_collections: list[float] = []  # those while a key was being measured

        def collecting(phase: str, info: dict) -> None:
            if phase == "start":
                self._collection_start = time.perf_counter()
            elif info["generation"] == 2:
                self.full_collections.append(time.perf_counter() - self._collection_start)
                if self._done is not None:
                    self.measured_collections.append(self.full_collections[-1])

        gc.callbacks.append(collecting)
        original = app._display
        # The key being measured: its effect test, and the wall and UI-thread CPU clocks when the first
        # screen update that shows the effect was written. Tested inside the update itself, since the
        # measuring coroutine may get its turn only after a later update on a busy machine.
        self._done: Callable[[], bool] | None = None
        self._shown: tuple[float, float] | None = None

        def display(screen, renderable) -> None:
            original(screen, renderable)
            now = time.perf_counter()
            self.updates.append(now)
            if self._done is not None and self._done():
                self._shown, self._done = (now, time.thread_time()), None

        app._display = display

    async def measure(self, keys: list[str], done: Callable[[], bool], timeout: float = 10.0) -> float:
        """Seconds from posting ``keys`` to the first screen update written when ``done()`` holds; the UI
        thread's CPU time meanwhile goes to ``self.cpu`` (this coroutine runs on the UI thread: its own
        polling is a few microseconds a turn)."""
        if self.profiler is not None:
            self.profiler.enable()
        try:
            return await self._measure(keys, done, timeout)
        finally:
            if self.profiler is not None:
                self.profiler.disable()

    async def _measure(self, keys: list[str], done: Callable[[], bool], timeout: float) -> float:
        self._done, self._shown = done, None
        cpu_start = time.thread_time()
        start = time.perf_counter()
        for key in keys:
            self.app.post_message(events.Key(key, key if len(key) == 1 else None))
        while time.perf_counter() - start < timeout:
            await asyncio.sleep(0.0005)
            if self._shown is not None:
                shown_at, cpu_at = self._shown
                self.cpu.append(cpu_at - cpu_start)
                return shown_at - start
        self._done = None
        raise TimeoutError(keys)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(name: str, samples: list[float], cpu: list[float]) -> dict:
    ms = [s * 1000 for s in samples]
    cpu_ms = [s * 1000 for s in cpu]
    return {"measured": name, "n": len(ms), "median_ms": round(statistics.median(ms), 1),
            "p95_ms": round(percentile(ms, 0.95), 1), "max_ms": round(max(ms), 1),
            "cpu_median_ms": round(statistics.median(cpu_ms), 1) if cpu_ms else None,
            "cpu_p95_ms": round(percentile(cpu_ms, 0.95), 1) if cpu_ms else None}


async def settle(pilot, app, timeout: float = 60.0) -> None:
    """Wait for the idle moment a volunteer leaves between keys: no page or spare card being composed,
    every page composed, the shown list's spare ready, the last assessment shown."""
    from lawgen.wizard.steps import visible_steps

    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        await pilot.pause(0.05)
        screen = app.screen
        pages = {page.step.id for page in screen.pages()}
        # getattr: the same script measures the wizard before the spare card and the kept verdict
        spare_ready = screen.step.items is None or getattr(screen.page, "spare_ready", True)
        judged = getattr(app, "_judged", app.session.draft)
        if (not app.premounting and pages >= {s.id for s in visible_steps(app.session.draft)}
                and spare_ready and judged == app.session.draft
                and not any(worker.group == "verdict" and not worker.is_finished for worker in app.workers)):
            await pilot.pause(0.3)  # and still nothing composing after the next idle timer
            if not app.premounting:
                return
    raise TimeoutError("the wizard did not settle")


PARTS = ("painted", "steps", "claims", "typing", "open")


def painted(app, widget) -> bool:
    """``widget`` has the focus and is on screen, whole, in the update being written. Textual writes an
    update right after laying out what was pending, so the update's map is the current arrangement unless
    the widget or a container of it asked for a layout since (not handled yet); nor may the widget have
    a repaint pending (it is drawn as it looks now, focus style included)."""
    if widget is None or app.focused is not widget or not fresh(widget):
        return False
    place = app.screen._compositor.visible_widgets.get(widget)
    return place is not None and place[1].contains_region(place[0])


def painted_row(app, row) -> bool:
    """A row newly shown is on screen in the update being written (its input laid out and drawn)."""
    control = row.control
    return fresh(control) and control in app.screen._compositor.visible_widgets


def fresh(widget) -> bool:
    """No layout asked for by the widget or a container of it, no repaint of the widget, not handled yet
    (the screen's own mark is still set while the update of the layout it asked for is written)."""
    from textual.screen import Screen

    if widget._repaint_required or widget._layout_required:
        return False
    return not any(getattr(node, "_layout_required", False) for node in widget.ancestors
                   if not isinstance(node, Screen))


async def run_painted(rounds: int, profiler=None) -> list[dict]:
    """The volunteer's wait: from the key press to the screen update in which the new card (or the new
    page, or the claim's fields for the kind chosen) is on screen with the focus in its first field,
    painted from the finished layout (``painted``). Counted: the key's handling, every layout, scroll and
    style update it sets off, and each screen update written before the one that shows it all (a frame
    that shows the card below the fold and a later scroll counts both). Each key after the idle moment."""
    from lawgen.wizard.steps import STEP_IDS

    data = Path(tempfile.mkdtemp(prefix="lawgen-bench-"))
    app = create_app(data)
    results = []
    async with app.run_test(size=(100, 32)) as pilot:
        clock = Clock(app, profiler)
        case = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        app.open_case(app.store.create(case, step="start"))
        await settle(pilot, app)
        screen = app.screen

        changes, clock.cpu = [], []
        for _ in range(rounds):
            for key in ("f3",) * 5 + ("f2",) * 5:
                before = screen.step.id

                def moved(b=before) -> bool:
                    focused = app.focused
                    return (screen.step.id != b and focused is not None
                            and screen.page in focused.ancestors and painted(app, focused))

                changes.append(await clock.measure([key], moved))
                await settle(pilot, app)
        results.append(summary("step change, new page painted with the focus (F3/F2)", changes, clock.cpu))

        async def adds(step_id: str, name: str) -> None:
            while screen.step.id != step_id:
                await pilot.press("f3" if screen.index < STEP_IDS.index(step_id) else "f2")
                await settle(pilot, app)
            page = screen.page
            times, clock.cpu = [], []
            kinds, kind_cpu = [], []
            for _ in range(rounds):
                count = len(page.cards())

                def added(c=count) -> bool:
                    cards = page.cards()
                    focused = app.focused
                    return (len(cards) == c + 1 and focused is not None
                            and cards[-1].rows()[0] in focused.ancestors and painted(app, focused))

                times.append(await clock.measure(["ctrl+n"], added))
                await settle(pilot, app)
                if step_id == "claims":
                    cpu, clock.cpu = clock.cpu, []
                    card = page.cards()[-1]

                    def chosen(card=card) -> bool:
                        shown = [row for row in card.rows() if row.display]
                        claim = app.session.draft["claims"][card.index]
                        return (claim.get("kind") == "deposit_refund" and len(shown) > 1
                                and painted(app, app.focused) and painted_row(app, shown[1]))

                    kinds.append(await clock.measure(["8"], chosen))  # 8: 退还押金
                    kind_cpu += clock.cpu
                    clock.cpu = cpu
                    await settle(pilot, app)
                await screen.remove_card(page.cards()[-1])
                await settle(pilot, app)
            results.append(summary(f"{name}, new card painted with the focus (ctrl+n)", times, clock.cpu))
            if kinds:
                results.append(summary("choose a claim kind, its fields painted (8)", kinds, kind_cpu))

        await adds("respondents", "add a respondent")
        await adds("claims", "add a claim")
    return results


async def run_open(rounds: int, profiler=None) -> list[dict]:
    """Opening a case from the register: from Enter on its line to the first screen update that shows its
    step's page with the focus on the page's first field; once at the first step and once at the claims
    step (the heaviest page, where a case is often reopened). Every wizard test pays the same cost."""
    from lawgen.wizard.screens.register import RegisterScreen

    data = Path(tempfile.mkdtemp(prefix="lawgen-bench-"))
    app = create_app(data)
    results = []
    async with app.run_test(size=(100, 32)) as pilot:
        clock = Clock(app, profiler)
        case = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        for step in ("start", "claims"):
            case_id = app.store.create(case, step=step)
            times, clock.cpu = [], []
            firsts, first_cpu = [], []
            for _ in range(rounds):
                register = app.screen
                assert isinstance(register, RegisterScreen)
                register.reload()
                await pilot.pause(0.3)
                table = register.query_one("DataTable")
                table.focus()
                table.move_cursor(row=table.get_row_index(case_id))
                await pilot.pause(0.3)

                def shown() -> bool:
                    screen = app.screen
                    page = getattr(screen, "page", None) if not isinstance(screen, RegisterScreen) else None
                    first = page.first_row() if page is not None and page.is_mounted else None
                    return first is not None and app.focused is not None and first in app.focused.ancestors

                times.append(await clock.measure(["enter"], shown, timeout=60))
                # the first key half a second later, while the pages not shown yet are being composed:
                # F3 until the next page is painted with the focus in it
                await asyncio.sleep(0.5)
                cpu, clock.cpu = clock.cpu, []
                screen = app.screen

                def moved(b=step, screen=screen) -> bool:
                    focused = app.focused
                    return (screen.step.id != b and focused is not None
                            and screen.page in focused.ancestors and painted(app, focused))

                firsts.append(await clock.measure(["f3"], moved, timeout=60))
                first_cpu += clock.cpu
                clock.cpu = cpu
                await settle(pilot, app)
                assert gc.isenabled(), "the collector still waits after the case is open"
                app.close_case()
                await pilot.pause(0.5)
            results.append(summary(f"open a case at the {step} step", times, clock.cpu))
            results.append(summary("  then F3 0.5 s later, the next page painted", firsts, first_cpu))
            collections = clock.measured_collections
            results.append(summary(f"  full collections while opening at the {step} step",
                                   collections or [0.0], []) | {"n": len(collections)})
            collections.clear()
    return results


async def run(rounds: int, profiler=None, section: str | None = None, detail: bool = False,
              parts: tuple[str, ...] = PARTS) -> list[dict]:
    data = Path(tempfile.mkdtemp(prefix="lawgen-bench-"))
    app = create_app(data)
    results = []
    async with app.run_test(size=(100, 32)) as pilot:
        clock = Clock(app)

        def profiling(name: str) -> None:
            clock.profiler = profiler if name == section else None

        case = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        case_id = app.store.create(case, step="start")
        app.open_case(case_id)
        await settle(pilot, app)
        screen = app.screen

        # step changes: F3 forward through the steps and F2 back
        changes, clock.cpu = [], []
        profiling("step")
        for _ in range(rounds if "steps" in parts else 0):
            for key in ("f3",) * 5 + ("f2",) * 5:
                before = screen.step.id
                changes.append(await clock.measure([key], lambda b=before: screen.step.id != b))
                if detail:
                    print(f"{before:>12} -> {screen.step.id:<12} {clock.cpu[-1] * 1000:6.1f} ms CPU")
                await settle(pilot, app)
        if changes:
            results.append(summary("step change (F3/F2)", changes, clock.cpu))
        if parts == ("steps",):
            return results

        # to the claims step
        while screen.step.id != "claims":
            await pilot.press("f3")
            await settle(pilot, app)
        page = screen.page

        adds, add_cpu, selections, select_cpu, seconds, second_cpu = [], [], [], [], [], []
        for _ in range(rounds if "claims" in parts else 0):
            profiling("add")
            clock.cpu = []
            count = len(page.cards())
            adds.append(await clock.measure(["ctrl+n"], lambda c=count: len(page.cards()) == c + 1))
            add_cpu += clock.cpu
            await settle(pilot, app)
            claims = app.session.draft["claims"]

            def chosen(claim=claims[-1]) -> bool:
                return claim.get("kind") == "deposit_refund"

            profiling("select")
            clock.cpu = []
            selections.append(await clock.measure(["8"], chosen))  # 8: 退还押金
            select_cpu += clock.cpu
            await settle(pilot, app)
            # two adds in a row: the second finds the spare not made yet and composes its card
            profiling("second")
            clock.cpu = []
            count = len(page.cards())
            await clock.measure(["ctrl+n"], lambda c=count: len(page.cards()) == c + 1)
            clock.cpu = []
            seconds.append(await clock.measure(["ctrl+n"], lambda c=count: len(page.cards()) == c + 2))
            second_cpu += clock.cpu
            await settle(pilot, app)
            for _ in range(3):
                await screen.remove_card(page.cards()[-1])
            await settle(pilot, app)
        if adds:
            results.append(summary("add a claim (ctrl+n)", adds, add_cpu))
            results.append(summary("select a claim kind (a number key)", selections, select_cpu))
            results.append(summary("a second claim at once (no spare yet)", seconds, second_cpu))
        if "typing" not in parts:
            return results

        # keystrokes into the overtime hours; the panel follows off the UI thread
        profiling("keystroke")
        from textual.widgets import Input

        field = next(r for r in page.rows() if r.path == "claims[1].weekday_hours").query_one(Input)
        field.focus()
        await settle(pilot, app)
        keystrokes, key_cpu, panel, panel_cpu = [], [], [], []
        panel_widget = screen.query_one("#panel")
        shown = app._verdict_ready

        def verdict_ready(*args) -> None:  # the UI thread's part of a panel update
            cpu_start = time.thread_time()
            shown(*args)
            panel_cpu.append(time.thread_time() - cpu_start)

        app._verdict_ready = verdict_ready
        for _ in range(rounds * 4):
            await pilot.press("end")
            for key in ("1", "backspace"):
                value = field.value
                before_panel = panel_widget.plain
                clock.cpu = []
                keystrokes.append(await clock.measure([key], lambda v=value: field.value != v))
                key_cpu += clock.cpu
                start = time.perf_counter() - keystrokes[-1]
                deadline = time.perf_counter() + 5
                while panel_widget.plain == before_panel and time.perf_counter() < deadline:
                    await asyncio.sleep(0.001)
                panel.append(time.perf_counter() - start)
                await settle(pilot, app)
        app._verdict_ready = shown
        results.append(summary("a keystroke shown in the field", keystrokes, key_cpu))
        results.append(summary("the panel after a keystroke (120 ms debounce included)", panel, []))
        results.append(summary("the panel update on the UI thread (CPU)", panel_cpu, panel_cpu))

        # the assessment itself, as the worker thread runs it
        from lawgen.wizard.draft import judge

        timings, cpu = [], []
        for _ in range(rounds * 10):
            start, cpu_start = time.perf_counter(), time.thread_time()
            judge(app.session.draft, app.today)
            timings.append(time.perf_counter() - start)
            cpu.append(time.thread_time() - cpu_start)
        results.append(summary("the assessment (off the UI thread)", timings, cpu))
    collections = clock.full_collections
    results.append(summary("a full garbage collection (any thread, the whole run)", collections or [0.0], []))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--detail", action="store_true", help="print each step change's CPU time")
    parser.add_argument("--only", choices=PARTS, action="append",
                        help="measure only these parts (step changes; adds and selections; typing; opening)")
    parser.add_argument("--profile", choices=("painted", "step", "add", "select", "second", "keystroke",
                                                          "open"),
                        help="profile these keys (cProfile) and print where their time goes")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    profiler = cProfile.Profile() if args.profile else None
    parts = tuple(part for part in PARTS if part in (args.only or PARTS))
    results = []
    if "painted" in parts:
        results += asyncio.run(run_painted(args.rounds, profiler if args.profile == "painted" else None))
    rest = tuple(part for part in parts if part not in ("open", "painted"))
    if rest:
        results += asyncio.run(run(args.rounds, profiler, args.profile, args.detail, rest))
    if "open" in parts:
        results += asyncio.run(run_open(args.rounds, profiler if args.profile == "open" else None))
    if profiler is not None:
        profiler.dump_stats("/tmp/bench-wizard.prof")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(60)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(40)
    width = max(len(r["measured"]) for r in results)
    print(f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} cores")
    print(f"{'measured':<{width}}  {'n':>4}  {'median':>9}  {'p95':>9}  {'max':>9}  {'CPU median':>10}  "
          f"{'CPU p95':>9}")
    for r in results:
        cpu = (f"{r['cpu_median_ms']:>7} ms  {r['cpu_p95_ms']:>6} ms" if r["cpu_median_ms"] is not None
               else f"{'—':>10}  {'—':>9}")
        print(f"{r['measured']:<{width}}  {r['n']:>4}  {r['median_ms']:>6} ms  {r['p95_ms']:>6} ms  "
              f"{r['max_ms']:>6} ms  {cpu}")


if __name__ == "__main__":
    main()
