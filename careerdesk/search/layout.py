"""The search index's layout: the ``search_*`` tables, what each ``search_text`` rowid points
to, and the version stored in ``meta``.

``careerdesk.build.search_index`` writes these tables and ``careerdesk.search.index`` reads
them; the texts they point to stay in the career tables, which ``careerdesk.store`` reads.
"""

from __future__ import annotations

# Bump when the search tables change: the importer stores it in ``meta`` so that a change
# of the index alone still changes the database's content hash.
INDEX_VERSION = "3"
INDEX_META_KEY = "search_index_version"

# ``search_text`` is contentless: each row's rowid says what it indexes, and the text
# stays in the career tables. rowid = kind << KIND_SHIFT | career << CAREER_SHIFT | item,
# where career is ``search_career.id`` and item is the row's position among the career's
# rows of its kind, in the order of the store's ``*_ITEMS_SQL`` queries: shortest first, so
# the lowest matching rowid of a career is its closest match (no document sizes needed).
KIND_TITLE = 0  # the O*NET title (item 0)
KIND_ALT = 1  # an alternate or reported title (item: position in OTHER_NAME_ITEMS_SQL)
KIND_SHORT = 2  # the short form of that title, e.g. "RN" (same item as KIND_ALT)
KIND_ACTIVITY = 3  # a detailed work activity (item: work_activity.seq)
KIND_TASK = 4  # a task (item: its seq)
KIND_DESCRIPTION = 5  # the description (item 0)
KIND_TECH = 6  # a technology skill (item: position in TECHNOLOGY_ITEMS_SQL)
# Kinds are numbered best first: a career's lowest matching rowid is its best match.
KIND_SHIFT = 28
CAREER_SHIFT = 16
ITEM_LIMIT = 1 << CAREER_SHIFT
CAREER_LIMIT = 1 << (KIND_SHIFT - CAREER_SHIFT)
TITLE_KINDS = (KIND_TITLE, KIND_ALT, KIND_SHORT)

# The plain tables, which the importer creates with sqlite-utils: name -> (columns in order,
# integer primary key); every other column is NOT NULL. search_word holds every word of
# search_text (before stemming): titles = how many titles and other names hold it, items =
# how many rows of any kind.
TABLES: dict[str, tuple[dict[str, type], str]] = {
    "search_career": ({"id": int, "code": str}, "id"),
    "search_word": ({"id": int, "word": str, "titles": int, "items": int}, "id"),
}
# search_text is written by hand: sqlite-utils' enable_fts always indexes a content table,
# and this index is contentless (content=''), with no positions (detail=none) or sizes.
TEXT_SCHEMA = """
CREATE VIRTUAL TABLE search_text USING fts5(
    text, content='', detail=none, columnsize=0, prefix='2',
    tokenize='porter unicode61 remove_diacritics 2')
"""
# The trigram index of search_word.word (typo correction): sqlite-utils' enable_fts makes
# it, an FTS5 table with search_word as its content, named after it.
WORD_FTS = "search_word_fts"
WORD_FTS_TOKENIZE = "trigram"
INDEX_TABLES = ("search_career", "search_text", "search_word", WORD_FTS)


def rowid(kind: int, career: int, item: int) -> int:
    """The ``search_text`` rowid of one indexed item."""
    if not (0 <= career < CAREER_LIMIT and 0 <= item < ITEM_LIMIT):
        raise ValueError(f"search index overflow: career {career}, item {item}")
    return kind << KIND_SHIFT | career << CAREER_SHIFT | item


def split_rowid(value: int) -> tuple[int, int, int]:
    """(kind, career, item) of a ``search_text`` rowid."""
    return (value >> KIND_SHIFT, (value >> CAREER_SHIFT) & (CAREER_LIMIT - 1),
            value & (ITEM_LIMIT - 1))


def kind_range(first: int, last: int) -> tuple[int, int]:
    """The rowids [low, high) of the kinds ``first`` to ``last``."""
    return first << KIND_SHIFT, (last + 1) << KIND_SHIFT
