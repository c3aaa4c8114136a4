"""Controls as a screen reader user meets them, through AT-SPI: every focusable control has a
name, the search box's clear button is named and reached with Tab, the Handbook is a link."""

from __future__ import annotations

from careerdesk.widgets.accessibility import has_mnemonic
from tests.a11y.desktop import Node
from tests.a11y.steps import open_career, show_tab

TITLE = "Registered Nurses"


CONTROLS = {"push button", "toggle button", "check box", "radio button", "combo box", "text",
            "list", "table", "page tab", "link", "spin button", "slider", "menu item"}


def unnamed_focusable(nodes: list[Node]) -> list[str]:
    """Controls showing, or anything that takes the focus, that a screen reader cannot
    name."""
    return [f"{n.role} #{n.id}" for n in nodes
            if (n.role in CONTROLS or "focusable" in n.states) and not n.name.strip()]


def with_mnemonic(nodes: list[Node]) -> list[str]:
    """Names that still hold the "&" marking an Alt key ("&State:" said as "ampersand
    State")."""
    return [f"{n.role} {n.name!r}" for n in nodes
            if has_mnemonic(n.name) or has_mnemonic(n.description)]


def test_no_focusable_control_is_unnamed_and_no_name_has_a_mnemonic(reader):
    reader.keys("ctrl+f")
    reader.type("nurse")
    reader.wait_until("the clear button", lambda: reader.find("push button",
                                                              "Clear the search"))
    toggle = reader.find(name="Show filters and sorting")[0]
    reader.ask("action", id=toggle.id, name="Toggle") or reader.ask(
        "action", id=toggle.id, name="Press")
    reader.wait_until("the filters", lambda: reader.find("label", "Field:"))
    shown = reader.find(showing=True)
    assert unnamed_focusable(shown) == []
    assert with_mnemonic(shown) == []  # the filters' labels too
    open_career(reader, "registered nurses", TITLE)
    for tab in ("Responsibilities", "Inside", "Education", "AI", "Pay & outlook",
                "Skills & tech", "Related"):
        show_tab(reader, tab)
        shown = reader.find(showing=True)
        assert unnamed_focusable(shown) == [], tab
        assert with_mnemonic(shown) == [], tab
        if tab == "Pay & outlook":
            assert [n for n in shown if n.role == "label" and n.name == "State:"]


def test_the_clear_button_is_named_and_reached_with_tab(reader):
    reader.keys("ctrl+f")
    reader.type("nurse")
    reader.wait_until("the results", lambda: reader.find("list item", contains=TITLE))
    mark = reader.mark()
    reader.keys("Tab")
    heard = reader.wait_for_event(mark, lambda e: e["type"] == "focus:")
    assert (heard["role"], heard["name"]) == ("push button", "Clear the search")
    button = reader.find_one("push button", "Clear the search")
    assert button.description  # what it does, too
    mark = reader.mark()
    reader.keys("space")
    heard = reader.wait_for_event(mark, lambda e: e["type"] == "focus:")
    assert (heard["role"], heard["name"]) == ("text", "Search careers")
    assert reader.find_one("text", "Search careers").text == ""


def test_the_handbook_is_a_link(reader):
    open_career(reader, "registered nurses", TITLE)
    page = show_tab(reader, "Pay & outlook")
    links = reader.find("link", contains="Occupational Outlook Handbook", within=page)
    assert len(links) == 1
    assert "focusable" in links[0].states  # reached with Tab, opened with Enter


def test_tab_and_escape_leave_the_comparison_table(reader):
    for words, title in (("registered nurses", TITLE), ("electricians", "Electricians")):
        open_career(reader, words, title)
        mark = reader.mark()
        reader.keys("ctrl+k")
        reader.wait_for_event(mark, lambda e: e["type"] == "object:announcement")
    reader.keys("ctrl+shift+k")
    table = reader.wait_until("the comparison table", lambda: reader.find(
        "table", "Comparison table"))[0]

    def in_table() -> bool:
        focused = reader.focused()
        return focused is not None and (focused.id == table.id or focused.role in (
            "table cell", "column header", "row header"))

    reader.wait_until("the focus in the table", in_table)
    assert reader.find("heading", "Comparing 2 careers")  # the page's title is a heading
    # a cell holding a list says so, and reads its items one after the other
    lists = [c for c in reader.find("table cell", within=table, showing=False)
             if " items: " in c.name]
    assert any(c.name.startswith("Main tasks, ") or ", same for all" in c.name
               for c in lists), [c.name[:60] for c in lists]
    reader.keys("Down", "Right")  # the arrows move inside it
    assert reader.wait_until("a cell", in_table)
    for leave in ("Tab", "shift+Tab", "Escape"):
        reader.keys(leave)
        reader.wait_until(f"{leave} to leave the table", lambda: not in_table())
        focused = reader.focused()
        assert focused is not None and focused.name, leave  # somewhere with a name
        reader.keys("Tab" if leave == "shift+Tab" else "shift+Tab")  # back into the table
        reader.wait_until("the focus back in the table", in_table)


def test_f6_moves_between_the_regions(reader):
    open_career(reader, "registered nurses", TITLE)
    reader.keys("ctrl+k")  # something in the compare tray
    reader.keys("ctrl+f")
    reader.wait_until("the search box", lambda: (f := reader.focused()) is not None
                      and f.name == "Search careers")
    heard = []
    for key in ("F6", "F6", "F6", "F6", "shift+F6"):
        mark = reader.mark()
        reader.keys(key)
        event = reader.wait_for_event(mark, lambda e: e["type"] == "focus:")
        heard.append((event["role"], event["name"]))
        print(heard[-1])
    assert heard[0] == ("list", "Search results"), heard
    assert heard[1] == ("filler", f"{TITLE}: Responsibilities")  # the profile page
    assert "compar" in heard[2][1].lower()  # a control of the compare tray
    assert heard[3] == ("text", "Search careers")  # and round again
    assert heard[4] == heard[2]  # Shift+F6 goes back


def test_tab_reaches_the_quick_facts_before_the_page(reader):
    """The quick facts sit above the profile's tabs: Tab from the results reaches them, then
    the profile's buttons, then its tabs (the page after them); they came after the page's
    text."""
    open_career(reader, "registered nurses", TITLE)
    reader.keys("shift+F6")  # back to the results
    reader.wait_until("the results", lambda: (f := reader.focused()) is not None
                      and f.name == "Search results")
    heard: list[tuple[str, str]] = []
    for _ in range(14):
        mark = reader.mark()
        reader.keys("Tab")
        try:  # (a Tab may stay in a control: to the link of "Also known as")
            event = reader.wait_for_event(mark, lambda e: e["type"] == "focus:", timeout=3)
        except AssertionError:
            continue
        heard.append((event["role"], event["name"]))
        if event["role"] in ("page tab list", "page tab", "filler"):  # the tabs (or page)
            break
    names = [name for _, name in heard]
    assert names[0].startswith("Typical pay: $"), heard
    assert [n.split(":")[0] for n in names[:4]] == [
        "Typical pay", "Education to start", "Job growth to 2034", "AI and this job"]
    assert heard[-2:] == [("push button", "Add this career to the comparison"),
                          ("page tab list", "Responsibilities")], heard
