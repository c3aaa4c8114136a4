"""Accessibility: every interactive widget has a name a screen reader can say, and the
keyboard alone reaches every control, each showing focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QAbstractSpinBox,
               QTabBar)


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface else ""


def interactive(root: QWidget) -> list[QWidget]:
    """The visible, enabled controls a user operates (not the parts of other controls)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled() and isinstance(widget, INTERACTIVE)):
            continue
        if isinstance(widget, QScrollBar) or isinstance(widget.parent(), QAbstractSpinBox):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
            continue
        found.append(widget)
    return found


def unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}"
            for w in interactive(root) if not spoken_name(w).strip()]


def spoken_description(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    if isinstance(widget, QTabBar):  # a screen reader describes each tab, not the bar
        tabs = [iface.child(i) for i in range(iface.childCount())]
        said = [t.text(QAccessible.Text.Description) for t in tabs
                if t is not None and t.role() == QAccessible.Role.PageTab]
        return "; ".join(said) if said and all(said) else ""
    return iface.text(QAccessible.Text.Description)


def undescribed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {spoken_name(w)!r}" for w in interactive(root)
            if not spoken_description(w).strip()]


def visit_every_view(window):
    """Yield after showing each view: browse, filters, each profile tab, comparison,
    bookmarks."""
    window.search.filters_button.setChecked(True)
    yield "search"
    window.open_career("43-6013.00")
    for index in range(window.profile.tabs.count()):
        window.profile.show_tab(index)
        QApplication.processEvents()
        yield f"tab {index}"
    for code in ("43-6013.00", "29-1141.00"):
        window.tray.add(code, code)
    window.show_comparison(window.tray.codes())
    QApplication.processEvents()
    yield "comparison"
    window.toggle_bookmark("43-6013.00")
    window.show_bookmarks()
    QApplication.processEvents()
    yield "bookmarks"


def test_every_interactive_widget_has_a_spoken_name(qtbot, window):
    problems = []
    for view in visit_every_view(window):
        problems += [f"{view}: {p}" for p in unnamed(window)]
    assert sorted(set(problems)) == []


def test_every_interactive_widget_has_a_description(qtbot, window):
    problems = []
    for view in visit_every_view(window):
        problems += [f"{view}: {p}" for p in undescribed(window)]
    assert sorted(set(problems)) == []


def test_the_name_check_can_fail(qtbot):
    from PySide6.QtWidgets import QToolButton

    holder = QWidget()
    qtbot.addWidget(holder)
    button = QToolButton(holder)  # no text, no name, no description
    holder.show()
    assert unnamed(holder)
    assert undescribed(holder)
    button.setToolTip("Does a thing")
    assert not undescribed(holder)


def test_tab_reaches_every_control_and_shows_focus(qtbot, window):
    for view in visit_every_view(window):
        targets = [w for w in window.findChildren(QWidget)
                   if w.isVisible() and w.isEnabled() and isinstance(w, INTERACTIVE)
                   and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                   and not isinstance(w, QScrollBar)
                   and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)]
        window.search.box.setFocus()
        reached = set()
        for _ in range(len(targets) * 3 + 20):
            focused = QApplication.focusWidget()
            if focused is not None:
                reached.add(focused)
            qtbot.keyClick(focused or window, Qt.Key.Key_Tab)
        missing = [f"{type(w).__name__} {spoken_name(w)!r}" for w in targets
                   if w not in reached]
        assert missing == [], view


