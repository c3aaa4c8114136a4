"""The side-by-side comparison: a table of careers in columns, with only-differences,
column removal and reordering, and opening a career from its column."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontInfo, QKeyEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from careerdesk.comparison import MIN_CAREERS, Comparison, ComparisonError
from careerdesk.ui.compare_model import CODE_ROLE, TABLE_CHART_FONT, CompareModel
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.widgets.chips import FlowLayout
from careerdesk.widgets.text_label import HeadingLabel

if TYPE_CHECKING:
    from careerdesk.printouts import Printout
    from careerdesk.ui.print_actions import PrintContext, PrintJob
    from careerdesk.ui.print_options import PrintChoices

LEGEND = QT_TRANSLATE_NOOP(
    "CompareView",
    "▲ highest and ▼ lowest figure in a row (tinted only where more is better: pay, growth, "
    "openings); ● the same for every career. Click a career's name to choose its column; "
    "right-click it (or press the Menu key) for its actions; double-click to open its "
    "profile; drag names to reorder.")
COLUMN_CHARS = 22  # a career's column is never narrower (the table scrolls instead)
CHART_WIDTH_EMS = 15.5  # nor narrower than this many of its chart's font sizes


class CompareView(QWidget):
    """Shows a ``Comparison``.

    Signals:
        careerRequested(str): open this career's profile.
        careerRemoved(str): the user removed this career's column.
        bookmarkRequested(str): bookmark the selected column's career.
        saveRequested(): keep this comparison under a name.
        closed(): the user closed the comparison (or removed all but one career).
    """

    careerRequested = Signal(str)
    careerRemoved = Signal(str)
    bookmarkRequested = Signal(str)
    saveRequested = Signal()
    closed = Signal()

    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self.model = CompareModel(comparison, self)
        self.title = HeadingLabel()  # "Comparing 2 careers"
        self._update_title()
        self.column_label = QLabel()  # names the career the column buttons act on
        self.column_label.setTextFormat(Qt.TextFormat.RichText)
        self.column_label.setWordWrap(True)  # zoomed in, a long name wraps: page not wider
        self.only_differences = QCheckBox(self.tr("Show only &differences"))
        self.only_differences.setAccessibleName(self.tr("Show only rows that differ"))
        self.only_differences.setToolTip(self.tr(
            "Hide the rows where every career has the same value"))
        self.open_button = QPushButton(self.tr("&Open profile"))
        self.remove_button = QPushButton(self.tr("&Remove column"))
        self.left_button = QPushButton(self.tr("Move &left"))
        self.right_button = QPushButton(self.tr("Move ri&ght"))
        self.close_button = QPushButton(self.tr("Close comparison"))
        self.star_button = QPushButton(self.tr("☆ Bookmark"))
        self.save_button = QPushButton(self.tr("Sa&ve comparison…"))
        for button, name in [
                (self.open_button, self.tr("Open the selected career's profile")),
                (self.remove_button, self.tr("Remove the selected career's column")),
                (self.left_button, self.tr("Move the selected column left")),
                (self.right_button, self.tr("Move the selected column right")),
                (self.close_button, self.tr("Close the comparison")),
                (self.star_button, self.tr("Bookmark the selected column's career")),
                (self.save_button, self.tr("Save this comparison under a name"))]:
            button.setAccessibleName(name)
            button.setToolTip(name)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Comparison table"))
        self.table.setAccessibleDescription(self.tr(
            "One column per career, one row per attribute; the highest and lowest figure "
            "in a row are marked, and items every career shares"))
        self.table.setWordWrap(True)
        # Arrow keys move from cell to cell; Tab, Shift+Tab and Escape leave the table (with
        # Tab moving cell by cell, 54 presses never got out of it).
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        self.table.setCornerButtonEnabled(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The chosen career's whole column is highlighted: the column buttons act on it.
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setAccessibleName(
            self.tr("Careers compared: drag to reorder, double-click to open"))
        self.table.verticalHeader().setAccessibleName(self.tr("Rows compared"))
        self.table.verticalHeader().setAccessibleDescription(self.tr(
            "The section and attribute of each row"))
        header.setAccessibleDescription(self.tr(
            "The careers compared, one per column"))
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.table.setIconSize(QSize(self.model.chart_width_px, self.model.chart_width_px))
        legend = QLabel(self.tr(LEGEND))
        legend.setWordWrap(True)
        # The controls wrap onto more rows when zoomed in, rather than making the window
        # wider than the screen.
        buttons = FlowLayout()  # the whole comparison
        for widget in (self.only_differences, self.save_button, self.close_button):
            buttons.addWidget(widget)
        column_buttons = FlowLayout()  # the chosen career's column, named by column_label
        for widget in (self.open_button, self.star_button, self.left_button,
                       self.right_button, self.remove_button):
            column_buttons.addWidget(widget)
        column_row = QVBoxLayout()  # the name on its own line, its buttons under it
        column_row.setSpacing(2)
        column_row.addWidget(self.column_label)
        column_row.addLayout(column_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addLayout(column_row)
        layout.addWidget(legend)
        layout.addWidget(self.table, 1)
        self._connect_signals()
        self._follow_font()
        self._tint_selection()
        self.table.selectionModel().currentChanged.connect(self._column_chosen)
        self.model.modelReset.connect(self._column_chosen)
        self.table.setCurrentIndex(self.model.index(0, 0))
        self._column_chosen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            self.table.focusNextChild()  # out of the table, as Tab does
            return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_charts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_charts()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoomed: charts and columns follow
            self._follow_font()
        elif event.type() == QEvent.Type.PaletteChange:  # a theme was chosen
            self._tint_selection()

    def _follow_font(self) -> None:
        """Chart labels a little smaller than the table's text, at every zoom, and columns
        wide enough for them."""
        pixels = QFontInfo(self.table.font()).pixelSize()
        chart_pixels = pixels * TABLE_CHART_FONT / 9.0  # the charts' font, in pixels
        self.model.set_chart_font(round(chart_pixels * 0.75, 2))
        # a chart needs about 15 of its font sizes across: wrapped labels, bars, "100%"
        self.table.horizontalHeader().setMinimumSectionSize(max(
            self.table.fontMetrics().averageCharWidth() * COLUMN_CHARS,
            math.ceil(chart_pixels * CHART_WIDTH_EMS) + 16))
        self._fit_charts()

    def _fit_charts(self) -> None:
        """Charts as wide as a column, so they are never cut."""
        columns = max(self.model.columnCount(), 1)
        header = self.table.verticalHeader().width()
        width = max((self.table.viewport().width() - 4) // columns,
                    self.table.horizontalHeader().minimumSectionSize())
        if self.table.viewport().width() <= header:
            return
        self.model.set_chart_width(width - 8)
        self.table.setIconSize(QSize(self.model.chart_width_px, self.model.chart_width_px * 2))

    def _connect_signals(self) -> None:
        self.only_differences.toggled.connect(self.model.set_only_differences)
        self.open_button.clicked.connect(self._open_current)
        self.remove_button.clicked.connect(self._remove_current)
        self.left_button.clicked.connect(lambda: self._move_current(-1))
        self.right_button.clicked.connect(lambda: self._move_current(1))
        self.close_button.clicked.connect(self.closed)
        self.save_button.clicked.connect(self.saveRequested)
        self.star_button.clicked.connect(self._bookmark_current)
        header = self.table.horizontalHeader()
        header.sectionDoubleClicked.connect(self._open_column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self._column_menu(header.logicalIndexAt(pos), header.mapToGlobal(pos)))
        self.table.customContextMenuRequested.connect(self._cell_menu)
        header.sectionMoved.connect(self._header_moved)
        self.table.doubleClicked.connect(lambda index: self._open_column(index.column()))

    def _update_title(self) -> None:
        self.title.setText(self.tr("<h2>Comparing {count} careers</h2>").format(
            count=len(self.comparison.careers)))

    def _tint_selection(self) -> None:
        """The chosen column in a light tint of the theme's highlight with the usual text
        colour, so its text and charts stay easy to read (plain highlight would paint whole
        charts in it)."""
        palette = self.palette()
        base, mark = palette.color(QPalette.ColorRole.Base), \
            palette.color(QPalette.ColorRole.Highlight)
        tint = QColor.fromRgbF(0.75 * base.redF() + 0.25 * mark.redF(),
                               0.75 * base.greenF() + 0.25 * mark.greenF(),
                               0.75 * base.blueF() + 0.25 * mark.blueF())
        text = palette.color(QPalette.ColorRole.Text)
        # a style sheet, not setPalette: the app's style sheet would reset a palette
        self.table.setStyleSheet(f"QTableView {{ selection-background-color: {tint.name()}; "
                                 f"selection-color: {text.name()}; }}")

    def _column_chosen(self, *_: object) -> None:
        """Say which career the column buttons act on, and highlight its column."""
        column = self.table.currentIndex().column()
        if not 0 <= column < len(self.comparison.careers):
            column = 0
        title = self.comparison.careers[column].title
        self.column_label.setText(self.tr("Chosen career: <b>{title}</b>").format(
            title=title.replace("&", "&amp;").replace("<", "&lt;")))
        self.column_label.setAccessibleName(self.tr("Chosen career: {title}").format(
            title=title))
        if not self.table.selectionModel().isColumnSelected(column, QModelIndex()):
            self.table.selectColumn(column)
        for button, text in [
                (self.open_button, self.tr("Open the profile of {title}")),
                (self.remove_button, self.tr("Remove {title} from the comparison")),
                (self.left_button, self.tr("Move {title} one column left")),
                (self.right_button, self.tr("Move {title} one column right")),
                (self.star_button, self.tr("Bookmark {title}"))]:
            button.setAccessibleName(text.format(title=title))
            button.setToolTip(text.format(title=title))
        self.left_button.setEnabled(column > 0)
        self.right_button.setEnabled(column < len(self.comparison.careers) - 1)

    def column_menu(self, column: int) -> QMenu | None:
        """The actions on one career's column (its name's context menu)."""
        if not 0 <= column < len(self.comparison.careers):
            return None
        career = self.comparison.careers[column]
        code = career.code
        menu = QMenu(self)
        menu.setTitle(career.title)
        menu.setAccessibleName(self.tr("Actions for {title}").format(title=career.title))
        menu.addAction(self.tr("&Open profile"), lambda: self.careerRequested.emit(code))
        menu.addAction(self.tr("☆ &Bookmark"), lambda: self.bookmarkRequested.emit(code))
        left = menu.addAction(self.tr("Move &left"), lambda: self.move_column(code, column - 1))
        left.setEnabled(column > 0)
        right = menu.addAction(self.tr("Move ri&ght"),
                               lambda: self.move_column(code, column + 1))
        right.setEnabled(column < len(self.comparison.careers) - 1)
        menu.addSeparator()
        menu.addAction(self.tr("&Remove from the comparison"),
                       lambda: self.remove_column(code))
        return menu

    def _column_menu(self, column: int, where: QPoint) -> None:
        if 0 <= column < len(self.comparison.careers):
            self.table.setCurrentIndex(self.model.index(
                max(self.table.currentIndex().row(), 0), column))
        menu = self.column_menu(column)
        if menu is not None:
            self.menu = menu  # tests read it
            menu.popup(where)

    def _cell_menu(self, pos: QPoint) -> None:
        """A cell's context menu (right-click, or the Menu key on the chosen cell): its
        column's actions."""
        index = self.table.indexAt(pos)
        if not index.isValid():
            index = self.table.currentIndex()
            pos = self.table.visualRect(index).center()
        self._column_menu(index.column(), self.table.viewport().mapToGlobal(pos))

    def current_code(self) -> str | None:
        column = self.table.currentIndex().column()
        if 0 <= column < len(self.comparison.careers):
            return self.comparison.careers[column].code
        return None

    def _open_column(self, column: int) -> None:
        if 0 <= column < len(self.comparison.careers):
            self.careerRequested.emit(self.comparison.careers[column].code)

    def _bookmark_current(self) -> None:
        code = self.current_code()
        if code:
            self.bookmarkRequested.emit(code)

    def _open_current(self) -> None:
        code = self.current_code()
        if code:
            self.careerRequested.emit(code)

    def remove_column(self, code: str) -> None:
        if len(self.comparison.careers) <= MIN_CAREERS:
            self.careerRemoved.emit(code)
            self.closed.emit()
            return
        try:
            self.comparison.remove(code)
        except ComparisonError:
            return
        self.model.refresh()
        self._update_title()
        self.careerRemoved.emit(code)

    def _remove_current(self) -> None:
        code = self.current_code()
        if code:
            self.remove_column(code)

    def move_column(self, code: str, new_index: int) -> None:
        row = max(self.table.currentIndex().row(), 0)
        self.comparison.move(code, new_index)
        self.model.refresh()
        column = self.comparison.codes.index(code)
        self.table.setCurrentIndex(self.model.index(row, column))

    def _move_current(self, step: int) -> None:
        code = self.current_code()
        if code:
            self.move_column(code, self.comparison.codes.index(code) + step)

    def _header_moved(self, logical: int, old_visual: int, new_visual: int) -> None:
        # Keep the model as the one truth about column order: undo the header's own move
        # and move the career in the comparison instead.
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.moveSection(new_visual, old_visual)
        header.blockSignals(False)
        code = self.model.headerData(logical, Qt.Orientation.Horizontal, CODE_ROLE)
        if isinstance(code, str):
            self.move_column(code, new_visual)

    def printout(self, context: PrintContext) -> PrintJob:
        """The comparison's handout: its sections to choose from, in the column order shown,
        with only the differing rows when they are all that is shown."""
        from careerdesk.comparison import SECTION_KEYS, SECTION_TITLES
        from careerdesk.printouts import comparison_printout
        from careerdesk.ui.print_actions import PrintJob

        comparison = self.comparison

        def factory(choices: PrintChoices) -> Printout:
            return comparison_printout(comparison, context.meta,
                                       prepared_for=choices.prepared_for,
                                       sections=choices.sections,
                                       only_differences=self.model.only_differences)

        return PrintJob(self.tr(" vs ").join(c.title for c in comparison.careers),
                        [(key, SECTION_TITLES[key]) for key in SECTION_KEYS], factory,
                        queue_name=self.tr("Comparing {count} careers").format(
                            count=len(comparison.careers)))
