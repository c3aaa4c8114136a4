"""Reading the search index (the ``search_*`` tables of ``careerdesk.search.layout``): the
only code that queries them. Every query is parameterised; FTS5 expressions are built by
the query reader from quoted words only.

Rows come back as one JSON array per query (``json_group_array``, read with ``json.loads``):
a third sooner than a Python row each, in the same order (the aggregate reads its
subquery's rows in the order the subquery gives them).

The reads of FTS5 queries searched again and again (a concept's words, "i like animals")
can be kept (``keep``): read once at preload, then answered from memory; so can each
career's best match of the common words (``keep_common``: "information", "specialists"),
the dearest to read.

A prefix of three letters or more ("dev"*) has no prefix index: FTS5 then merges the whole
list of rows of every term it begins, whatever the rowid range asked for (about 1 ms for
"dev"* or "tech"*, again for each query holding it). ``PrefixTerms`` writes such a prefix
as the indexed terms it begins, OR'ed ("develop" OR "devic" OR ...), which FTS5 reads only
where the rest of the query and the rowid range lead (about 0.15 ms): the same rows.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Callable, Sequence

from careerdesk.search.layout import CAREER_LIMIT, CAREER_SHIFT, INDEX_TABLES, kind_range


class IndexReader:
    """The ``search_*`` tables, read through ``connect()``: the calling thread's read-only
    connection (``CareerStore.connection``)."""

    def __init__(self, connect: Callable[[], sqlite3.Connection]) -> None:
        self._connect = connect
        self._prefixes = PrefixTerms(connect)
        self._kept: dict[tuple[str, str, int, int], list] = {}  # see keep
        self._common: dict[tuple[str, int, int], list[int]] = {}  # see keep_common

    def keep(self, match: str, reads: Sequence[tuple[str, int, int]]) -> None:
        """Read now, and answer from memory from then on, these reads of ``match``: each
        (what, first kind, last kind), what being "grouped", "rowids" or "best_per_career".
        Their answers must not be changed by the caller."""
        for what, first, last in reads:
            key = (what, match, first, last)
            if key not in self._kept:
                self._kept[key] = getattr(self, what)(match, first, last)

    def keep_common(self, least: int, first: int, last: int) -> None:
        """Read now, and keep by its term, ``best_per_career`` of every indexed term held by
        ``least`` rows or more: a query of one word whose term is one of them ("specialists":
        specialist) is then answered from memory."""
        for term in self._prefixes.common_terms(least):
            if (term, first, last) not in self._common:
                self._common[term, first, last] = self.best_per_career(f'"{term}"', first, last)

    @property
    def _db(self) -> sqlite3.Connection:
        return self._connect()

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
        kept = self._kept.get(("grouped", match, first, last))
        if kept is not None:
            return kept
        low, high = kind_range(first, last)
        match = self._prefixes.expand(match)
        best, count = self._db.execute(
            "SELECT json_group_array(best), json_group_array(n) FROM (SELECT min(rowid) AS best,"
            " count(*) AS n FROM search_text WHERE search_text MATCH ? AND rowid >= ?"
            " AND rowid < ? GROUP BY rowid >> ?)", (match, low, high, CAREER_SHIFT)).fetchone()
        return list(zip(json.loads(best), json.loads(count), strict=True))

    def best_per_career(self, match: str, first: int, last: int) -> list[int]:
        """The lowest matching rowid of each career among the kinds ``first`` to ``last``
        (kinds are numbered best first, so: each career's best match)."""
        kept = self._kept.get(("best_per_career", match, first, last))
        if kept is None and self._common:
            word = _ONE_WORD.fullmatch(match)
            term = self._prefixes.stems([word[1]]).get(word[1]) if word else None
            kept = self._common.get((term, first, last)) if term else None
        if kept is not None:
            return kept
        low, high = kind_range(first, last)
        match = self._prefixes.expand(match)
        return self._array(
            "SELECT json_group_array(best) FROM (SELECT min(rowid) AS best FROM search_text"
            " WHERE search_text MATCH ? AND rowid >= ? AND rowid < ? GROUP BY (rowid >> ?) & ?)",
            (match, low, high, CAREER_SHIFT, CAREER_LIMIT - 1))

    def rowids(self, match: str, first: int, last: int) -> list[int]:
        """Every matching rowid among the kinds ``first`` to ``last``, in order."""
        kept = self._kept.get(("rowids", match, first, last))
        if kept is not None:
            return kept
        low, high = kind_range(first, last)
        match = self._prefixes.expand(match)
        return self._array(
            "SELECT json_group_array(rowid) FROM (SELECT rowid FROM search_text WHERE"
            " search_text MATCH ? AND rowid >= ? AND rowid < ? ORDER BY rowid)",
            (match, low, high))

    def _array(self, sql: str, values: tuple[str | int, ...]) -> list[int]:
        """The one JSON array of integers ``sql`` selects."""
        (found,) = self._db.execute(sql, values).fetchone()
        return json.loads(found)

    def stems(self, words: list[str]) -> dict[str, str | None]:
        """Each word as the index's tokenizer leaves it (None if it is not one token)."""
        return self._prefixes.stems(words)

    def known(self, match: str) -> bool:
        """Whether the (stemmed) FTS5 query matches anything."""
        try:
            return self._db.execute(
                "SELECT 1 FROM search_text WHERE search_text MATCH ? LIMIT 1", (match,)
            ).fetchone() is not None
        except sqlite3.OperationalError:  # a word FTS5 splits differently: leave it out
            return False

    def similar(self, grams: Sequence[str], limit: int) -> list[tuple[str, int, int]]:
        """(word, titles, items) of the words sharing the most of these letter triples, by
        FTS5's bm25 (``vocabulary.Trigrams`` answers the same from memory)."""
        match = " OR ".join(f'"{g}"' for g in grams)
        return self._db.execute(
            "SELECT word, titles, items FROM search_word WHERE id IN (SELECT rowid FROM"
            " search_word_fts WHERE search_word_fts MATCH ? ORDER BY rank LIMIT ?)",
            (match, limit)).fetchall()

    def trigram_totals(self) -> tuple[int, int] | None:
        """The rows and tokens of ``search_word_fts`` that FTS5's bm25() averages over: its
        averages record (rowid 1 of the shadow table ``search_word_fts_data``: the number of
        rows, then the tokens of its one column, as SQLite varints); None if unreadable."""
        try:
            found = self._db.execute(
                "SELECT block FROM search_word_fts_data WHERE id = 1").fetchone()
        except sqlite3.Error:
            return None
        numbers = _varints(found[0]) if found and isinstance(found[0], bytes) else []
        return (numbers[0], numbers[1]) if len(numbers) >= 2 and numbers[0] > 0 else None

    def vocabulary(self) -> list[tuple[str, int, int]]:
        """(word, titles, items) of every indexed word."""
        return self._db.execute("SELECT word, titles, items FROM search_word").fetchall()


def _varints(data: bytes) -> list[int]:
    """The SQLite varints in ``data`` (big-endian groups of 7 bits, the high bit set on all
    but the last; a ninth byte gives 8 bits)."""
    numbers: list[int] = []
    at = 0
    while at < len(data):
        value = 0
        for place in range(9):
            if at >= len(data):
                return numbers  # cut short
            byte = data[at]
            at += 1
            if place == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        numbers.append(value)
    return numbers


_PREFIX = re.compile(r'"([^"]*)"\*')
_ONE_WORD = re.compile(r'\("([^"]+)"\)')  # a query of one quoted word
_TOKENIZE = re.compile(r"tokenize\s*=\s*'([^']*)'")
MIN_EXPANDED = 3  # shorter prefixes have FTS5's prefix index
MAX_EXPANDED = 200  # terms a prefix is written as, at most (else it stays a prefix)
MAX_STEMS = 1 << 16  # words whose stems are kept (the index has about 20,000 terms)


class PrefixTerms:
    """Writes the prefixes of an FTS5 query of ``search_text`` as the indexed terms they
    begin, where every such term can be asked for by itself; safe to share between threads.

    FTS5 stems a prefix as it stems words ("products"* is "product"*), and stems every
    quoted word again ("development", the stem of "developmental", asks for "develop"): a
    term goes in the query as written if the tokenizer leaves it as it is, else as an
    indexed word the tokenizer turns into it ("developmental"). Both are checked with an
    in-memory FTS5 table using the index's own tokenizer; a prefix holding a term no word
    stands for, or beginning too many terms, stays a prefix.
    """

    def __init__(self, connect: Callable[[], sqlite3.Connection]) -> None:
        self._connect = connect
        self._lock = threading.Lock()
        self._with_terms: set[int] = set()  # ids of the connections holding search_terms
        self._stems: dict[str, str | None] = {}
        self._expanded: dict[str, str] = {}
        self._ready: bool | None = None  # None: not set up yet
        self._stemmer: sqlite3.Connection | None = None

    def expand(self, match: str) -> str:
        """The FTS5 query with its prefixes of MIN_EXPANDED letters or more written out."""
        if '"*' not in match or not self._setup():
            return match
        return _PREFIX.sub(self._written, match)

    def stems(self, words: list[str]) -> dict[str, str | None]:
        """Each word as the index's tokenizer leaves it (its term), or None if it is not one
        token (or the tokenizer cannot be run)."""
        if not self._setup():
            return dict.fromkeys(words)
        return self._stem(words)

    def common_terms(self, least: int) -> list[str]:
        """The indexed terms held by ``least`` rows or more that the tokenizer leaves as
        they are (so that a query of the term asks for the term)."""
        if not self._setup():
            return []
        terms = [term for (term,) in self._terms().execute(
            "SELECT term FROM temp.search_terms WHERE doc >= ? ORDER BY term", (least,))
            if '"' not in term]
        stems = self._stem(terms)
        return [term for term in terms if stems.get(term) == term]

    def _setup(self) -> bool:
        with self._lock:
            if self._ready is None:
                self._ready = False
                try:
                    row = self._connect().execute(
                        "SELECT sql FROM sqlite_master WHERE type = 'table'"
                        " AND name = 'search_text'").fetchone()
                    tokenize = _TOKENIZE.search(row[0] if row else "")
                    if tokenize is not None:
                        self._terms()
                        stemmer = sqlite3.connect(":memory:", check_same_thread=False,
                                                  isolation_level=None)
                        stemmer.execute("CREATE VIRTUAL TABLE words USING fts5(word, tokenize="
                                        f"'{tokenize[1]}')")
                        stemmer.execute("CREATE VIRTUAL TABLE stems USING fts5vocab(words,"
                                        " instance)")
                        self._stemmer = stemmer
                        self._ready = True
                except sqlite3.Error:
                    self._ready = False
            return self._ready

    def _terms(self) -> sqlite3.Connection:
        """The calling thread's connection, with ``temp.search_terms`` (each connection has
        temporary tables of its own)."""
        db = self._connect()
        if id(db) not in self._with_terms:
            db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms"
                       " USING fts5vocab(main, search_text, row)")
            self._with_terms.add(id(db))
        return db

    def _written(self, found: re.Match[str]) -> str:
        prefix = found.group(1)
        written = self._expanded.get(prefix)
        if written is None:
            written = self._write(prefix) or found.group()
            with self._lock:
                if len(self._expanded) > 4096:
                    self._expanded.clear()
                self._expanded[prefix] = written
        return written

    def _write(self, prefix: str) -> str | None:
        """``prefix`` as its terms OR'ed, or None when it must stay a prefix."""
        stem = self._stem([prefix]).get(prefix)
        if stem is None or len(stem) < MIN_EXPANDED:
            return None
        following = stem[:-1] + chr(ord(stem[-1]) + 1)
        terms = [term for (term,) in self._terms().execute(
            "SELECT term FROM temp.search_terms WHERE term >= ? AND term < ? LIMIT ?",
            (stem, following, MAX_EXPANDED + 1)) if term.startswith(stem)]
        if not terms or len(terms) > MAX_EXPANDED or '"' in "".join(terms):
            return None
        stems = self._stem(terms)
        words = []
        for term in terms:
            word = term if stems.get(term) == term else self._word_for(term)
            if word is None:
                return None
            words.append(word)
        return "(" + " OR ".join(f'"{word}"' for word in words) + ")"

    def _word_for(self, term: str) -> str | None:
        """A word of the index, as written, that the tokenizer turns into ``term``
        ("developmental" for "development"), or None."""
        if len(term) < MIN_EXPANDED:
            return None
        written = [word for (word,) in self._connect().execute(
            "SELECT word FROM search_word WHERE id IN (SELECT rowid FROM search_word_fts"
            " WHERE word LIKE ?) ORDER BY length(word), word LIMIT ?",
            (term.replace("%", "").replace("_", "") + "%", MAX_EXPANDED))
            if '"' not in word]
        stems = self._stem(written)
        return next((word for word in written if stems.get(word) == term), None)

    def _stem(self, words: list[str]) -> dict[str, str | None]:
        """Each word as the tokenizer leaves it, or None if it is not one token."""
        with self._lock:
            wanted = [w for w in dict.fromkeys(words) if w not in self._stems]
            if len(self._stems) + len(wanted) > MAX_STEMS:
                self._stems.clear()
            if wanted and self._stemmer is not None:
                db = self._stemmer
                db.executemany("INSERT INTO words (rowid, word) VALUES (?, ?)",
                               enumerate(wanted))
                tokens: dict[int, list[str]] = {}
                for term, doc in db.execute("SELECT term, doc FROM stems"):
                    tokens.setdefault(doc, []).append(term)
                db.execute("DELETE FROM words")
                for i, word in enumerate(wanted):
                    found = tokens.get(i, [])
                    self._stems[word] = found[0] if len(found) == 1 else None
            return {w: self._stems.get(w) for w in words}
