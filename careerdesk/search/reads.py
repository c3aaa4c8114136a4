"""The rows one search reads from the index (``careerdesk.search.index``): each FTS5 query
read once per search, a stage's rows grouped per career and kind, and the standing reads
made at preload for the queries searched again and again (each concept by itself)."""

from __future__ import annotations

from careerdesk.search.index import IndexReader
from careerdesk.search.layout import (
    CAREER_LIMIT,
    CAREER_SHIFT,
    ITEM_LIMIT,
    KIND_ACTIVITY,
    KIND_DESCRIPTION,
    KIND_SHIFT,
    KIND_SHORT,
    KIND_TECH,
    KIND_TITLE,
    kind_range,
)

# What a concept searched by itself reads (its stages, and partial matches' best per
# career when it is one term of several): kept from the engine's preload on
STANDING_STAGES = ((KIND_TITLE, KIND_SHORT), (KIND_ACTIVITY, KIND_DESCRIPTION),
                   (KIND_TECH, KIND_TECH))
STANDING_READS = (("grouped", KIND_TITLE, KIND_SHORT), ("rowids", KIND_ACTIVITY,
                  KIND_DESCRIPTION), ("rowids", KIND_TECH, KIND_TECH),
                  ("best_per_career", KIND_TITLE, KIND_DESCRIPTION))


class Reads:
    """The rows each FTS5 query of one search matched, read once: a stage's rows grouped per
    career and kind, and again, without another query, the tasks that excerpts are taken
    from. Names' stages are grouped by SQLite (their rows are not read again).

    A search's reads start from the ``standing`` ones, made at preload for the queries
    searched again and again (each concept by itself), which are never changed."""

    def __init__(self, index: IndexReader, standing: Reads | None = None) -> None:
        self._index = index
        self._standing = standing
        # by FTS5 query, then kinds read: a search looks a query up here many times
        self._rows: dict[str, dict[tuple[int, int], list[int]]] = {}
        self._groups: dict[tuple[str, tuple[int, int]], list[tuple[int, int, int, int]]] = {}

    def rowids(self, match: str, kinds: tuple[int, int]) -> list[int]:
        """The matching rowids of the kinds ``kinds[0]`` to ``kinds[1]``, in order."""
        found = _rows_within(self._rows.get(match), kinds)
        if found is None and self._standing is not None:
            found = _rows_within(self._standing._rows.get(match), kinds)
        if found is None:
            found = self._index.rowids(match, *kinds)
            self._rows.setdefault(match, {})[kinds] = found
        return found

    def grouped(self, match: str, kinds: tuple[int, int]) -> list[tuple[int, int, int, int]]:
        """(kind, career, item of the closest row, rows matched) per career and kind, in
        rowid order (rows are in order, so a group's first row is its closest)."""
        found = self._groups.get((match, kinds))
        if found is None and self._standing is not None:
            found = self._standing._groups.get((match, kinds))
        if found is None:
            found = self._groups[match, kinds] = self._grouped(match, kinds)
        return found

    def _grouped(self, match: str, kinds: tuple[int, int]) -> list[tuple[int, int, int, int]]:
        career_mask, item_mask = CAREER_LIMIT - 1, ITEM_LIMIT - 1
        if kinds[1] <= KIND_SHORT:  # names: many rows per group, which SQLite counts sooner
            return [(best >> KIND_SHIFT, (best >> CAREER_SHIFT) & career_mask, best & item_mask,
                     count) for best, count in self._index.grouped(match, *kinds)]
        found: list[tuple[int, int, int, int]] = []
        group, first, count = -1, 0, 0
        for value in self.rowids(match, kinds):
            if value >> CAREER_SHIFT != group:
                if count:
                    found.append((first >> KIND_SHIFT, (first >> CAREER_SHIFT) & career_mask,
                                  first & item_mask, count))
                group, first, count = value >> CAREER_SHIFT, value, 1
            else:
                count += 1
        if count:
            found.append((first >> KIND_SHIFT, (first >> CAREER_SHIFT) & career_mask,
                          first & item_mask, count))
        return found


def _rows_within(reads: dict[tuple[int, int], list[int]] | None,
                 kinds: tuple[int, int]) -> list[int] | None:
    """The rowids of ``kinds`` among the rows read of one query (``reads``: by the kinds
    read; those of the kinds alone, or a part of a wider read), or None if none holds them."""
    if not reads:
        return None
    found = reads.get(kinds)
    if found is not None:
        return found
    for (first, last), values in reads.items():
        if first <= kinds[0] and kinds[1] <= last:
            low, high = kind_range(*kinds)
            return [v for v in values if low <= v < high]
    return None
