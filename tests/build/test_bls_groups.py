"""Combined BLS lines (careerdesk.build.bls_groups): the rule, and the mapping it finds in the
real source files, each entry checked against the projections workbook, the OEWS national
file and Microsoft's scores."""

from __future__ import annotations

import sqlite3

import pytest

from careerdesk.build import ai_microsoft, bls_groups, bls_projections
from careerdesk.build.readers import read_csv, read_xlsx
from tests.conftest import DB_PATH, require_sources

# The combined lines the issue names; the build must find each from the sources.
NAMED = {"13-1020", "13-2020", "21-1018", "25-2052", "25-9045", "29-2010", "31-1120",
         "39-7010", "47-4090", "51-2028", "51-2090", "53-1047"}


def test_a_soc_code_without_a_line_takes_the_one_combined_line_of_its_broad_group():
    published = {"21-1012", "21-1013", "21-1015", "21-1018", "21-1019", "31-1131"}
    ours = {"21-1011", "21-1012", "21-1013", "21-1014", "21-1015", "21-1019", "31-1121"}
    assert bls_groups.covering_lines(published, ours) == {"21-1011": "21-1018",
                                                          "21-1014": "21-1018"}


def test_no_line_or_two_candidate_lines_leave_the_code_unmapped():
    assert bls_groups.covering_lines({"11-1021"}, {"11-1031"}) == {}
    assert bls_groups.covering_lines({"47-4090", "47-4098"}, {"47-4091"}) == {}


def test_sources_that_disagree_are_an_error():
    assert bls_groups.merge({"a": {"1": "x"}, "b": {"1": "x", "2": "y"}}) == {"1": "x",
                                                                            "2": "y"}
    with pytest.raises(ValueError, match="covers SOC 1 with z"):
        bls_groups.merge({"a": {"1": "x"}, "b": {"1": "z"}})


def _onet_socs() -> set[str]:
    with sqlite3.connect(f"file:{DB_PATH}?mode=ro", uri=True) as db:
        return {soc for (soc,) in db.execute("SELECT soc_code FROM occupation")}


def test_the_mapping_found_in_the_source_files():
    src = require_sources()
    lines = {}
    for row in read_xlsx(src / bls_projections.FOLDER / bls_projections.FILE,
                         bls_projections.COLUMNS, sheet=bls_projections.SHEET, header_row=2):
        code = row.text(bls_projections.CODE, optional=True)
        if code and row.text(bls_projections.TYPE) == "Line item":
            lines[code] = row.text(bls_projections.TITLE)
    oews = {row.text("soc_code"): row.text("occupation_name") for row in read_csv(
        src / "bls-oews-may-2025" / "oews_may2025_national_cross_industry.csv",
        ["soc_code", "occupation_name", "display_level"]) if row.text("display_level") == "3"}
    ours = _onet_socs()
    mapping = bls_groups.covering_lines(lines, ours)
    assert set(mapping.values()) == NAMED  # all twelve, and no other line fits the rule
    assert bls_groups.covering_lines(oews, ours) == mapping
    microsoft = ai_microsoft.load(src, ours)
    for soc, line in mapping.items():
        assert soc not in lines and soc not in oews  # BLS publishes no line of its own
        assert line in lines and line in oews and line not in ours
        assert line[:6] == soc[:6]  # in its SOC broad group
        assert microsoft[soc] == microsoft[line]
    # careers BLS publishes in no line at all: military ones, and no OEWS pay for two
    assert not [soc for soc in ours - lines.keys() - mapping.keys()
                if not soc.startswith("55-")]
    assert sorted(ours - oews.keys() - mapping.keys() - {s for s in ours
                                                         if s.startswith("55-")}) == [
        "11-1031", "45-3031"]  # Legislators, Fishing and Hunting Workers


def test_the_database_holds_the_lines_figures_under_each_soc_code_it_covers():
    with sqlite3.connect(f"file:{DB_PATH}?mode=ro", uri=True) as db:
        groups = db.execute("SELECT soc_code, bls_code FROM bls_group").fetchall()
        assert {line for _, line in groups} == NAMED and len(groups) == 28
        careers = db.execute("SELECT count(*) FROM occupation o JOIN bls_group g"
                             " ON g.soc_code = o.soc_code").fetchone()[0]
        assert careers == 34
        with_tasks = db.execute(
            "SELECT count(DISTINCT o.code) FROM occupation o JOIN bls_group g ON g.soc_code"
            " = o.soc_code JOIN task t ON t.code = o.code").fetchone()[0]
        assert with_tasks == 30  # the "30 careers"; four more have no O*NET tasks
        home_health = db.execute(
            "SELECT employment_2024, percent_change, annual_openings, entry_education"
            " FROM projection WHERE soc_code = '31-1121'").fetchone()
        assert home_health == (4_347_700, 17.0, 765_800, "High school diploma or equivalent")
        wages = db.execute("SELECT count(*), min(annual_median) FROM wage"
                           " WHERE soc_code = '21-1014'").fetchone()
        assert wages[0] > 50 and wages[1] is not None  # national and the states
        scored = db.execute("SELECT count(*) FROM ai_assessment a JOIN occupation o"
                            " ON o.code = a.code WHERE o.title LIKE '%All Other%'"
                            " AND a.applicability IS NOT NULL").fetchone()[0]
        assert scored >= 23
