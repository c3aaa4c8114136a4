"""Search latency in thread CPU time and wall-clock time, of this checkout's engine and,
alternately, another checkout's (``--against``), on the same queries.

The queries are bench_search.py's (search_queries.py: queries.txt, the student phrases, the
hostile inputs), limit 50; the engine is preloaded, answers every query once to warm up,
then ROUNDS more times, each timed alone. Thread CPU time (``time.thread_time``) leaves out
the time other programs hold the CPU, which on a shared two-core machine doubles the wall
time of a few queries; the wall time is shown too.

``--against DIR`` names another checkout, such as a worktree of the commit before issue 10
(``git worktree add --detach ../wt-base23 23bd3e7``): the two engines run one after the
other, each in a fresh process with its own package and careers.db, ``--runs`` times, and
the ratio of this engine's figure to the other's is printed per run and as the median.
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_search_cpu.py [--against DIR]
[--runs N]``. Prints figures only; no assertions.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_queries import load_queries

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 50
ROUNDS = 5
FIGURES = ("cpu_p50", "cpu_p95", "wall_p50", "wall_p95")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def measure(root: Path) -> dict[str, float]:
    """The figures of the engine of the checkout at ``root``, in this process."""
    sys.path.insert(0, str(root))
    from careerdesk.search import SearchEngine
    from careerdesk.store import CareerStore

    queries = [query for query, _ in load_queries()]
    cpu: list[float] = []
    wall: list[float] = []
    with CareerStore(root / "data" / "careers.db") as store:
        engine = SearchEngine(store)
        engine.search("registered nurse")
        engine.preload()
        for query in queries:
            engine.search(query, limit=LIMIT)
        for _ in range(ROUNDS):
            for query in queries:
                started, started_cpu = time.perf_counter(), time.thread_time()
                engine.search(query, limit=LIMIT)
                cpu.append((time.thread_time() - started_cpu) * 1000)
                wall.append((time.perf_counter() - started) * 1000)
    return {"cpu_p50": statistics.median(cpu), "cpu_p95": percentile(cpu, 95),
            "wall_p50": statistics.median(wall), "wall_p95": percentile(wall, 95),
            "queries": len(queries), "rss_mb": resource.getrusage(
                resource.RUSAGE_SELF).ru_maxrss / 1024}


def run(root: Path) -> dict[str, float]:
    """``measure`` in a fresh process (each checkout imports its own package)."""
    done = subprocess.run([sys.executable, __file__, "--engine", str(root)], check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def line(name: str, figures: dict[str, float]) -> str:
    return f"{name:12} " + " ".join(f"{figures[k]:9.2f}" for k in FIGURES) \
        + f" {figures['rss_mb']:8.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--against", type=Path, help="another checkout, run alternately")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--engine", type=Path, help=argparse.SUPPRESS)  # one measurement
    args = parser.parse_args()
    if args.engine:
        print(json.dumps(measure(args.engine.resolve())))
        return 0
    print(f"{len(load_queries())} queries, limit {LIMIT}, {ROUNDS} timed rounds after a "
          "warm-up; milliseconds per query")
    print(f"{'run':12} " + " ".join(f"{k:>9}" for k in FIGURES) + f" {'RSS MB':>8}")
    ratios: dict[str, list[float]] = {k: [] for k in FIGURES}
    for i in range(args.runs if args.against else 1):
        if args.against:
            other = run(args.against.resolve())
            print(line(f"{i + 1}: other", other))
        this = run(ROOT)
        print(line(f"{i + 1}: this", this))
        if args.against:
            for k in FIGURES:
                ratios[k].append(this[k] / other[k])
    if args.against:
        print(f"{'ratio':12} " + " ".join(f"{statistics.median(ratios[k]):9.2f}"
                                           for k in FIGURES)
              + "   (median of the runs: this / other)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
