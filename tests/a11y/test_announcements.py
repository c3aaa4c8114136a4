"""What a screen reader says when something happens, heard through AT-SPI: opening a career
moves the focus into it and names it, Ctrl+Tab names the new tab, the results count and
"added to the comparison" are announced, the window's name follows its title."""

from __future__ import annotations

import re

from tests.a11y.steps import open_career

TITLE = "Registered Nurses"


def focus_on(event: dict, *words: str) -> bool:
    """A focus event on an object whose name has all ``words``."""
    gained = event["type"] == "focus:" or (
        event["type"] == "object:state-changed:focused" and event["detail1"] == 1)
    return gained and all(w in event["name"] for w in words)


def test_opening_a_career_moves_the_focus_into_it_and_names_it(reader):
    mark = reader.mark()
    open_career(reader, "registered nurses", TITLE)
    heard = reader.wait_for_event(mark, lambda e: focus_on(e, TITLE))
    assert heard["name"] == f"{TITLE}: Responsibilities"
    focused = reader.focused()
    assert focused is not None and focused.name == heard["name"]


def test_ctrl_tab_names_the_tab_it_shows(reader):
    open_career(reader, "registered nurses", TITLE)
    for page in ("Inside this career", "Education & training"):
        mark = reader.mark()
        reader.keys("ctrl+Tab")
        reader.wait_for_event(mark, lambda e, page=page: focus_on(e, TITLE, page))
    reader.keys("ctrl+shift+Tab")
    assert reader.wait_until("the focus back on Inside", lambda: (
        f := reader.focused()) is not None and f.name == f"{TITLE}: Inside this career")


def test_the_results_count_is_announced(reader):
    box = reader.find_one("text", "Search careers")
    assert "focused" in box.states
    mark = reader.mark()
    reader.type("nurse")

    def last_count() -> tuple[dict, int, int] | None:
        """The last count announced, with the careers the list holds then (on a loaded
        machine a search may run, and be announced, before the last letter is typed)."""
        if reader.refresh(box).text != "nurse":
            return None
        said = [e for e in reader.events_since(mark, "object:announcement")
                if "matching careers" in str(e["data"])]
        if not said or (count := re.search(r"\d+", said[-1]["data"])) is None:
            return None
        held = reader.find_one("list", "Search results").child_count
        return (said[-1], int(count.group()), held) if int(count.group()) == held else None

    settled = reader.wait_until("the count of the search for 'nurse' announced", last_count)
    heard, count, held = settled
    assert count == held > 0  # the careers the list holds
    # and the status line reads the same (its text is its name)
    assert reader.find("label", heard["data"])


def test_adding_to_the_comparison_is_announced(reader):
    open_career(reader, "registered nurses", TITLE)
    mark = reader.mark()
    reader.keys("ctrl+k")
    heard = reader.wait_for_event(mark, lambda e: e["type"] == "object:announcement")
    assert TITLE in heard["data"] and "compar" in heard["data"].lower()


def test_the_window_name_follows_its_title(reader):
    def title() -> str:  # as the window manager shows it
        return reader.desktop.run(["xdotool", "getactivewindow", "getwindowname"]).strip()

    assert reader.find_one("frame").name == title()
    mark = reader.mark()
    open_career(reader, "registered nurses", TITLE)
    heard = reader.wait_for_event(mark, lambda e: e["type"].endswith("accessible-name")
                                  and e["role"] == "frame")
    assert heard["data"].startswith(f"{TITLE} — CareerDesk")
    assert reader.find_one("frame").name == heard["data"] == title()
