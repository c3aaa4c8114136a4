"""The search index's vocabulary in memory: every indexed word as written (``search_word``),
with how many titles and other names, and how many items of any kind, hold it.

Read once (27,000 words, about 15 ms, at preload), it answers what a query's words are
without a query each: whether a word is indexed as written, how many indexed words begin
with it, and the words within a few edits of a typo (RapidFuzz, in C). These answers are the
ones the index's trigram table (``search_word_fts``) gave: a look-up of words under
MIN_TRIGRAM letters found nothing there, and finds nothing here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

MIN_TRIGRAM = 3  # shortest word the trigram table could find by itself

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
