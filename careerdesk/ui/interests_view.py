"""The interest quiz's results: the six scores as a chart with a sentence each, the student's
top areas, a preparation picker and the careers that fit, each one to open, compare or
bookmark; the method in plain words.

The view shows a ``careerdesk.interests.Result``; the controller computes it (again when the
preparation changes) and saves what the student chose.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from careerdesk import formatting as fmt
from careerdesk import wording
from careerdesk.charts import InterestScore
from careerdesk.interests import (
    AREAS,
    Match,
    Preparation,
    Result,
    area_label,
    area_sentence,
    method,
)
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.ui.quiz_view import EnterClicks
from careerdesk.widgets.accessibility import ChoiceBox
from careerdesk.widgets.chart_canvas import ChartView
from careerdesk.widgets.lines_delegate import SEPARATOR, Line, LinesDelegate
from careerdesk.widgets.text_label import BuddyLabel, HeadingLabel, WrappedLabel
from careerdesk.wording import Plain

if TYPE_CHECKING:
    from careerdesk.printouts import Printout
    from careerdesk.ui.print_actions import PrintContext, PrintJob
    from careerdesk.ui.print_options import PrintChoices

Index = QModelIndex | QPersistentModelIndex
PRINT_SECTION = QT_TRANSLATE_NOOP("InterestsView", "My interests: scores and careers")
PRINT_SOURCES = ("onet", "bls-oews", "bls-ep")  # the quiz's activities and ratings; pay; outlook
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
# A focused button shows it clearly (Fusion's own focus frame is faint).
FOCUS_STYLE = "QPushButton:focus { border: 2px solid palette(highlight); border-radius: 3px; " \
    "padding: 0.25em 0.6em; }"


def why_it_fits(match: Match) -> str:
    """"Shares your top interests: …", or how it fits when it shares none of them."""
    if match.shared_areas:
        return QCoreApplication.translate("InterestsView", "Shares your top interests: {areas}"
                                          ).format(areas=", ".join(area_label(a)
                                                                  for a in match.shared_areas))
    return QCoreApplication.translate(
        "InterestsView", "Strong and weak in much the same areas as you, overall")


def match_facts(match: Match) -> list[Plain]:
    """The career's figures at a glance in plain words (careerdesk.wording.glance)."""
    return wording.glance(median_wage=match.median_wage, wage_top_coded=match.wage_top_coded,
                          entry_education=match.entry_education,
                          outlook_category=match.outlook,
                          percent_change=match.percent_change,
                          annual_openings=match.annual_openings)


def match_glance(match: Match) -> str:
    """(Bright Outlook ·) pay a year · education to start · outlook, in plain words,
    "not available" where missing."""
    return SEPARATOR.join(fact.label for fact in match_facts(match))


def match_explained(match: Match) -> list[str]:
    """What each word of the row means, with BLS's own terms, and the preparation needed."""
    return wording.explain(match_facts(match), match.job_zone)


def fit_text(match: Match) -> str:
    return QCoreApplication.translate("InterestsView", "fit {fit} of 100").format(
        fit=f"{match.fit:.0f}")


