"""Dialogs and pop-ups as a screen reader user meets them, through AT-SPI: each dialog reads
its text in the order it shows, and Escape closes dialogs, menus and pop-up lists and gives
the focus back where it was."""

from __future__ import annotations

from tests.a11y.desktop import APP_NAME, Node, Reader, start_app
from tests.a11y.steps import choose, open_career, out_of_order, reading, said_in_order

TITLE = "Registered Nurses"


def dialog(reader: Reader, name: str) -> Node:
    """The dialog (or message) window named ``name``, once it shows and has the focus."""
    try:
        found = reader.wait_until(f"the {name!r} dialog", lambda: [
            n for n in reader.tree(depth=1).children if n.role in ("dialog", "alert")
            and n.name.startswith(name) and "showing" in n.states])
    except AssertionError as exc:  # say what was there instead
        windows = [(n.role, n.name, "showing" in n.states) for n in reader.tree(depth=1).children]
        raise AssertionError(f"{exc}; windows: {windows}; focus: {reader.focused()}") from None
    reader.wait_until(f"the focus in {name!r}", lambda: (f := reader.focused()) is not None
                      and f.id != found[0].id and reader.find(name=f.name, within=found[0]))
    return found[0]


def closed_by_escape(reader: Reader, window: Node, back_to: tuple[str, str]) -> None:
    """Escape closes ``window`` and the focus is back on ``back_to`` (role, name)."""
    reader.keys("Escape")
    reader.wait_until("the dialog to close", lambda: window.name not in [
        n.name for n in reader.tree(depth=1).children if "showing" in n.states])
    reader.wait_until(f"the focus back on {back_to}", lambda: (
        f := reader.focused()) is not None and (f.role, f.name) == back_to)


def focused_named(reader: Reader) -> Node:
    focused = reader.focused()
    assert focused is not None and focused.name.strip(), focused
    return focused


def test_about_and_messages_read_their_text_and_escape_closes_them(reader):
    box = ("text", "Search careers")
    reader.keys("F1")  # About
    about = dialog(reader, "About CareerDesk")
    read = reading(reader, about)
    assert out_of_order(read) == []
    assert said_in_order(read, ["CareerDesk 0.", "Close"]) == []
    text = "\n".join(n.said for n, _ in read)
    for part in ("An offline career explorer", "Data sources", "O*NET attribution"):
        assert part in text
    focused_named(reader)  # what the dialog opens on says something
    closed_by_escape(reader, about, box)
    # My data > Switch person: a guest-only computer says so in a message
    choose(reader, "alt+m", "Switch person…", "s")
    message = dialog(reader, "Guest only")
    assert said_in_order(reading(reader, message), ["On this computer CareerDesk keeps no "
                                                     "named profiles", "OK"]) == []
    closed_by_escape(reader, message, box)
    # My data > Export my data…: the file dialog, then what was saved
    choose(reader, "alt+m", "Export my data…", "e")
    files = dialog(reader, "Export my data")
    assert focused_named(reader).name == "File name:"
    reader.keys("Return")
    reader.wait_until("the file dialog to close", lambda: files.name not in [
        n.name for n in reader.tree(depth=1).children if "showing" in n.states])
    saved = dialog(reader, "Exported")
    assert said_in_order(reading(reader, saved), ["Saved 0 bookmarks", "OK"]) == []
    closed_by_escape(reader, saved, box)


def test_print_and_programs_dialogs_read_in_order_and_escape_gives_the_focus_back(reader):
    open_career(reader, "registered nurses", TITLE)
    page = ("filler", f"{TITLE}: Responsibilities")
    reader.keys("ctrl+shift+p")  # Print preview…: first what to print
    options = dialog(reader, f"Print preview: {TITLE}")
    read = reading(reader, options)
    assert out_of_order(read) == []
    boxes = [n.name for n in reader.find("check box", within=options)]
    assert len(boxes) >= 10 and boxes[0] == "Quick facts"
    assert reader.find("panel", "Include", within=options)  # the group of check boxes
    assert said_in_order(read, [boxes[0], boxes[-1], "Paper:", "Paper size", "Prepared for:",
                                "Prepared for", "OK", "Cancel"]) == []
    closed_by_escape(reader, options, page)
    choose(reader, "alt+g", "What to study (programs)…", "y")  # Go > What to study (programs)…
    programs = dialog(reader, "What to study")
    assert focused_named(reader).name == "Find a program of study"
    parts = [n for n in reader.tree(programs, depth=1).children if "showing" in n.states]
    assert [n.name for n in parts if n.role == "label"][:3] == [
        "Fields", "Programs", "What it is, and where it leads"]
    read = [(n, box) for n, box in zip(parts, reader.extents(parts), strict=True) if box]
    assert out_of_order(read) == []
    careers = next(n for n in parts if n.name == "Careers this program leads to")
    cells = reader.find("table cell", within=careers)
    assert cells and all(c.name for c in cells)  # each career's figures read
    closed_by_escape(reader, programs, page)


def test_escape_closes_menus_and_pop_up_lists(reader):
    box = ("text", "Search careers")
    for menu, title in (("alt+f", "File"), ("alt+m", "My data")):
        mark = reader.mark()
        reader.keys(menu)
        item = reader.wait_for_event(mark, lambda e, title=title: e["type"] == "focus:"
                                     and e["role"] == "menu item" and e["name"] != title)
        reader.keys("Escape")
        reader.wait_until("the menu to close", lambda item=item: not reader.find(
            "menu item", item["name"]))
        reader.keys("Escape")  # (the menu bar, if it kept the keyboard)
        reader.wait_until("the focus back in the search box", lambda: (
            f := reader.focused()) is not None and (f.role, f.name) == box)
    reader.keys("Tab", "space", "Tab")  # the filters button, pressed; the first filter
    reader.wait_until("the field filter focused", lambda: (f := reader.focused()) is not None
                      and f.name == "Major group filter")
    mark = reader.mark()
    reader.keys("alt+Down")
    heard = reader.wait_for_event(mark, lambda e: e["type"] == "focus:")
    assert (heard["role"], heard["name"]) == ("list", "Major group filter")  # its choices
    popup = reader.find_one("list", "Major group filter")
    reader.keys("Escape")
    reader.wait_until("the focus back on the filter", lambda: (
        f := reader.focused()) is not None and (f.role, f.name) == (
        "combo box", "Major group filter"))
    assert "showing" not in reader.refresh(popup).states


def test_the_profile_chooser_reads_in_order_and_escape_continues_as_a_guest(
        desktop, listener, tmp_path):
    """Where profiles are kept, CareerDesk first asks who is using it: the question reads in
    order (its title a heading), opens on the new profile's name, and Escape goes on as a
    guest with the focus in the search box."""
    app = start_app(desktop, tmp_path, guest_only=False)
    try:
        listener.wait_for_app()
        chooser = dialog(listener, "Who is using CareerDesk?")
        read = reading(listener, chooser)
        assert out_of_order(read) == []
        assert [n.name for n, _ in read if n.role == "heading"] == ["Who is using CareerDesk?"]
        assert said_in_order(read, ["Who is using CareerDesk?", "Your bookmarks, notes",
                                    "Or make a new profile:", "New profile name",
                                    "Continue as guest"]) == []
        assert focused_named(listener).name == "New profile name"
        closed_by_escape(listener, chooser, ("text", "Search careers"))
        assert "Guest" in listener.find_one("frame").name
    finally:
        desktop.stop(app)
        listener.wait_until("CareerDesk to leave the bus",
                            lambda: APP_NAME not in listener.ask("apps"), timeout=10)
