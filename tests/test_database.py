"""The shipped careers database: every career complete, counts true to the source files."""

from __future__ import annotations

import csv
import sqlite3

import pytest

from careerdesk.build.pipeline import table_counts
from tests.conftest import DB_PATH, require_sources


@pytest.fixture(scope="module")
def careers(store):
    return [store.career(c.code) for c in store.careers()]


@pytest.fixture(scope="module")
def counts():
    conn = sqlite3.connect(f"file:{DB_PATH}?mode=ro", uri=True)
    try:
        return table_counts(conn)
    finally:
        conn.close()


def test_every_onet_occupation_is_there(careers):
    assert len(careers) == 1016
    assert sum(1 for c in careers if c.tasks) == 923


def test_careers_with_tasks_are_complete(careers):
    for c in careers:
        if not c.tasks:
            continue
        split = c.time_allocation("data")
        assert split is not None, c.code
        assert 1 <= len(split.shares) <= 9, c.code  # nine activity groups
        assert sum(s.percent for s in split.shares) == pytest.approx(100, abs=0.5), c.code
        assert split.method
        assert c.ai is not None and c.ai.label is not None, c.code
        assert c.narrative is not None and len(c.narrative.text) > 300, c.code
        assert c.interests, c.code


def test_missing_figures_are_null_never_zero(careers):
    for c in careers:
        if c.wages:
            assert c.wages.median_annual != 0
            assert all(v != 0 for v in c.wages.annual.values())
            assert all(s.annual_median != 0 for s in c.wages.by_state.values())
        if c.outlook:
            assert c.outlook.employment_2024 != 0
    # every career with tasks has BLS projections (30-odd through a combined BLS line);
    # two have no OEWS pay line at all
    assert not [c.code for c in careers if c.tasks and c.outlook is None]
    assert sorted(c.title for c in careers if c.tasks and c.wages is None) == [
        "Fishing and Hunting Workers", "Legislators"]


def test_abilities_rated_for_879_occupations(careers):
    rated = [c for c in careers if c.abilities_rated]
    assert len(rated) == 879
    assert all(len(c.abilities) == 10 for c in rated)


def test_outlook_categories_follow_the_bands(careers):
    from careerdesk import outlook

    for c in careers:
        if c.outlook and c.outlook.percent_change is not None:
            assert c.outlook.category == outlook.category(c.outlook.percent_change)


def test_top_coded_wages_keep_or_more(store):
    from careerdesk import formatting as fmt

    # Anesthesiologists' state medians are above the published ceiling in some states.
    wages = store.career("29-1211.00").wages
    capped = [s for s in wages.by_state.values() if "annual_median" in s.top_coded]
    assert capped
    assert fmt.money(capped[0].annual_median, top_coded=True) == "$239,200 or more"


def _rows(path, delimiter="\t"):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter,
                                   quoting=csv.QUOTE_NONE if delimiter == "\t"
                                   else csv.QUOTE_MINIMAL))


def test_counts_match_the_source_files(counts):
    src = require_sources()
    text = src / "onet-29.3" / "text"
    code = "O*NET-SOC Code"
    assert counts["occupation"] == len(_rows(text / "Occupation Data.txt"))
    assert counts["task"] == len(_rows(text / "Task Statements.txt"))
    assert counts["related"] == len(_rows(text / "Related Occupations.txt"))
    assert counts["technology"] == len({(r[code], r["Example"], r["Commodity Code"])
                                        for r in _rows(text / "Technology Skills.txt")})
    assert counts["tool"] == len({(r[code], r["Example"], r["Commodity Code"])
                                  for r in _rows(text / "Tools Used.txt")})
    jobs = _rows(text / "Job Zones.txt")
    conn = sqlite3.connect(f"file:{DB_PATH}?mode=ro", uri=True)
    try:
        zoned = conn.execute("SELECT count(*) FROM occupation WHERE job_zone IS NOT NULL")
        assert zoned.fetchone()[0] == len(jobs)
        reported = conn.execute("SELECT count(*) FROM title WHERE reported = 1").fetchone()[0]
        assert reported == len({(r[code], r["Reported Job Title"])
                                for r in _rows(text / "Sample of Reported Titles.txt")})
        occupations_with_tasks = conn.execute("SELECT count(DISTINCT code) FROM task")
        assert occupations_with_tasks.fetchone()[0] == 923
    finally:
        conn.close()
    gpts = _rows(src / "ai-gpts-are-gpts" / "occ_level.csv", ",")
    assert counts["ai_assessment"] == len(gpts) + 28 == 923 + 28  # + Microsoft's score only
    assert counts["narrative"] == 923 + 4  # data narratives + editorial ones
