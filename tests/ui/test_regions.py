"""Keyboard between the window's parts: F6 / Shift+F6 move through the search box, the
results, the page and the comparison tray; the comparison table lets Tab and Escape out
(arrow keys move inside it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CODES = ["43-6013.00", "29-1141.00", "47-2111.00"]


def focused():
    return QApplication.focusWidget()


def active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def inside(widget, holder):
    return widget is holder or holder.isAncestorOf(widget)


def test_f6_cycles_the_main_parts_and_shift_f6_goes_back(qtbot, window):
    active(qtbot, window)
    for code in CODES[:2]:
        window.open_career(code)
        window.add_to_comparison()
    window.search.box.setFocus()
    qtbot.keyClicks(window.search.box, "nurse")
    qtbot.waitUntil(lambda: window.search.results.model().rowCount() > 0, timeout=5000)
    page = window.pages.currentWidget()
    assert page is window.profile
    seen = []
    for _ in range(4):
        qtbot.keyClick(focused(), Qt.Key.Key_F6)
        seen.append(focused())
    assert seen[0] is window.search.results
    assert inside(seen[1], window.profile)  # the open profile
    assert inside(seen[2], window.tray)  # two careers picked: the tray shows
    assert seen[3] is window.search.box  # and round again
    qtbot.keyClick(focused(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert inside(focused(), window.tray)
    qtbot.keyClick(focused(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert inside(focused(), window.profile)


def test_f6_comes_back_to_where_the_person_was(qtbot, window):
    active(qtbot, window)
    window.open_career(CODES[0])
    window.profile.compare_button.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_F6)  # the tray is empty: on to the search box
    assert focused() is window.search.box
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    assert focused() is window.profile.compare_button


def test_tab_and_escape_leave_the_comparison_table(qtbot, window):
    active(qtbot, window)
    for code in CODES:
        window.open_career(code)
        window.add_to_comparison()
    assert window.show_comparison(window.tray.codes())
    table = window.compare_view.table
    table.setFocus()
    start = table.currentIndex()
    qtbot.keyClick(table, Qt.Key.Key_Right)  # arrows move inside
    assert table.currentIndex().column() == start.column() + 1 and table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not inside(focused(), table)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert not inside(focused(), table)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert not inside(focused(), table)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F6)  # F6 from the table: on to the tray
    assert inside(focused(), window.tray)
