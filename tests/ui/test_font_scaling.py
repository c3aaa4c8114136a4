"""Layouts come from font metrics: at twice the font size nothing is clipped."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)


def clipped(root: QWidget) -> list[str]:
    """Visible widgets smaller than their text needs."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and widget.text():
            need = (widget.heightForWidth(widget.width()) if widget.wordWrap()
                    else widget.minimumSizeHint().height())
            if widget.height() < need:
                problems.append(f"label {widget.text()[:40]!r}: {widget.height()} < {need}")
            if not widget.wordWrap() and widget.width() < widget.minimumSizeHint().width():
                problems.append(f"label {widget.text()[:40]!r} too narrow")
        elif isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
            continue  # drawn inside the spin box's own frame
        elif isinstance(widget, QAbstractButton | QComboBox | QLineEdit):
            hint = widget.minimumSizeHint()
            if widget.height() < hint.height():
                problems.append(f"{type(widget).__name__} {widget.accessibleName()!r} too low")
    return problems


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_no_text_is_clipped(qtbot, store, scale):
    from careerdesk.ui.app import application
    from careerdesk.ui.main_window import MainWindow

    app = application()
    base = app.font()
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.search.filters_button.setChecked(True)
        window.open_career("43-6013.00")
        problems = []
        for index, page in enumerate(window.profile.pages):
            window.profile.show_tab(index)
            QApplication.processEvents()
            problems += [f"{page.title}: {p}" for p in clipped(page)]
        problems += clipped(window.search) + clipped(window.profile.header)
        bar = window.profile.tabs.findChild(QTabBar)
        for i in range(bar.count()):
            assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(
                bar.tabText(i).replace("&&", "&"))
        assert problems == []
    finally:
        app.setFont(base)


def test_the_check_sees_a_clipped_label(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel("A long sentence that needs several lines at this narrow width " * 3, holder)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 120, 20)
    holder.show()
    assert clipped(holder)
