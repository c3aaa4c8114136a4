"""The comparison as a Qt table model: one column per career, one row per attribute."""

from __future__ import annotations

import textwrap
from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from careerdesk import time_views
from careerdesk.comparison import SECTION_TITLES, Cell, Comparison, Row
from careerdesk.model import TimeAllocation
from careerdesk.outlook import bright_summary
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.widgets.chart_canvas import palette_colors

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2  # a row's section key (vertical header)
ROW_WRAP = 18  # characters per line of a row's name
HEADER_WRAP = 26  # characters per line of a career's name over its column
CHART_CACHE_SIZE = 48
TABLE_CHART_FONT = 7.5  # points, beside a 9 pt (12 px) table font; it follows the zoom
TABLE_CHART_WRAP = 13  # characters per line of a group's name
# Charts drawn for comparison cells, kept across comparisons (oldest dropped first).
_CHART_CACHE: OrderedDict[tuple[object, ...], QImage] = OrderedDict()
MARKERS = {"highest": QT_TRANSLATE_NOOP("CompareModel", "▲ highest"),
           "lowest": QT_TRANSLATE_NOOP("CompareModel", "▼ lowest"),
           "shared": QT_TRANSLATE_NOOP("CompareModel", "● same for all")}


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


def list_words(row: Row, cell: Cell) -> str:
    """A list cell as a screen reader says it: the row, how many items, then each, the ones
    every career has said so ("Skills, 3 items: Active Listening, same for all; …")."""
    items = [QCoreApplication.translate("CompareModel", "{item}, same for all").format(item=text)
             if shared else text for text, shared in cell.items]
    return QCoreApplication.translate("CompareModel", "{row}, {count} items: {items}").format(
        row=row.label, count=len(items), items="; ".join(items))


class CompareModel(QAbstractTableModel):
    """Read-only view of a ``Comparison``; ``set_only_differences`` filters rows."""

    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self.only_differences = False
        self._rows: list[Row] = comparison.rows_for(False)
        self._pending: dict[tuple[int, int], tuple[object, ...]] = {}
        self._drawing = False
        self.chart_width_px = 320
        self.chart_font_points = TABLE_CHART_FONT

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
        if role == Qt.ItemDataRole.DisplayRole:  # each row labelled once
            return textwrap.fill(row.label, ROW_WRAP)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # where it sits, for a screen reader
            return f"{section_title}: {row.label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{section_title}: {row.label}" + (f"\n{row.explanation}"
                                                     if row.explanation else "")
        if role == SECTION_ROLE:
            return row.section
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)
                                       and 0 <= index.column() < self.columnCount()):
            return None
        row = self._rows[index.row()]
        cell = row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if row.kind == "chart" and cell.chart is not None else cell_text(row, cell)
        if role == Qt.ItemDataRole.AccessibleTextRole and row.kind == "list" and cell.items:
            return list_words(row, cell)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            marker = marker_words(cell.marker)
            text = f"{row.label}: {cell.text}" + (f" ({marker})" if marker else "")
            if row.key == "facts.bright" and role == Qt.ItemDataRole.ToolTipRole:
                text += "\n" + bright_summary()  # the rule, where the badge is
            elif row.explanation and role == Qt.ItemDataRole.ToolTipRole:
                text += "\n" + row.explanation  # what the figure means
            return text
        if role == Qt.ItemDataRole.DecorationRole and row.kind == "chart" and cell.chart:
            return self._chart(index, cell)
        if role == Qt.ItemDataRole.BackgroundRole and row.judged \
                and cell.marker in ("highest", "lowest"):  # colour only where more is better
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

    def _chart(self, index: Index, cell: Cell) -> QImage | None:
        """The cell's chart if drawn already; otherwise ask for it to be drawn soon (the
        table shows at once and the charts appear as they are ready)."""
        key = self._chart_key(cell)
        image = _CHART_CACHE.get(key)
        if image is None:
            self._pending[(index.row(), index.column())] = key
            if not self._drawing:
                self._drawing = True
                QTimer.singleShot(0, self, self._draw_next)  # dropped if the model goes first
        return image

    def _chart_key(self, cell: Cell) -> tuple[object, ...]:
        assert cell.chart is not None
        shares = tuple((s.label, s.percent, s.group_id) for s in cell.chart.shares)
        colors = palette_colors(QApplication.palette())
        return (cell.chart.label, shares, self.comparison.time_max_percent,
                self.chart_width_px, self.chart_font_points, colors, self._row_height_in(cell))

    def _row_height_in(self, cell: Cell) -> float:
        """The height of the tallest chart in ``cell``'s row: every chart of the row is drawn
        this tall, bars from the top (an editorial estimate has fewer bars than O*NET's)."""
        row = next((r for r in self._rows if any(c is cell for c in r.cells)), None)
        cells = row.cells if row is not None else [cell]
        return max(chart_height_in(c, self.chart_font_points) for c in cells if c.chart)

    def _draw_next(self) -> None:
        """Draw one waiting chart, then come back for the next through the event loop."""
        while self._pending:
            (row, column), key = self._pending.popitem()
            if key in _CHART_CACHE or row >= len(self._rows):
                continue
            cell = self._rows[row].cells[column] if column < self.columnCount() else None
            if cell is None or cell.chart is None or self._chart_key(cell) != key:
                continue
            _CHART_CACHE[key] = draw_chart(cell, self.comparison.time_max_percent,
                                           self.chart_width_px, self.chart_font_points,
                                           min_height_in=self._row_height_in(cell))
            while len(_CHART_CACHE) > CHART_CACHE_SIZE:
                _CHART_CACHE.popitem(last=False)
            changed = self.index(row, column)
            self.dataChanged.emit(changed, changed, [Qt.ItemDataRole.DecorationRole])
            QTimer.singleShot(0, self, self._draw_next)  # dropped if the model goes first
            return
        self._drawing = False

    def charts_pending(self) -> bool:
        return self._drawing

    def set_chart_width(self, width_px: int) -> None:
        """Draw the charts this wide (the columns' width); redrawn when it changes much."""
        width_px = max(width_px, 160)
        if abs(width_px - self.chart_width_px) < 12:
            return
        self.chart_width_px = width_px
        self._charts_changed()

    def set_chart_font(self, points: float) -> None:
        """Draw the charts' labels this size (the table's font, zoomed, a little smaller)."""
        if points != self.chart_font_points:
            self.chart_font_points = points
            self._charts_changed()

    def _charts_changed(self) -> None:
        rows = [r for r, row in enumerate(self._rows) if row.kind == "chart"]
        for r in rows:
            self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1),
                                  [Qt.ItemDataRole.DecorationRole])


