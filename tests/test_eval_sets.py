"""The search evaluation sets in bench/eval/ parse, name real careers, and keep their promises.

gov_titles.tsv promises job titles that O*NET does not list word for word, each with SOC codes
that have an O*NET occupation, split dev/test by the rule its builder states;
student_phrases.tsv promises answers given as SOC prefixes that name careers, and predicates
the benchmark understands.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sqlite3
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "bench" / "eval"
DB_PATH = ROOT / "data" / "careers.db"
SOC = re.compile(r"^\d\d-\d{4}$")
PREFIX = re.compile(r"^\d\d-(\d{0,4}(\.\d\d)?)?$")


def _bench():
    spec = importlib.util.spec_from_file_location(
        "bench_search_eval", ROOT / "bench" / "bench_search_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench():
    return _bench()


@pytest.fixture(scope="module")
def db():
    with sqlite3.connect(DB_PATH) as conn:
        yield conn


@pytest.fixture(scope="module")
def career_codes(db) -> list[str]:
    return [code for (code,) in db.execute("SELECT code FROM occupation")]


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def test_gov_titles_parse_with_sizes_and_both_halves(bench):
    titles = bench.load_gov_titles()
    assert 400 <= len(titles) <= 1500
    splits = {t.split for t in titles}
    assert splits == {"dev", "test"}
    for split in splits:
        assert sum(t.split == split for t in titles) >= 150
    for item in titles:
        assert item.query.strip() == item.query and item.query
        assert item.socs and all(SOC.match(code) for code in item.socs), item
    assert len({normalise(t.query) for t in titles}) == len(titles), "a title is listed twice"


def test_every_gov_title_soc_code_has_an_onet_career(bench, career_codes):
    socs = {code[:7] for code in career_codes}
    missing = {code for t in bench.load_gov_titles() for code in t.socs} - socs
    assert not missing


def test_no_gov_title_is_word_for_word_an_onet_title(bench, db):
    onet = {normalise(t) for (t,) in db.execute("SELECT title FROM occupation")}
    for title, short in db.execute("SELECT title, short FROM title"):
        onet.add(normalise(title))
        if short:
            onet.add(normalise(short))
    clashes = [t.query for t in bench.load_gov_titles() if normalise(t.query) in onet]
    assert not clashes


def test_gov_titles_split_follows_the_stated_rule(bench):
    # dev when the first byte of the SHA-256 of the normalised title is even
    for item in bench.load_gov_titles():
        even = hashlib.sha256(normalise(item.query).encode()).digest()[0] % 2 == 0
        assert item.split == ("dev" if even else "test"), item.query


def test_student_phrases_parse(bench):
    phrases = bench.load_phrases()
    assert len(phrases) >= 40
    assert len({p.text for p in phrases}) == len(phrases)
    from_issue = [p for p in phrases if p.source == "issue 10"]
    assert 15 <= len(from_issue) < len(phrases) / 2  # most phrases are the team's own
    for phrase in phrases:
        assert phrase.text and phrase.source
        assert phrase.accept == ("*",) or all(PREFIX.match(p) for p in phrase.accept), phrase
        assert set(phrase.require) <= set(bench.PREDICATES), phrase
        assert phrase.accept != ("*",) or phrase.require, "'*' without a predicate judges nothing"


def test_every_phrase_answer_names_a_career(bench, career_codes):
    for phrase in bench.load_phrases():
        for prefix in phrase.accept:
            if prefix != "*":
                assert any(code.startswith(prefix) for code in career_codes), \
                    f"{phrase.text!r}: no career starts with {prefix}"


def test_phrase_judge_predicates_split_the_careers(bench, career_codes):
    from careerdesk.store import CareerStore

    with CareerStore(DB_PATH) as store:
        judge = bench.Judge(store)
    for predicate in bench.PREDICATES:
        having = sum(predicate in judge.facts[code] for code in career_codes)
        assert 50 < having < len(career_codes) - 50, (predicate, having)
    # a top-quarter wage is about a quarter of the careers that have a wage
    paid = sum("pay:top25" in judge.facts[c] for c in career_codes)
    assert 0.15 * len(career_codes) < paid < 0.35 * len(career_codes)
    nurse = bench.Phrase("help sick people", ("29-1",), (), "test")
    assert judge.fair(nurse, "29-1141.00") and not judge.fair(nurse, "47-2111.00")
    no_college = bench.Phrase("no college", ("*",), ("edu:hs",), "test")
    assert judge.fair(no_college, "35-2014.00")  # restaurant cooks: no formal credential
    assert not judge.fair(no_college, "29-1141.00")  # registered nurses: bachelor's degree
