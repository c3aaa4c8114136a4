"""Other views as a screen reader reads them, through AT-SPI: the start page, the quiz and
the bookmarks page read their text in the order it shows (their titles as headings); the
quiz says the activity to rate and where the student is, and the answer keys move it on."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.a11y.desktop import ROOT
from tests.a11y.steps import open_career, out_of_order, reading, said_in_order

TITLE = "Registered Nurses"


def questions() -> list[dict]:
    listed = subprocess.run([sys.executable, "-m", "careerdesk", "interests", "questions",
                             "--json"], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(listed.stdout)


def test_the_quiz_reads_the_activity_and_where_you_are(reader):
    asked = questions()
    reader.keys("ctrl+i")
    quiz = reader.wait_until("the quiz", lambda: reader.find(name="Interest quiz"))[0]
    first, second = asked[0]["text"], asked[1]["text"]
    reader.wait_until("the first activity", lambda: reader.find("label", first, within=quiz))
    assert reader.find("label", f"Activity 1 of {len(asked)}", within=quiz)
    reader.keys("l")  # like
    reader.wait_until("the second activity", lambda: reader.find("label", second,
                                                                 within=quiz))
    assert reader.find("label", f"Activity 2 of {len(asked)}", within=quiz)
    assert not reader.find("label", "Activity", within=quiz)  # no fixed name in its place


def test_the_start_page_reads_in_order(reader):
    start = reader.find_one(name="Start page")
    read = reading(reader, start)
    assert out_of_order(read) == []
    assert said_in_order(read, ["Find a career that fits you", "Explore careers",
                                "Your careers", "For counselors"]) == []
    headings = [n.name for n, _ in read if n.role == "heading"]
    assert headings[0] == "Find a career that fits you"
    # each tile is read as its title, then what it does
    tiles = [n for n in reader.find("push button", within=start) if n.description]
    assert len(tiles) >= 4
    for tile in tiles[:4]:
        assert said_in_order(read, [tile.name.split("\n")[0]]) == []


def test_the_quiz_page_reads_in_order(reader):
    asked = questions()
    reader.keys("ctrl+i")
    quiz = reader.wait_until("the quiz", lambda: reader.find(name="Interest quiz"))[0]
    reader.wait_until("the first activity", lambda: reader.find("label", asked[0]["text"],
                                                                within=quiz))
    read = reading(reader, quiz)
    assert out_of_order(read) == []
    assert said_in_order(read, ["What would you enjoy?", f"Activity 1 of {len(asked)}",
                                asked[0]["text"], "Would you enjoy this?"]) == []
    assert [n.name for n, _ in read if n.role == "heading"] == ["What would you enjoy?"]


def test_the_bookmarks_page_reads_in_order(reader):
    open_career(reader, "registered nurses", TITLE)
    reader.keys("ctrl+d", "ctrl+b")
    page = reader.wait_until("the bookmarks", lambda: reader.find(name="Bookmarked careers"))
    reader.wait_until("the bookmark", lambda: reader.find("list item", contains=TITLE,
                                                          within=page[0]))
    root = reader.find_one(name="Bookmarks")
    # the note's label names the bookmark once the list's current row is set; the reader
    # hears of that change a moment after the row itself (CI read the page in between)
    reader.wait_until("the note's label", lambda: reader.find(
        "label", contains="Note about", within=root))
    read = reading(reader, root)
    assert out_of_order(read) == []
    headings = [n.name for n, _ in read if n.role == "heading"]
    assert headings == ["Bookmarks of Guest", "Saved comparisons"]
    assert said_in_order(read, ["Bookmarks of Guest", TITLE, "Note about",
                                "Saved comparisons"]) == []


def test_the_quiz_results_read_in_order(reader):
    """Rated to the end, the quiz shows its results: read in screen order, its titles as
    headings, the best-fitting careers as a list."""
    count = len(questions())
    reader.keys("ctrl+i")
    reader.wait_until("the quiz", lambda: reader.find(name="Interest quiz"))
    reader.keys(*(["l", "d", "n"] * count)[:count], delay_ms=40)
    careers = reader.wait_until("the results", lambda: reader.find(
        "list", "Careers that fit your interests"))[0]
    read = reading(reader, reader.find_one(name="Your interest quiz results"))
    assert out_of_order(read) == []
    headings = [n.name for n, _ in read if n.role == "heading"]
    assert headings[:2] == ["What you would enjoy", "Careers that fit you"]
    assert said_in_order(read, ["What you would enjoy", "Your top interest area",
                                "Careers that fit you", "The 20 best fits"]) == []
    assert reader.refresh(careers).child_count == 20
