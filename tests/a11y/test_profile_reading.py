"""What a screen reader user gets of a profile, heard through AT-SPI: the facts a sighted
student reads on each tab can be read as text there, headings are headings, lists are lists
of items, each chart is one object that says what it shows with its figures."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from tests.a11y.desktop import ROOT, Node, Reader
from tests.a11y.steps import current_page, open_career, show_tab

CODE = "29-1141.00"  # Registered Nurses


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def nurse() -> dict:
    """The profile as ``careerdesk show --json`` gives it: what the screen must say."""
    shown = subprocess.run([sys.executable, "-m", "careerdesk", "show", CODE, "--json"],
                           capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(shown.stdout)


def facts_by_tab(career: dict) -> dict[str, list[str]]:
    """What a sighted student reads on each tab, written from the data (not from the app)."""
    core = next(t["text"] for t in career["tasks"] if t["core"])
    outlook, wages = career["outlook"], career["wages"]
    first_time = career["time_allocation"][0]
    return {
        "Responsibilities": [career["description"], core],
        "Inside": [career["narrative"]["text"].split(". ")[0],
                   first_time["activity"], f"{first_time['percent']:.0f}%"],
        "Education": [career["education"]["typical_entry"]],
        "Pay & outlook": [f"${wages['median_annual']:,}", f"${wages['median_hourly']:.2f}",
                          f"{outlook['employment_2024']:,}", f"{outlook['employment_2034']:,}",
                          f"{outlook['percent_change']}%", f"{outlook['annual_openings']:,}"],
        "Skills & tech": [career["skills"][0], career["knowledge"][0],
                          career["technology_skills"][0]["name"], career["tools"][0]["name"]],
    }


def readable(reader: Reader, page: Node) -> str:
    """Everything a screen reader can read on the page, one object a line."""
    return "\n".join(plain(n.said) for n in reader.tree(page).walk()
                     if "showing" in n.states and n.said)


def test_profile_facts_are_readable_on_their_tabs(reader, nurse):
    open_career(reader, "registered nurses", nurse["title"])
    unread = []
    total = 0
    for label, facts in facts_by_tab(nurse).items():
        text = readable(reader, show_tab(reader, label))
        for fact in facts:
            total += 1
            if plain(fact) not in text:
                unread.append(f"{label}: {fact[:60]!r}")
    print(f"{total - len(unread)} of {total} facts readable")
    assert unread == [], "\n".join(unread) + "\n" + text[:600]


def test_titles_are_headings_and_a_chart_is_one_object_said_in_words(reader, nurse):
    open_career(reader, "registered nurses", nurse["title"])
    page = show_tab(reader, "Inside")
    nodes = [n for n in reader.tree(page).walk() if "showing" in n.states]
    headings = [n.name for n in nodes if n.role == "heading"]
    assert "How the work divides" in headings
    first = nurse["time_allocation"][0]
    said = f"{first['activity']} {first['percent']:.0f}%"
    charts = [n for n in nodes if n.role == "chart"]
    assert len(charts) == 1, charts
    assert said in charts[0].description
    # the figures are told once, by the chart, not again by a nameless drawing in it
    assert [n for n in nodes if said in n.description] == charts
    assert all(c.role == "label" and c.name for c in charts[0].children)  # its caption
    header = reader.find("heading", nurse["title"])
    assert len(header) == 1


def items_of(reader: Reader, node: Node) -> list[str]:
    return [plain(c.name) for c in reader.tree(node, depth=1).children if c.role == "list item"]


def test_lists_are_lists_of_items(reader, nurse):
    """The main tasks, skills and tools are each a list whose items are read one by one (not
    one text), in the order shown; Up and Down move from item to item."""
    open_career(reader, "registered nurses", nurse["title"])
    page = current_page(reader)
    assert page is not None
    core = [plain(t["text"]) for t in nurse["tasks"] if t["core"]]
    [tasks] = [n for n in reader.find("list", within=page) if n.name.startswith("Main tasks")]
    assert tasks.child_count == len(core)
    assert items_of(reader, tasks) == core
    # Tab onto the main tasks: the first task is read, Down reads the next ones
    for _ in range(12):
        mark = reader.mark()
        reader.keys("Tab")
        event = reader.wait_for_event(mark, lambda e: e["type"] == "focus:")
        if event["role"] == "list":
            break
    reader.wait_for_event(mark, lambda e: e["type"] == "focus:" and e["role"] == "list item"
                          and plain(e["name"]) == core[0])
    for task in core[1:3]:
        mark = reader.mark()
        reader.keys("Down")
        heard = reader.wait_for_event(mark, lambda e: e["type"] == "focus:")
        assert (heard["role"], plain(heard["name"])) == ("list item", task)
    focused = reader.focused()
    assert focused is not None and "focused" in focused.states and plain(focused.name) == core[2]
    page = show_tab(reader, "Skills & tech")
    lists = reader.find("list", within=page)
    read = [items_of(reader, n) for n in lists]
    for first in (nurse["skills"][0], nurse["tools"][0]["name"]):
        assert any(items and items[0].startswith(first) for items in read), (first, read)


def test_tab_reads_the_profile_in_order(reader, nurse):
    """From the page, Tab goes through its text in reading order: each paragraph is read
    (focus events name it; a list reads its first item) before the controls after the
    page."""
    open_career(reader, "registered nurses", nurse["title"])
    heard: list[str] = []
    for _ in range(8):
        mark = reader.mark()
        reader.keys("Tab")
        event = reader.wait_for_event(mark, lambda e: e["type"] == "focus:")
        if event["role"] == "list":  # then its item
            event = reader.wait_for_event(mark, lambda e: e["type"] == "focus:"
                                          and e["role"] == "list item")
        heard.append(plain(event["name"]))
    description = plain(nurse["description"])
    core = plain(next(t["text"] for t in nurse["tasks"] if t["core"]))
    where = [i for i, said in enumerate(heard) if description in said]
    assert where, heard
    task = [i for i, said in enumerate(heard) if core in said]
    assert task and task[0] > where[0], heard
