"""What a student does with the keyboard, as the AT-SPI tests do it (with ``Reader``)."""

from __future__ import annotations

from tests.a11y.desktop import Node, Reader


def open_career(reader: Reader, words: str, title: str) -> None:
    """Type in the search box, go down to the first result and press Enter."""
    reader.keys("ctrl+f")
    reader.type(words)
    reader.wait_until("the results", lambda: reader.find(
        "list item", contains=title, within=reader.find_one("list", "Search results")))
    reader.keys("Down", "Return")
    # the page takes the focus once it is filled
    reader.wait_until(f"{title}'s profile", lambda: (
        focused := reader.focused()) is not None and focused.name.startswith(f"{title}: "))


def show_tab(reader: Reader, label: str) -> Node:
    """Ctrl+Tab until the profile tab ``label`` is selected; its page."""
    for _ in range(10):
        tab = reader.find_one("page tab", label)
        if "selected" in tab.states:
            break
        reader.keys("ctrl+Tab")
    else:
        raise AssertionError(f"Ctrl+Tab never reached the {label} tab")
    return reader.wait_until(f"the {label} page", lambda: current_page(reader))


def current_page(reader: Reader) -> Node | None:
    """The profile's page that is showing (the tab widget's one showing child page)."""
    tabs = reader.find_one(name="Profile sections")
    pages = [n for n in reader.tree(tabs, depth=2).walk()
             if n.child_count and n.role in ("scroll pane", "filler", "panel")
             and n.name and "showing" in n.states and n.id != tabs.id]
    return pages[0] if len(pages) == 1 else None  # one page shows (none while switching)
