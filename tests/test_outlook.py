"""O*NET's Bright Outlook criteria applied to the BLS 2024-34 projections: the rule, its
edges, what it says, and how many careers of the shipped database it marks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from careerdesk import outlook
from careerdesk.outlook import BrightOutlook

DB = Path(__file__).resolve().parent.parent / "data" / "careers.db"


@pytest.mark.parametrize(("change", "openings", "grows", "many", "bright"), [
    (7.1, 900, True, False, True),  # much faster than average: +3.1 % average + 4.0
    (7.0, 9_999, False, False, False),  # faster than average only, openings just short
    (-12.0, 10_000, False, True, True),  # declining, but 100,000 openings over ten years
    (25.0, 150_000, True, True, True),
    (None, 12_000, None, True, True),
    (None, None, None, None, False),
])
def test_the_criteria(change, openings, grows, many, bright):
    found = BrightOutlook(change, openings)
    assert (found.grows_rapidly, found.many_openings, found.qualifies) == (grows, many, bright)
    assert outlook.bright_outlook(change, openings) is bright


def test_the_growth_threshold_is_the_much_faster_than_average_band():
    assert outlook.category(7.1) == outlook.BRIGHT_GROWTH_CATEGORY
    assert outlook.category(7.0) == "Faster than average"
    assert outlook.BRIGHT_OPENINGS_A_YEAR * outlook.PROJECTION_YEARS == 100_000


def test_what_a_career_reads():
    both = BrightOutlook(40.0, 30_000)
    assert both.verdict() == "☀ Bright outlook (grows rapidly, many job openings)"
    assert both.reasons() == [
        "projected to grow much faster than average (+40.0% from 2024 to 2034)",
        "a large number of job openings (about 30,000 a year, 300,000 over 2024–34)"]
    assert BrightOutlook(1.0, 500).verdict() == "Does not meet the Bright Outlook criteria"
    assert BrightOutlook(None, None).verdict() is None  # shown as "not available"


def test_the_rule_is_stated_with_its_thresholds_and_sources():
    text = " ".join(outlook.bright_rule())
    for words in ("+7.1% or more", "+3.1%", "100,000 or more job openings", "10,000 or more a "
                  "year", "new and emerging", "not applied", outlook.BRIGHT_CRITERIA_URL,
                  outlook.BRIGHT_CATEGORIES_URL, "Employment Projections 2024–34",
                  "share one SOC occupation"):
        assert words in text
    summary = outlook.bright_summary()
    assert "+7.1% or more" in summary and "100,000" in summary
    html = outlook.bright_rule_html()
    assert html.count("<li>") == 2 and "O*NET&#x27;s third criterion" in html


def _careers() -> list[tuple[str, float | None, int | None]]:
    with sqlite3.connect(f"file:{DB}?mode=ro", uri=True) as db:
        return list(db.execute(
            "SELECT o.code, p.percent_change, p.annual_openings FROM occupation o"
            " LEFT JOIN projection p ON p.soc_code = o.soc_code"))


def test_how_many_careers_of_the_database_qualify():
    """The counts the README gives (1,016 careers; 963 with BLS projections)."""
    found = [BrightOutlook(change, openings) for _, change, openings in _careers()]
    counts = {"careers": len(found), "known": sum(f.known for f in found),
              "grows": sum(bool(f.grows_rapidly) for f in found),
              "openings": sum(bool(f.many_openings) for f in found),
              "both": sum(bool(f.grows_rapidly and f.many_openings) for f in found),
              "bright": sum(f.qualifies for f in found)}
    assert counts == {"careers": 1016, "known": 997, "grows": 144, "openings": 382,
                      "both": 81, "bright": 445}


def test_the_badge_glyph_is_in_dejavu_sans():
    """A missing glyph draws an empty box: the sun must be in the bundled/system font."""
    from matplotlib import font_manager, ft2font

    path = font_manager.findfont("DejaVu Sans", fallback_to_default=False)
    assert ord(outlook.BRIGHT_BADGE) in ft2font.FT2Font(path).get_charmap()
