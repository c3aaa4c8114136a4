"""A Column in a scroll area: its paragraphs get all their lines at the width shown, and
asking its preferred size lays no paragraph out at another width."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from careerdesk.widgets.column import Column
from careerdesk.widgets.text_label import WrappedLabel

TEXT = "A long sentence that needs several lines at a narrow width. " * 10


class CountingLabel(WrappedLabel):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.widths: list[int] = []

    def heightForWidth(self, width: int) -> int:
        self.widths.append(width)
        return super().heightForWidth(width)


def page(qtbot, container: type[QWidget]) -> tuple[QScrollArea, list[CountingLabel]]:
    body = container()
    layout = QVBoxLayout(body)
    labels = [CountingLabel(TEXT) for _ in range(3)]
    for label in labels:
        layout.addWidget(label)
    layout.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(body)
    area.resize(300, 400)
    qtbot.addWidget(area)
    area.show()
    QApplication.processEvents()
    return area, labels


def test_paragraphs_get_every_line_at_the_width_shown(qtbot):
    area, labels = page(qtbot, Column)
    for label in labels:
        assert label.height() >= label.heightForWidth(label.width())
        assert label.height() > 3 * label.fontMetrics().lineSpacing()  # wrapped, not cut
    assert area.widget().width() <= area.viewport().width()  # no sideways scrolling


def test_its_preferred_size_lays_no_text_out_at_another_width(qtbot):
    area, labels = page(qtbot, Column)
    shown = {label.width() for label in labels}
    for label in labels:
        label.widths.clear()
    area.widget().sizeHint()
    assert all(not label.widths for label in labels)
    # a plain widget lays every paragraph out again at its preferred width (the cost a
    # Column saves each time a profile opens)
    area, labels = page(qtbot, QWidget)
    for label in labels:
        label.widths.clear()
    area.widget().sizeHint()
    assert any(set(label.widths) - shown for label in labels)
