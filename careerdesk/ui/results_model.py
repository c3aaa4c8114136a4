"""The search results as a Qt list model, and a delegate that draws each result with why it
matched and its figures at a glance."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QWidget,
)

from careerdesk import formatting as fmt
from careerdesk.outlook import bright_badge, bright_outlook, bright_summary
from careerdesk.search import SearchResult
from careerdesk.widgets.lines_delegate import Line, LinesDelegate

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
MATCH_ROLE = Qt.ItemDataRole.UserRole + 2
GLANCE_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def glance(result: SearchResult) -> str:
    """(The Bright Outlook badge ·) entry education · median pay · outlook, for one line under
    the title; the badge comes first so that a narrow list never cuts it off."""
    pay = fmt.money(result.median_wage, top_coded=result.wage_top_coded)
    bright = [bright_badge()] if bright_outlook(result.percent_change,
                                                result.annual_openings) else []
    return " · ".join([
        *bright,
        result.entry_education or QCoreApplication.translate("ResultsModel",
                                                             "Education: not available"),
        QCoreApplication.translate("ResultsModel", "{pay} a year").format(pay=pay)
        if result.median_wage is not None
        else QCoreApplication.translate("ResultsModel", "Pay: not available"),
        result.outlook or QCoreApplication.translate("ResultsModel", "Outlook: not available"),
    ])


class ResultsModel(QAbstractListModel):
    """Read-only list of ``SearchResult``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results: list[SearchResult] = []
        self.bookmarked: set[str] = set()

    def set_bookmarked(self, codes: set[str]) -> None:
        """Careers to show with a star."""
        self.bookmarked = set(codes)
        if self._results:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._results) - 1, 0))

    def title(self, row: int) -> str:
        result = self._results[row]
        return f"★ {result.title}" if result.code in self.bookmarked else result.title

    def set_results(self, results: list[SearchResult]) -> None:
        self.beginResetModel()
        self._results = list(results)
        self.endResetModel()

    def result(self, row: int) -> SearchResult:
        return self._results[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        r = self._results[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return r.title
        if role == MATCH_ROLE:
            return r.matched_on
        if role == GLANCE_ROLE:
            return glance(r)
        if role == CODE_ROLE:
            return r.code
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            marked = self.tr(" Bookmarked.") if r.code in self.bookmarked else ""
            text = self.tr("{career}.{bookmarked} {matched}. {glance}").format(
                career=r.title, bookmarked=marked, matched=r.matched_on, glance=glance(r))
            if role == Qt.ItemDataRole.ToolTipRole and bright_outlook(r.percent_change,
                                                                     r.annual_openings):
                text += "\n" + bright_summary()  # what the badge means
            return text
        return None


class ResultDelegate(LinesDelegate):
    """Three lines per result: title, why it matched, figures at a glance."""

    @staticmethod
    def fonts(base: QFont) -> tuple[QFont, ...]:
        title, why, small = LinesDelegate.fonts(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.9, 6.0))
        return title, why, small

    def lines(self, index: Index, fonts: tuple[QFont, ...]) -> list[Line] | None:
        model = index.model()
        if not isinstance(model, ResultsModel) or not 0 <= index.row() < model.rowCount():
            return None
        result = model.result(index.row())
        title_font, why_font, small_font = fonts
        return [Line(model.title(index.row()), title_font),
                Line(result.matched_on, why_font, muted=True),
                Line(glance(result), small_font)]
