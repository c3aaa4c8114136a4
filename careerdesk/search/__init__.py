"""Career search: one query box over titles, other names, activities, tasks, technology and
descriptions.

The package is split by job: ``text`` (folding and words), ``layout`` (the index tables and
rowids), ``index`` (reading the index), ``reads`` (what one search reads of it),
``vocabulary`` (the index's words in memory), ``phrases`` (lead-ins, filler, and the
concepts and synonyms of the reviewed ``synonyms.tsv``), ``wishes`` (no college, pay and
growth said in a query), ``spans`` (where a phrase stands among a query's words),
``reading`` (what reading a query's phrases gives: its chips), ``phrasing`` (reading the
reviewed ``phrasing.tsv``: the lead-ins, filler and wish phrases), ``understanding`` (what a
query means), ``engine`` (ranking: ``SearchEngine``), ``stages`` (the stages a query is searched
in, each career's best match across them), ``scoring`` (tiers, bonuses, the scores of work
matches), ``names_tier`` (how a title or other name reads as the query), ``stranger_work``
(work holding a word only as a stemmer's false friend), ``roles`` (supervisors and helpers
below the work they name), ``hits`` (the records ranking passes around), ``partial``
(careers holding some of the words), ``title_ranker`` (the model, fitted on judged job
titles, that has the last word on a job title's order; ``title_ranker.json``),
``explain`` (why each result matched), ``filtering`` (filters and sort orders applied to
careers) and ``records`` (filters, sorts, results).
The career tables are read through ``careerdesk.store``. The names below are its public
face.
"""

from careerdesk.search.engine import SearchEngine
from careerdesk.search.layout import INDEX_META_KEY, INDEX_VERSION
from careerdesk.search.reading import Chip
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
from careerdesk.search.understanding import TRADE_SCHOOL, TRAINED, Understanding
from careerdesk.search.wishes import ASSOCIATE, BACHELOR, NONDEGREE

__all__ = [
    "ASSOCIATE", "BACHELOR", "ENTRY_EDUCATION", "EXPOSURE_LEVELS", "INDEX_META_KEY",
    "INDEX_VERSION", "NONDEGREE", "NO_FILTERS", "TRADE_SCHOOL", "TRAINED", "Chip",
    "FilterOptions", "Filters", "SearchEngine", "SearchResult", "Sort", "Understanding", "fold",
    "words",
]
