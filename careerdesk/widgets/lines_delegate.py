"""An item delegate that draws each row of a list as a few lines of text.

The search results and the quiz's matching careers both show a career as a bold title, an
italic reason and the figures at a glance. Subclasses say what the lines are; this class
sizes the rows from the font and the list's width, draws the selection panel, the lines and
the focus frame.

A line either wraps (``Line.wrap``: it takes as many rows as the width needs, breaking
between the " · "-separated items first, then between words, so that nothing is cut off) or
is elided to one row with "…" (a reason that only repeats what the tooltip says in full).
``layout`` returns what is drawn, row by row, so tests can check that nothing that must stay
whole was cut.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
)

Index = QModelIndex | QPersistentModelIndex

_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
SEPARATOR = " · "  # between the items of a line; a wrapped line breaks here first


@dataclass(frozen=True)
class Line:
    """One line of a row: its text, its font, whether it is muted (drawn in the placeholder
    colour unless the row is selected), an optional text kept whole at the right, and
    whether it wraps onto more rows instead of being cut off."""

    text: str
    font: QFont
    muted: bool = False
    right: str = ""
    wrap: bool = False


@dataclass(frozen=True)
class Drawn:
    """One row of text as drawn: the text (ending in "…" when ``elided``), its rectangle
    relative to the item's top left, the line it comes from."""

    text: str
    rect: QRect
    line: Line
    elided: bool
    right: bool = False  # aligned to the right edge


def wrap_text(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` in rows no wider than ``width``: whole " · " items where they fit, else
    whole words; only a single word wider than the row is cut (with "…")."""
    rows: list[str] = []
    current = ""
    for item in text.split(SEPARATOR):
        candidate = current + SEPARATOR + item if current else item
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if current:
            rows.append(current + SEPARATOR.rstrip())  # the row ends with "·": more follows
            current = ""
        if metrics.horizontalAdvance(item) <= width:
            current = item
            continue
        for word in item.split(" "):  # an item wider than the row: break between words
            candidate = current + " " + word if current else word
            if metrics.horizontalAdvance(candidate) <= width:
                current = candidate
            else:
                if current:
                    rows.append(current)
                current = word if metrics.horizontalAdvance(word) <= width else \
                    metrics.elidedText(word, Qt.TextElideMode.ElideRight, width)
    if current or not rows:
        rows.append(current)
    return rows


class LinesDelegate(QStyledItemDelegate):
    """Rows of ``len(fonts(base))`` lines; subclasses implement ``fonts`` and ``lines``."""

    MIN_CHARS = 40  # the narrowest useful row, in average character widths
    CACHE_SIZE = 4096  # rows of text remembered (a list asks each row's size more than once)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[tuple[str, str, int, bool], list[str]] = {}

    def _texts(self, line: Line, metrics: QFontMetrics, room: int) -> list[str]:
        """The line's rows of text at ``room`` pixels: wrapped, or elided to one."""
        key = (line.text, line.font.key(), room, line.wrap)
        texts = self._rows.get(key)
        if texts is None:
            texts = wrap_text(line.text, metrics, room) if line.wrap else \
                [metrics.elidedText(line.text, Qt.TextElideMode.ElideRight, room)]
            if len(self._rows) >= self.CACHE_SIZE:
                self._rows.clear()
            self._rows[key] = texts
        return texts

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

    # ------------------------------------------------------------- layout

    def row_width(self, option: QStyleOptionViewItem) -> int:
        """The width a row's text is laid out in: the list's viewport, however narrow (a
        list view draws each item as wide as the viewport; what is wider is cut off at its
        edge, so the rows are measured and painted at the viewport's width alike); out of a
        list, the item's width, at least ``MIN_CHARS`` average characters."""
        view = option.widget
        if isinstance(view, QAbstractItemView):
            spacing = view.spacing() if isinstance(view, QListView) else 0
            return max(1, view.viewport().width() - 2 * spacing)
        metrics = QFontMetrics(QFont(option.font))
        return max(metrics.averageCharWidth() * self.MIN_CHARS, option.rect.width())

    def layout(self, option: QStyleOptionViewItem, index: Index,
               width: int | None = None) -> list[Drawn] | None:
        """What a row of ``width`` (the item's width by default) draws, top to bottom."""
        lines = self.lines(index, self.fonts(QFont(option.font)))
        if lines is None:
            return None
        if width is None:
            width = option.rect.width() if option.rect.isValid() else self.row_width(option)
        margin = QFontMetrics(QFont(option.font)).height() // 3
        inner = max(width - 2 * margin, 0)
        drawn: list[Drawn] = []
        y = margin
        for line in lines:
            metrics = QFontMetrics(line.font)
            room = inner
            if line.right:  # kept whole at the right, never cut off by a long text
                drawn.append(Drawn(line.right, QRect(margin, y, inner, metrics.height()),
                                   line, False, right=True))
                room -= metrics.horizontalAdvance(line.right) + metrics.averageCharWidth() * 2
            room = max(room, 0)
            for text in self._texts(line, metrics, room):
                # a wrapped row is a piece of the text (ending in "·" where more follows)
                cut = text.rstrip(" ·") not in line.text if line.wrap else text != line.text
                drawn.append(Drawn(text, QRect(margin, y, room, metrics.height()), line, cut))
                y += metrics.height()
        return drawn

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = QFont(option.font)
        metrics = QFontMetrics(base)
        width = self.row_width(option)
        drawn = self.layout(option, index, width)
        if drawn:
            height = max(d.rect.bottom() + 1 for d in drawn) + metrics.height() // 3
        else:
            height = sum(QFontMetrics(f).height() for f in self.fonts(base)) \
                + 2 * (metrics.height() // 3)
        return QSize(min(metrics.averageCharWidth() * self.MIN_CHARS, width), height)

    # ------------------------------------------------------------- painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        drawn = self.layout(option, index, self.row_width(option)
                            if isinstance(option.widget, QAbstractItemView)
                            else option.rect.width())
        if drawn is None:
            return
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        normal = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted = normal if selected else QPalette.ColorRole.PlaceholderText
        painter.save()
        origin = option.rect.topLeft()
        for piece in drawn:
            painter.setFont(piece.line.font)
            painter.setPen(option.palette.color(muted if piece.line.muted else normal))
            painter.drawText(piece.rect.translated(origin), _RIGHT if piece.right else _LEFT,
                             piece.text)
        if option.state & QStyle.StateFlag.State_HasFocus and style is not None:
            focus = QStyleOptionFocusRect()
            focus.rect = option.rect
            focus.state = option.state
            focus.palette = option.palette
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter,
                                widget)
        painter.restore()
