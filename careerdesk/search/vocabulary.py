"""The search index's vocabulary in memory: every indexed word as written (``search_word``),
with how many titles and other names, and how many items of any kind, hold it.

Read once (27,000 words, about 15 ms, at preload), it answers what a query's words are
without a query each: whether a word is indexed as written, how many indexed words begin
with it, and the words within a few edits of a typo (RapidFuzz, in C). These answers are the
ones the index's trigram table (``search_word_fts``) gave: a look-up of words under
MIN_TRIGRAM letters found nothing there, and finds nothing here.

``Trigrams`` ranks the words sharing letter triples with a typo as that table's FTS5 query
(``"abc" OR "bcd" ...`` ORDER BY bm25) ranks them, from arrays in memory: the query took
2-3 ms, as long as the rest of a search.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence

import numpy as np

MIN_TRIGRAM = 3  # shortest word the trigram table could find by itself
BM25_K1 = 1.2  # FTS5's bm25() constants
BM25_B = 0.75

Row = tuple[str, int, int]  # (word, titles holding it, items holding it)


class Vocabulary:
    """The index's words (with the titles and items holding them), by first letter, in
    order, and by word."""

    def __init__(self, rows: Sequence[Row]) -> None:
        self._rows: dict[tuple[str, int], list[Row]] = {}  # by first letter and length
        for row in rows:
            self._rows.setdefault((row[0][:1], len(row[0])), []).append(row)
        self._longest = max((len(row[0]) for row in rows), default=0)
        self._by_word = {row[0]: row for row in rows}
        self._sorted = sorted(rows)
        self._sorted_words = [row[0] for row in self._sorted]

    def row(self, word: str) -> Row | None:
        """(word, titles, items) if the word is indexed as written (MIN_TRIGRAM letters or
        more), else None."""
        return self._by_word.get(word) if len(word) >= MIN_TRIGRAM else None

    def among(self, candidates: Sequence[str]) -> list[Row]:
        """(word, titles, items) of the candidates that are indexed words, each once."""
        found = (self.row(word) for word in dict.fromkeys(candidates))
        return [row for row in found if row is not None]

    def written(self, token: str) -> tuple[int, int | None]:
        """How many indexed words (as written) begin with the token, and the most titles
        holding one of them that is longer than the token and its plural (None if none
        is)."""
        words = self._sorted_words
        at = bisect_left(words, token)
        count, most = 0, None
        same = (token, token + "s", token + "es")
        while at < len(words) and words[at].startswith(token):
            word, titles, _ = self._sorted[at]
            if word not in same and (most is None or titles > most):
                most = titles
            count += 1
            at += 1
        return count, most

    def near(self, variants: Sequence[str], edits: int, typing: int | None = None
             ) -> list[Row]:
        """Words with a variant's first letter within ``edits`` edits of it, and while
        ``typing`` (the token's length) words whose beginning of that length is."""
        from rapidfuzz.distance import OSA
        from rapidfuzz.process import extract

        found: dict[str, Row] = {}
        for variant in variants:
            letter = variant[:1]
            # a word more than ``edits`` letters longer or shorter is more edits away
            rows = [row for length in range(len(variant) - edits, len(variant) + edits + 1)
                    for row in self._rows.get((letter, length), ())]
            for _, _, index in extract(variant, [row[0] for row in rows],
                                       scorer=OSA.distance, score_cutoff=edits, limit=None):
                found.setdefault(rows[index][0], rows[index])
            if typing:  # the words longer than the token, by their beginning
                longer = [row for length in range(typing + 1, self._longest + 1)
                          for row in self._rows.get((letter, length), ())]
                for _, _, index in extract(variant, [row[0][:typing] for row in longer],
                                           scorer=OSA.distance, score_cutoff=edits,
                                           limit=None):
                    found.setdefault(longer[index][0], longer[index])
        return list(found.values())


class Trigrams:
    """The words (``rows``, in the trigram table's rowid order) by the letter triples they
    hold, scored as FTS5's bm25() scores a trigram table's OR query of triples."""

    def __init__(self, rows: Sequence[Row], totals: tuple[int, int] | None = None) -> None:
        """``totals``: the rows and tokens the table's bm25() averages over, as FTS5 keeps
        them (``IndexReader.trigram_totals``); by default, counted from ``rows``."""
        self._rows = rows
        grams: list[str] = []  # every word's triples, in order, and whose they are
        owners: list[int] = []
        lengths = np.zeros(len(rows))
        for at, (word, _, _) in enumerate(rows):
            size = len(word) - 2  # the trigram tokenizer's tokens
            if size > 0:
                lengths[at] = size
                grams.extend(word[i:i + 3] for i in range(size))
                owners.extend([at] * size)
        count, tokens = totals if totals else (len(rows), int(lengths.sum()))
        count = max(1, count)
        average = tokens / count or 1.0
        self._norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths / average)
        numbers: dict[str, int] = {}
        keys = np.array([numbers.setdefault(g, len(numbers)) for g in grams], np.int64)
        pairs, frequency = np.unique(keys * len(rows) + np.array(owners, np.int64),
                                     return_counts=True)  # by triple, then word
        self._words = (pairs % max(1, len(rows))).astype(np.int32)
        self._frequency = frequency.astype(np.float64)
        bounds = np.searchsorted(pairs // max(1, len(rows)), np.arange(len(numbers) + 1))
        self._postings: dict[str, tuple[int, int, float]] = {}
        for gram, number in numbers.items():
            first, last = int(bounds[number]), int(bounds[number + 1])
            idf = math.log((count - (last - first) + 0.5) / (last - first + 0.5))
            self._postings[gram] = (first, last, idf if idf > 0 else 1e-6)
        self._count = len(rows)

    def similar(self, grams: Sequence[str], limit: int) -> list[Row]:
        """The ``limit`` words scoring highest for ``grams`` (each triple once), as
        ``IndexReader.similar`` reads them from the table: in rowid order."""
        found = [self._postings[g] for g in dict.fromkeys(grams) if g in self._postings]
        if not found or limit <= 0:
            return []
        at = np.concatenate([self._words[first:last] for first, last, _ in found])
        frequency = np.concatenate([self._frequency[first:last] for first, last, _ in found])
        idf = np.concatenate([np.full(last - first, w) for first, last, w in found])
        scores = np.bincount(at, idf * frequency * (BM25_K1 + 1)
                             / (frequency + self._norm[at]), self._count)
        matched = np.unique(at)
        if len(matched) > limit:  # the best, ties to the lower rowid
            order = np.lexsort((matched, -scores[matched]))
            matched = np.sort(matched[order[:limit]])
        return [self._rows[i] for i in matched]