class MatchesModel(QAbstractListModel):
    """The matching careers, best fit first, bookmarked ones starred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matches: list[Match] = []
        self.bookmarked: set[str] = set()

    def set_matches(self, matches: Sequence[Match]) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self.endResetModel()

    def set_bookmarked(self, codes: set[str]) -> None:
        self.bookmarked = set(codes)
        if self._matches:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._matches) - 1, 0))

    def career_at(self, row: int) -> Match:
        return self._matches[row]

    def title(self, row: int) -> str:
        name, fit = self.title_parts(row)
        return self.tr("{career} — {fit}").format(career=name, fit=fit)

    def title_parts(self, row: int) -> tuple[str, str]:
        """The row's number and title (starred when bookmarked), and its fit."""
        item = self._matches[row]
        name = self.tr("{number}. {career}").format(number=row + 1, career=item.title)
        return (f"★ {name}" if item.code in self.bookmarked else name), fit_text(item)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._matches):
            return None
        item = self._matches[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(index.row())
        if role == CODE_ROLE:
            return item.code
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            marked = self.tr(" Bookmarked.") if item.code in self.bookmarked else ""
            text = self.tr("{career}, {fit}.{bookmarked} {why}. {glance}.").format(
                career=item.title, fit=fit_text(item), bookmarked=marked,
                why=why_it_fits(item), glance=match_glance(item))
            if role == Qt.ItemDataRole.ToolTipRole:  # what the words mean (also Shift+F1)
                text = "\n".join([text, *match_explained(item)])
            return text
        return None


class MatchDelegate(LinesDelegate):
    """Per career: number, title and fit; why it fits; pay, education, outlook. The title
    and the figures wrap rather than being cut off (the whole text is also in the tooltip
    and the accessible text)."""

    def lines(self, index: Index, fonts: tuple[QFont, ...]) -> list[Line] | None:
        model = index.model()
        if not isinstance(model, MatchesModel) or not 0 <= index.row() < model.rowCount():
            return None
        item = model.career_at(index.row())
        name, fit = model.title_parts(index.row())
        title_font, why_font, plain_font = fonts
        return [Line(name, title_font, right=fit, wrap=True),
                Line(why_it_fits(item), why_font),
                Line(match_glance(item), plain_font, wrap=True)]


class MatchesList(QListView):
    """The careers that fit, as tall as its rows (the page scrolls, not the list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches = MatchesModel(self)
        self.setModel(self.matches)
        self.setItemDelegate(MatchDelegate(self))
        self.setUniformItemSizes(False)  # a row is as tall as its wrapped text needs
        self.setWordWrap(True)  # and is laid out again when the width changes
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoomed: the rows' height changed
            self.fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # rows wrap differently
            self.fit_rows()

    def fit_rows(self) -> None:
        count = self.matches.rowCount()
        height = sum(self.sizeHintForRow(row) for row in range(count)) if count \
            else self.fontMetrics().height()
        self.setFixedHeight(height + 2 * self.frameWidth())

    def current_code(self) -> str | None:
        row = self.currentIndex().row()
        return self.matches.career_at(row).code if 0 <= row < self.matches.rowCount() else None


class InterestsView(QWidget):
    """What the quiz found, for one student.

    Signals:
        careerRequested(str), compareRequested(str), bookmarkRequested(str): a match to
            open, add to the comparison, bookmark (or un-bookmark).
        preparationChanged(object): the preparation picked (a job zone 1-5, None for any).
        retakeRequested(), printRequested(), startRequested(): the buttons at the top.
    """

    careerRequested = Signal(str)
    compareRequested = Signal(str)
    bookmarkRequested = Signal(str)
    preparationChanged = Signal(object)
    retakeRequested = Signal()
    printRequested = Signal()
    startRequested = Signal()

    def __init__(self, preparations: Sequence[Preparation], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Your interest quiz results"))
        self.result: Result | None = None
        self.retake_button = QPushButton(self.tr("&Retake the quiz…"))
        self.retake_button.setToolTip(self.tr("Clear your answers and take the quiz again"))
        self.print_button = QPushButton(self.tr("&Print “My interests”…"))
        self.print_button.setToolTip(self.tr(
            "Print one page with your scores, chart and best-fitting careers"))
        self.start_button = QPushButton(self.tr("Back to s&tart"))
        self.start_button.setToolTip(self.tr("Go back to the start page"))
        self.title = HeadingLabel(self.tr("<h2>What you would enjoy</h2>"))
        self.heading = WrappedLabel()  # the top areas under the title
        self.chart = ChartView(self.tr("Chart of your interest scores"))
        self.areas = WrappedLabel()
        self.preparation = ChoiceBox()
        self.preparation.setAccessibleName(self.tr("Preparation you are willing to do"))
        self.preparation.setAccessibleDescription(self.tr(
            "Show only careers that need up to this much preparation"))
        self.preparation.addItem(self.tr("Any amount of preparation"), None)
        self.preparation.setItemData(0, self.tr("All careers, whatever preparation they need"),
                                     Qt.ItemDataRole.ToolTipRole)
        for prep in preparations:
            self.preparation.addItem(self.tr("Up to: {label}").format(label=prep.label),
                                     prep.zone)
            self.preparation.setItemData(self.preparation.count() - 1, prep.description,
                                         Qt.ItemDataRole.ToolTipRole)
        self.preparation_note = WrappedLabel(text_format=Qt.TextFormat.PlainText)
        self.matches_title = HeadingLabel(self.tr("<h3>Careers that fit you</h3>"))
        self.matches_heading = WrappedLabel()  # how many fit, under the title
        self.list = MatchesList()
        self.list.setAccessibleName(self.tr("Careers that fit your interests"))
        self.list.setAccessibleDescription(self.tr(
            "Best fit first. Enter opens a career; Ctrl+K adds it to the comparison; Ctrl+D "
            "bookmarks it; Shift+F1 explains the words"))
        self.explain_action = QAction(self.tr("What do these &words mean?"), self.list)
        self.explain_action.setShortcut(QKeySequence("Shift+F1"))
        self.explain_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.explain_action.triggered.connect(self.explain_current)
        self.list.addAction(self.explain_action)
        self.open_button = QPushButton(self.tr("&Open career"))
        self.open_button.setToolTip(self.tr("Open the selected career's profile (Enter)"))
        self.compare_button = QPushButton(self.tr("&Add to comparison"))
        self.compare_button.setToolTip(self.tr("Add the selected career to the comparison "
                                               "(Ctrl+K)"))
        self.bookmark_button = QPushButton(self.tr("&Bookmark"))
        self.bookmark_button.setToolTip(self.tr("Bookmark the selected career, or remove its "
                                                "bookmark (Ctrl+D)"))
        self.enter_clicks = EnterClicks(self)
        for button in (self.retake_button, self.print_button, self.start_button,
                       self.open_button, self.compare_button, self.bookmark_button):
            button.setAccessibleDescription(button.toolTip())
            button.installEventFilter(self.enter_clicks)
        self.method = WrappedLabel(text_format=Qt.TextFormat.PlainText)
        self.method.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self._build()
        self._connect()
        self.setStyleSheet(FOCUS_STYLE)

    def _build(self) -> None:
        spacing = self.fontMetrics().height()
        top = QHBoxLayout()
        top.addWidget(self.retake_button)
        top.addWidget(self.print_button)
        top.addStretch(1)
        top.addWidget(self.start_button)
        picker = QHBoxLayout()
        label = BuddyLabel(self.tr("&How much preparation are you willing to do?"),
                           self.preparation)
        picker.addWidget(label)
        picker.addWidget(self.preparation, 1)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.compare_button, self.bookmark_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(spacing, 0, spacing, spacing)
        column.addWidget(self.title)
        column.addWidget(self.heading)
        column.addWidget(self.chart)
        column.addSpacing(spacing // 2)
        column.addWidget(self.matches_title)
        column.addWidget(self.matches_heading)
        column.addLayout(picker)
        column.addWidget(self.preparation_note)
        column.addWidget(self.list)
        column.addLayout(buttons)
        column.addSpacing(spacing // 2)
        column.addWidget(HeadingLabel(self.tr("<h3>The six interest areas</h3>")))
        column.addWidget(self.areas)
        column.addWidget(HeadingLabel(self.tr("<h3>How this works</h3>")))
        column.addWidget(self.method)
        column.addStretch(1)
        self.scroller.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, spacing // 2, 0, 0)
        top.setContentsMargins(spacing, 0, spacing, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroller, 1)

    def _connect(self) -> None:
        self.retake_button.clicked.connect(self.retakeRequested)
        self.print_button.clicked.connect(self.printRequested)
        self.start_button.clicked.connect(self.startRequested)
        self.list.activated.connect(lambda _: self._emit_current(self.careerRequested))
        self.list.doubleClicked.connect(lambda _: self._emit_current(self.careerRequested))
        self.open_button.clicked.connect(lambda: self._emit_current(self.careerRequested))
        self.compare_button.clicked.connect(lambda: self._emit_current(self.compareRequested))
        self.bookmark_button.clicked.connect(
            lambda: self._emit_current(self.bookmarkRequested))
        self.preparation.currentIndexChanged.connect(self._preparation_picked)
        self.list.selectionModel().currentChanged.connect(self._scroll_to_current)

    # ------------------------------------------------------------- showing

    def set_result(self, result: Result) -> None:
        """Show the scores, the top areas and the matches (the preparation it was made for
        is picked)."""
        current = self.current_code()
        self.result = result
        self._show_scores(result)
        self._show_matches(result)
        self.method.setText(method())
        codes = [m.code for m in result.matches]
        row = codes.index(current) if current in codes else 0
        if codes:
            self.list.setCurrentIndex(self.list.matches.index(row, 0))

    def _show_scores(self, result: Result) -> None:
        scores, top = result.scores, result.top_areas
        if not top:
            summary = "<p>" + self.tr(
                "None of the six areas stands out from your answers yet.") + "</p>"
        else:
            summary = "<p>" + (self.tr("Your top interest area:") if len(top) == 1
                               else self.tr("Your top interest areas:")) + "</p>"
            summary += "".join(f"<p>★ <b>{escape(area_label(a))}</b> — "
                               f"{escape(area_sentence(a))}</p>" for a in top)
        answered = self.tr("Made from your answers to {answered} of {total} activities.").format(
            answered=result.answered, total=result.total)
        self.heading.setText(summary + f"<p>{escape(answered)}</p>")
        items = [InterestScore(area_label(a), scores.get(a), a in top) for a in AREAS]
        self.chart.show_interests(items, self.tr(
            "Each score runs from 0 (you disliked every activity of the area) to 100 (you "
            "liked them all). ★ marks your top areas. How this works: below."))
        rows = []
        for area in AREAS:
            score = scores.get(area)
            value = fmt.not_available() if score is None else self.tr("{score} of 100").format(
                score=f"{score:.0f}")
            mark = "★ " if area in top else ""
            rows.append(f"<p><b>{mark}{escape(area_label(area))}</b> — {escape(value)}<br>"
                        f"{escape(area_sentence(area))}</p>")
        self.areas.setText("".join(rows))

    def _show_matches(self, result: Result) -> None:
        index = self.preparation.findData(result.preparation)
        self.preparation.blockSignals(True)
        self.preparation.setCurrentIndex(max(index, 0))
        self.preparation.blockSignals(False)
        self.preparation_note.setText(
            self.preparation.itemData(self.preparation.currentIndex(),
                                      Qt.ItemDataRole.ToolTipRole) or "")
        self.list.matches.set_matches(result.matches)
        self.list.fit_rows()
        if result.matches:
            text = self.tr("<p>The {count} best fits of {compared} careers, best "
                           "first.</p>").format(
                count=len(result.matches), compared=result.compared)
        else:
            why = result.note or self.tr(
                "No careers with this preparation fit: choose more preparation.")
            text = f"<p>{escape(why)}</p>"
        self.matches_heading.setText(text)
        self.list.setVisible(bool(result.matches))
        for button in (self.open_button, self.compare_button, self.bookmark_button):
            button.setEnabled(bool(result.matches))

    def set_bookmarked(self, codes: set[str]) -> None:
        self.list.matches.set_bookmarked(codes)

    # ------------------------------------------------------------- the student's choices

    def current_code(self) -> str | None:
        """The selected career."""
        return self.list.current_code()

    def preparation_level(self) -> int | None:
        data = self.preparation.currentData()
        return data if isinstance(data, int) else None

    def _preparation_picked(self) -> None:
        self.preparationChanged.emit(self.preparation_level())

    def _emit_current(self, signal: SignalInstance) -> None:
        code = self.current_code()
        if code:
            signal.emit(code)

    def _scroll_to_current(self, current: QModelIndex) -> None:
        """The list does not scroll (the page does): bring the current career into view."""
        inner = self.scroller.widget()
        if not current.isValid() or inner is None or not self.list.hasFocus():
            return
        rect = self.list.visualRect(current)
        top = self.list.viewport().mapTo(inner, rect.topLeft())
        half = rect.height() // 2
        self.scroller.ensureVisible(top.x(), top.y() + half, 0, half + 2)

    def printout(self, context: PrintContext) -> PrintJob | None:
        """"My interests" on one page (scores, top areas, the careers that fit); None before
        there are results. A guest's page names nobody."""
        from careerdesk.printouts import interests_printout
        from careerdesk.ui.print_actions import PrintJob

        result = self.result
        if result is None:
            return None
        sources = [s for s in context.store.sources() if s.id in PRINT_SOURCES]
        owner = None if context.guest else context.owner

        def factory(choices: PrintChoices) -> Printout:
            return interests_printout(result, owner, context.meta, sources,
                                      prepared_for=choices.prepared_for, printed=date.today())

        return PrintJob(self.tr("My interests — {person}").format(person=context.owner),
                        [("interests", self.tr(PRINT_SECTION))], factory)

    def explain_current(self) -> None:
        """Shift+F1 on a career that fits: what the words of its row mean."""
        row = self.list.currentIndex().row()
        if not 0 <= row < self.list.matches.rowCount():
            return
        match = self.list.matches.career_at(row)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("What these words mean"),
                          "\n\n".join([match.title, *match_explained(match)]),
                          QMessageBox.StandardButton.Close, self)
        box.setAccessibleName(self.tr("What these words mean"))
        self.explanation_box = box  # tests read it
        box.open()

    def focus_first(self) -> None:
        """Focus the matches (or the preparation picker when there are none)."""
        if self.list.isVisible() or self.list.matches.rowCount():
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.preparation.setFocus(Qt.FocusReason.OtherFocusReason)
