"""In-app zoom: Ctrl+= / Ctrl+- / Ctrl+0 from 75 % to 200 %, remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_zoom_keys_bounds_and_memory(qtbot, window, store):
    app = QApplication.instance()
    base = window.zoom.base_points
    try:
        for _ in range(10):
            qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        assert window.zoom.percent == 200
        assert app.font().pointSizeF() == base * 2
        assert window.profile.header.title.font().pointSizeF() > app.font().pointSizeF()
        for _ in range(10):
            qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        assert window.zoom.percent == 75
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        remembered = window.zoom.percent

        from careerdesk.ui.main_window import MainWindow

        app_font = app.font()
        app_font.setPointSizeF(base)
        app.setFont(app_font)
        again = MainWindow(store)
        qtbot.addWidget(again)
        assert again.zoom.percent == remembered == 90
        qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        assert window.zoom.percent == 100 and app.font().pointSizeF() == base
    finally:
        font = app.font()
        font.setPointSizeF(base)
        app.setFont(font)
