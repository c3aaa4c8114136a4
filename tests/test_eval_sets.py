"""The search evaluation sets in bench/eval/ parse, name real careers, and keep their promises.

gov_titles.tsv promises job titles that O*NET does not list word for word, each with SOC codes
that have an O*NET occupation, split dev/test by the rule its builder states, holdout for the
titles of the third Census sample, holdout2 to holdout14 for those of the fourth to the
sixteenth; gov_titles_reviewed.tsv and gov_titles_holdout*_reviewed.tsv promise a blind
re-judging of that file's test and holdout splits: only their titles,
codes of real careers, no title O*NET lists word for word, and the counts their headers state;
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
REVIEWED = EVAL / "gov_titles_reviewed.tsv"
HOLDOUT_REVIEWED = EVAL / "gov_titles_holdout_reviewed.tsv"
HOLDOUT2_REVIEWED = EVAL / "gov_titles_holdout2_reviewed.tsv"
HOLDOUT3_REVIEWED = EVAL / "gov_titles_holdout3_reviewed.tsv"
HOLDOUT4_REVIEWED = EVAL / "gov_titles_holdout4_reviewed.tsv"
HOLDOUT5_REVIEWED = EVAL / "gov_titles_holdout5_reviewed.tsv"
HOLDOUT6_REVIEWED = EVAL / "gov_titles_holdout6_reviewed.tsv"
HOLDOUT7_REVIEWED = EVAL / "gov_titles_holdout7_reviewed.tsv"
HOLDOUT8_REVIEWED = EVAL / "gov_titles_holdout8_reviewed.tsv"
HOLDOUT9_REVIEWED = EVAL / "gov_titles_holdout9_reviewed.tsv"
HOLDOUT10_REVIEWED = EVAL / "gov_titles_holdout10_reviewed.tsv"
HOLDOUT11_REVIEWED = EVAL / "gov_titles_holdout11_reviewed.tsv"
HOLDOUT12_REVIEWED = EVAL / "gov_titles_holdout12_reviewed.tsv"
HOLDOUT13_REVIEWED = EVAL / "gov_titles_holdout13_reviewed.tsv"
HOLDOUT14_REVIEWED = EVAL / "gov_titles_holdout14_reviewed.tsv"
SAMPLES = EVAL / "source"
# (file, split it re-judges, fewest rows it may keep)
REVIEWED_SETS = [(REVIEWED, "test", 150), (HOLDOUT_REVIEWED, "holdout", 150),
                 (HOLDOUT2_REVIEWED, "holdout2", 150), (HOLDOUT3_REVIEWED, "holdout3", 150),
                 (HOLDOUT4_REVIEWED, "holdout4", 150), (HOLDOUT5_REVIEWED, "holdout5", 150),
                 (HOLDOUT6_REVIEWED, "holdout6", 150), (HOLDOUT7_REVIEWED, "holdout7", 150),
                 (HOLDOUT8_REVIEWED, "holdout8", 150), (HOLDOUT9_REVIEWED, "holdout9", 150),
                 (HOLDOUT10_REVIEWED, "holdout10", 150), (HOLDOUT11_REVIEWED, "holdout11", 150),
                 (HOLDOUT12_REVIEWED, "holdout12", 150), (HOLDOUT13_REVIEWED, "holdout13", 150),
                 (HOLDOUT14_REVIEWED, "holdout14", 150)]
SOC = re.compile(r"^\d\d-\d{4}$")
PREFIX = re.compile(r"^\d\d-(\d{0,4}(\.\d\d)?)?$")


def _bench(name: str = "bench_search_eval"):
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
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


def _sample_titles(*names: str) -> set[str]:
    """The normalised titles of Census index samples in bench/eval/source/."""
    titles = set()
    for name in names:
        for line in (SAMPLES / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                titles.add(normalise(line.rpartition("|")[0]))
    return titles


def _onet_titles(db) -> set[str]:
    onet = {normalise(t) for (t,) in db.execute("SELECT title FROM occupation")}
    for title, short in db.execute("SELECT title, short FROM title"):
        onet.add(normalise(title))
        if short:
            onet.add(normalise(short))
    return onet


def test_gov_titles_parse_with_sizes_and_both_halves(bench):
    titles = bench.load_gov_titles()
    assert 400 <= len(titles) <= 6000
    splits = {t.split for t in titles}
    assert splits == {"dev", "test", "holdout", "holdout2", "holdout3", "holdout4", "holdout5",
                      "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11",
                      "holdout12", "holdout13", "holdout14"}
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
    onet = _onet_titles(db)
    clashes = [t.query for t in bench.load_gov_titles() if normalise(t.query) in onet]
    assert not clashes


def test_gov_titles_split_follows_the_stated_rule(bench):
    # each later sample's titles are its holdout split (the third sample's holdout, the
    # fourth's holdout2, ..., the sixteenth's holdout14) unless an earlier sample has them; the
    # rest are dev when the first byte of the SHA-256 of the normalised title is even, else
    # test
    tuning = _sample_titles("census_index_sample.txt", "census_index_sample_2.txt")
    split_of: dict[str, str] = {}
    for number, split in ((3, "holdout"), (4, "holdout2"), (5, "holdout3"), (6, "holdout4"),
                          (7, "holdout5"), (8, "holdout6"), (9, "holdout7"),
                          (10, "holdout8"), (11, "holdout9"), (12, "holdout10"),
                          (13, "holdout11"), (14, "holdout12"), (15, "holdout13"),
                          (16, "holdout14")):
        for key in _sample_titles(f"census_index_sample_{number}.txt") - tuning:
            split_of.setdefault(key, split)
    titles = bench.load_gov_titles()
    for item in titles:
        key = normalise(item.query)
        if key in split_of:
            assert item.split == split_of[key], item.query
        else:
            assert key in tuning, f"{item.query}: in no sample"
            even = hashlib.sha256(key.encode()).digest()[0] % 2 == 0
            assert item.split == ("dev" if even else "test"), item.query
    for split in set(split_of.values()):
        assert sum(t.split == split for t in titles) >= 150, split


@pytest.mark.parametrize("path,split,fewest", REVIEWED_SETS)
def test_reviewed_gov_titles_parse(bench, path, split, fewest):
    reviewed = bench.load_gov_titles(path)
    of_split = sum(t.split == split for t in bench.load_gov_titles())
    assert fewest <= len(reviewed) <= of_split
    for item in reviewed:
        assert item.query.strip() == item.query and item.query
        assert item.split == split, item.query
        assert item.socs and all(SOC.match(code) for code in item.socs), item
        assert len(item.socs) <= 20, f"{item.query}: {len(item.socs)} codes"
    assert len({normalise(t.query) for t in reviewed}) == len(reviewed), "a title is listed twice"


@pytest.mark.parametrize("path", [path for path, _, _ in REVIEWED_SETS])
def test_every_reviewed_soc_code_has_an_onet_career(bench, career_codes, path):
    socs = {code[:7] for code in career_codes}
    missing = {code for t in bench.load_gov_titles(path) for code in t.socs} - socs
    assert not missing


@pytest.mark.parametrize("path", [path for path, _, _ in REVIEWED_SETS])
def test_no_reviewed_title_is_word_for_word_an_onet_title(bench, db, path):
    onet = _onet_titles(db)
    assert not [t.query for t in bench.load_gov_titles(path) if normalise(t.query) in onet]


def _dropped(text: str) -> list[str]:
    """The titles the reviewed file's trailing comment lists as dropped."""
    return re.findall(r"^# - '(.+?)' \(was ", text, flags=re.MULTILINE)


