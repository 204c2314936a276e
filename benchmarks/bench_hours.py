"""Benchmark for issue 16: 100,000 order rows summarised (read, checked, working time, overtime, pay,
indicators) in under 2 seconds on one core. Not part of the test run.

    python3 benchmarks/bench_hours.py [ROWS]

Writes a synthetic CSV (a rider's two shifts a day, ~17 orders a shift, overlapping orders, some across
midnight) into a temporary folder, pins the process to one CPU where the OS allows it, and reports the best
of three runs of ``summarise_file`` with the Xiamen parameters — and, for comparison, the same rows as XLSX.
The target is judged on the process's CPU time (one thread on one core), which a busy shared machine does
not inflate; the wall-clock time and the load average are printed beside it.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lawgen.records.summary import Settings, summarise_file  # noqa: E402
from lawgen.regions import resolve  # noqa: E402

TARGET_SECONDS = 2.0


def synthetic_rows(count: int) -> list[list[str]]:
    random.seed(16)
    rows, day, number = [], dt.date(2024, 1, 1), 0
    while len(rows) < count:
        for opens, closes in ((10, 14), (17, 23)):
            moment = dt.datetime.combine(day, dt.time(opens, random.randint(0, 30)))
            stop = dt.datetime.combine(day, dt.time(closes, 0)) + dt.timedelta(minutes=random.randint(0, 80))
            while moment < stop and len(rows) < count:
                number += 1
                done = moment + dt.timedelta(minutes=random.randint(18, 40))
                rows.append([f"MT{number:09d}", f"{moment:%Y-%m-%d %H:%M}",
                             f"{moment + dt.timedelta(minutes=8):%Y-%m-%d %H:%M}", f"{done:%Y-%m-%d %H:%M}",
                             random.choice(("4.5", "5.0", "6.5", "7.2")), "美团外卖", "湖里区殿前站"])
                moment = done - dt.timedelta(minutes=random.choice((0, 0, 10))) + dt.timedelta(
                    minutes=random.randint(0, 12))
        day += dt.timedelta(days=1)
    return rows


def best_of(runs: int, path: Path) -> tuple[float, float, object]:
    """(best CPU seconds, best wall seconds, the summary)."""
    region, cpu, wall, summary = resolve("350200"), float("inf"), float("inf"), None
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        summary = summarise_file(path, Settings(), region=region, on=dt.date(2026, 12, 1))
        cpu = min(cpu, time.process_time() - started_cpu)
        wall = min(wall, time.perf_counter() - started)
    return cpu, wall, summary


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 100_000
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    rows = synthetic_rows(count)
    header = ["订单号", "接单时间", "取货时间", "送达时间", "配送费", "平台", "站点"]
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "orders.csv"
        with csv_path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
        seconds, wall, summary = best_of(3, csv_path)
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        size = csv_path.stat().st_size / 1e6
        print(f"CSV  {count:,} rows ({size:.1f} MB): {seconds:.2f} s CPU on one core "
              f"(target < {TARGET_SECONDS:.0f} s; wall {wall:.2f} s at load {load:.1f}) — {summary.orders:,} "
              f"orders, {len(summary.days):,} days, {len(summary.weeks)} weeks, "
              f"overtime {summary.overtime.total} h")
        import openpyxl

        # As Excel saves it: shared strings, the times as date cells, the fee as a number.
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = "订单"
        sheet.append(header)
        for row in rows:
            sheet.append([row[0], *(dt.datetime.fromisoformat(v) for v in row[1:4]), float(row[4]), *row[5:]])
        xlsx_path = Path(folder) / "orders.xlsx"
        workbook.save(xlsx_path)
        xlsx_seconds, xlsx_wall, _ = best_of(1, xlsx_path)
        print(f"XLSX {count:,} rows ({xlsx_path.stat().st_size / 1e6:.1f} MB): {xlsx_seconds:.2f} s CPU "
              f"(wall {xlsx_wall:.2f} s; openpyxl read-only; for comparison, no target)")
    return 0 if seconds < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
