"""A list of careers (code, title, a note, optional detail lines such as pay and education)
that opens a career on click or Enter and adds one to the comparison with Ctrl+K or its menu.

Rows with detail lines are drawn by ``CareerLinesDelegate``: a bold title, each detail line,
then the note, each wrapped to the list's width so that nothing is cut off.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QWidget,
)

CODE_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CareerItem:
    """One row: the career, why it is listed and, optionally, lines of figures under the
    title (for example its pay and entry education)."""

    code: str
    title: str
    note: str = ""
    details: tuple[str, ...] = ()


class CareerListModel(QAbstractListModel):
    """Read-only model over a list of ``CareerItem``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[CareerItem] = []

    def set_items(self, items: list[CareerItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> CareerItem:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.title}  ({item.note})" if item.note else item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{career} — {code}. Press Enter or click to open.").format(
                career=item.title, code=item.code)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ". ".join([f"{item.title}, {item.note}" if item.note else item.title,
                              *item.details])
        if role == CODE_ROLE:
            return item.code
        return None


class CareerListView(QListView):
    """Shows a ``CareerListModel``; emits ``careerActivated(code)`` on click or Enter."""

    careerActivated = Signal(str)
    compareRequested = Signal(str)
    MAX_ROWS = 12  # rows shown without scrolling inside the list

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setAccessibleDescription(QCoreApplication.translate(
            "CareerListView", "Press Enter or click to open a career; Ctrl+K adds it to the "
            "comparison"))
        self.list_model = CareerListModel(self)
        self.setModel(self.list_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.activated.connect(self._open)
        self.clicked.connect(self._open)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    def set_items(self, items: list[CareerItem]) -> None:
        detailed = any(item.details for item in items)
        if detailed and not isinstance(self.itemDelegate(), CareerLinesDelegate):
            self.setItemDelegate(CareerLinesDelegate(self))
            self.setUniformItemSizes(False)  # rows wrap to different heights
            self.setWordWrap(True)
            self.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_model.set_items(items)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for the first ``MAX_ROWS`` rows, so a short list never scrolls."""
        rows = self.list_model.rowCount()
        if not rows:
            self.setMinimumHeight(self.fontMetrics().height() * 2)
            return
        if self.uniformItemSizes():
            height = self.sizeHintForRow(0) * min(rows, self.MAX_ROWS)
        else:
            height = sum(self.sizeHintForRow(row) for row in range(min(rows, self.MAX_ROWS)))
        self.setMinimumHeight(height + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if isinstance(self.itemDelegate(), CareerLinesDelegate):
            self._fit_height()  # wrapped rows grow or shrink with the width

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange \
                and isinstance(self.itemDelegate(), CareerLinesDelegate):
            self.scheduleDelayedItemsLayout()  # rows are sized from the font (zoom)
            self._fit_height()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        code = self.list_model.item(index.row()).code
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self.careerActivated.emit(code))
        menu.addAction(self.tr("Add to &comparison"), lambda: self.compareRequested.emit(code))
        menu.exec(self.viewport().mapToGlobal(pos))

    @staticmethod
    def _is_compare_key(event: QKeyEvent) -> bool:
        return QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+K")

    def event(self, event: QEvent) -> bool:
        # Ctrl+K here adds the selected career, not the open one: take the key before the
        # window's shortcut does.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._is_compare_key(event) and self.currentIndex().isValid():
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        if self._is_compare_key(event) and 0 <= row < self.list_model.rowCount():
            self.compareRequested.emit(self.list_model.item(row).code)
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.careerActivated.emit(code)


class CareerLinesDelegate(QStyledItemDelegate):
    """Draws a ``CareerItem`` as a bold title, its detail lines and its note (italic, muted),
    each word-wrapped to the list's width."""

    WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
               | Qt.TextFlag.TextWordWrap)

    def lines(self, index: Index, base: QFont) -> list[tuple[str, QFont, bool]]:
        """The row's (text, font, muted) lines, top to bottom; empty for an index the model
        no longer has. Reads the Python model directly (see LinesDelegate.lines on why)."""
        model = index.model()
        if not isinstance(model, CareerListModel) or not 0 <= index.row() < model.rowCount():
            return []
        item = model.item(index.row())
        title = QFont(base)
        title.setBold(True)
        note = QFont(base)
        note.setItalic(True)
        result = [(item.title, title, False)]
        result += [(text, QFont(base), False) for text in item.details]
        if item.note:
            result.append((item.note, note, True))
        return result

    def _margin(self, base: QFont) -> int:
        return QFontMetrics(base).height() // 3

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QListView) \
            else option.rect.width()
        return max(width - 2 * self._margin(QFont(option.font)),
                   QFontMetrics(QFont(option.font)).averageCharWidth() * 20)

    def line_heights(self, index: Index, base: QFont, width: int) -> list[int]:
        """Each line's height when wrapped to ``width`` pixels."""
        return [QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000), self.WRAP,
                                                text).height()
                for text, font, _ in self.lines(index, base)]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = QFont(option.font)
        width = self._text_width(option)
        height = sum(self.line_heights(index, base, width)) + 2 * self._margin(base)
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        base = QFont(option.font)
        lines = self.lines(index, base)
        if not lines:
            return
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                widget)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        normal = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted = normal if selected else QPalette.ColorRole.PlaceholderText
        margin = self._margin(base)
        rect = option.rect.adjusted(margin, margin, -margin, -margin)
        painter.save()
        y = rect.top()
        for text, font, is_muted in lines:
            painter.setFont(font)
            painter.setPen(option.palette.color(muted if is_muted else normal))
            bounds = QFontMetrics(font).boundingRect(QRect(0, 0, rect.width(), 100000),
                                                     self.WRAP, text)
            painter.drawText(QRect(rect.left(), y, rect.width(), bounds.height()), self.WRAP,
                             text)
            y += bounds.height()
        if state & QStyle.StateFlag.State_HasFocus and style is not None:
            focus = QStyleOptionFocusRect()
            focus.rect = option.rect
            focus.state = state
            focus.palette = option.palette
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter,
                                widget)
        painter.restore()
