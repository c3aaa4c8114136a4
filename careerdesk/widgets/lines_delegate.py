"""An item delegate that draws each row of a list as a few lines of text, each elided.

The search results and the quiz's matching careers both show a career as three lines (a
bold title, an italic reason, the figures at a glance). Subclasses say what the lines are;
this class sizes the rows from the font, draws the selection panel, the lines and the focus
frame.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
)

Index = QModelIndex | QPersistentModelIndex

_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Line:
    """One line of a row: its text, its font, whether it is muted (drawn in the placeholder
    colour unless the row is selected) and an optional text kept whole at the right."""

    text: str
    font: QFont
    muted: bool = False
    right: str = ""


class LinesDelegate(QStyledItemDelegate):
    """Rows of ``len(fonts(base))`` lines; subclasses implement ``fonts`` and ``lines``."""

    MIN_CHARS = 40  # the narrowest useful row, in average character widths

    @staticmethod
    def fonts(base: QFont) -> tuple[QFont, ...]:
        """The fonts of the lines, top to bottom (the default: bold, italic, plain)."""
        title = QFont(base)
        title.setBold(True)
        why = QFont(base)
        why.setItalic(True)
        return title, why, QFont(base)

    def lines(self, index: Index, fonts: tuple[QFont, ...]) -> list[Line] | None:
        """The row's lines, or None to draw nothing (an index the model no longer has).

        Implementations read their Python model directly rather than through
        ``index.data()``: PySide6 6.12 loses a reference to None each time Python asks
        ``QModelIndex.data()`` for a role the model leaves empty, and Python 3.11 aborts when
        None's count reaches zero.
        """
        raise NotImplementedError

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = QFont(option.font)
        height = sum(QFontMetrics(f).height() for f in self.fonts(base))
        metrics = QFontMetrics(base)
        return QSize(metrics.averageCharWidth() * self.MIN_CHARS,
                     height + 2 * (metrics.height() // 3))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        lines = self.lines(index, self.fonts(QFont(option.font)))
        if lines is None:
            return
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        normal = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted = normal if selected else QPalette.ColorRole.PlaceholderText
        margin = QFontMetrics(QFont(option.font)).height() // 3
        rect = option.rect.adjusted(margin, margin, -margin, -margin)
        painter.save()
        y = rect.top()
        for line in lines:
            metrics = QFontMetrics(line.font)
            painter.setFont(line.font)
            painter.setPen(option.palette.color(muted if line.muted else normal))
            width = rect.width()
            if line.right:  # kept whole at the right, never cut off by a long text
                painter.drawText(QRect(rect.left(), y, width, metrics.height()), _RIGHT,
                                 line.right)
                width -= metrics.horizontalAdvance(line.right) + metrics.averageCharWidth() * 2
            width = max(width, 0)
            elided = metrics.elidedText(line.text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(rect.left(), y, width, metrics.height()), _LEFT, elided)
            y += metrics.height()
        if option.state & QStyle.StateFlag.State_HasFocus and style is not None:
            focus = QStyleOptionFocusRect()
            focus.rect = option.rect
            focus.state = option.state
            focus.palette = option.palette
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter,
                                widget)
        painter.restore()
