"""A second opinion for job titles the engine cannot place: careers ranked by SQLite FTS5's
bm25 over their title, other names and description, any of the words counting.

The engine ranks by where all the words sit together (a title, another name, a task). When
no name holds every word of a job title ("Placement Official", "Academic Administrator"),
its ranking is a guess among careers holding some of them; bm25 weighs each word by how rare
it is and how much of a career's names it makes up, which often places such titles better.
``careerdesk.search.engine`` then merges both rankings (reciprocal rank fusion).

The table lives in memory, built from the store's titles, other names and descriptions when
first needed (about 70 ms); nothing is written to the database.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from careerdesk.search.text import WORD, fold

if TYPE_CHECKING:
    from careerdesk.store import CareerStore

TITLE, OTHER_NAMES, DESCRIPTION = 0, 1, 2  # the fields, as ``fields_holding`` reports them


class WordRanker:
    """bm25 over each career's title, other names and description (careers numbered as the
    store lists them, in code order); safe to share between threads."""

    def __init__(self, store: CareerStore) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._words: list[tuple[frozenset[str], frozenset[str], frozenset[str]]] = []

    def load(self) -> None:
        """Build the in-memory table now (else the first ranking does)."""
        with self._lock:
            if self._db is not None:
                return
            names: dict[str, list[str]] = {}
            for code, title, short in self._store.other_name_items():
                names.setdefault(code, []).extend(n for n in (title, short) if n)
            titles = {row[0]: row[1] for row in self._store.search_figures()}
            db = sqlite3.connect(":memory:", check_same_thread=False)
            db.execute("CREATE VIRTUAL TABLE career USING fts5(title, other_names, description)")
            rows = []
            for i, (code, description) in enumerate(self._store.descriptions()):
                other = "; ".join(dict.fromkeys(names.get(code, [])))
                rows.append((i, titles[code], other, description))
                self._words.append((_words(titles[code]), _words(other), _words(description)))
            db.executemany("INSERT INTO career (rowid, title, other_names, description)"
                           " VALUES (?, ?, ?, ?)", rows)
            self._db = db

    def rank(self, alternatives: Sequence[Iterable[str]], limit: int) -> list[int]:
        """The careers holding any of the words, best bm25 first; ``alternatives`` holds,
        per query word, the words that stand for it."""
        self.load()
        quoted = dict.fromkeys(f'"{w}"' for words in alternatives for w in words
                               if w and '"' not in w)
        if not quoted:
            return []
        assert self._db is not None
        with self._lock:
            try:
                return [i for (i,) in self._db.execute(
                    "SELECT rowid FROM career WHERE career MATCH ? ORDER BY bm25(career)"
                    " LIMIT ?", (" OR ".join(quoted), limit))]
            except sqlite3.OperationalError:  # a word the tokenizer splits oddly
                return []

    def fields_holding(self, career: int, alternatives: Sequence[Iterable[str]]
                       ) -> list[int | None]:
        """Per query word, the first field of the career holding one of its words (TITLE,
        OTHER_NAMES, DESCRIPTION), or None."""
        self.load()
        fields = self._words[career]
        found: list[int | None] = []
        for words in alternatives:
            wanted = {w for word in words for w in _words(word)}
            found.append(next((i for i, held in enumerate(fields) if wanted & held), None))
        return found


def _words(text: str) -> frozenset[str]:
    return frozenset(WORD.findall(fold(text)))