@pytest.mark.parametrize("path,split,fewest", REVIEWED_SETS)
def test_reviewed_titles_are_their_split_and_the_header_counts_hold(bench, path, split, fewest):
    test = {t.query: t.socs for t in bench.load_gov_titles() if t.split == split}
    reviewed = bench.load_gov_titles(path)
    outside = [t.query for t in reviewed if t.query not in test]
    assert not outside, f"not from the {split} split of gov_titles.tsv"
    text = path.read_text(encoding="utf-8")
    dropped = _dropped(text)
    assert set(dropped) <= set(test)
    # every test title is either kept (perhaps re-judged) or listed as dropped, never both
    assert sorted([t.query for t in reviewed] + dropped) == sorted(test)
    kinds = {"unchanged": 0, "added": 0, "narrowed": 0, "replaced": 0}
    for item in reviewed:
        old = test[item.query]
        kind = ("unchanged" if item.socs == old else "added" if item.socs > old
                else "narrowed" if item.socs < old else "replaced")
        kinds[kind] += 1
    header = " ".join(line[1:] for line in text.splitlines() if line.startswith("#"))
    header = " ".join(header.split())
    assert f"kept unchanged {kinds['unchanged']};" in header
    assert f"codes added (all original codes kept) {kinds['added']};" in header
    assert f"narrowed to some of the original codes {kinds['narrowed']};" in header
    assert f"others added) {kinds['replaced']};" in header
    assert f"dropped {len(dropped)};" in header
    assert f"kept rows {len(reviewed)}." in header


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


# the held-out rounds, each a tuning set once measured
HELD_OUT_ROUNDS = [f"student_phrases_holdout{n}.tsv" for n in range(2, 457)]
# from round 118 on, rows repeating a phrase of student_phrases.tsv were removed after
# measuring (the header's "# After measuring" line names them): 24 written, all accounted for
FIRST_PRUNED_ROUND = 118


def _removed_after_measuring(name: str) -> int:
    """How many rows the round's header says were removed after measuring."""
    for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("# After measuring"):
            return len(re.findall(r"'([^']*)'", line.split(":", 1)[1]))
    return 0


