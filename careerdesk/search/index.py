"""Reading the search index (the ``search_*`` tables of ``careerdesk.search.layout``): the
only code that queries them. Every query is parameterised; FTS5 expressions are built by
the query reader from quoted words only."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from careerdesk.search.layout import CAREER_LIMIT, CAREER_SHIFT, INDEX_TABLES, kind_range


class IndexReader:
    """The ``search_*`` tables of one read-only connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def present(self) -> bool:
        """Whether every index table exists."""
        found = {name for (name,) in self._db.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'search%'")}
        return set(INDEX_TABLES) <= found

    def codes(self) -> list[str]:
        """The career codes by index id (0, 1, ...)."""
        return [code for (code,) in self._db.execute(
            "SELECT code FROM search_career ORDER BY id")]

    def grouped(self, match: str, first: int, last: int) -> list[tuple[int, int]]:
        """(lowest rowid, rows matched) per career among the kinds ``first`` to ``last``."""
        low, high = kind_range(first, last)
        return self._db.execute(
            "SELECT min(rowid), count(*) FROM search_text WHERE search_text MATCH ?"
            " AND rowid >= ? AND rowid < ? GROUP BY rowid >> ?",
            (match, low, high, CAREER_SHIFT)).fetchall()

    def best_per_career(self, match: str, first: int, last: int) -> list[int]:
        """The lowest matching rowid of each career among the kinds ``first`` to ``last``
        (kinds are numbered best first, so: each career's best match)."""
        low, high = kind_range(first, last)
        return [value for (value,) in self._db.execute(
            "SELECT min(rowid) FROM search_text WHERE search_text MATCH ?"
            " AND rowid >= ? AND rowid < ? GROUP BY (rowid >> ?) & ?",
            (match, low, high, CAREER_SHIFT, CAREER_LIMIT - 1))]

    def rowids(self, match: str, first: int, last: int) -> list[int]:
        """Every matching rowid among the kinds ``first`` to ``last``."""
        low, high = kind_range(first, last)
        return [value for (value,) in self._db.execute(
            "SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid >= ?"
            " AND rowid < ?", (match, low, high))]

    def known(self, match: str) -> bool:
        """Whether the (stemmed) FTS5 query matches anything."""
        try:
            return self._db.execute(
                "SELECT 1 FROM search_text WHERE search_text MATCH ? LIMIT 1", (match,)
            ).fetchone() is not None
        except sqlite3.OperationalError:  # a word FTS5 splits differently: leave it out
            return False

    def written(self, token: str) -> tuple[int, int | None]:
        """How many indexed words (as written) begin with the token, and the most titles
        holding one of them that is longer than the token and its plural."""
        row = self._db.execute(
            "SELECT count(*), max(CASE WHEN word NOT IN (?, ?, ?) THEN titles END)"
            " FROM search_word WHERE id IN"
            " (SELECT rowid FROM search_word_trigram WHERE word LIKE ?)",
            (token, token + "s", token + "es", token + "%")).fetchone()
        return row[0], row[1]

    def similar(self, grams: Sequence[str], limit: int) -> list[tuple[str, int, int]]:
        """(word, titles, items) of the words sharing the most of these letter triples."""
        match = " OR ".join(f'"{g}"' for g in grams)
        return self._db.execute(
            "SELECT word, titles, items FROM search_word WHERE id IN (SELECT rowid FROM"
            " search_word_trigram WHERE search_word_trigram MATCH ? ORDER BY rank LIMIT ?)",
            (match, limit)).fetchall()

    def vocabulary(self) -> list[tuple[str, int, int]]:
        """(word, titles, items) of every indexed word."""
        return self._db.execute("SELECT word, titles, items FROM search_word").fetchall()

    def words_among(self, candidates: Sequence[str]) -> list[tuple[str, int, int]]:
        """(word, titles, items) of the candidates that are indexed words."""
        if not candidates:
            return []
        marks = ", ".join("?" * len(candidates))
        return self._db.execute(
            "SELECT word, titles, items FROM search_word WHERE id IN (SELECT rowid FROM"
            f" search_word_trigram WHERE search_word_trigram MATCH ? AND word IN ({marks}))",
            (" OR ".join(f'"{w}"' for w in candidates), *candidates)).fetchall()
