"""Building a comparison through the UI: tray, table, markers, columns, only differences,
and printing it to PDF through the same dialogs a counselor uses."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from careerdesk.ui.compare_model import CODE_ROLE
from careerdesk.ui.print_options import PrintChoices

CODES = ["43-6013.00", "29-1141.00", "47-2111.00", "15-1252.00"]


class FakeDialogs:
    """Answers the print dialogs without a person."""

    def __init__(self, pdf_path):
        self.pdf_path = pdf_path
        self.messages = []

    def print_choices(self, title, sections, paper):
        return PrintChoices(tuple(key for key, _ in sections), "a4", "Jordan Lee")

    def save_pdf_path(self, suggested):
        return self.pdf_path

    def info(self, title, text):
        self.messages.append(text)

    def error(self, title, text):
        self.messages.append("ERROR " + text)


def pick(window, codes):
    for code in codes:
        window.open_career(code)
        window.add_to_comparison()


def test_tray_refuses_a_fifth_and_ignores_repeats(qtbot, window):
    pick(window, CODES)
    window.add_to_comparison()  # the same career again
    assert window.tray.codes() == CODES
    window.open_career("11-1011.00")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.tray.codes() == CODES
    assert "at most 4" in window.statusBar().currentMessage()


def test_comparison_rows_and_markers_match_the_store(qtbot, window, store):
    pick(window, CODES)
    assert window.show_comparison(window.tray.codes())
    view = window.compare_view
    model = view.model
    assert model.columnCount() == 4
    assert [model.headerData(i, Qt.Orientation.Horizontal, CODE_ROLE) for i in range(4)] == CODES
    qtbot.addWidget(view)
    labels = [model.row(r).label for r in range(model.rowCount())]
    pay = next(r for r in range(model.rowCount()) if model.row(r).key == "facts.pay")
    assert pay == 0  # quick facts first, pay at the top
    wages = [store.career(c).wages.median_annual for c in CODES]
    texts = [model.index(pay, col).data() for col in range(4)]
    highest = wages.index(max(wages))
    lowest = wages.index(min(wages))
    assert "▲ highest" in texts[highest] and "▼ lowest" in texts[lowest]
    assert f"{max(wages):,}" in texts[highest]
    assert "In short" in labels and "Typical pay" in labels
    # only differences hides rows that are the same for everyone
    all_rows = model.rowCount()
    view.only_differences.setChecked(True)
    assert 0 < model.rowCount() <= all_rows
    assert all(model.row(r).differs for r in range(model.rowCount()))


def test_columns_are_removed_and_reordered(qtbot, window):
    pick(window, CODES)
    window.show_comparison(window.tray.codes())
    view = window.compare_view
    view.move_column("15-1252.00", 0)
    assert view.comparison.codes[0] == "15-1252.00"
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Software Developers"
    view.table.setCurrentIndex(view.model.index(0, 1))
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert "43-6013.00" not in view.comparison.codes
    assert view.model.columnCount() == 3
    assert "43-6013.00" not in window.tray.codes()


def test_open_a_profile_from_a_column(qtbot, window):
    pick(window, CODES[:2])
    window.show_comparison(window.tray.codes())
    window.compare_view.careerRequested.emit("29-1141.00")
    assert window.profile.career.code == "29-1141.00"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_save_comparison_as_pdf_from_the_window(qtbot, store, tmp_path):
    from careerdesk.ui.main_window import MainWindow

    target = tmp_path / "handout.pdf"
    dialogs = FakeDialogs(target)
    window = MainWindow(store, dialogs=dialogs)
    qtbot.addWidget(window)
    pick(window, CODES)
    window.show_comparison(window.tray.codes())
    window.commands["pdf"].trigger()
    assert target.exists(), dialogs.messages
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Jordan Lee" in text and "Software Developers" in text and "Page 1 of" in text


def test_the_tray_and_the_comparison_agree_on_the_limits():
    from careerdesk import comparison
    from careerdesk.ui import compare_tray

    assert (compare_tray.MIN_CAREERS, compare_tray.MAX_CAREERS) == (
        comparison.MIN_CAREERS, comparison.MAX_CAREERS)


def test_the_chosen_column_is_visible_and_its_actions_name_it(qtbot, window):
    pick(window, CODES[:3])
    window.show_comparison(window.tray.codes())
    view = window.compare_view
    qtbot.waitExposed(view)
    table, model = view.table, view.model
    assert table.selectionModel().isColumnSelected(0)
    assert "Medical Secretaries" in view.column_label.text()
    table.setCurrentIndex(model.index(1, 2))  # the keyboard moves to another career
    assert table.selectionModel().isColumnSelected(2)
    assert not table.selectionModel().isColumnSelected(0)
    assert "Electricians" in view.column_label.text()
    assert view.remove_button.accessibleName() == "Remove Electricians from the comparison"
    assert not view.right_button.isEnabled() and view.left_button.isEnabled()
    # the highlight is drawn: the chosen column's cells are painted differently
    image = table.viewport().grab().toImage()
    row = table.rowViewportPosition(1) + 3
    chosen = image.pixelColor(table.columnViewportPosition(2) + 2, row)
    other = image.pixelColor(table.columnViewportPosition(0) + 2, row)
    assert chosen != other
    # a light tint of the highlight, so the column's text and charts stay readable
    highlight = table.palette().color(table.palette().ColorRole.Highlight)
    assert chosen != highlight and chosen.lightness() > 180


def test_a_columns_actions_live_on_its_name(qtbot, window):
    pick(window, CODES[:3])
    window.show_comparison(window.tray.codes())
    view = window.compare_view
    menu = view.column_menu(1)
    names = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert names[:2] == ["Open profile", "☆ Bookmark"]
    assert menu.title() == "Registered Nurses"
    remove = next(a for a in menu.actions() if "Remove" in a.text())
    remove.trigger()
    assert "29-1141.00" not in view.comparison.codes
    assert view.column_menu(5) is None
