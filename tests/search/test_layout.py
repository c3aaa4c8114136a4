"""The search index layout: rowids pack kind, career and item; kinds are numbered best first;
the built database carries the index of this version, with work activities."""

from __future__ import annotations

import pytest

from careerdesk.search import layout
from careerdesk.search.index import IndexReader
from careerdesk.search.text import index_words


def test_rowids_pack_and_unpack():
    for kind in range(layout.KIND_TECH + 1):
        for career, item in ((0, 0), (1015, 7), (layout.CAREER_LIMIT - 1, layout.ITEM_LIMIT - 1)):
            assert layout.split_rowid(layout.rowid(kind, career, item)) == (kind, career, item)
    with pytest.raises(ValueError, match="overflow"):
        layout.rowid(layout.KIND_TASK, layout.CAREER_LIMIT, 0)


def test_kinds_are_numbered_best_first():
    # a career's lowest matching rowid is its best match: titles, other names, activities,
    # tasks, description, and technology last
    order = [layout.KIND_TITLE, layout.KIND_ALT, layout.KIND_SHORT, layout.KIND_ACTIVITY,
             layout.KIND_TASK, layout.KIND_DESCRIPTION, layout.KIND_TECH]
    assert order == sorted(order)
    assert layout.rowid(layout.KIND_DESCRIPTION, 1000, 0) < layout.rowid(layout.KIND_TECH, 0, 0)


def test_index_words_join_hyphenated_words():
    assert index_words("X-Ray Technician") == ["x", "ray", "technician", "xray"]


def test_the_database_has_this_index_version_with_work_activities(store):
    assert store.meta[layout.INDEX_META_KEY] == layout.INDEX_VERSION
    index = IndexReader(store.connection)
    assert index.present()
    assert index.codes() == [c.code for c in store.careers()]
    # "Care for animals." is a detailed work activity of animal caretakers
    caretakers = index.codes().index("39-2021.00")
    found = {layout.split_rowid(v)[1] for v in index.rowids('"animals"', layout.KIND_ACTIVITY,
                                                             layout.KIND_ACTIVITY)}
    assert caretakers in found
    texts = store.activity_texts(["39-2021.00"])["39-2021.00"]
    assert any("animal" in t.lower() for t in texts.values())
