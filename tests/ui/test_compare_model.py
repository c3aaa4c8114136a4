"""The comparison table's model passes Qt's own model checks with real careers, while
columns are moved and removed."""

from __future__ import annotations

from PySide6.QtCore import Qt

CODES = ["43-6013.00", "29-1141.00", "47-2111.00", "15-1252.00"]


def test_the_comparison_model_keeps_qt_model_rules(qtmodeltester, qtbot, window):
    for code in CODES:
        window.open_career(code)
        window.add_to_comparison()
    assert window.show_comparison(window.tray.codes())
    view = window.compare_view
    qtmodeltester.check(view.model)
    assert view.model.columnCount() == 4 and view.model.rowCount() > 0
    view.move_column("15-1252.00", 0)
    view.table.setCurrentIndex(view.model.index(0, 1))
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert view.model.columnCount() == 3
    qtmodeltester.check(view.model)
