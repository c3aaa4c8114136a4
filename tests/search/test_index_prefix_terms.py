"""A prefix written out as the indexed terms it begins (careerdesk.search.index.PrefixTerms)
finds exactly the rows FTS5's own prefix query finds."""

from __future__ import annotations

import random

from careerdesk.search.index import IndexReader, PrefixTerms


def _rowids(db, match: str) -> list[int]:
    return [r for (r,) in db.execute(
        "SELECT rowid FROM search_text WHERE search_text MATCH ?", (match,))]


def test_written_prefixes_find_the_same_rows(store):
    db = store.connection()
    prefixes = PrefixTerms(store.connection)
    words = sorted(w for (w,) in db.execute("SELECT word FROM search_word"))
    sample = random.Random(10).sample(sorted({w[:n] for w in words for n in (3, 4, 5, 7)
                                              if len(w) >= n}), 400)
    # stemmed prefixes ("products"* is "product"*), terms the tokenizer would stem again
    # ("development", from "developmental"), short and unknown prefixes
    tricky = ["products", "designer", "nurse", "dev", "developmental", "tech", "softw", "man",
              "happiness", "cities", "nu", "zzqx", "x"]
    written = 0
    for prefix in tricky + sample:
        match = f'"{prefix}"*'
        expanded = prefixes.expand(match)
        written += expanded != match
        assert _rowids(db, expanded) == _rowids(db, match), prefix
    assert written > 300  # most are written out
    assert prefixes.expand('("web") AND ("dev" OR "dev"*)').count('"') > 6


def test_queries_with_prefixes_read_the_same_careers(store):
    index = IndexReader(store.connection)
    match = '("vet" OR "veterinary") AND ("tech" OR "tech"*)'
    db = store.connection()
    raw = db.execute("SELECT min(rowid), count(*) FROM search_text WHERE search_text MATCH ?"
                     " GROUP BY rowid >> 16", (match,)).fetchall()
    assert sorted(index.grouped(match, 0, 6)) == sorted(raw) and raw
