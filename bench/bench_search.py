"""Search latency: CareerDesk's SearchEngine beside two plain SQLite FTS5 searches.

The baselines are what one gets without tuning, one row per career:

* sqlite-utils: title, other names, description, tasks and technology joined,
  ``enable_fts`` with the default tokenizer, and ``table.search(query)`` with the raw text
  (FTS syntax errors are counted, not fixed);
* FTS5 OR + bm25 (the issue's "plain FTS5 baseline"): title, other names and description,
  the query's words quoted and OR'ed, ``ORDER BY bm25``.

All answer the same fixed queries (bench/queries.txt, the student phrases of
bench/eval/student_phrases.tsv when present, and hostile inputs made here) with the same
limit. After a warm-up round, every query runs ROUNDS times; the table shows
per-query latency p50 / p95 / max, and, for queries with an expected career, how often it is
in the top 3. Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_search.py
"""

from __future__ import annotations

import re
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_queries import load_queries  # noqa: E402

from careerdesk.search import SearchEngine  # noqa: E402
from careerdesk.store import CareerStore  # noqa: E402

DB_PATH = ROOT / "data" / "careers.db"
LIMIT = 50
ROUNDS = 5

def fts5_or_bm25(store: CareerStore) -> Callable[[str], list[str]]:
    """The plain FTS5 baseline: quoted words OR'ed over title, other names, description."""
    conn = store.connection()
    names: dict[str, list[str]] = {}
    for code, title in conn.execute("SELECT code, title FROM title ORDER BY code, title"):
        names.setdefault(code, []).append(title)
    memory = sqlite3.connect(":memory:")
    memory.execute("CREATE VIRTUAL TABLE career USING fts5(code UNINDEXED, title, other_names,"
                   " description)")
    memory.executemany("INSERT INTO career VALUES (?, ?, ?, ?)", (
        (code, title, "; ".join(names.get(code, [])), description)
        for code, title, description in conn.execute(
            "SELECT code, title, description FROM occupation ORDER BY code")))

    def search(query: str) -> list[str]:
        found = list(dict.fromkeys(re.findall(r"\w+", query)))
        if not found:
            return []
        match = " OR ".join(f'"{w}"' for w in found)
        return [code for (code,) in memory.execute(
            "SELECT code FROM career WHERE career MATCH ? ORDER BY bm25(career) LIMIT ?",
            (match, LIMIT))]

    return search


def baseline_table(store: CareerStore) -> Callable[[str], list[str]]:
    """A plain, untuned FTS5 table in memory, searched with sqlite-utils' ``search()``."""
    conn = store.connection()
    joined: dict[str, dict[str, list[str]]] = {}
    for code, title, description in conn.execute(
            "SELECT code, title, description FROM occupation ORDER BY code"):
        joined[code] = {"title": [title], "alternate_titles": [], "description": [description],
                        "tasks": [], "technology": []}
    for sql, column in (("SELECT code, title FROM title ORDER BY code, title",
                         "alternate_titles"),
                        ("SELECT code, text FROM task ORDER BY code, seq", "tasks"),
                        ("SELECT DISTINCT code, name FROM technology ORDER BY code, name",
                         "technology")):
        for code, text in conn.execute(sql):
            joined[code][column].append(text)
    db = Database(memory=True)
    table = db["careers"]
    table.insert_all(({"code": code, **{k: "; ".join(v) for k, v in cols.items()}}
                      for code, cols in joined.items()), pk="code")  # type: ignore[union-attr]
    table.enable_fts(["title", "alternate_titles", "description", "tasks", "technology"])  # type: ignore[union-attr]

    def search(query: str) -> list[str]:
        return [row["code"] for row in table.search(query, limit=LIMIT)]  # type: ignore[union-attr]

    return search


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def measure(name: str, run: Callable[[str], list[str]], queries: list[tuple[str, str | None]]
            ) -> dict[str, float]:
    errors = 0
    empty = 0
    hits = 0
    expected = 0
    for query, code in queries:  # warm-up round, also counts errors and the hit rate
        try:
            found = run(query)
        except Exception:  # the baseline fails on FTS syntax; count it
            errors += 1
            found = []
        empty += not found
        if code:
            expected += 1
            hits += code in found[:3]
    times: list[float] = []
    for _ in range(ROUNDS):
        for query, _code in queries:
            started = time.perf_counter()
            try:
                run(query)
            except Exception:
                pass
            times.append((time.perf_counter() - started) * 1000)
    return {"p50": statistics.median(times), "p95": percentile(times, 95), "max": max(times),
            "errors": errors, "empty": empty, "hits": hits, "expected": expected}


def main() -> int:
    queries = load_queries()
    with CareerStore(DB_PATH) as store:
        engine = SearchEngine(store)
        started = time.perf_counter()
        engine.search("")
        browse_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        engine.search("registered nurse")
        first_ms = (time.perf_counter() - started) * 1000
        loads = ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in engine.load_seconds.items())
        print(f"{len(queries)} queries, limit {LIMIT}, {ROUNDS} timed rounds after a warm-up")
        print(f"SearchEngine first use: browse {browse_ms:.1f} ms, first text query "
              f"{first_ms:.1f} ms (loading: {loads})")
        engine.preload()  # as the app does once its window has loaded (also gc.freeze)

        started = time.perf_counter()
        baseline = baseline_table(store)
        print(f"baseline FTS5 table built in {(time.perf_counter() - started):.2f} s")

        plain = fts5_or_bm25(store)
        rows = [("SearchEngine", measure("engine", lambda q: [r.code for r in engine.search(
                    q, limit=LIMIT)], queries)),
                ("FTS5 OR + bm25", measure("fts5", plain, queries)),
                ("sqlite-utils search()", measure("baseline", baseline, queries))]
    print()
    print(f"{'engine':24} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'errors':>7} "
          f"{'no result':>10} {'expected in top 3':>18}")
    for name, r in rows:
        print(f"{name:24} {r['p50']:8.2f} {r['p95']:8.2f} {r['max']:8.2f} {r['errors']:7.0f} "
              f"{r['empty']:10.0f} {r['hits']:>9.0f} / {r['expected']:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
