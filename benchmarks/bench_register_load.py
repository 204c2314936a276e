"""The shared register under load: simulated stations editing and generating at once against PostgreSQL.

    python3 benchmarks/bench_register_load.py [--stations 50] [--volunteers 2] [--seconds 60]

Each station has ``--volunteers`` volunteers (one connection each) working on the station's own cases:
open a case, change it and save it naming the version read (about one save in five marks the packet
generated). Two volunteers of a station pick from the same three cases, so stale saves happen and must be
refused. At the end every case is checked: its edit counter (incremented by each accepted save from the
value that save read) equals its number of accepted saves, and equals what the clients counted — so no
save was lost and none applied twice. Prints operations per second and latency percentiles.

Loopback only: a throw-away cluster of Debian's PostgreSQL on a free 127.0.0.1 port (or
``LAWGEN_TEST_POSTGRES``), a fresh database, stopped at the end. Bounded in time by ``--seconds``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lawgen.actors import Actor, Role  # noqa: E402
from lawgen.store import CaseChanged, CaseStatus  # noqa: E402
from lawgen.store_postgres import PostgresCaseStore  # noqa: E402
from tests.support.postgres import fresh_database, postgres_server  # noqa: E402

CASES_PER_STATION = 3


def draft(station: int, index: int, edits: int = 0) -> dict:
    return {"format": "lawgen.case/1", "region": "350203",
            "worker": {"name": f"测试{station:02d}-{index}"}, "respondents": [{"name": "某某配送有限公司"}],
            "edits": edits}


def volunteer(url: str, station: int, number: int, cases: list[str], timing: dict[str, float], seed: int,
              latencies: dict[str, list[float]], accepted: Counter, refused: Counter, lock: threading.Lock,
              start: threading.Barrier) -> None:
    store = PostgresCaseStore(url, Actor(f"v{station:02d}-{number}", f"station-{station:02d}"))
    rng = random.Random(seed)
    mine: dict[str, list[float]] = defaultdict(list)
    ok, stale = Counter(), Counter()
    start.wait()
    deadline = timing["deadline"]  # set once every connection is open: the measured time is all work
    while time.monotonic() < deadline:
        case_id = rng.choice(cases)
        began = time.perf_counter()
        record = store.get(case_id)
        mine["open"].append(time.perf_counter() - began)
        time.sleep(rng.uniform(0.0, 0.02))  # a volunteer types between reading and saving
        changed = dict(record.draft, edits=record.draft["edits"] + 1)
        kind = "generate" if rng.random() < 0.2 else "save"
        began = time.perf_counter()
        try:
            store.save(case_id, changed, version=record.version,
                       status=CaseStatus.generated if kind == "generate" else None)
            ok[case_id] += 1
        except CaseChanged:
            stale[case_id] += 1
        mine[kind].append(time.perf_counter() - began)
    store.close()
    with lock:
        for kind, values in mine.items():
            latencies[kind].extend(values)
        accepted.update(ok)
        refused.update(stale)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=50)
    parser.add_argument("--volunteers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    with postgres_server() as server, fresh_database(server) as url:
        admin = PostgresCaseStore(url, Actor("admin", "centre", Role.admin))
        station_cases = {}
        for station in range(args.stations):
            setup = PostgresCaseStore(url, Actor("setup", f"station-{station:02d}"))
            station_cases[station] = [setup.create(draft(station, i)) for i in range(CASES_PER_STATION)]
            setup.close()
        latencies: dict[str, list[float]] = defaultdict(list)
        accepted, refused, lock = Counter(), Counter(), threading.Lock()
        workers = args.stations * args.volunteers
        start = threading.Barrier(workers + 1)
        threads, timing = [], {}
        for station in range(args.stations):
            for number in range(args.volunteers):
                thread = threading.Thread(target=volunteer, args=(
                    url, station, number, station_cases[station], timing, station * 10 + number,
                    latencies, accepted, refused, lock, start), daemon=True)
                threads.append(thread)
        for thread in threads:
            thread.start()
        timing["deadline"] = time.monotonic() + args.seconds  # read by each volunteer past the barrier
        start.wait()
        began = time.monotonic()
        for thread in threads:
            thread.join(timeout=args.seconds + 60)
        elapsed = time.monotonic() - began

        lost = duplicated = 0
        for cases in station_cases.values():
            for case_id in cases:
                record = admin.get(case_id)
                if record.draft["edits"] != record.version - 1 or record.draft["edits"] != accepted[case_id]:
                    if record.draft["edits"] < accepted[case_id]:
                        lost += 1
                    else:
                        duplicated += 1
        admin.close()

    operations = sum(len(v) for v in latencies.values())
    print(f"{args.stations} stations × {args.volunteers} volunteers, {elapsed:.1f} s on loopback")
    print(f"operations: {operations} ({operations / elapsed:.0f}/s); accepted saves {sum(accepted.values())},"
          f" stale saves refused {sum(refused.values())}; cases with a lost save {lost},"
          f" with a save applied twice {duplicated}")
    print("| operation | count | per second | median | p95 |")
    print("|---|---|---|---|---|")
    for kind in ("open", "save", "generate"):
        values = latencies[kind]
        print(f"| {kind} | {len(values)} | {len(values) / elapsed:.0f}"
              f" | {statistics.median(values) * 1000:.1f} ms | {percentile(values, 0.95) * 1000:.1f} ms |")
    every = [v for values in latencies.values() for v in values]
    print(f"| all | {len(every)} | {len(every) / elapsed:.0f} | {statistics.median(every) * 1000:.1f} ms"
          f" | {percentile(every, 0.95) * 1000:.1f} ms |")
    return 0 if lost == duplicated == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
