"""Search quality on CareerDesk's own evaluation sets, beside a plain SQLite FTS5 baseline.

Runs two searchers over data/careers.db:

* **engine**: ``careerdesk.search.SearchEngine`` (``engine.search(query, limit=10)``);
* **baseline**: what the issue calls a plain FTS5 OR query with bm25: an in-memory FTS5 table
  (default tokenizer) with one row per career (title, other names, description, from the
  ``occupation`` and ``title`` tables); the query's words, each quoted, joined with OR,
  ``ORDER BY bm25``, 10 rows.

and prints, for each:

* on bench/eval/gov_titles.tsv (real job titles from a government list that are not word for
  word in O*NET's title files), for the dev half, the test half and both: top-1 % (the first
  result is one of the title's SOC codes), top-10 % (one of the first ten is) and empty %; the
  holdout titles (later samples kept out of tuning) only with ``--set holdout``,
  ``--set holdout2`` to ``--set holdout12``;
* on bench/eval/student_phrases.tsv (things students type): how many phrases pass (at least 3
  of the top 5 results are fair answers), with every phrase's top 5 under ``--verbose``;
* latency per query, p50 and p95, over bench/queries.txt plus the phrases, measured in the same
  run: each query runs on both searchers back to back, the order alternating from query to
  query so both share the machine's noise; one warm-up round, then ROUNDS timed rounds.

With ``--by-baseline`` it also prints the engine's title figures grouped by what the baseline
did with each title (first, in its ten, not in its ten, nothing), and those groups weighted as
the baseline's figures on the reviewers' list that the issue gives (75.5 / 92.9 / 1.5): an
estimate of the engine there if it does as well, group by group, as on our list.

It makes no assertions: it prints figures. Run from the repository root:
``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_search_eval.py
[--set dev|test|all|holdout|holdout2|...|holdout14|civil|civil2|
civil3|posting|posting2|posting3]
[--by-baseline] [--verbose] [--titles FILE]``. With ``--titles``:
``bench/eval/gov_titles_reviewed.tsv
--set test`` for the team's blind review of the test half,
``gov_titles_holdout_reviewed.tsv --set holdout`` for the holdout's,
``gov_titles_holdout2_reviewed.tsv --set holdout2`` for the fourth sample's,
``gov_titles_holdout3_reviewed.tsv --set holdout3`` for the fifth's,
``gov_titles_holdout4_reviewed.tsv --set holdout4`` for the sixth's,
``gov_titles_holdout5_reviewed.tsv --set holdout5`` for the seventh's,
``gov_titles_holdout6_reviewed.tsv --set holdout6`` for the eighth's,
``gov_titles_holdout7_reviewed.tsv --set holdout7`` for the ninth's,
``gov_titles_holdout8_reviewed.tsv --set holdout8`` for the tenth's,
``gov_titles_holdout9_reviewed.tsv --set holdout9`` for the eleventh's,
``gov_titles_holdout10_reviewed.tsv --set holdout10`` for the twelfth's,
``gov_titles_holdout11_reviewed.tsv --set holdout11`` for the thirteenth's,
``gov_titles_holdout12_reviewed.tsv --set holdout12`` for the fourteenth's,
``gov_titles_holdout13_reviewed.tsv --set holdout13`` for the fifteenth's,
``gov_titles_holdout14_reviewed.tsv --set holdout14`` for the sixteenth's;
``civil_titles_reviewed.tsv --set civil``, ``civil_titles2_reviewed.tsv --set civil2`` and
``civil_titles3_reviewed.tsv --set civil3`` for public-sector class titles; and
``posting_titles_reviewed.tsv --set posting``, ``posting_titles2_reviewed.tsv --set
posting2`` and ``posting_titles3_reviewed.tsv --set posting3`` for titles as job postings
across the economy write them.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careerdesk.search import SearchEngine  # noqa: E402
from careerdesk.store import CareerStore  # noqa: E402

DB_PATH = ROOT / "data" / "careers.db"
EVAL = Path(__file__).with_name("eval")
GOV_TITLES = EVAL / "gov_titles.tsv"
PHRASES = EVAL / "student_phrases.tsv"
QUERIES = Path(__file__).with_name("queries.txt")
LIMIT = 10
TOP = 5
NEEDED = 3  # fair answers among the top 5 for a phrase to pass
ROUNDS = 5
EDU_HIGH_SCHOOL = {"No formal educational credential", "High school diploma or equivalent"}
FASTER = {"Faster than average", "Much faster than average"}
PREDICATES = ("edu:hs", "pay:top25", "outlook:faster")

Search = Callable[[str], list[str]]


# ----------------------------------------------------------------- the evaluation sets

@dataclass(frozen=True)
class GovTitle:
    query: str
    socs: frozenset[str]
    split: str


@dataclass(frozen=True)
class Phrase:
    text: str
    accept: tuple[str, ...]  # SOC code prefixes; ("*",) for any career
    require: tuple[str, ...]  # predicates from PREDICATES
    source: str


def _rows(path: Path) -> list[list[str]]:
    """The data rows of a tab-separated eval file: no comments, no header."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


