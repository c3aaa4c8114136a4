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


def _ink_rows(widget) -> int:
    """Rows of the widget's picture that hold text ink (pixels far from the background)."""
    image = widget.grab().toImage()
    background = image.pixelColor(2, image.height() // 2).lightness()
    rows = 0
    for y in range(image.height()):
        if any(abs(image.pixelColor(x, y).lightness() - background) > 80
               for x in range(4, min(image.width() - 4, 120))):
            rows += 1
    return rows


def test_zoom_reaches_widgets_already_on_screen(qtbot, window):
    """The search box on screen draws its text bigger after Ctrl+=, with the app's style
    sheet in place (it is set after the first paint, as in the real app)."""
    from PySide6.QtWidgets import QLineEdit

    from careerdesk.ui import theme

    app = QApplication.instance()
    theme.apply_style_sheet(app)
    qtbot.wait(10)
    box = window.search.findChild(QLineEdit)
    box.setText("HHHH")
    box.setCursorPosition(0)
    base = window.zoom.base_points
    try:
        before_height, before_ink = box.height(), _ink_rows(box)
        for _ in range(7):
            qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(50)
        assert window.zoom.percent == 200
        assert box.font().pointSizeF() == base * 2
        assert box.height() > before_height * 1.4
        assert _ink_rows(box) > before_ink * 1.6
    finally:
        window.zoom.reset()
