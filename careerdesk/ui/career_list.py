"""A list of careers (code, title, a note) that opens a career on click or Enter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QWidget

CODE_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CareerItem:
    """One row: the career and why it is listed."""

    code: str
    title: str
    note: str = ""


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
            return f"{item.title}, {item.note}" if item.note else item.title
        if role == CODE_ROLE:
            return item.code
        return None


class CareerListView(QListView):
    """Shows a ``CareerListModel``; emits ``careerActivated(code)`` on click or Enter."""

    careerActivated = Signal(str)
    compareRequested = Signal(str)

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
        self.list_model.set_items(items)
        rows = max(1, min(len(items), 12))
        self.setMinimumHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth()
                              if items else self.fontMetrics().height() * 2)

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
