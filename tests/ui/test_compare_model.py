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


def test_a_list_cell_is_read_as_a_list_of_items(qtbot, window):
    """A screen reader reads a list cell as its row, how many items and each item, the
    ones all careers share said so (on screen they are lines marked ●)."""
    for code in CODES[:2]:
        window.open_career(code)
        window.add_to_comparison()
    assert window.show_comparison(window.tray.codes())
    model = window.compare_view.model
    checked = 0
    for r in range(model.rowCount()):
        row = model.row(r)
        for c, cell in enumerate(row.cells):
            if row.kind != "list" or not cell.items:
                continue
            said = model.data(model.index(r, c), Qt.ItemDataRole.AccessibleTextRole)
            assert said.startswith(f"{row.label}, {len(cell.items)} items: ")
            parts = said.split(": ", 1)[1].split("; ")
            assert parts == [f"{text}, same for all" if shared else text
                             for text, shared in cell.items]
            checked += 1
    assert checked >= 4
    assert any(shared for r in range(model.rowCount()) for cell in model.row(r).cells
               for _, shared in cell.items)


def test_charts_waiting_to_be_drawn_are_dropped_with_their_model(qtbot, window):
    """A chart asked for just before the comparison was replaced by another (its view and
    model deleted) is not drawn into the deleted model: that raised in Qt's event loop."""
    from careerdesk.ui import compare_model

    for code in CODES[:2]:
        window.open_career(code)
        window.add_to_comparison()
    assert window.show_comparison(window.tray.codes())
    model = window.compare_view.model
    compare_model._CHART_CACHE.clear()  # every chart waits to be drawn again
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            model.data(model.index(r, c), Qt.ItemDataRole.DecorationRole)
    assert model.charts_pending()
    assert window.show_comparison(CODES[2:])  # the old view goes with deleteLater
    qtbot.wait(300)  # pytest-qt fails the test on an exception raised in the event loop
