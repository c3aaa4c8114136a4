"""The comparison as a Qt table model: one column per career, one row per attribute."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from careerdesk.comparison import SECTION_TITLES, Cell, Comparison, Row
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_WRAP = 18  # characters per line of a row's name
HEADER_WRAP = 26  # characters per line of a career's name over its column
MARKERS = {"highest": QT_TRANSLATE_NOOP("CompareModel", "▲ highest"),
           "lowest": QT_TRANSLATE_NOOP("CompareModel", "▼ lowest"),
           "shared": QT_TRANSLATE_NOOP("CompareModel", "● same for all")}
SHARED_ITEM = "● "


def marker_words(marker: str | None) -> str:
    """A cell's marker spelled out ("▲ highest"), or "" when it has none."""
    words = MARKERS.get(marker or "")
    return QCoreApplication.translate("CompareModel", words) if words else ""


def cell_text(row: Row, cell: Cell) -> str:
    """What a cell says, markers spelled out (colour is never the only sign)."""
    if row.kind == "list" and cell.items:
        return "\n".join(("● " if shared else "  ") + text for text, shared in cell.items)
    marker = marker_words(cell.marker)
    return f"{cell.text}\n{marker}" if marker and row.kind == "number" else cell.text


class CompareModel(QAbstractTableModel):
    """Read-only view of a ``Comparison``; ``set_only_differences`` filters rows."""

    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self.only_differences = False
        self._rows: list[Row] = comparison.rows_for(False)
        self._charts: dict[tuple[str, float, int], QPixmap] = {}
        self.chart_width_px = 320

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self.comparison.rows_for(self.only_differences)
        self.endResetModel()

    def set_only_differences(self, only: bool) -> None:
        self.only_differences = only
        self.refresh()

    def row(self, index: int) -> Row:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.comparison.careers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.comparison.careers):
                return None
            career = self.comparison.careers[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return textwrap.fill(career.title, HEADER_WRAP)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return career.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{career} ({code}). Double-click to open its profile.").format(
                    career=career.title, code=career.code)
            if role == CODE_ROLE:
                return career.code
            return None
        if not 0 <= section < len(self._rows):
            return None
        row = self._rows[section]
        section_title = SECTION_TITLES.get(row.section, row.section)
        if role == Qt.ItemDataRole.DisplayRole:
            return textwrap.fill(f"{section_title}: {row.label}", ROW_WRAP)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{section_title}: {row.label}"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)
                                       and 0 <= index.column() < self.columnCount()):
            return None
        row = self._rows[index.row()]
        cell = row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if row.kind == "chart" and cell.chart is not None else cell_text(row, cell)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            marker = marker_words(cell.marker)
            return f"{row.label}: {cell.text}" + (f" ({marker})" if marker else "")
        if role == Qt.ItemDataRole.DecorationRole and row.kind == "chart" and cell.chart:
            return self._chart(index.column(), cell)
        if role == Qt.ItemDataRole.BackgroundRole and cell.marker in ("highest", "lowest"):
            palette = QApplication.palette()
            base = palette.color(QPalette.ColorRole.Base)
            tint = QColor("#2e7d32" if cell.marker == "highest" else "#c62828")
            return QColor.fromRgbF(0.82 * base.redF() + 0.18 * tint.redF(),
                                   0.82 * base.greenF() + 0.18 * tint.greenF(),
                                   0.82 * base.blueF() + 0.18 * tint.blueF())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == CODE_ROLE:
            return self.comparison.careers[index.column()].code
        return None

    def _chart(self, column: int, cell: Cell) -> QPixmap:
        from careerdesk import charts

        code = self.comparison.careers[column].code
        scale = self.comparison.time_max_percent
        key = (code, scale, self.chart_width_px)
        if key not in self._charts and cell.chart is not None:
            width_in = self.chart_width_px / 96
            png = charts.render_png(
                charts.draw_time_allocation, [cell.chart], width_in=width_in,
                height_in=charts.time_chart_height_in([cell.chart]), dpi=96,
                max_percent=scale)
            self._charts[key] = QPixmap.fromImage(QImage.fromData(png))
        return self._charts[key]