def load_gov_titles(path: Path = GOV_TITLES) -> list[GovTitle]:
    return [GovTitle(row[0], frozenset(row[1].split(",")), row[2]) for row in _rows(path)]


def load_phrases(path: Path = PHRASES) -> list[Phrase]:
    phrases = []
    for row in _rows(path):
        require = () if row[2].strip() == "-" else tuple(row[2].split(","))
        phrases.append(Phrase(row[0], tuple(row[1].split(",")), require, row[3]))
    return phrases


def load_queries(path: Path = QUERIES) -> list[str]:
    return [line.partition("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


# ----------------------------------------------------------------- judging results

class Judge:
    """Tells whether a career is a fair answer to a phrase, from the careers' figures."""

    def __init__(self, store: CareerStore) -> None:
        self.titles: dict[str, str] = {}
        self.facts: dict[str, set[str]] = {}
        wages: dict[str, float] = {}
        for row in store.search_figures():
            code, title, education, median, top_coded, outlook = (
                row[0], row[1], row[4], row[5], row[6] or "", row[9])
            self.titles[code] = title
            facts = set()
            if education in EDU_HIGH_SCHOOL:
                facts.add("edu:hs")
            if outlook in FASTER:
                facts.add("outlook:faster")
            self.facts[code] = facts
            if median is not None:
                wages[code] = float(median)
            elif "annual_median" in top_coded:
                wages[code] = float("inf")
        ordered = sorted(wages.values())
        self.pay_threshold = ordered[int(0.75 * (len(ordered) - 1))] if ordered else 0.0
        for code, wage in wages.items():
            if wage >= self.pay_threshold:
                self.facts[code].add("pay:top25")

    def fair(self, phrase: Phrase, code: str) -> bool:
        accepted = "*" in phrase.accept or any(code.startswith(p) for p in phrase.accept)
        return accepted and all(p in self.facts.get(code, set()) for p in phrase.require)


# ----------------------------------------------------------------- the searchers

def baseline_search(store: CareerStore) -> Search:
    """A plain FTS5 table in memory: one row per career; quoted words OR'ed, bm25 order."""
    conn = store.connection()
    names: dict[str, list[str]] = {}
    for code, title, short in conn.execute("SELECT code, title, short FROM title "
                                           "ORDER BY code, title"):
        names.setdefault(code, []).extend(n for n in (title, short) if n)
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    memory.execute("CREATE VIRTUAL TABLE career USING fts5(code UNINDEXED, title, other_names,"
                   " description)")
    memory.executemany(
        "INSERT INTO career VALUES (?, ?, ?, ?)",
        ((code, title, "; ".join(dict.fromkeys(names.get(code, []))), description)
         for code, title, description in conn.execute(
             "SELECT code, title, description FROM occupation ORDER BY code")))

    def search(query: str) -> list[str]:
        words = re.findall(r"\w+", query)
        if not words:
            return []
        match = " OR ".join('"' + w + '"' for w in dict.fromkeys(words))
        return [code for (code,) in memory.execute(
            "SELECT code FROM career WHERE career MATCH ? ORDER BY bm25(career) LIMIT ?",
            (match, LIMIT))]

    return search


def engine_search(store: CareerStore) -> Search:
    engine = SearchEngine(store)
    engine.preload()  # as the app does once its window has loaded (also gc.freeze)

    def search(query: str) -> list[str]:
        return [r.code for r in engine.search(query, limit=LIMIT)]

    return search


_FAILED: set[str] = set()


def safe(run: Search, query: str) -> list[str]:
    try:
        return run(query)
    except Exception as error:  # a failure is an empty answer, said once
        if query not in _FAILED:
            _FAILED.add(query)
            print(f"  ! {query!r}: {type(error).__name__}: {error}")
        return []


# ----------------------------------------------------------------- figures

def title_figures(run: Search, titles: list[GovTitle]) -> dict[str, float]:
    top1 = top10 = empty = 0
    for item in titles:
        found = [code[:7] for code in safe(run, item.query)[:LIMIT]]
        empty += not found
        top1 += bool(found) and found[0] in item.socs
        top10 += any(code in item.socs for code in found)
    n = max(len(titles), 1)
    return {"n": len(titles), "top1": 100 * top1 / n, "top10": 100 * top10 / n,
            "empty": 100 * empty / n}


OUTCOMES = ("top-1", "top-10", "missed", "empty")  # what the baseline did with a title
# The issue's figures for the baseline on the reviewers' list: top-1, top-10, empty (%).
REVIEWERS_BASELINE = (75.5, 92.9, 1.5)


def _outcome(found: list[str], socs: frozenset[str] | set[str]) -> str:
    if not found:
        return "empty"
    if found[0] in socs:
        return "top-1"
    return "top-10" if any(code in socs for code in found) else "missed"


def by_baseline(engine: Search, baseline: Search, titles: list[GovTitle]
                ) -> dict[str, dict[str, float]]:
    """The engine's figures on the titles, grouped by what the baseline did with each title."""
    groups: dict[str, list[GovTitle]] = {outcome: [] for outcome in OUTCOMES}
    for item in titles:
        found = [code[:7] for code in safe(baseline, item.query)[:LIMIT]]
        groups[_outcome(found, item.socs)].append(item)
    return {outcome: title_figures(engine, group) for outcome, group in groups.items()}


def reweighted(groups: dict[str, dict[str, float]], baseline: tuple[float, float, float]
               ) -> dict[str, float]:
    """The engine's figures on a list where the baseline scores ``baseline`` (top-1, top-10,
    empty %), if on that list the engine does as well, group by group, as on this one."""
    top1, top10, empty = baseline
    weights = {"top-1": top1, "top-10": top10 - top1, "empty": empty,
               "missed": 100 - top10 - empty}
    return {key: sum(weights[o] * groups[o][key] for o in OUTCOMES if groups[o]["n"]) / 100
            for key in ("top1", "top10", "empty")}


def reweighted_margin(groups: dict[str, dict[str, float]], baseline: tuple[float, float, float]
                      ) -> dict[str, float]:
    """The 95 % margin of ``reweighted``'s figures from the groups' sizes alone (each group's
    share a binomial proportion; the weights taken as known)."""
    top1, top10, empty = baseline
    weights = {"top-1": top1, "top-10": top10 - top1, "empty": empty,
               "missed": 100 - top10 - empty}
    margins = {}
    for key in ("top1", "top10", "empty"):
        variance = sum((weights[o] / 100) ** 2 * groups[o][key] * (100 - groups[o][key])
                       / groups[o]["n"] for o in OUTCOMES if groups[o]["n"])
        margins[key] = 1.96 * variance ** 0.5
    return margins


def phrase_results(run: Search, judge: Judge, phrases: list[Phrase]
                   ) -> list[tuple[Phrase, list[str], int]]:
    out = []
    for phrase in phrases:
        top = safe(run, phrase.text)[:TOP]
        out.append((phrase, top, sum(judge.fair(phrase, code) for code in top)))
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def latencies(searchers: dict[str, Search], queries: list[str]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in searchers}
    names = list(searchers)
    for round_ in range(ROUNDS + 1):
        for i, query in enumerate(queries):
            order = names if i % 2 == 0 else names[::-1]
            for name in order:
                started = time.perf_counter()
                safe(searchers[name], query)
                if round_:  # round 0 warms up
                    times[name].append((time.perf_counter() - started) * 1000)
    return times


def print_by_baseline(split: str, groups: dict[str, dict[str, float]]) -> None:
    total = sum(group["n"] for group in groups.values()) or 1
    print(f"\nThe engine on set {split}, by what the baseline did with the same title")
    print(f"{'baseline':10} {'titles':>6} {'share %':>8} {'top-1 %':>8} {'top-10 %':>9} "
          f"{'empty %':>8}")
    for outcome, f in groups.items():
        print(f"{outcome:10} {f['n']:6.0f} {100 * f['n'] / total:8.1f} {f['top1']:8.1f} "
              f"{f['top10']:9.1f} {f['empty']:8.1f}")
    estimate = reweighted(groups, REVIEWERS_BASELINE)
    margin = reweighted_margin(groups, REVIEWERS_BASELINE)
    print("weighted as the issue's baseline figures on the reviewers' list ({:.1f} / {:.1f} / "
          "{:.1f}): top-1 {:.1f} +- {:.1f}, top-10 {:.1f} +- {:.1f}, empty {:.1f} +- {:.1f} "
          "(95 %; an estimate, not a measurement)"
          .format(*REVIEWERS_BASELINE, estimate["top1"], margin["top1"], estimate["top10"],
                  margin["top10"], estimate["empty"], margin["empty"]))


_SPLITS = ("dev", "test", "all", "holdout", "civil", "civil2", "civil3", "posting", "posting2",
           "posting3")


def _split_name(value: str) -> str:
    """dev, test, all, holdout, holdout2, holdout3, ..., civil..., posting...: else an error."""
    if value in _SPLITS or re.fullmatch(r"holdout[2-9]|holdout[1-9][0-9]", value):
        return value
    raise argparse.ArgumentTypeError(f"unknown set {value!r}: one of {', '.join(_SPLITS)}, "
                                     "holdout2, holdout3, ...")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=_split_name, metavar="SET",
                        help="which half of the government titles to report (default: dev, "
                             "test and all, which is both; the others only when asked)")
    parser.add_argument("--by-baseline", action="store_true",
                        help="also print the engine's title figures grouped by what the baseline "
                             "did with each title, and those groups weighted as on the "
                             "reviewers' list (the issue's baseline figures)")
    parser.add_argument("--verbose", action="store_true",
                        help="print every phrase's top 5 and how many are fair answers")
    parser.add_argument("--db", type=Path, default=DB_PATH)
    parser.add_argument("--phrases", type=Path, default=PHRASES,
                        help="the student phrases to judge (default: %(default)s)")
    parser.add_argument("--titles", type=Path, default=GOV_TITLES,
                        help="the government job titles to judge, in gov_titles.tsv's format "
                             "(default: %(default)s; the reviewed test split is "
                             "bench/eval/gov_titles_reviewed.tsv)")
    args = parser.parse_args()

    titles = load_gov_titles(args.titles)
    phrases = load_phrases(args.phrases)
    queries = load_queries() + [p.text for p in phrases]
    with CareerStore(args.db) as store:
        judge = Judge(store)
        started = time.perf_counter()
        searchers = {"engine": engine_search(store)}
        searchers["engine"]("nurse")
        engine_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        searchers["baseline"] = baseline_search(store)
        baseline_ms = (time.perf_counter() - started) * 1000
        print(f"careers.db: {args.db}; engine ready in {engine_ms:.0f} ms, baseline FTS5 table "
              f"built in {baseline_ms:.0f} ms")
        print(f"pay:top25 means a national median annual wage of ${judge.pay_threshold:,.0f} "
              "or more (75th percentile of the careers' medians)")

        splits = [args.set] if args.set else ["dev", "test", "all"]
        print(f"\nGovernment job titles ({args.titles}; limit {LIMIT})")
        print(f"{'searcher':10} {'set':5} {'titles':>6} {'top-1 %':>8} {'top-10 %':>9} "
              f"{'empty %':>8}")
        for name, run in searchers.items():
            for split in splits:
                chosen = [t for t in titles if t.split == split
                          or (split == "all" and t.split in ("dev", "test"))]
                f = title_figures(run, chosen)
                print(f"{name:10} {split:5} {f['n']:6.0f} {f['top1']:8.1f} {f['top10']:9.1f} "
                      f"{f['empty']:8.1f}")
        if args.by_baseline:
            for split in splits:
                chosen = [t for t in titles if t.split == split
                          or (split == "all" and t.split in ("dev", "test"))]
                print_by_baseline(split, by_baseline(searchers["engine"],
                                                     searchers["baseline"], chosen))

        print(f"\nStudent phrases ({args.phrases}): pass = at least {NEEDED} of "
              f"the top {TOP} are fair answers")
        results = {name: phrase_results(run, judge, phrases) for name, run in searchers.items()}
        for name, rows in results.items():
            passed = sum(fair >= NEEDED for _, _, fair in rows)
            print(f"{name:10} {passed} of {len(rows)} pass")
        if args.verbose:
            for i, phrase in enumerate(phrases):
                print(f"\n{phrase.text!r} ({phrase.source})")
                for name, rows in results.items():
                    _, top, fair = rows[i]
                    mark = "pass" if fair >= NEEDED else "FAIL"
                    shown = "; ".join(("+" if judge.fair(phrase, c) else "-")
                                      + judge.titles.get(c, c) for c in top) or "(nothing)"
                    print(f"  {name:8} {fair}/{TOP} {mark}: {shown}")

        times = latencies(searchers, queries)
    print(f"\nLatency per query ({len(queries)} queries: {QUERIES.name} plus the phrases; "
          f"{ROUNDS} rounds after a warm-up, engine and baseline alternating)")
    print(f"{'searcher':10} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for name, values in times.items():
        print(f"{name:10} {statistics.median(values):8.2f} {percentile(values, 95):8.2f} "
              f"{max(values):8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
