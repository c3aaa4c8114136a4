"""Career search: one query box over titles, other names, activities, tasks, technology and
descriptions.

The package is split by job: ``text`` (folding and words), ``layout`` (the index tables and
rowids), ``index`` (reading the index), ``understanding`` (what a query means), ``engine``
(ranking) and ``records`` (filters, sorts, results). The names below are its public face.
"""

from careerdesk.search.engine import SearchEngine
from careerdesk.search.layout import INDEX_META_KEY, INDEX_VERSION
from careerdesk.search.records import (
    ENTRY_EDUCATION,
    EXPOSURE_LEVELS,
    NO_FILTERS,
    FilterOptions,
    Filters,
    SearchResult,
    Sort,
)
from careerdesk.search.text import fold, words

__all__ = [
    "ENTRY_EDUCATION", "EXPOSURE_LEVELS", "INDEX_META_KEY", "INDEX_VERSION", "NO_FILTERS",
    "FilterOptions", "Filters", "SearchEngine", "SearchResult", "Sort", "fold", "words",
]
