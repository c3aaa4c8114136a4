"""The search side of the window: one box searching as you type, filters, sorting, and the
ranked results; with an empty box it browses every career by major group.

The panel is built in two steps so that the window can show before any career is loaded:
the box, the filter button and the (empty) result list first; the filters, the result model
and the first search when ``attach`` is given the search engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from careerdesk.ui.i18n import QT_TRANSLATE_NOOP

# What the window's frame needs is imported above; the rest when the engine is attached
# (PySide6 builds each Qt class on first use, and the Qt namespace alone takes ~25 ms).
if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtWidgets import QComboBox

    from careerdesk.search import Filters, SearchEngine, SearchResult, Understanding
    from careerdesk.ui.results_model import ResultsModel
    from careerdesk.widgets.chips import ChipList

DEBOUNCE_MS = 120
RESULT_LIMIT = 200
PAY_NOTE_AMONG = 5  # a pay wish says so when none of the first this many pays in the top quarter
WAGE_STEP = 5000
# The values are careerdesk.search.Sort's, so that this module loads without the engine.
SORTS = [(QT_TRANSLATE_NOOP("SearchPanel", "Relevance"), "relevance"),
         (QT_TRANSLATE_NOOP("SearchPanel", "Pay (highest first)"), "pay"),
         (QT_TRANSLATE_NOOP("SearchPanel", "Growth (fastest first)"), "growth"),
         (QT_TRANSLATE_NOOP("SearchPanel", "Openings (most first)"), "openings")]


PRESET_KEY = "start-page choice"  # the chip key of show_preset's filters without a control

class SearchPanel(QWidget):
    """Search box, filters and results.

    Signals:
        careerActivated(str): the user opened a result (Enter, click).
        compareRequested(str): the user asked to add a result to the comparison.
        bookmarkRequested(str): the user asked to bookmark (or un-bookmark) a result.
        resultsChanged(int): a search finished with this many results.
        databaseDamaged(): a search failed: part of the careers database cannot be read.
    """

    careerActivated = Signal(str)
    compareRequested = Signal(str)
    bookmarkRequested = Signal(str)
    resultsChanged = Signal(int)
    databaseDamaged = Signal()
    quizRequested = Signal()  # the student said they don't know what they want ("idk")

    model: ResultsModel  # set by attach()
    filters: QWidget  # set by attach()
    understood: ChipList  # set by attach()

    def __init__(self, engine: SearchEngine | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine: SearchEngine | None = None
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Search careers: a job title, a task, a skill…"))
        self.box.setAccessibleName(self.tr("Search careers"))
        self.box.setAccessibleDescription(self.tr(
            "Type a job title, task or skill. Results update as you type; press Down to "
            "move to the results and Enter to open one."))
        self.box.setClearButtonEnabled(True)
        self.clear_button: QToolButton | None = None  # Qt's own, named by attach()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.status = QLabel(self.tr("Loading careers…"))
        # no name of its own: a screen reader reads its text, and hears it when it changes
        self.status.setWordWrap(True)
        # shown when the query says the student does not know yet what they want ("idk")
        self.quiz_button = QPushButton(self.tr("Take the interest quiz"))
        self.quiz_button.setAccessibleDescription(self.tr(
            "Rate activities and see careers that fit your interests (about 5 minutes)"))
        self.quiz_button.setVisible(False)
        self.quiz_button.clicked.connect(self.quizRequested)
        # whether the student has finished the quiz: the offer is then to see the results
        self.quiz_done: Callable[[], bool] = lambda: False
        self.results = QListView()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAccessibleDescription(self.tr(
            "Careers found, best first, each with why it matched, its pay, the education "
            "to start and its outlook. Enter opens one; Ctrl+K adds it to the comparison; "
            "Ctrl+D bookmarks it; Shift+F1 explains the words."))
        self.filters_button = QToolButton()
        self.filters_button.setCheckable(True)
        self.filters_button.setEnabled(False)  # until the filters are built
        self.filters_button.setAccessibleName(self.tr("Show filters and sorting"))
        self.filters_button.setToolTip(self.tr(
            "Narrow the careers by field, education, preparation, outlook, AI exposure or "
            "pay, and choose how results are sorted"))
        self.filters_button.setText(self._filters_label(0, self.tr(SORTS[0][0])))
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.box)
        self._layout.addWidget(self.filters_button)
        self._layout.addWidget(self.status)
        self._layout.addWidget(self.quiz_button)
        self._ignored: set[str] = set()  # keys of the chips the student removed
        self._chip_keys: dict[str, str] = {}  # chip text -> key
        self._layout.addWidget(self.results, 1)
        # Typing is taken at once; it is searched when the engine is attached.
        self.box.textChanged.connect(self.timer.start)
        self.box.textChanged.connect(self._ignored.clear)  # a new query, read afresh
        self.timer.timeout.connect(self.run_search)
        self.box.returnPressed.connect(self._open_current_or_first)
        self._open_when_attached = False
        self._preset_extra: dict[str, Any] = {}  # show_preset's filters without a control
        self._preset_label = ""  # what those filters are, shown as a removable chip
        if engine is not None:
            self.attach(engine)

    def attach(self, engine: SearchEngine) -> None:
        """Build the filters and the result list on ``engine`` and run the first search:
        browsing, or whatever was typed meanwhile."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView

        from careerdesk.ui.results_model import ResultDelegate, ResultsModel

        self.engine = engine
        view = self.results
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # a row is as tall as its title and figures need at the list's width (they wrap);
        # word wrap makes the list lay the rows out again when its width changes
        view.setUniformItemSizes(False)
        view.setWordWrap(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._build_filters()
        self.filters.setVisible(False)
        self._layout.insertWidget(2, self.filters)
        from careerdesk.widgets.chips import ChipList

        # What the query was understood as ("Understood: animals"), above the results.
        self.understood = ChipList(self.tr("What the search understood"), clickable=True)
        self.understood.setAccessibleDescription(self.tr(
            "What your words were read as. Press Enter on one to search without it."))
        self.understood.setVisible(False)
        self.understood.chipActivated.connect(self._remove_chip)
        self._layout.insertWidget(self._layout.indexOf(self.results), self.understood)
        self.model = ResultsModel(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.filters_button.setEnabled(True)
        # Tab: the filters (made now, after the window, so at the end of its Tab order: Tab
        # reached them after the page) where they show, between their button and the results
        chain = [self.filters_button, self.group_box, self.education_box, self.zone_box,
                 self.outlook_box, self.exposure_box, self.wage_min, self.wage_max,
                 self.sort_box, self.results]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self._name_clear_button()
        self._connect_signals()
        self.run_search()
        if self._open_when_attached:  # Enter was pressed before the careers were loaded
            self._open_when_attached = False
            self._open_current_or_first()

    def _name_clear_button(self) -> None:
        """The search box's own clear button: named, described, reached with Tab (while
        there is text to clear) with a visible frame; after a clear the box has the focus."""
        from PySide6.QtCore import Qt

        from careerdesk.widgets.focus_ring import FocusRing

        button = next(iter(self.box.findChildren(QToolButton)), None)
        if button is None:
            return
        self.clear_button = button
        button.setAccessibleName(self.tr("Clear the search"))
        button.setToolTip(self.tr("Clear the search box and show every career again"))
        FocusRing(button)

        def reachable(text: str) -> None:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus if text else Qt.FocusPolicy.NoFocus)

        self.box.textChanged.connect(reachable)
        reachable(self.box.text())
        button.clicked.connect(lambda: self.box.setFocus(Qt.FocusReason.OtherFocusReason))

    def _build_filters(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence
        from PySide6.QtWidgets import QFormLayout, QSpinBox

        from careerdesk import wording
        from careerdesk.widgets.accessibility import ChoiceBox
        from careerdesk.widgets.text_label import BuddyLabel

        assert self.engine is not None
        options = self.engine.filter_options()
        self.filters = QWidget()
        form = QFormLayout(self.filters)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        def combo(label: str, name: str, items: list[tuple[str, object]]) -> QComboBox:
            box = ChoiceBox()  # its pop-up list of choices named as it is
            box.setAccessibleName(name)
            box.setAccessibleDescription(self.tr(
                "Show only careers with this value; Any shows all"))
            box.addItem(self.tr("Any"), None)
            for text, value in items:
                box.addItem(text, value)
            form.addRow(BuddyLabel(label, box), box)
            return box

        self.group_box = combo(self.tr("&Field:"), self.tr("Major group filter"),
                               [(g.title, g.code) for g in options.major_groups])
        # plain words shown, the sources' values kept as the items' data (and in tooltips)
        self.education_box = combo(self.tr("&Education:"), self.tr("Education to start filter"),
                                   [(wording.entry_education(e).label, e)
                                    for e in options.entry_education])
        self.zone_box = combo(self.tr("&Preparation:"), self.tr("Preparation needed filter"),
                              [(self.tr("{label} ({zone} of 5)").format(
                                  label=wording.preparation_choice(zone)[0], zone=zone), zone)
                               for zone, _ in options.job_zones])
        self.outlook_box = combo(self.tr("&Outlook:"), self.tr("Outlook filter"),
                                 [(wording.outlook(o).label, o) for o in options.outlooks])
        for box, explain in ((self.education_box, wording.entry_education),
                             (self.outlook_box, wording.outlook)):
            for item in range(1, box.count()):
                box.setItemData(item, wording.tooltip(explain(box.itemData(item)), "BLS"),
                                Qt.ItemDataRole.ToolTipRole)
        for item in range(1, self.zone_box.count()):
            self.zone_box.setItemData(item, wording.tooltip(
                wording.preparation(self.zone_box.itemData(item)), "O*NET"),
                Qt.ItemDataRole.ToolTipRole)
        for box in (self.education_box, self.zone_box, self.outlook_box):
            # the choices' meaning, by keyboard too (a list item's tooltip needs the mouse)
            box.setAccessibleDescription(self.tr(
                "Show only careers with this value; Any shows all. Shift+F1 explains the "
                "choice."))
            meaning = QAction(self.tr("What does this choice mean?"), box)
            meaning.setShortcut(QKeySequence("Shift+F1"))
            meaning.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            meaning.triggered.connect(lambda _=False, b=box: self._explain_choice(b))
            box.addAction(meaning)
        self.exposure_box = combo(self.tr("&AI exposure:"), self.tr("AI exposure filter"),
                                  [(e.capitalize(), e) for e in options.exposure_levels])
        self.wage_min = QSpinBox()
        self.wage_min.setAccessibleName(self.tr("Minimum median pay"))
        self.wage_min.setAccessibleDescription(self.tr(
            "Show only careers whose national median pay a year is at least this; "
            "Any for no limit"))
        self.wage_max = QSpinBox()
        self.wage_max.setAccessibleName(self.tr("Maximum median pay"))
        self.wage_max.setAccessibleDescription(self.tr(
            "Show only careers whose national median pay a year is at most this; "
            "Any for no limit"))
        for spin in (self.wage_min, self.wage_max):
            spin.setRange(0, 250_000)
            spin.setSingleStep(WAGE_STEP)
            spin.setPrefix("$")
            spin.setGroupSeparatorShown(True)
            spin.setSpecialValueText(self.tr("Any"))
        form.addRow(BuddyLabel(self.tr("Pay &from:"), self.wage_min), self.wage_min)
        form.addRow(BuddyLabel(self.tr("Pay &up to:"), self.wage_max), self.wage_max)
        self.sort_box = ChoiceBox()
        self.sort_box.setAccessibleName(self.tr("Sort results"))
        self.sort_box.setAccessibleDescription(self.tr(
            "Order the results by relevance, pay, growth or openings"))
        for text, sort in SORTS:
            self.sort_box.addItem(self.tr(text), sort)
        form.addRow(BuddyLabel(self.tr("&Sort by:"), self.sort_box), self.sort_box)

    def _connect_signals(self) -> None:
        from PySide6.QtCore import Qt

        self.box.installEventFilter(self)  # Down moves into the results
        self.filters_button.toggled.connect(self._toggle_filters)
        for box in (self.group_box, self.education_box, self.zone_box, self.outlook_box,
                    self.exposure_box, self.sort_box):
            box.currentIndexChanged.connect(lambda _index: self._preset_extra.clear())
            box.currentIndexChanged.connect(self.run_search)
        for spin in (self.wage_min, self.wage_max):
            spin.valueChanged.connect(lambda _value: self._preset_extra.clear())
            spin.valueChanged.connect(self.timer.start)
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        from PySide6.QtGui import QAction, QKeySequence

        self.explain_action = QAction(self.tr("What do these &words mean?"), self.results)
        self.explain_action.setShortcut(QKeySequence("Shift+F1"))
        self.explain_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.explain_action.triggered.connect(self.explain_current)
        self.results.addAction(self.explain_action)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results.customContextMenuRequested.connect(self._context_menu)

    # ------------------------------------------------------------- behaviour

    def _toggle_filters(self, shown: bool) -> None:
        self.filters.setVisible(shown)
        self._update_filters_button()

    def _update_filters_button(self) -> None:
        from PySide6.QtCore import Qt

        active = sum(1 for value in vars(self.current_filters()).values() if value is not None)
        self.filters_button.setText(self._filters_label(active, self.sort_box.currentText()))
        shown = self.filters.isVisible() or self.filters_button.isChecked()
        self.filters_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                         else Qt.ArrowType.RightArrow)

    def _filters_label(self, active: int, sort: str) -> str:
        summary = self.tr("{count} active").format(count=active) if active else self.tr("none")
        return self.tr("Filters ({summary}) · sorted by {sort}").format(summary=summary,
                                                                        sort=sort.lower())

    def current_filters(self) -> Filters:
        from dataclasses import replace

        from careerdesk.search import Filters

        chosen = Filters(
            major_group=self.group_box.currentData(),
            entry_education=self.education_box.currentData(),
            job_zone=self.zone_box.currentData(),
            outlook=self.outlook_box.currentData(),
            exposure_level=self.exposure_box.currentData(),
            wage_min=self.wage_min.value() or None,
            wage_max=self.wage_max.value() or None,
        )
        return replace(chosen, **self._preset_extra) if self._preset_extra else chosen

    def show_preset(self, filters: Filters, sort: str, label: str) -> None:
        """Browse the careers that pass ``filters`` in ``sort`` order (a ``Sort`` value), the
        search box emptied, the filters set to match; the status line says ``label`` ("Careers
        you can start without college: 212 careers"). A filter with no control here stays
        until the next change of filters."""
        from dataclasses import fields

        if self.engine is None:
            return
        boxes = {"major_group": self.group_box, "entry_education": self.education_box,
                 "job_zone": self.zone_box, "outlook": self.outlook_box,
                 "exposure_level": self.exposure_box}
        spins = {"wage_min": self.wage_min, "wage_max": self.wage_max}
        controls = [*boxes.values(), *spins.values(), self.sort_box, self.box]
        for control in controls:
            control.blockSignals(True)
        try:
            for name, box in boxes.items():
                box.setCurrentIndex(max(0, box.findData(getattr(filters, name))))
            for name, spin in spins.items():
                spin.setValue(getattr(filters, name) or 0)
            self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(sort)))
            self.box.clear()
        finally:
            for control in controls:
                control.blockSignals(False)
        self._preset_extra = {f.name: getattr(filters, f.name) for f in fields(filters)
                              if f.name not in boxes and f.name not in spins
                              and getattr(filters, f.name) is not None}
        self._preset_label = label
        self.run_search()
        self.status.setText(self.tr("{label}: {count} careers. Change the filters or type to "
                                    "search.").format(label=label,
                                                      count=self.model.rowCount()))

    def run_search(self) -> None:
        self.timer.stop()
        if self.engine is None:
            return  # attach() searches what was typed
        from careerdesk.search import Sort
        from careerdesk.store import DatabaseError

        self._update_filters_button()
        query = self.box.text()
        ignored = frozenset(self._ignored)
        browsing = not query.strip()
        try:
            understood = self.engine.understand(query, ignored) if not browsing else None
            # "no college", "well paid": only wishes, so every career that fits them
            wishes_only = understood is not None and not understood.terms \
                and bool(understood.chips)
            results = self.engine.search(query, self.current_filters(),
                                         Sort(self.sort_box.currentData()),
                                         limit=None if browsing or wishes_only else RESULT_LIMIT,
                                         ignore=ignored)
        except DatabaseError:  # part of careers.db cannot be read: said here and by the window
            self.model.set_results([])
            self.status.setText(self.tr("CareerDesk cannot search for this: part of the "
                                        "careers database is damaged."))
            self.resultsChanged.emit(0)
            self.databaseDamaged.emit()
            return
        chips = understood.chips if understood is not None else ()
        # a start-page choice with no filter control stays on while the student types: say so
        preset = [(PRESET_KEY, self._preset_label)] if self._preset_extra else []
        self._show_chips(preset + [(c.key, c.text) for c in chips if c.key not in ignored])
        self.model.set_results(results)
        if results:
            self.results.setCurrentIndex(self.model.index(0, 0))
        unsure = not results and understood is not None and understood.said_nothing
        self.quiz_button.setVisible(unsure)
        if unsure:
            self._offer_quiz()
        elif results and understood is not None and not understood.finds_by_words \
                and not understood.chips and not browsing:
            # no word of the query is in any career's text: found by meaning alone
            self.status.setText(self.tr(
                "No career's names or work use these words; showing the {count} closest in "
                "meaning.").format(count=len(results)))
        elif results and all(r.words_matched is not None for r in results):
            # no career holds every word: each result says which it holds
            self.status.setText(self.tr(
                "No career matches all your words together; showing the {count} closest. "
                "Each says which of your words it matched.").format(count=len(results)))
        elif browsing:
            self.status.setText(self.tr("Browsing {count} careers by field. Type to search.")
                                .format(count=len(results)))
        elif wishes_only and results:
            order = understood.wishes_order if understood is not None and Sort(
                self.sort_box.currentData()) is Sort.RELEVANCE else None
            shown = (self.tr("Showing the {count} careers that fit what you asked for, the "
                             "fastest growing first.") if order is Sort.GROWTH
                     else self.tr("Showing the {count} careers that fit what you asked for, "
                                  "the best paid first.") if order is Sort.PAY
                     else self.tr("Showing the {count} careers in the top quarter of pay, "
                                  "those with the most job openings a year first, as they "
                                  "are hired for in most towns.")
                     if order is Sort.OPENINGS and understood is not None
                     and understood.well_paid_near_home
                     else self.tr("Showing the {count} careers that fit what you asked for, "
                                  "those with the most job openings a year first, as they "
                                  "are hired for in most towns.") if order is Sort.OPENINGS
                     else self.tr("Showing the {count} careers that fit what you asked for, "
                                  "those where most jobs are with government employers "
                                  "first.") if order is Sort.GOVERNMENT
                     else self.tr("Showing the {count} careers that fit what you asked for."))
            first = understood.listed_first if understood is not None else None
            self.status.setText(" ".join([shown.format(count=len(results)),
                                          *self._listed_first(first)]))
        elif results:
            shown = (self.tr("Showing the first {count} matching careers.")
                     if len(results) == RESULT_LIMIT
                     else self.tr("Showing the {count} matching careers."))
            self.status.setText(shown.format(count=len(results)))
        elif (place := self.engine.unknown_workplace(query)) is not None:
            # "my dad works at zorbax": a name no career's text holds; the work itself finds
            self.status.setText(self.tr(
                "CareerDesk does not know what work is done at \u201c{place}\u201d. Type the "
                "work itself, such as \u201cfixes machines\u201d or \u201cdrives a "
                "truck\u201d.").format(place=place))
        else:
            self.status.setText(self.tr("No careers match. Check the spelling, try fewer words, "
                                        "or clear the filters."))
        if understood is not None:
            self.status.setText(" ".join(filter(None, (
                self.status.text(), *self._wish_notes(understood, query, ignored, results)))))
        from careerdesk.widgets.accessibility import announce  # (not at start-up)

        announce(self.status, self.status.text())
        self.resultsChanged.emit(len(results))

    def _wish_notes(self, understood: Understanding, query: str, ignored: frozenset[str],
                    results: list[SearchResult]) -> list[str]:
        """What the status line adds about the query's wishes: careers a wish leaves out for
        want of a figure, the schooling a wish for no college or no degree reads, a pay wish
        in a field that pays little, what a wish for benefits did, and how a state named
        orders the careers."""
        from careerdesk.search import Sort
        from careerdesk.search.wishes import BENEFITS

        notes = []
        if understood.max_entry_education or understood.outlooks:
            notes += [self._left_out_note(query, ignored, bool(understood.max_entry_education)),
                      self._widened_note() if understood.widened
                      else self._nearest_schooling_note(query, ignored)]
        if understood.sort is Sort.PAY and understood.terms and results:
            notes.append(self._pay_note(results))
        if any(chip.key == BENEFITS for chip in understood.chips):
            notes.append(self._benefits_note(understood.sort is Sort.GOVERNMENT,
                                             bool(understood.terms)))
        if understood.place is not None and results:
            notes.append(self.tr(
                "Careers with a larger share of {state}'s jobs than of all US jobs come first "
                "(BLS job counts by state, May 2025); the pay shown is for the whole US.")
                .format(state=understood.place))
        return notes

    def _ask_engine(self, ask: Callable[[SearchEngine], Callable[
                        [str, Filters, frozenset[str]], tuple[SearchResult, ...]]],
                    query: str, ignored: frozenset[str]) -> tuple[SearchResult, ...]:
        """The careers an engine note reads (``ask`` picks ``left_out_for_no_figure`` or
        ``nearest_schooling``) for the query and the filters shown; none without an engine
        or when the database fails meanwhile (the note is then left out)."""
        from careerdesk.store import DatabaseError

        if self.engine is None:
            return ()
        try:
            return ask(self.engine)(query, self.current_filters(), ignored)
        except DatabaseError:
            return ()

    def _pay_note(self, results: list[SearchResult]) -> str:
        """For a pay wish beside an interest none of whose first careers pays in the top
        quarter ("fix cars and get paid good"): say so, so the best paid of a field that pays
        little are not taken for well paid; "" otherwise or without an engine."""
        from careerdesk.store import DatabaseError

        if self.engine is None:
            return ""
        try:
            top = self.engine.top_quarter_pay()
        except DatabaseError:
            return ""
        first = results[:PAY_NOTE_AMONG]
        if not top or any(r.wage_top_coded or (r.median_wage or 0) >= top for r in first):
            return ""
        return self.tr("None of these pays in the top quarter of US careers (${pay} a year or "
                       "more, BLS May 2025); the best paid of them come first.").format(
                           pay=f"{top:,}")

    def _benefits_note(self, by_government: bool, interests: bool) -> str:
        """What a wish for good benefits did, as no source has figures on benefits: the
        careers mostly with government employers first (said here beside an interest; the
        status line's first sentence says it of a wish alone), or the order asked for beside
        it ("good pay and benefits")."""
        if not by_government:
            return self.tr("CareerDesk's sources have no figures on benefits, so they don't "
                           "change the order you asked for; ask each employer about health "
                           "insurance and retirement plans.")
        first = self.tr("Of these, the careers where most jobs are with government employers "
                        "come first.") if interests else ""
        return " ".join(filter(None, (first, self.tr(
            "CareerDesk's sources have no figures on benefits; as a guide, public employers "
            "(federal, state or local government, public schools and hospitals, the Postal "
            "Service; BLS job counts, May 2025) usually offer health insurance and a "
            "retirement plan. Ask each employer what it offers."))))

    def _widened_note(self) -> str:
        """Why a wish for no degree shows careers starting with a certificate or some college
        ("computer jobs without a degree")."""
        return self.tr("A certificate or some college is no degree either, so careers that "
                       "usually start there are shown beside those that start with high "
                       "school (BLS).")

    def _nearest_schooling_note(self, query: str, ignored: frozenset[str]) -> str:
        """For "no college" when none of the closest matches starts with high school at most
        ("computer jobs without a degree"): those that start with a certificate or some
        college, so the student knows the shortest way in; "" otherwise."""
        nearest = self._ask_engine(lambda e: e.nearest_schooling, query, ignored)
        if not nearest:
            return ""
        return self.tr("None of the closest matches starts with high school at most (BLS); "
                       "these start with a certificate or some college, without a degree: "
                       "{careers}.").format(careers=", ".join(r.title for r in nearest[:3]))

    def _left_out_note(self, query: str, ignored: frozenset[str], education: bool) -> str:
        """What a wish chip hides only because BLS gives no figure to test ("no college"
        leaves out the military, which has no entry-education figure); "" when nothing."""
        left_out = self._ask_engine(lambda e: e.left_out_for_no_figure, query,
                                    ignored)
        if not left_out:
            return ""
        names = [r.title for r in left_out[:2]]
        more = len(left_out) - len(names)
        shown = (self.tr("{first}, {second} and {count} more").format(
                     first=names[0], second=names[1], count=more) if more
                 else self.tr("{first} and {second}").format(first=names[0], second=names[1])
                 if len(names) == 2 else names[0])
        if education and any(r.entry_education is None for r in left_out):
            return self.tr("Close matches left out: {careers}. The government's job "
                           "figures (BLS) don't say what schooling these need to start (no "
                           "entry-education figure), so your choice below can't include "
                           "them. Remove it (×) to see them.").format(careers=shown)
        return self.tr("Close matches left out: {careers}. The government's job figures "
                       "(BLS) don't say whether these jobs are growing, so your choice below "
                       "can't include them. Remove it (×) to see them.").format(careers=shown)

    def _listed_first(self, first: str | None) -> list[str]:
        """The sentence saying which careers a wish lists first (``listed_first``)."""
        from careerdesk.search import ASSOCIATE, BACHELOR, NONDEGREE, TRADE_SCHOOL, TRAINED

        if first == NONDEGREE:
            return [self.tr("Those that usually start with a certificate come first.")]
        if first == TRADE_SCHOOL:
            return [self.tr("Those that usually start with a certificate, and the trades "
                            "learned in an apprenticeship, come first.")]
        if first == ASSOCIATE:
            return [self.tr("Those that usually start with an associate's degree come first.")]
        if first == BACHELOR:
            return [self.tr("Those that usually start with a bachelor's degree come first.")]
        if first == TRAINED:
            return [self.tr("Those learned in an apprenticeship or on the job come first.")]
        return []

    def refresh_quiz_offer(self) -> None:
        """Offer again what the quiz offer offers when it is shown: the quiz was finished,
        retaken or another student took over since the search that showed it."""
        if not self.quiz_button.isHidden():
            self._offer_quiz()

    def _offer_quiz(self) -> None:
        """Offer the interest quiz, or its saved results once the student has finished it."""
        if self.quiz_done():
            self.quiz_button.setText(self.tr("See my interest results"))
            self.quiz_button.setAccessibleDescription(self.tr(
                "Your saved interest results and the careers that match them"))
            self.status.setText(self.tr(
                "Not sure what you want yet? That's fine. You have taken the interest quiz: "
                "see the careers that fit your results. Or type something you enjoy, such as "
                "\"animals\" or \"building things\"."))
            return
        self.quiz_button.setText(self.tr("Take the interest quiz"))
        self.quiz_button.setAccessibleDescription(self.tr(
            "Rate activities and see careers that fit your interests (about 5 minutes)"))
        self.status.setText(self.tr(
            "Not sure what you want yet? That's fine. Take the interest quiz: rate some "
            "activities and see careers that fit you. Or type something you enjoy, such as "
            "\"animals\" or \"building things\"."))

    def _show_chips(self, chips: list[tuple[str, str]]) -> None:
        """Show what the query was understood as, each chip removable."""
        texts = [self.tr("{chip} ×").format(chip=text) for _, text in chips]
        self._chip_keys = {shown: key for shown, (key, _) in zip(texts, chips, strict=True)}
        if texts != self.understood.items():
            self.understood.set_items(texts)
            # Tab: box, filters button, the filters when shown, the chips, the results
            previous: QWidget = self.sort_box
            for chip, (key, _) in zip(self.understood.chips(), chips, strict=True):
                chip.setAccessibleDescription(
                    self.tr("Remove this choice from the start page") if key == PRESET_KEY
                    else self.tr("Remove this and search the words as typed"))
                QWidget.setTabOrder(previous, chip)
                previous = chip
            QWidget.setTabOrder(previous, self.results)
        self.understood.setVisible(bool(texts))

    def _remove_chip(self, text: str) -> None:
        """Search again without the interpretation the chip shows."""
        key = self._chip_keys.get(text)
        if key is None:
            return
        had_focus = self.window().focusWidget() in self.understood.chips()
        if key == PRESET_KEY:
            self._preset_extra.clear()
        else:
            self._ignored.add(key)
        self.run_search()
        if had_focus:  # the chip is gone: keep the keyboard in the row, or go to the box
            remaining = self.understood.chips()  # shown once the event loop runs
            QTimer.singleShot(0, self, (remaining[0] if remaining else self.box).setFocus)

    def current_code(self) -> str | None:
        if self.engine is None:
            return None
        row = self.results.currentIndex().row()
        return self.model.result(row).code if 0 <= row < self.model.rowCount() else None

    def _context_menu(self, pos: QPoint) -> None:
        index = self.results.indexAt(pos)
        if not index.isValid():
            return
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QMenu

        code = self.model.result(index.row()).code
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self.careerActivated.emit(code))
        shortcut = QKeySequence("Ctrl+K").toString(QKeySequence.SequenceFormat.NativeText)
        menu.addAction(self.tr("Add to &comparison") + "\t" + shortcut,
                       lambda: self.compareRequested.emit(code))
        star = QKeySequence("Ctrl+D").toString(QKeySequence.SequenceFormat.NativeText)
        menu.addAction(self.tr("&Bookmark or remove the bookmark") + "\t" + star,
                       lambda: self.bookmarkRequested.emit(code))
        menu.addAction(self.tr("What do these &words mean?") + "\t"
                       + self.explain_action.shortcut().toString(
                           QKeySequence.SequenceFormat.NativeText),
                       lambda: self.explain(index.row()))
        menu.exec(self.results.viewport().mapToGlobal(pos))

    def explanation(self, row: int) -> str:
        """What the words of a result mean, one paragraph each (plain text)."""
        from careerdesk.ui.results_model import explained

        result = self.model.result(row)
        return "\n\n".join([result.title, *explained(result)])

    def explain_current(self) -> None:
        """Shift+F1 on a result: what its words mean."""
        row = self.results.currentIndex().row()
        if self.engine is not None and 0 <= row < self.model.rowCount():
            self.explain(row)

    def explain(self, row: int) -> None:
        self._show_explanation(self.explanation(row))

    def _explain_choice(self, box: QComboBox) -> None:
        """Shift+F1 on a filter: what its current choice means."""
        from PySide6.QtCore import Qt

        tip = box.itemData(box.currentIndex(), Qt.ItemDataRole.ToolTipRole)
        self._show_explanation(tip if isinstance(tip, str) and tip else self.tr(
            "Any: careers are not filtered by this. Pick a choice, then press Shift+F1 to "
            "see what it means."))

    def _show_explanation(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("What these words mean"),
                          text, QMessageBox.StandardButton.Close, self)
        box.setAccessibleName(self.tr("What these words mean"))
        self.explanation_box = box  # tests read it
        box.open()

    def focus_search(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def _open_current_or_first(self) -> None:
        if self.engine is None:
            self._open_when_attached = bool(self.box.text().strip())
            return
        self.run_search()
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._open_index(index)
        elif self.quiz_button.isVisibleTo(self):  # "idk" and Enter: the interest quiz
            self.quizRequested.emit()

    def _open_index(self, index) -> None:  # QModelIndex
        if index.isValid() and 0 <= index.row() < self.model.rowCount():
            self.careerActivated.emit(self.model.result(index.row()).code)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.box:
            return super().eventFilter(watched, event)
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)
