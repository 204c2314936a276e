"""How fast the wizard answers a key: step change, add, selection, a keystroke, and the panel after typing.

Runs the real app headless (Textual's ``run_test``, 100×32) on the example case. Each figure is the time
from the key event reaching the app to the first screen update that shows its effect (``App._display``
after the change is visible in the app's state): what a volunteer waits for. Pilot's own waiting is not
counted. Not part of the test run: ``python3 benchmarks/bench_wizard.py [--rounds N]``.

Targets (issue 12, item 2): a step change, an add or a selection under 100 ms; the screen's answer to a
keystroke under 50 ms, the assessment computed off the UI thread, the panel keeping the last result.
"""

from __future__ import annotations

import argparse
import asyncio
import json
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

    def __init__(self, app) -> None:
        self.app = app
        self.updates: list[float] = []
        original = app._display

        def display(screen, renderable) -> None:
            original(screen, renderable)
            self.updates.append(time.perf_counter())

        app._display = display

    async def measure(self, keys: list[str], done: Callable[[], bool], timeout: float = 5.0) -> float:
        """Seconds from posting ``keys`` to the first screen update after ``done()`` holds."""
        start = time.perf_counter()
        for key in keys:
            self.app.post_message(events.Key(key, key if len(key) == 1 else None))
        seen_at = None
        while time.perf_counter() - start < timeout:
            await asyncio.sleep(0.0005)
            if seen_at is None and done():
                seen_at = time.perf_counter()
            if seen_at is not None:
                after = [t for t in self.updates if t >= seen_at]
                if after:
                    return after[0] - start
        raise TimeoutError(keys)


def summary(name: str, samples: list[float]) -> dict:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return {"measured": name, "n": len(ms), "median_ms": round(statistics.median(ms), 1),
            "p95_ms": round(p95, 1), "max_ms": round(ms[-1], 1)}


async def run(rounds: int) -> list[dict]:
    data = Path(tempfile.mkdtemp(prefix="lawgen-bench-"))
    app = create_app(data)
    results = []
    async with app.run_test(size=(100, 32)) as pilot:
        clock = Clock(app)
        case = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        case_id = app.store.create(case, step="start")
        app.open_case(case_id)
        await pilot.pause(4)  # every page composed in the idle moments after the first
        screen = app.screen

        # step changes: F3 forward through the steps and F2 back
        changes = []
        for _ in range(rounds):
            for key in ("f3",) * 5 + ("f2",) * 5:
                before = screen.step.id
                changes.append(await clock.measure([key], lambda b=before: screen.step.id != b))
                await pilot.pause(0.05)
        results.append(summary("step change (F3/F2)", changes))

        # to the claims step
        while screen.step.id != "claims":
            await pilot.press("f3")
            await pilot.pause(0.05)
        page = screen.page

        adds, selections = [], []
        for _ in range(rounds):
            count = len(page.cards())
            adds.append(await clock.measure(["ctrl+n"], lambda c=count: len(page.cards()) == c + 1))
            await pilot.pause(0.05)
            claims = app.session.draft["claims"]

            def chosen(claim=claims[-1]) -> bool:
                return claim.get("kind") == "deposit_refund"

            selections.append(await clock.measure(["8"], chosen))  # 8: 退还押金
            await pilot.pause(0.3)
            await screen.remove_card(page.cards()[-1])
            await pilot.pause(0.2)
        results.append(summary("add a claim (ctrl+n)", adds))
        results.append(summary("select a claim kind (a number key)", selections))

        # keystrokes into the overtime hours; the panel follows off the UI thread
        from textual.widgets import Input

        field = next(r for r in page.rows() if r.path == "claims[1].weekday_hours").query_one(Input)
        field.focus()
        await pilot.pause(0.3)
        keystrokes, panel = [], []
        panel_widget = screen.query_one("#panel")
        for _ in range(rounds * 4):
            await pilot.press("end")
            for key in ("1", "backspace"):
                value = field.value
                before_panel = panel_widget.plain
                keystrokes.append(await clock.measure([key], lambda v=value: field.value != v))
                start = time.perf_counter() - keystrokes[-1]
                deadline = time.perf_counter() + 3
                while panel_widget.plain == before_panel and time.perf_counter() < deadline:
                    await asyncio.sleep(0.001)
                panel.append(time.perf_counter() - start)
                await pilot.pause(0.05)
        results.append(summary("a keystroke shown in the field", keystrokes))
        results.append(summary("the panel after a keystroke (120 ms debounce included)", panel))

        # the assessment itself, as the worker thread runs it
        from lawgen.wizard.draft import judge

        timings = []
        for _ in range(rounds * 10):
            start = time.perf_counter()
            judge(app.session.draft, app.today)
            timings.append(time.perf_counter() - start)
        results.append(summary("the assessment (off the UI thread)", timings))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    results = asyncio.run(run(args.rounds))
    width = max(len(r["measured"]) for r in results)
    print(f"{'measured':<{width}}  {'n':>4}  {'median':>8}  {'p95':>8}  {'max':>8}")
    for r in results:
        print(f"{r['measured']:<{width}}  {r['n']:>4}  {r['median_ms']:>6} ms  {r['p95_ms']:>6} ms  "
              f"{r['max_ms']:>6} ms")


if __name__ == "__main__":
    main()
