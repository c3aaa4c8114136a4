"""The engine reads a stage's names with NameReader (each word's terms worked out once):
it must rank every name exactly as title_tier and is_literal do. Tests
careerdesk/search/names_tier.py."""

from __future__ import annotations

import random

from careerdesk.search import SearchEngine
from careerdesk.search.names_tier import NameReader, is_literal, title_tier
from careerdesk.search.text import content_words
from tests.conftest import ROOT

QUERIES = ["registered nurse", "nurse", "nurs", "fire fighter", "x-ray tech", "vet tech", "web dev",
           "i like animals", "work with kids", "lp nurse", "software developers", "sofware",
           "chief electrician", "4th grade math teacher", "be in movies", "or", "mech",
           "book keeper", "garbage man", "help sick people", "dental hy", "cop"]


def test_name_reader_reads_names_as_title_tier_does(store):
    engine = SearchEngine(store)
    lines = (ROOT / "bench" / "queries.txt").read_text(encoding="utf-8").splitlines()
    queries = QUERIES + random.Random(12).sample(
        [line.split("\t")[0] for line in lines if line and not line.startswith("#")], 40)
    names = [content_words(title) for _, title, _ in store.other_name_items()]
    names += [content_words(c.title) for c in store.careers()]
    names = random.Random(3).sample(sorted(set(names)), 2500)
    checked = 0
    for query in queries:
        terms = list(engine.understand(query).terms)
        if not terms:
            continue
        held = {w for t in terms for w in t.whole}
        starts = tuple(p for t in terms for p in t.prefixes)
        # names holding one of the words or a word they begin, and others
        chosen = [n for n in names if held & set(n) or starts and any(
            w.startswith(starts) for w in n)][:400] + names[:300]
        for partial in (False, True):
            reader = NameReader(terms, partial)
            for found in chosen:
                for official in (True, False):
                    expected = (*title_tier(found, terms, partial, official),
                                is_literal(found, terms, partial))
                    assert reader.read(found, official) == expected, (query, found)
                    checked += 1
    assert checked > 50_000
