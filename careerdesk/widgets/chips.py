"""``FlowLayout`` (wraps its items like words in a line of text) and ``ChipList``.

A chip is a short string in a rounded box painted from the palette; its size comes from the
font. Clickable chips are buttons that take keyboard focus (Tab, then Space or Enter) and show
a focus ring; plain chips are labels.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMargins, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from careerdesk.widgets.text_label import HeightCache


class FlowLayout(QLayout):
    """Lays items out left to right and starts a new row when the next does not fit.

    Spacing is the style's layout spacing, or a third of the font height when the style
    gives none. Items wider than the layout are shrunk to its width.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # heightForWidth answers until the next invalidate(): a window's layout asks the same
        # widths dozens of times while it settles
        self._heights = HeightCache()

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    # QLayout's item interface
    def addItem(self, item: QLayoutItem) -> None:
        self._heights.clear()
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._heights.get(
            width, lambda w: self._arrange(QRect(0, 0, w, 0), apply=False))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """One row of every item (a wide preferred size; the height follows the width)."""
        width = 0
        height = 0
        visible = [item for item in self._items if not item.isEmpty()]
        for item in visible:
            hint = item.sizeHint()
            width += hint.width()
            height = max(height, hint.height())
        width += self.spacing_between() * max(len(visible) - 1, 0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        size = QSize(0, 0)
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return self._with_margins(size)

    def spacing_between(self) -> int:
        """The gap between items and between rows, in pixels."""
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 0
        gap = parent.style().pixelMetric(
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent
        )
        return gap if gap >= 0 else parent.fontMetrics().height() // 3

    def _with_margins(self, size: QSize) -> QSize:
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items in ``rect`` (when ``apply``); returns the height they need."""
        area = rect.marginsRemoved(self.contentsMargins())
        gap = self.spacing_between()
        x, y, row_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), max(area.width(), item.minimumSize().width()))
            if x > area.x() and x + width > area.x() + area.width():
                x, y, row_height = area.x(), y + row_height + gap, 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + gap
            row_height = max(row_height, hint.height())
        margins = self.contentsMargins()
        return y + row_height - rect.y() + margins.bottom()


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def _chip_size(widget: QWidget, text: str) -> QSize:
    fm = widget.fontMetrics()
    pad_x, pad_y = _padding(widget)
    return QSize(fm.horizontalAdvance(text) + 2 * pad_x, fm.height() + 2 * pad_y)


def _padding(widget: QWidget) -> tuple[int, int]:
    height = widget.fontMetrics().height()
    return round(height * 0.65), max(2, round(height * 0.22))


def _paint_chip(widget: QWidget, text: str, *, hovered: bool = False, down: bool = False,
                focused: bool = False) -> None:
    palette = widget.palette()
    window = palette.color(QPalette.ColorRole.Window)
    ink = palette.color(QPalette.ColorRole.WindowText)
    line = max(1.0, widget.fontMetrics().height() / 16)
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if focused:
        pen = QPen(palette.color(QPalette.ColorRole.Highlight), line * 2.5)
    else:
        pen = QPen(_mix(window, ink, 0.4), line)
    inset = pen.widthF() / 2
    box = QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset)
    painter.setPen(pen)
    painter.setBrush(_mix(window, ink, 0.22 if down else 0.14 if hovered else 0.07))
    radius = box.height() / 2
    painter.drawRoundedRect(box, radius, radius)
    pad_x, _ = _padding(widget)
    room = widget.rect().adjusted(pad_x, 0, -pad_x, 0)
    fm = widget.fontMetrics()
    shown = text
    if fm.horizontalAdvance(text) > room.width():  # elidedText alone cuts text that fits
        shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, room.width())
    painter.setPen(ink)
    painter.drawText(room, int(Qt.AlignmentFlag.AlignCenter), shown)
    painter.end()


class _ChipLabel(QLabel):
    """A chip that only shows its text."""

    def sizeHint(self) -> QSize:
        return _chip_size(self, self.text())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().height() * 2, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        _paint_chip(self, self.text())


class _ChipButton(QToolButton):
    """A chip the user can activate with the mouse, Space or Enter."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)

    def sizeHint(self) -> QSize:
        return _chip_size(self, self.text())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().height() * 2, self.sizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        _paint_chip(self, self.text(), hovered=self.underMouse(), down=self.isDown(),
                    focused=self.hasFocus())


class ChipList(QWidget):
    """Short strings shown as rounded chips that wrap onto new rows as the width shrinks.

    Signals:
        chipActivated(str): a clickable chip was clicked or activated from the keyboard.
    """

    chipActivated = Signal(str)

    def __init__(self, name: str = "", parent: QWidget | None = None, *,
                 clickable: bool = False, empty_text: str = "") -> None:
        super().__init__(parent)
        self._clickable = clickable
        self._empty_text = empty_text
        self._items: list[str] = []
        self._layout = FlowLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(name)

    def set_items(self, items: Sequence[str]) -> None:
        """Replace the chips (the empty text, when given, shows for an empty list)."""
        while (item := self._layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._items = list(items)
        for text in self._items:
            chip: QWidget
            if self._clickable:
                button = _ChipButton(text, self)
                button.clicked.connect(lambda _=False, t=text: self.chipActivated.emit(t))
                chip = button
            else:
                chip = _ChipLabel(text, self)
                chip.setTextFormat(Qt.TextFormat.PlainText)
            chip.setAccessibleName(text)
            chip.setToolTip(text)
            self._layout.addWidget(chip)
        if not self._items and self._empty_text:
            self._layout.addWidget(QLabel(self._empty_text, self))
        self.setAccessibleDescription(", ".join(self._items) or self._empty_text)
        self._layout.invalidate()
        self.updateGeometry()

    def items(self) -> list[str]:
        return list(self._items)

    def chips(self) -> list[QWidget]:
        """The chip widgets, in order."""
        found = (self._layout.itemAt(i) for i in range(self._layout.count()))
        widgets = (item.widget() for item in found if item is not None)
        return [w for w in widgets if isinstance(w, _ChipLabel | _ChipButton)]