@pytest.mark.parametrize("name", HELD_OUT_ROUNDS)
def test_held_out_phrases_parse_and_name_careers(bench, career_codes, name):
    phrases = bench.load_phrases(bench.EVAL / name)
    pruned = int(name.removeprefix("student_phrases_holdout").removesuffix(".tsv")) \
        >= FIRST_PRUNED_ROUND
    if pruned:
        assert len(phrases) + _removed_after_measuring(name) == 24
    else:
        assert len(phrases) >= 24
    tuned = {p.text for p in bench.load_phrases()}
    assert not tuned & {p.text for p in phrases}, "a held-out phrase is in the tuning set"
    for phrase in phrases:
        assert set(phrase.require) <= set(bench.PREDICATES), phrase
        for prefix in phrase.accept:
            assert prefix == "*" or any(code.startswith(prefix) for code in career_codes), \
                f"{phrase.text!r}: no career starts with {prefix}"


WRITTEN_SETS = [(EVAL / "civil_titles_reviewed.tsv", "civil"),
                (EVAL / "civil_titles2_reviewed.tsv", "civil2"),
                (EVAL / "civil_titles3_reviewed.tsv", "civil3"),
                (EVAL / "posting_titles_reviewed.tsv", "posting"),
                (EVAL / "posting_titles2_reviewed.tsv", "posting2"),
                (EVAL / "posting_titles3_reviewed.tsv", "posting3")]


@pytest.mark.parametrize("path,split", WRITTEN_SETS)
def test_written_title_sets_are_200_titles_o_net_does_not_list(bench, db, career_codes, path,
                                                               split):
    """The title sets written from memory (stops 27-29): 200 titles each, none of them
    word for word an O*NET title or other name, each answered by careers that exist."""
    titles = bench.load_gov_titles(path)
    assert len(titles) == 200 and {t.split for t in titles} == {split}
    assert len({normalise(t.query) for t in titles}) == 200, "a title is listed twice"
    onet = _onet_titles(db)
    assert not [t.query for t in titles if normalise(t.query) in onet]
    socs = {code[:7] for code in career_codes}
    assert all(t.socs and t.socs <= socs for t in titles)


def test_title_figures_by_baseline_group_each_title_once_and_weigh_as_the_issue(bench):
    """bench_search_eval --by-baseline: each title falls in the group of what the baseline did
    with it, and the weighted estimate uses the issue's baseline shares (75.5 / 17.4 / 1.5)."""
    titles = [bench.GovTitle(query, frozenset({soc}), "dev")
              for query, soc in (("first", "11-1011"), ("later", "11-1011"),
                                 ("elsewhere", "11-1011"), ("none", "11-1011"))]
    baseline = {"first": ["11-1011.00", "13-1011.00"], "later": ["13-1011.00", "11-1011.03"],
                "elsewhere": ["13-1011.00"], "none": []}
    engine = {"first": ["11-1011.00"], "later": ["11-1011.00"], "elsewhere": ["13-1011.00"],
              "none": []}
    groups = bench.by_baseline(engine.__getitem__, baseline.__getitem__, titles)
    assert {outcome: f["n"] for outcome, f in groups.items()} == {
        "top-1": 1, "top-10": 1, "missed": 1, "empty": 1}
    estimate = bench.reweighted(groups, bench.REVIEWERS_BASELINE)
    assert estimate["top1"] == pytest.approx(92.9)  # right where the baseline had it in 10
    assert estimate["top10"] == pytest.approx(92.9)
    assert estimate["empty"] == pytest.approx(1.5)


def test_the_weighted_estimate_says_its_margin_from_the_groups_sizes(bench):
    # a group of 100 titles at 50 % weighs 75.5 % of the estimate: 1.96 * 0.755 * 5 points
    half = {"n": 100, "top1": 50.0, "top10": 50.0, "empty": 0.0}
    none = {"n": 0, "top1": 0.0, "top10": 0.0, "empty": 0.0}
    groups = {"top-1": half, "top-10": none, "missed": none, "empty": none}
    margin = bench.reweighted_margin(groups, bench.REVIEWERS_BASELINE)
    assert margin["top1"] == pytest.approx(1.96 * 0.755 * 5)
    assert margin["empty"] == 0.0


@pytest.mark.parametrize("path", sorted(EVAL.glob("results_judged_rounds*.tsv")),
                         ids=lambda p: p.name)
def test_results_judged_rounds_name_five_real_careers_each_marked(career_codes, path):
    """Each phrase judged on the results shown: five careers that exist, each marked y or n
    (fewer when the search showed fewer: none for batch 54's "crawfish", two for gate 170's
    "video games but not college"), 24 phrases a round, and the figure its header states."""
    judged = _bench("bench_results_judged").rows(path)
    assert len(judged) == 192
    for phrase, shown, marks in judged:
        assert len(shown) <= 5 and set(shown) <= set(career_codes), phrase
        assert len(marks) == len(shown) and set(marks) <= {"y", "n"}, phrase
    passed = sum(marks.count("y") >= 3 for _, _, marks in judged)
    assert f"{passed} of 192 phrases had at least 3 fair answers" in path.read_text()
