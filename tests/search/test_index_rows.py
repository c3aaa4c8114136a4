"""The index reader's rows, read as one JSON array per query (careerdesk.search.index), are
the rows a plain query gives, in the same order."""

from __future__ import annotations

import random

from careerdesk.search.index import IndexReader
from careerdesk.search.layout import (
    CAREER_LIMIT,
    CAREER_SHIFT,
    KIND_DESCRIPTION,
    KIND_TECH,
    KIND_TITLE,
    kind_range,
)


def _plain(db, select: str, match: str, first: int, last: int, tail: str) -> list:
    low, high = kind_range(first, last)
    return db.execute(f"SELECT {select} FROM search_text WHERE search_text MATCH ?"
                      f" AND rowid >= ? AND rowid < ? {tail}", (match, low, high)).fetchall()


def test_rows_are_read_in_order_as_a_plain_query_reads_them(store):
    db = store.connection()
    index = IndexReader(store.connection)
    words = sorted(w for (w,) in db.execute("SELECT word FROM search_word WHERE items > 20"))
    matches = [f'"{w}"' for w in random.Random(5).sample(words, 60)] + [
        '"nurse"', '("computer" OR "software") AND ("repair" OR "fix")', '"zzqx"',
        '"information"', '"products"', '("carpenter" OR "mechanic" OR "welder")']
    for match in matches:
        for first, last in ((KIND_TITLE, 2), (3, KIND_DESCRIPTION), (KIND_TECH, KIND_TECH),
                            (KIND_TITLE, KIND_DESCRIPTION)):
            assert index.rowids(match, first, last) == [r for (r,) in _plain(
                db, "rowid", match, first, last, "ORDER BY rowid")], match
            assert index.grouped(match, first, last) == _plain(
                db, "min(rowid), count(*)", match, first, last,
                f"GROUP BY rowid >> {CAREER_SHIFT}"), match
            assert index.best_per_career(match, first, last) == [r for (r,) in _plain(
                db, "min(rowid)", match, first, last,
                f"GROUP BY (rowid >> {CAREER_SHIFT}) & {CAREER_LIMIT - 1}")], match
    assert index.rowids('"zzqx"', KIND_TITLE, KIND_TECH) == []
    assert index.grouped('"zzqx"', KIND_TITLE, KIND_TECH) == []


def test_kept_reads_are_answered_from_memory_as_they_were_read(store):
    db = store.connection()
    index = IndexReader(store.connection)
    match = '("writer" OR "author" OR "editor")'
    reads = [("grouped", KIND_TITLE, 2), ("rowids", 3, KIND_DESCRIPTION),
             ("best_per_career", KIND_TITLE, KIND_DESCRIPTION)]

    def read() -> list:
        return [getattr(index, what)(match, first, last) for what, first, last in reads]

    before = read()
    index.keep(match, reads)
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    try:
        assert read() == before
        assert index.rowids('"nurse"', KIND_TITLE, 2)  # others are still read
    finally:
        db.set_trace_callback(None)
    queries = [s for s in statements if "search_text MATCH" in s]  # not FTS5's own
    assert len(queries) == 1 and '"nurse"' in queries[0], queries  # the kept ran none


def test_common_words_best_matches_are_kept_by_term_and_read_the_same(store):
    """keep_common keeps each career's best match of the common terms; a word whose term is
    one of them ("specialists": specialist) is answered from memory, the same as read."""
    db = store.connection()
    plain, kept = IndexReader(store.connection), IndexReader(store.connection)
    kept.keep_common(300, KIND_TITLE, KIND_DESCRIPTION)
    words = ["information", "specialists", "specialist", "engines", "engineer", "assistants",
             "data", "nurse", "zzqx", "sell", "technicians"]
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    try:
        for word in words:
            match = f'("{word}")'
            assert kept.best_per_career(match, KIND_TITLE, KIND_DESCRIPTION) \
                == plain.best_per_career(match, KIND_TITLE, KIND_DESCRIPTION), word
    finally:
        db.set_trace_callback(None)
    asked = [s for s in statements if "search_text MATCH" in s]

    def reads(word: str) -> int:
        return sum(f'"{word}"' in s for s in asked)

    for word in ("information", "specialists", "engines", "assistants", "data"):
        assert reads(word) == 1, word  # by the plain reader only
    assert reads("sell") == reads("zzqx") == 2  # rare: read by both
