"""One search's reads of the index (careerdesk.search.reads): a stage's rows grouped per
career and kind as SQLite groups them, each query read once, and the standing reads of
preload used before any query."""

from __future__ import annotations

from careerdesk.search.index import IndexReader
from careerdesk.search.layout import CAREER_SHIFT, KIND_TASK, kind_range, split_rowid
from careerdesk.search.reads import STANDING_STAGES, Reads

MATCHES = ['("writer" OR "author" OR "editor")', '("nurse")', '("repair") AND ("engine")']


def _queries(db, run) -> list[str]:
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    try:
        run()
    finally:
        db.set_trace_callback(None)
    return [s for s in statements if "search_text MATCH" in s]


def test_a_stage_is_grouped_per_career_and_kind_as_sqlite_groups_it(store):
    db = store.connection()
    reads = Reads(IndexReader(store.connection))
    for match in MATCHES:
        for kinds in STANDING_STAGES:
            low, high = kind_range(*kinds)
            expected = [(*split_rowid(best), count) for best, count in db.execute(
                "SELECT min(rowid), count(*) FROM search_text WHERE search_text MATCH ?"
                f" AND rowid >= ? AND rowid < ? GROUP BY rowid >> {CAREER_SHIFT}",
                (match, low, high))]
            assert reads.grouped(match, kinds) == expected, (match, kinds)
    # read once: again, and the tasks among a stage's rows, without a query
    assert not _queries(db, lambda: [reads.grouped(m, k) for m in MATCHES
                                     for k in STANDING_STAGES])
    assert not _queries(db, lambda: reads.rowids(MATCHES[0], (KIND_TASK, KIND_TASK)))


def test_a_search_starts_from_the_standing_reads(store):
    db = store.connection()
    index = IndexReader(store.connection)
    standing = Reads(index)
    for kinds in STANDING_STAGES:
        standing.grouped(MATCHES[0], kinds)
    reads = Reads(index, standing)
    assert not _queries(db, lambda: [reads.grouped(MATCHES[0], k) for k in STANDING_STAGES])
    assert reads.rowids(MATCHES[0], (KIND_TASK, KIND_TASK)) == Reads(index).rowids(
        MATCHES[0], (KIND_TASK, KIND_TASK))
    assert _queries(db, lambda: reads.grouped(MATCHES[1], STANDING_STAGES[0]))  # others: read