def test_focus_is_visible_on_each_kind_of_control(qtbot, window):
    """Reached with Tab, a control looks different than without the focus."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    focused_look: dict[type, tuple[QWidget, object]] = {}
    for _view in visit_every_view(window):
        window.search.box.setFocus(Qt.FocusReason.TabFocusReason)
        for _ in range(60):
            w = QApplication.focusWidget()
            if (w is not None and isinstance(w, INTERACTIVE) and type(w) not in focused_look
                    and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)):
                focused_look[type(w)] = (w, w.grab().toImage())
            qtbot.keyClick(w or window, Qt.Key.Key_Tab)
    window.profile.tabs.currentWidget().setFocus(Qt.FocusReason.TabFocusReason)
    plain = [(kind, w, image) for kind, (w, image) in focused_look.items() if not w.hasFocus()]
    assert len(plain) >= 5
    for kind, w, image in plain:
        assert image != w.grab().toImage(), f"{kind.__name__} shows no focus"


def test_profile_text_is_read_as_it_shows(qtbot, window):
    """Each text on a profile page is read as it shows (no fixed name in its place),
    titles are headings, lists are lists of items (together, their text as shown), and each
    chart is one chart whose children are its text only."""
    from PySide6.QtWidgets import QLabel

    from careerdesk.widgets.accessibility import plain_text
    from careerdesk.widgets.chart_canvas import ChartView
    from careerdesk.widgets.text_label import HeadingLabel, ListLabel

    window.open_career("29-1141.00")
    headings = charts = lists = 0
    for index in range(window.profile.tabs.count()):
        window.profile.show_tab(index)
        QApplication.processEvents()
        page = window.profile.tabs.currentWidget()
        for label in page.findChildren(QLabel):
            if not label.isVisible() or label.buddy() is not None:
                continue
            iface = QAccessible.queryAccessibleInterface(label)
            name = iface.text(QAccessible.Text.Name)
            if isinstance(label, ListLabel):  # a list of items, each read as it shows
                lists += 1
                assert iface.role() == QAccessible.Role.List and name
                items = [iface.child(i) for i in range(iface.childCount())]
                assert {i.role() for i in items} == {QAccessible.Role.ListItem}
                said = [i.text(QAccessible.Text.Name) for i in items]
                assert plain_text(label).replace("\n", " ") == " ".join(said).replace(
                    "\n", " ")
            elif label.accessibleName():  # a fact's value says its label too
                assert plain_text(label) in name
            else:
                assert name == plain_text(label)
            if isinstance(label, HeadingLabel):
                headings += 1
                assert iface.role() == QAccessible.Role.Heading
        for chart in page.findChildren(ChartView):
            if chart.isVisible():
                charts += 1
                iface = QAccessible.queryAccessibleInterface(chart)
                assert iface.role() == QAccessible.Role.Chart
                assert iface.text(QAccessible.Text.Description)
                kids = [iface.child(i) for i in range(iface.childCount())]
                assert [k.role() for k in kids] == [QAccessible.Role.StaticText]
    assert headings >= 10 and charts >= 2 and lists >= 8


def test_opening_a_career_puts_the_focus_on_its_page_which_shows_it(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.search.results.setFocus()
    window.open_career("29-1141.00")
    page = window.profile.tabs.currentWidget()
    assert page.hasFocus()
    assert spoken_name(page) == "Registered Nurses: Responsibilities"
    focused = page.grab().toImage()
    window.search.box.setFocus()
    assert page.grab().toImage() != focused  # the frame drawn around the focused page
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.profile.tabs.currentIndex() == 1
    assert spoken_name(QApplication.focusWidget()) == "Registered Nurses: Inside this career"



def accessible_names(iface, depth: int = 0) -> list[str]:
    """The names of ``iface`` and everything under it, as a screen reader is told them."""
    if iface is None or depth > 40:
        return []
    names = [iface.text(QAccessible.Text.Name)]
    for index in range(min(iface.childCount(), 500)):
        names += accessible_names(iface.child(index), depth + 1)
    return names


def test_no_accessible_name_carries_a_mnemonic(qtbot, window):
    """"&State:" shows an underlined S for Alt+S; a screen reader must say "State:". Every
    label that marks an Alt key carries its name without the "&" (Qt leaves the "&" out only
    once a label has its buddy, while the bus is told the name when the label is made: a
    form's labels were heard as "&State:", "&Field:"), and no name in any view has one."""
    from PySide6.QtWidgets import QLabel

    from careerdesk.ui.print_options import PrintOptionsDialog
    from careerdesk.widgets.accessibility import has_mnemonic

    window.interests.show()
    window.interests._results_view()  # the results page, with its "&How much …" picker
    options = PrintOptionsDialog("Print", [("tasks", "Tasks")], "letter", window)
    window.show_programs()
    roots: list[QWidget] = [window, options, window.programs_dialog]
    marked = 0
    problems = []
    for view in visit_every_view(window):
        for root in roots:
            for label in root.findChildren(QLabel):
                if label.buddy() is not None and has_mnemonic(label.text()):
                    marked += 1
                    if not label.accessibleName() or has_mnemonic(label.accessibleName()):
                        problems.append(f"{view}: label {label.text()!r} is named "
                                        f"{label.accessibleName()!r}")
            problems += [f"{view}: {name!r}" for name in accessible_names(
                QAccessible.queryAccessibleInterface(root)) if has_mnemonic(name)]
    assert marked >= 10  # the filters, the state, the paper, the sort order, …
    assert sorted(set(problems)) == []


def test_every_pop_up_list_of_choices_is_named(qtbot, window):
    """A combo box's pop-up list (Alt+Down) takes the focus: a screen reader names it as the
    box (it said only "list")."""
    names = []
    for view in visit_every_view(window):
        for box in window.findChildren(QComboBox):
            if not box.isVisible() or isinstance(box.parent(), QAbstractSpinBox):
                continue
            box.showPopup()
            said = spoken_name(box.view())
            box.hidePopup()
            assert said and said == box.accessibleName(), (view, box.accessibleName(), said)
            names.append(said)
    assert {"Major group filter", "Sort results", "State", "Sort bookmarks"} <= set(names)
