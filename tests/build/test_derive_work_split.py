"""How the work divides (issue 12 item 5): groups a student recognises. For 25 careers from
every SOC major group, ``tests/data/work_split_expectations.csv`` names the group a reader
would expect on top of O*NET's estimate, with a one-line reason. All but one hold; the one
that does not is named here with why, so a change that breaks another shows at once."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from careerdesk.build import derive
from tests.conftest import DB_PATH

EXPECTATIONS = Path(__file__).resolve().parents[1] / "data" / "work_split_expectations.csv"
# O*NET lists one driving activity among the 29 tasks of truck drivers; loading and securing
# cargo, upkeep and hooking up lines come to more (hands-on 28 %, driving 26 %). Tasks are
# counted, not timed (O*NET 29.3 as shipped has no task frequencies to weigh them by).
KNOWN_MISSES = {"53-3032.00": "Hands-on work with tools and machines"}


def expectations() -> list[dict[str, str]]:
    with open(EXPECTATIONS, encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def tops() -> dict[str, tuple[str, float]]:
    with sqlite3.connect(f"file:{DB_PATH}?mode=ro", uri=True) as db:
        return {code: (label, percent) for code, label, percent in db.execute(
            "SELECT code, label, percent FROM time_share WHERE method = 'onet-activities'"
            " AND seq = 1")}


def test_the_expectations_cover_every_major_group():
    rows = expectations()
    assert len(rows) == 25
    assert len({r["code"] for r in rows}) == 25
    with sqlite3.connect(f"file:{DB_PATH}?mode=ro", uri=True) as db:
        groups = {g for g, in db.execute(  # military careers (55) have no O*NET tasks
            "SELECT DISTINCT major_group FROM occupation o JOIN time_share t USING (code)")}
        titles = dict(db.execute("SELECT code, title FROM occupation"))
    assert {r["code"][:2] + "-0000" for r in rows} == groups  # all 22 major groups
    names = {name for _, name, _ in derive.ACTIVITY_GROUPS}
    for r in rows:
        assert titles[r["code"]] == r["title"]
        assert r["expected_top"] in names and r["reason"].strip()


@pytest.mark.parametrize("row", expectations(), ids=lambda r: r["title"])
def test_the_group_a_reader_expects_is_on_top(row):
    top, percent = tops()[row["code"]]
    if row["code"] in KNOWN_MISSES:
        assert top == KNOWN_MISSES[row["code"]]  # still the known miss (not a new one)
        pytest.xfail(f"{row['title']}: {top} {percent:.0f}% is on top")
    assert top == row["expected_top"], f"{row['title']}: {top} {percent:.0f}% ({row['reason']})"


def test_the_named_puzzles_are_gone():
    """The issue's examples: what the old groups showed and a reader would not expect."""
    with sqlite3.connect(f"file:{DB_PATH}?mode=ro", uri=True) as db:
        def split(code: str) -> dict[str, float]:
            return dict(db.execute("SELECT label, percent FROM time_share WHERE code = ?"
                                   " AND method = 'onet-activities'", (code,)))
        software = split("15-1252.00")
        assert software.get("Leading, coordinating and teaching", 0) < 25  # was 34
        assert software["Records, paperwork and computers"] > 25  # was 5
        assert "Caring for and assisting people" not in split("39-2021.00")  # no "people"
        keyers = split("43-9021.00")
        assert keyers.get("Hands-on work with tools and machines", 0) < 15  # was 22
        labels = {name for name, in db.execute("SELECT name FROM activity_group")}
    assert "Caring for people or animals" in labels and "Designing and creating" in labels


def test_phones_and_radios_are_talking_not_tools():
    """Operating phones, radios and switchboards is talking with people: switchboard and
    telephone operators had "hands-on work with tools and machines" on top (29 % and 28 %)."""
    for code in ("43-2011.00", "43-2021.00"):  # switchboard operators, telephone operators
        assert tops()[code][0] == "Talking and working with people"


def test_every_work_activity_has_a_home():
    """Each of O*NET's 41 generalized work activities belongs to a group; overrides name
    real groups."""
    ids = {gid for gid, _, _ in derive.ACTIVITY_GROUPS}
    assert len(derive.GWA_GROUP) == 41 and set(derive.GWA_GROUP.values()) <= ids
    assert set(derive.IWA_GROUP.values()) | set(derive.DWA_GROUP.values()) <= ids
    assert all(i[:-4] in derive.GWA_GROUP for i in derive.IWA_GROUP)