def _drawn(cell: Cell) -> TimeAllocation:
    """The cell's chart as drawn: the row's name says what it is, so untitled, but an
    editorial estimate keeps its title (never taken for O*NET's)."""
    assert cell.chart is not None
    return cell.chart if time_views.titled(cell.chart) else replace(cell.chart, label="")


def chart_height_in(cell: Cell, font_points: float = TABLE_CHART_FONT) -> float:
    """The height in inches ``draw_chart`` needs for the cell's chart."""
    from careerdesk import charts

    return charts.time_chart_height_in([_drawn(cell)], font_points, TABLE_CHART_WRAP,
                                       axis_label=False)


def draw_chart(cell: Cell, max_percent: float, width_px: int,
               font_points: float = TABLE_CHART_FONT, *, min_height_in: float = 0.0) -> QImage:
    """A time chart for a table cell, drawn with matplotlib's Agg straight into a QImage
    (with the on-screen charts' cache of rendered strings), at least ``min_height_in``
    tall (bars from the top, so the charts of a row line up)."""
    from matplotlib.figure import Figure

    from careerdesk import charts
    from careerdesk.agg_text import TextCachingCanvasAgg

    assert cell.chart is not None
    colors = palette_colors(QApplication.palette())
    untitled = _drawn(cell)
    size, wrap = font_points, TABLE_CHART_WRAP  # narrow columns: small, wrapped labels
    height_in = max(chart_height_in(cell, size), min_height_in)
    figure = Figure(figsize=(width_px / 96, height_in), dpi=96)
    canvas = TextCachingCanvasAgg(figure)
    charts.draw_time_allocation(figure, [untitled], colors, max_percent=max_percent,
                                font_size=size, label_wrap=wrap,
                                ticks=[0.0, max_percent / 2, max_percent], axis_label=False)
    canvas.draw()
    width, height = canvas.get_width_height()
    buffer = canvas.buffer_rgba()
    return QImage(bytes(buffer), width, height, QImage.Format.Format_RGBA8888).copy()
