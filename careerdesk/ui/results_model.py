"""The search results as a Qt list model, and a delegate that draws each result with why it
matched and its figures at a glance."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QWidget,
)

from careerdesk import wording
from careerdesk.i18n import translate
from careerdesk.search import SearchResult
from careerdesk.widgets.lines_delegate import SEPARATOR, Line, LinesDelegate
from careerdesk.wording import Plain

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
MATCH_ROLE = Qt.ItemDataRole.UserRole + 2
GLANCE_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


def facts(result: SearchResult) -> list[Plain]:
    """The result's figures at a glance in plain words (careerdesk.wording.glance)."""
    return wording.glance(median_wage=result.median_wage,
                          wage_top_coded=result.wage_top_coded,
                          median_hourly=result.median_hourly,
                          entry_education=result.entry_education,
                          outlook_category=result.outlook,
                          percent_change=result.percent_change,
                          annual_openings=result.annual_openings)


def glance(result: SearchResult) -> str:
    """(The Bright Outlook badge ·) pay a year · education to start · outlook with its
    change, in plain words, for the lines under the title (they wrap, never cut off)."""
    return SEPARATOR.join(fact.label for fact in facts(result))


def explained(result: SearchResult) -> list[str]:
    """What each word of the row means, one "label: explanation" each, with the source's
    own term (BLS's category) where the words differ; then the preparation needed."""
    return wording.explain(facts(result), result.job_zone)


def title_match(result: SearchResult) -> bool:
    """Whether the result matched on its title alone: the reason would only repeat the
    title (the search writes "title", or "title · what the words were read as")."""
    title = translate("Search", "title")
    return result.matched_on == title or result.matched_on.startswith(
        translate("Search", "{why} · {meaning}").format(why=title, meaning=""))


class ResultsModel(QAbstractListModel):
    """Read-only list of ``SearchResult``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results: list[SearchResult] = []
        self._glances: dict[str, str] = {}  # by career code: drawn again and again
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

    def glance(self, row: int) -> str:
        """``glance`` of the result in ``row``, worked out once per career."""
        result = self._results[row]
        text = self._glances.get(result.code)
        if text is None:
            text = self._glances[result.code] = glance(result)
        return text

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
            return self.glance(index.row())
        if role == CODE_ROLE:
            return r.code
        if role == Qt.ItemDataRole.AccessibleTextRole:
            marked = self.tr(" Bookmarked.") if r.code in self.bookmarked else ""
            return self.tr("{career}.{bookmarked} {matched}. {glance}").format(
                career=r.title, bookmarked=marked, matched=r.matched_on, glance=glance(r))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.tr("Shift+F1 explains the words.")
        if role == Qt.ItemDataRole.ToolTipRole:  # what each word means (Shift+F1 shows it too)
            return "\n".join([self.tr("{career}: {matched}").format(career=r.title,
                                                                    matched=r.matched_on),
                              *explained(r)])
        return None


class ResultDelegate(LinesDelegate):
    """A result as its title, why it matched (left out when it matched on the title) and its
    figures at a glance; the title and the figures wrap rather than being cut off."""

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
        why = [] if title_match(result) else [Line(result.matched_on, why_font, muted=True)]
        return [Line(model.title(index.row()), title_font, wrap=True), *why,
                Line(model.glance(index.row()), small_font, wrap=True)]
