"""Search results as text, to check that a change to the engine keeps every answer the same.

For every query of bench/queries.txt, every student phrase file (bench/eval/student_phrases*.tsv),
the government title files (bench/eval/gov_titles*.tsv, first column) and bench_search.py's
hostile inputs, it writes one block: the query, the chips it was understood as, and the top
LIMIT results (code, score, words matched of words searched, matched_on). Each query is also
searched once more with the last letter cut (what a student sees while typing) and, where the
query has chips, with every chip removed; the first QUERIES_FILTERED also with FILTERS.

Run from the repository root, before and after a change, and compare:
``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/search_results_snapshot.py > /tmp/before.txt``
(``--out FILE`` writes the file instead). Prints nothing else; no assertions. Runs with
PYTHONHASHSEED=0 unless it is set, so that two runs of the same code compare equal.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_queries import HOSTILE  # noqa: E402

from careerdesk.search import SearchEngine  # noqa: E402
from careerdesk.search.records import (  # noqa: E402
    ENTRY_EDUCATION,
    NO_FILTERS,
    Filters,
    Sort,
)
from careerdesk.store import CareerStore  # noqa: E402

LIMIT = 50
QUERIES_FILTERED = 300  # the first ones are searched with FILTERS too
FILTERS = [(Filters(max_entry_education=ENTRY_EDUCATION[1]), Sort.RELEVANCE),
           (Filters(major_group="29-0000"), Sort.RELEVANCE),
           (NO_FILTERS, Sort.PAY), (Filters(wage_min=60_000), Sort.GROWTH)]
EVAL = Path(__file__).with_name("eval")


def queries() -> list[str]:
    found: list[str] = []
    for line in (Path(__file__).with_name("queries.txt")).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            found.append(line.partition("\t")[0])
    for path in sorted(EVAL.glob("student_phrases*.tsv")) + sorted(EVAL.glob("gov_titles*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith(("#", "phrase\t", "query\t")):
                found.append(line.split("\t", 1)[0])
    return list(dict.fromkeys(found + HOSTILE))


def block(engine: SearchEngine, query: str, ignore: frozenset[str] = frozenset(),
          filters: Filters = NO_FILTERS, sort: Sort = Sort.RELEVANCE) -> list[str]:
    understood = engine.understand(query, ignore)
    lines = [f"Q {query[:120]!r} ignore={sorted(ignore)} len={len(query)}"
             + ("" if filters == NO_FILTERS and sort is Sort.RELEVANCE
                else f" {filters} {sort}"),
             "  chips " + repr([(c.key, c.text, c.meaning) for c in understood.chips]),
             "  terms " + repr([(t.text, t.whole, t.prefixes, t.joined_next, t.groups, t.concept)
                                for t in understood.terms]),
             f"  filters {understood.max_entry_education!r} {understood.outlooks!r} "
             f"{understood.sort!r} words={understood.words} phrase={understood.phrase}"]
    for r in engine.search(query, filters, sort, limit=LIMIT, ignore=ignore):
        lines.append(f"  {r.code} {r.score!r} {r.words_matched}/{r.words_searched} "
                     f"{r.matched_on}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if os.environ.get("PYTHONHASHSEED") is None:
        # the same string hashes in every run: an order left to a set's iteration is the same
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ,
                                                               "PYTHONHASHSEED": "0"})
    out: list[str] = []
    with CareerStore(ROOT / "data" / "careers.db") as store:
        engine = SearchEngine(store)
        engine.preload()
        for query in queries():
            out += block(engine, query)
            if len(query) > 1:
                out += block(engine, query[:-1])
            keys = frozenset(c.key for c in engine.understand(query).chips)
            if keys:
                out += block(engine, query, keys)
        for query in queries()[:QUERIES_FILTERED]:  # filtered and sorted otherwise
            for filters, sort in FILTERS:
                out += block(engine, query, filters=filters, sort=sort)
    text = "\n".join(out) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
