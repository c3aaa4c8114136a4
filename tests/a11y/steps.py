"""What a student does with the keyboard, as the AT-SPI tests do it (with ``Reader``)."""

from __future__ import annotations

from collections.abc import Iterator

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


def choose(reader: Reader, menu: str, item: str, key: str, tries: int = 3) -> None:
    """Open a menu by its key (``alt+m``), wait until its item ``item`` shows and one of the
    menu's own items has the keyboard, then press ``key`` (the item's). A key sent sooner
    goes elsewhere: on a loaded machine Qt can take longer than xdotool's delay to open a
    menu, and the first focus heard may be a menu bar title's ("File"). Right after a dialog
    closes, the window manager may not yet have given the window back the keyboard, and the
    menu key is lost: the menu is asked for again, ``tries`` times in all."""
    bar = reader.find_one("menu bar")
    titles = {n.name for n in reader.tree(bar, depth=1).children}
    for attempt in range(tries):
        mark = reader.mark()
        reader.keys(menu)
        try:
            reader.wait_until(f"the {item!r} menu item",
                              lambda: reader.find("menu item", item), timeout=5)
            break
        except AssertionError:
            if attempt == tries - 1:
                raise
            reader.keys("Escape")  # (the menu bar, if it took the keyboard)
    reader.wait_for_event(mark, lambda e: e["type"] == "focus:" and e["role"] == "menu item"
                          and e["name"] not in titles)
    reader.keys(key)


def show_tab(reader: Reader, label: str) -> Node:
    """Ctrl+Tab until the profile tab ``label`` is selected; its page."""
    for _ in range(10):
        tab = reader.find_one("page tab", label)
        if "selected" in tab.states:
            break
        reader.keys("ctrl+Tab")
    else:
        raise AssertionError(f"Ctrl+Tab never reached the {label} tab")
    return reader.wait_until(f"the {label} page", lambda: current_page(reader, label))


def current_page(reader: Reader, label: str | None = None) -> Node | None:
    """The profile's page that is showing (the tab widget's one showing child page), and
    when ``label`` is given only once it is that tab's: a page is named "<career>: <its
    tab's full name>", which the tab's short label begins ("Inside", "Inside this career").
    Under load the page of the tab before can still be the one showing just after the
    switch (a CI run read the Skills page for the Inside tab)."""
    tabs = reader.find_one(name="Profile sections")
    pages = [n for n in reader.tree(tabs, depth=2).walk()
             if n.child_count and n.role in ("scroll pane", "filler", "panel")
             and n.name and "showing" in n.states and n.id != tabs.id]
    if len(pages) != 1:
        return None  # one page shows (none while switching)
    if label is not None and not pages[0].name.split(": ", 1)[-1].startswith(label):
        return None
    return pages[0]


# Roles that only hold others (their text, if any, is their children's)
HOLDERS = {"filler", "panel", "scroll pane", "viewport", "scroll bar", "split pane",
           "layered pane", "tool bar", "status bar", "page tab list", "separator", "image"}
# Read as one, by their name (a combo box says its choice, not its pop-up list's items)
LEAVES = {"combo box", "push button", "check box", "radio button", "spin button"}


def reading(reader: Reader, root: Node) -> list[tuple[Node, tuple[int, int, int, int]]]:
    """What a screen reader reads of ``root``, in the order it reads it (its objects in
    the tree's order), with where each is on the screen: every object showing that has
    something to say and nothing under it (a tile's title and description, not the tile
    again; a list's items)."""
    def shown(node: Node) -> Iterator[Node]:
        if "showing" not in node.states:
            return  # (nor anything in it)
        if node.role not in HOLDERS and node.said.strip() and (
                not node.children or node.role in LEAVES):
            yield node
            return
        for child in node.children:
            yield from shown(child)

    nodes = list(shown(reader.tree(root)))
    boxes = reader.extents(nodes)
    return [(n, box) for n, box in zip(nodes, boxes, strict=True)
            if box is not None and box[2] > 0 and box[3] > 0]


def out_of_order(read: list[tuple[Node, tuple[int, int, int, int]]]) -> list[str]:
    """Where the reading order leaves the screen's: each object is read after the one
    before it on the screen, below it (or on its line), or in a column to its right."""
    wrong = []
    for (before, box0), (after, box1) in zip(read, read[1:], strict=False):
        (x0, y0, w0, _), (x1, y1, _, _) = box0, box1
        if y1 < y0 - 2 and x1 < x0 + w0 - 2:  # above it, and not in a column to its right
            wrong.append(f"{after.role} {after.said[:40]!r} at ({x1}, {y1}) read after "
                         f"{before.role} {before.said[:40]!r} at ({x0}, {y0})")
    return wrong


def said_in_order(read: list[tuple[Node, tuple[int, int, int, int]]],
                  texts: list[str]) -> list[str]:
    """``texts`` not read, or read out of this order (each must start an object's text)."""
    said = [n.said for n, _ in read]
    missing, at = [], 0
    for text in texts:
        found = next((i for i in range(at, len(said)) if said[i].startswith(text)), None)
        if found is None:
            missing.append(text)
        else:
            at = found
    return missing
