"""The vocabulary in memory (careerdesk.search.vocabulary) answers as the index's trigram table
of words did: the words a token begins (SQL LIKE), and which candidates are indexed words."""

from __future__ import annotations

import random

from careerdesk.search.vocabulary import Vocabulary


def _written_by_sql(db, token: str) -> tuple[int, int | None]:
    return db.execute(
        "SELECT count(*), max(CASE WHEN word NOT IN (?, ?, ?) THEN titles END)"
        " FROM search_word WHERE id IN (SELECT rowid FROM search_word_fts WHERE word LIKE ?)",
        (token, token + "s", token + "es", token + "%")).fetchone()


def _among_by_sql(db, candidates: list[str]) -> list[tuple[str, int, int]]:
    marks = ", ".join("?" * len(candidates))
    return db.execute(
        "SELECT word, titles, items FROM search_word WHERE id IN (SELECT rowid FROM"
        f" search_word_fts WHERE search_word_fts MATCH ? AND word IN ({marks}))",
        (" OR ".join(f'"{w}"' for w in candidates), *candidates)).fetchall()


def _vocabulary(db) -> tuple[Vocabulary, list[str]]:
    rows = db.execute("SELECT word, titles, items FROM search_word").fetchall()
    return Vocabulary(rows), sorted(r[0] for r in rows)


def test_words_a_token_begins_are_counted_as_sql_like_counts_them(store):
    db = store.connection()
    vocabulary, words = _vocabulary(db)
    sample = random.Random(3).sample(sorted({w[:n] for w in words for n in (3, 4, 6)
                                             if len(w) >= n}), 300)
    tricky = ["nurse", "nurses", "electrician", "dent", "programer", "zzqx", "ste", "ñand",
              "électricien", "straße", "x"]
    for token in tricky + sample:
        assert vocabulary.written(token) == tuple(_written_by_sql(db, token)), token
    count, most = vocabulary.written("nurs")
    assert count > 5 and most is not None and most > 10


def test_indexed_words_are_found_as_the_trigram_table_found_them(store):
    db = store.connection()
    vocabulary, words = _vocabulary(db)
    rng = random.Random(4)
    candidates = rng.sample(words, 200) + [w[:-1] for w in rng.sample(words, 100)] \
        + ["rn", "it", "a", "nurse", "zzqx", "nurse"]
    for i in range(0, len(candidates), 3):
        chunk = candidates[i:i + 3]
        assert sorted(vocabulary.among(chunk)) == sorted(_among_by_sql(db, chunk)), chunk
    assert vocabulary.among(["rn"]) == []  # under three letters: never, as before
    assert [r[0] for r in vocabulary.among(["nurse", "nurse"])] == ["nurse"]


def test_near_words_are_every_word_of_the_first_letter_within_the_edits(store):
    """near() looks only at words of a length within reach (a word more letters longer or
    shorter is more edits away) and, while typing, at longer words: the same words as a
    look at every word with the variant's first letter."""
    from rapidfuzz.distance import OSA

    db = store.connection()
    vocabulary, words = _vocabulary(db)
    for variants, edits, typing in ((["cashere"], 3, 7), (["grafic", "graphic"], 2, None),
                                    (["mechanik", "mechanic"], 3, 8), (["nurs"], 1, 4),
                                    (["x"], 1, 1), (["teecher"], 2, None)):
        expected = set()
        for variant in variants:
            for word in words:
                if word[:1] != variant[:1]:
                    continue
                if OSA.distance(variant, word) <= edits or typing and len(word) > typing \
                        and OSA.distance(variant, word[:typing]) <= edits:
                    expected.add(word)
        found = [row[0] for row in vocabulary.near(variants, edits, typing)]
        assert sorted(found) == sorted(expected) and len(found) == len(set(found)), variants


def test_words_sharing_letter_triples_are_the_ones_the_trigram_table_ranks_first(store):
    """Trigrams answers a typo's look-up from memory with the words the table's FTS5 query
    (bm25 over an OR of the triples) gave: the same words, for made-up typos of indexed
    words, sound-alike variants and triples no word holds."""
    from careerdesk.search.index import IndexReader
    from careerdesk.search.vocabulary import Trigrams

    db = store.connection()
    index = IndexReader(lambda: db)
    rows = index.vocabulary()
    totals = index.trigram_totals()
    assert totals is not None and totals[0] >= len(rows)
    trigrams = Trigrams(rows, totals)
    rng = random.Random(5)
    words = [r[0] for r in rows if len(r[0]) >= 4]
    typos = [["electrision"], ["recepshionist", "receptionist"], ["zzqxj"], ["aminals"]]
    for word in rng.sample(words, 150):
        at = rng.randrange(len(word))
        typos.append([word[:at] + word[at + 1:] if at % 2 else
                      word[:at] + rng.choice("aeiouy") + word[at + 1:]])
    for variants in typos:
        grams = sorted({v[i:i + 3] for v in variants for i in range(len(v) - 2)})
        for limit in (10, 150):
            assert sorted(trigrams.similar(grams, limit)) == sorted(
                index.similar(grams, limit)), (variants, limit)
    assert trigrams.similar([], 10) == [] and trigrams.similar(["qqq"], 10) == []
    assert [row[0] for row in trigrams.similar(["nur", "urs", "rse"], 1)] == ["nurse"]
