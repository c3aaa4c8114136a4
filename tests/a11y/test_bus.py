"""The accessibility bus comes up and CareerDesk joins it (without the packages this is the
one test of the folder that runs, to skip with the reason)."""

from __future__ import annotations


def test_careerdesk_joins_the_accessibility_bus(reader):
    app = reader.tree(depth=1)
    assert app.role == "application" and app.name == "CareerDesk"
    assert [c.role for c in app.children if c.role == "frame"] == ["frame"]
    focused = reader.focused()
    assert focused is not None and focused.name == "Search careers"  # the window is active


def test_the_start_page_titles_are_headings(reader):
    start = reader.find_one(name="Start page")
    headings = [n.name for n in reader.find("heading", within=start)]
    assert headings[:1] == ["Find a career that fits you"]
    assert {"Explore careers", "Your careers", "For counselors"} <= set(headings)
