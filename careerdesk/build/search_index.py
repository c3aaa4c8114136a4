"""Build the search index (the ``search_*`` tables) from the career tables.

The layout belongs to ``careerdesk.search.layout``; ``careerdesk.search.index`` reads it.
The index stores no text the database already holds: ``search_text`` is a contentless FTS5
table whose rowids point back to titles, work activities, tasks, technology and
descriptions; only the vocabulary (every distinct word, for typo correction through its
trigram index) is new text.
Rows go in sorted order so a rebuild writes the same bytes.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from collections.abc import Iterator

from sqlite_utils import Database

from careerdesk.build.schema import insert
from careerdesk.search import layout
from careerdesk.search.layout import (
    KIND_ACTIVITY,
    KIND_ALT,
    KIND_DESCRIPTION,
    KIND_SHORT,
    KIND_TASK,
    KIND_TECH,
    KIND_TITLE,
    TITLE_KINDS,
)
from careerdesk.search.text import index_words
from careerdesk.store import OTHER_NAME_ITEMS_SQL, TECHNOLOGY_ITEMS_SQL

# The pipeline's content hash skips search_* tables; this meta row carries a digest of the
# index so that a change to the index alone still changes the hash (and the file).
DIGEST_META_KEY = "search_index_sha256"


def write(conn: sqlite3.Connection) -> None:
    """Create and fill the search tables from the career tables of ``conn``."""
    db = Database(conn)
    for name, (columns, pk) in layout.TABLES.items():
        db.table(name).create(columns, pk=pk, not_null=[c for c in columns if c != pk])
    conn.execute(layout.TEXT_SCHEMA)  # contentless: see layout
    codes = [code for (code,) in conn.execute("SELECT code FROM occupation ORDER BY code")]
    ids = {code: i for i, code in enumerate(codes)}
    insert(conn, "search_career", enumerate(codes), ["id", "code"])

    titles: Counter[str] = Counter()
    items: Counter[str] = Counter()
    rows = []
    for kind, career, item, text in sorted(_items(conn, ids)):
        indexed = index_words(text)
        distinct = set(indexed)
        items.update(distinct)
        if kind in TITLE_KINDS:
            titles.update(distinct)
        rows.append((layout.rowid(kind, career, item), " ".join(indexed)))
    rows.sort()
    insert(conn, "search_text", rows, ["rowid", "text"])
    db.table("search_text").optimize()  # FTS5 'optimize': one b-tree, smaller and faster

    vocabulary = [(i, word, titles[word], items[word])
                  for i, word in enumerate(sorted(items), start=1)]
    words = db.table("search_word")
    insert(conn, "search_word", vocabulary, list(layout.TABLES["search_word"][0]))
    words.enable_fts(["word"], fts_version="FTS5", tokenize=layout.WORD_FTS_TOKENIZE)
    words.populate_fts(["word"])
    words.optimize()
    layout_text = (layout.TABLES, layout.TEXT_SCHEMA, layout.WORD_FTS, layout.WORD_FTS_TOKENIZE)
    digest = hashlib.sha256(repr((layout_text, codes, rows, vocabulary)).encode())
    insert(conn, "meta", [
        (layout.INDEX_META_KEY, layout.INDEX_VERSION),
        (DIGEST_META_KEY, digest.hexdigest()),
    ])


def _items(conn: sqlite3.Connection, ids: dict[str, int]) -> Iterator[tuple[int, int, int, str]]:
    """(kind, career, item, text) of everything searchable, numbered as search reads it."""
    for code, title, description in conn.execute(
            "SELECT code, title, description FROM occupation ORDER BY code"):
        yield KIND_TITLE, ids[code], 0, title
        yield KIND_DESCRIPTION, ids[code], 0, description
    yield from _numbered(conn, OTHER_NAME_ITEMS_SQL, ids, KIND_ALT, KIND_SHORT)
    yield from _numbered(conn, TECHNOLOGY_ITEMS_SQL, ids, KIND_TECH)
    for code, seq, text in conn.execute("SELECT code, seq, text FROM task ORDER BY code, seq"):
        yield KIND_TASK, ids[code], seq, text
    for code, seq, text in conn.execute(
            "SELECT code, seq, title FROM work_activity ORDER BY code, seq"):
        yield KIND_ACTIVITY, ids[code], seq, text


def _numbered(conn: sqlite3.Connection, sql: str, ids: dict[str, int], kind: int,
              short_kind: int | None = None) -> Iterator[tuple[int, int, int, str]]:
    """Number each career's rows of ``sql`` (code, text[, short]) from 0, in query order."""
    current, item = None, 0
    for code, text, *short in conn.execute(sql):
        item = item + 1 if code == current else 0
        current = code
        yield kind, ids[code], item, text
        if short_kind is not None and short and short[0]:
            yield short_kind, ids[code], item, short[0]
