"""The start page: ways in for a student who does not know a job title yet, and for the
counselors who print handouts.

Built in two steps, like the window (see ``MainWindow``): the constructor makes only the
heading, the introduction and the keyboard help (the window's first paint costs no more than
the welcome text this page replaced, and uses nothing that needs the careers or PySide6's Qt
namespace); ``attach`` makes the big buttons ("tiles") with their one-line descriptions and
fills the counts and lists (fields, recently viewed, saved comparisons). They are brought up
to date whenever the user, their bookmarks or comparisons change and whenever the page is
shown (careers opened meanwhile are then listed as recently viewed).

The page asks for nothing itself: it emits what the student chose, and the window does it.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from careerdesk.outlook import BRIGHT_BADGE, BRIGHT_GROWTH_CATEGORY
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.widgets import accessibility

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QShowEvent
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    from careerdesk.history import History
    from careerdesk.search import Filters, SearchEngine
    from careerdesk.store import CareerStore
    from careerdesk.ui.career_list import CareerListView
    from careerdesk.ui.user_session import UserSession

RECENT_COUNT = 6
TWO_COLUMNS_CHARS = 84  # narrower than this many average characters: one column
NO_COLLEGE = ("No formal educational credential", "High school diploma or equivalent")
# The tiles' styling: a frame that shows which one has the keyboard focus (thick, in the
# highlight colour), the same in the light and the dark palette.
STYLE = """
QPushButton#startTile { text-align: left; border: 1px solid palette(mid); border-radius: 6px;
                        background: palette(button); padding: 6px; }
QPushButton#startTile:hover { border-color: palette(highlight); }
QPushButton#startTile:focus { border: 3px solid palette(highlight); padding: 4px; }
QPushButton#startTile:pressed { background: palette(midlight); }
"""
KEYBOARD_HELP = QT_TRANSLATE_NOOP(
    "StartPage",
    "<p><b>Keyboard:</b> <b>Tab</b> moves between these ways in, <b>Enter</b> or "
    "<b>Space</b> takes one. <b>Ctrl+F</b> or <b>/</b> to search, <b>Down</b> and "
    "<b>Enter</b> to open a result, <b>Ctrl+Tab</b> for the next section of a career, "
    "<b>Alt+Left</b> / <b>Alt+Right</b> to go back and forward, <b>Alt+Home</b> to come "
    "back here.</p>")


class Preset(NamedTuple):
    """A ready-made selection for the results list: filters, a sort (a ``Sort`` value) and
    the words that say what is shown."""

    filters: Filters
    sort: str
    label: str


class Tile(QPushButton):
    """A big button: a bold title over a one-line description, both word-wrapped, so that it
    keeps its words at any zoom. Enter, Space or a click takes it."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startTile")
        self.setAutoDefault(True)  # Enter takes it, as Space does
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.description_label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._scale_title()
        self.set_text(title, description)

    def _scale_title(self) -> None:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FontChange:  # the app was zoomed
            self._scale_title()

    def set_text(self, title: str, description: str) -> None:
        """The tile's title and description, also its accessible name and description."""
        # A profile name may be in them: shown as typed, never as markup (the labels show
        # escaped rich text; the Qt namespace for PlainText costs start-up ~25 ms).
        self._title, self._description = title, description
        for label, text in ((self.title_label, title), (self.description_label, description)):
            label.setText("<span>{}</span>".format(escape(text).replace("\n", "<br>")))
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.setToolTip(f"<p>{escape(description)}</p>")  # as typed, never as markup
        self.updateGeometry()

    def title(self) -> str:
        return self._title

    def description(self) -> str:
        return self._description

    def sizeHint(self):  # Qt override; the labels' size, not the text's
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self):  # Qt override
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()


class Heading(QLabel):
    """A section heading: screen readers are told so (``accessible_role``)."""

    accessible_role = accessibility.HEADING

    def __init__(self, text: str) -> None:
        accessibility.install()
        super().__init__(text)


def heading(text: str) -> QLabel:
    """A section heading that wraps rather than widen the page (at 200 % in one column)."""
    label = Heading(text)
    label.setWordWrap(True)
    return label


class StartPage(QScrollArea):
    """The ways in, as big buttons in two columns (one when narrow): explore (the interest
    quiz, fields, careers without college, fast-growing careers), your careers (recently
    viewed, bookmarks) and, for counselors, printing and saved comparisons.

    Signals:
        quizRequested(): take the interest quiz, or see its results.
        programsRequested(): browse programs of study and the careers they lead to.
        presetRequested(Preset): show this selection of careers in the results list.
        careerRequested(str): open this career.
        bookmarksRequested(): show the bookmarks.
        comparisonRequested(list): open this saved comparison (its codes).
        printComparisonRequested(): the counselor wants to print a comparison.
        brightOutlookHelpRequested(): explain Bright Outlook.
    """

    quizRequested = Signal()
    programsRequested = Signal()
    presetRequested = Signal(object)
    careerRequested = Signal(str)
    bookmarksRequested = Signal()
    comparisonRequested = Signal(list)
    printComparisonRequested = Signal()
    brightOutlookHelpRequested = Signal()

    # Made by attach() (see _build_ways_in).
    quiz: Tile
    field: Tile
    no_college: Tile
    growing: Tile
    bookmarks: Tile
    print_tile: Tile
    bright_help: QPushButton

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Start page"))
        self.setAccessibleDescription(self.tr(
            "Ways to start exploring careers when you do not know a job title yet"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._store: CareerStore | None = None
        self._session: UserSession | None = None
        self._history: History | None = None
        self._engine: SearchEngine | None = None
        self._has_results = False
        self.presets: dict[str, Preset] = {}
        self.fields: QListWidget | None = None
        self.recent: CareerListView | None = None
        self.saved: QListWidget | None = None
        self.inner = QWidget()  # its style sheet is set by attach(), after the first paint
        self.setWidget(self.inner)
        self.heading = heading(self.tr("<h1>Find a career that fits you</h1>"))
        self.heading.setWordWrap(True)
        self.intro = QLabel(self.tr(
            "Not sure what to search for? Start with one of these. If you know a job title, a "
            "task or a skill, type it in the search box on the left."))
        self.intro.setWordWrap(True)
        self.loading = QLabel(self.tr("Loading the careers…"))
        self.keys = QLabel(self.tr(KEYBOARD_HELP))
        self.keys.setWordWrap(True)
        self.page = QVBoxLayout(self.inner)
        gap = self.fontMetrics().height()
        self.page.setContentsMargins(gap, gap // 2, gap, gap)
        for widget in (self.heading, self.intro, self.loading, self.keys):
            self.page.addWidget(widget)
        self.page.addStretch(1)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(gap * 2)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.page.insertLayout(self.page.indexOf(self.keys), self.columns)

    def _build_ways_in(self) -> None:
        """The big buttons and their columns (made once the window has been painted: the
        first paint then costs no more than the welcome text it replaced)."""
        self.quiz = Tile(self.tr("What would you enjoy? Take the interest quiz"), self.tr(
            "Say which activities you would like and see careers that match your interests "
            "(about 5 minutes)."))
        self.field = Tile(self.tr("Browse by field"), self.tr(
            "Pick a field of work, such as health care or construction, and see its careers."))
        self.no_college = Tile(self.tr("Careers you can start without college"), self.tr(
            "Careers you can usually start with a high school diploma or less."))
        self.growing = Tile(self.tr("Fast-growing careers"), self.tr(
            "Careers where jobs are growing much faster than jobs overall, the fastest "
            "first."))
        self.study = Tile(self.tr("What to study"), self.tr(
            "Pick a program, such as nursing or welding, and see the careers it leads to."))
        self.bright_help = QPushButton(self.tr("What is Bright Outlook?"))
        self.bright_help.setText(BRIGHT_BADGE + " " + self.bright_help.text())
        self.bright_help.setAccessibleName(self.tr("What is Bright Outlook?"))
        self.bright_help.setAutoDefault(True)  # Enter takes it, as Space does
        self.bright_help.setToolTip(self.tr(
            "Which careers CareerDesk marks with a bright outlook, and where the rule comes "
            "from"))
        self.bookmarks = Tile(self.tr("My bookmarks"), self.tr(
            "The careers you kept, with your notes."))
        self.recent_label = heading(self.tr("<h3>Recently viewed</h3>"))
        self.recent_empty = QLabel(self.tr("The careers you open are listed here."))
        self.recent_empty.setWordWrap(True)
        self.print_tile = Tile(self.tr("Print a comparison"), self.tr(
            "Add two to four careers with Ctrl+K, press Compare (Ctrl+Shift+K), then print "
            "(Ctrl+P) a handout with the figures side by side."))
        self.saved_label = heading(self.tr("<h3>Open a saved comparison</h3>"))
        self.saved_empty = QLabel(self.tr(
            "No saved comparisons yet: open a comparison and save it (Ctrl+Shift+D)."))
        self.saved_empty.setWordWrap(True)
        self._build()
        self.quiz.clicked.connect(self.quizRequested)
        self.field.clicked.connect(self.show_fields)
        self.no_college.clicked.connect(lambda: self._preset("no_college"))
        self.growing.clicked.connect(lambda: self._preset("growing"))
        self.study.clicked.connect(self.programsRequested)
        self.bright_help.clicked.connect(self.brightOutlookHelpRequested)
        self.bookmarks.clicked.connect(self.bookmarksRequested)
        self.print_tile.clicked.connect(self.printComparisonRequested)

    def _build(self) -> None:
        self.left_column, self.right_column = QWidget(), QWidget()
        self.left = QVBoxLayout(self.left_column)
        self.left.setContentsMargins(0, 0, 0, 0)
        self.left.addWidget(heading(self.tr("<h3>Explore careers</h3>")))
        for tile in (self.quiz, self.field):
            self.left.addWidget(tile)
        self.fields_at = self.left.count()  # the list of fields goes here (attach)
        for tile in (self.no_college, self.growing, self.study):
            self.left.addWidget(tile)
        self.bright_help.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.left.addWidget(self.bright_help)
        self.left.addStretch(1)
        self.right = QVBoxLayout(self.right_column)
        self.right.setContentsMargins(0, 0, 0, 0)
        self.right.addWidget(heading(self.tr("<h3>Your careers</h3>")))
        self.right.addWidget(self.bookmarks)
        self.right.addWidget(self.recent_label)
        self.right.addWidget(self.recent_empty)
        self.recent_at = self.right.count()
        self.right.addWidget(heading(self.tr("<h3>For counselors</h3>")))
        self.right.addWidget(self.print_tile)
        self.right.addWidget(self.saved_label)
        self.right.addWidget(self.saved_empty)
        self.saved_at = self.right.count()
        self.right.addStretch(1)
        self.columns.addWidget(self.left_column)
        self.columns.addWidget(self.right_column)
        self.columns.addStretch(1)  # room kept for a scroll bar goes to the right
        self.loading.setVisible(False)
        self._lay_out_columns()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FontChange:  # zoomed: one column or two?
            self._lay_out_columns()

    def viewportEvent(self, event: QEvent) -> bool:  # Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Resize:  # also when a scroll bar comes or goes
            self._lay_out_columns()
        return super().viewportEvent(event)

    def _lay_out_columns(self) -> None:
        """Two columns of equal, fixed width (word-wrapped tiles then know their height), or
        one when the page is narrow (a narrow window, or text zoomed in)."""
        if not hasattr(self, "left_column"):
            return  # the ways in are made by attach()
        margins = self.page.contentsMargins()
        # The width with room for a scroll bar, shown or not: the choice of one or two
        # columns does not flip when one comes or goes.
        room = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        width = room - margins.left() - margins.right()
        narrow = width < self.fontMetrics().averageCharWidth() * TWO_COLUMNS_CHARS
        if narrow:
            self.columns.setDirection(QBoxLayout.Direction.TopToBottom)
            column = width
        else:
            self.columns.setDirection(QBoxLayout.Direction.LeftToRight)
            column = (width - self.columns.spacing()) // 2
        for box in (self.left_column, self.right_column):
            box.setFixedWidth(max(column, 1))

    # ------------------------------------------------------------- data

    def attach(self, store: CareerStore, session: UserSession, history: History,
               engine: SearchEngine) -> None:
        """Fill in what needs the careers and the user's data; refreshed from then on."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView, QListWidget

        from careerdesk.ui.career_list import CareerListView

        self._store, self._session, self._history, self._engine = \
            store, session, history, engine
        self.inner.setStyleSheet(STYLE)  # a style sheet slows the first paint: set it now
        self._build_ways_in()
        self._titles = {c.code: c.title for c in store.careers()}
        self.fields = QListWidget()
        self.fields.setAccessibleName(self.tr("Fields of work"))
        self.fields.setAccessibleDescription(self.tr(
            "Enter or a click shows the careers of a field in the results list; Escape "
            "closes this list"))
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setWordWrap(True)
        self.fields.setVisible(False)
        self.fields.itemActivated.connect(self._field_chosen)
        self.fields.itemClicked.connect(self._field_chosen)
        self.left.insertWidget(self.fields_at, self.fields)
        self.recent = CareerListView(self.tr("Recently viewed careers"))
        self.recent.careerActivated.connect(self.careerRequested)
        self.right.insertWidget(self.recent_at, self.recent)
        self.saved = QListWidget()
        self.saved.setAccessibleName(self.tr("Saved comparisons"))
        self.saved.setAccessibleDescription(self.tr(
            "Comparisons saved by this person; Enter or a click opens one"))
        self.saved.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.saved.itemActivated.connect(self._comparison_chosen)
        self.saved.itemClicked.connect(self._comparison_chosen)
        self.right.insertWidget(self.saved_at, self.saved)
        for view in (self.fields, self.recent, self.saved):
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields.installEventFilter(self)
        self._fill_fields()
        self._fill_presets()
        order = [self.quiz, self.field, self.fields, self.no_college, self.growing,
                 self.bright_help, self.bookmarks, self.recent, self.print_tile, self.saved]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        _in_reading_order(self.page)
        session.changed.connect(self.refresh)
        session.profileChanged.connect(self.refresh)
        self.refresh()

    def is_attached(self) -> bool:
        return self._engine is not None

    def _fill_fields(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QListWidgetItem

        from careerdesk.search import Filters

        assert self._engine is not None and self.fields is not None
        counts: dict[str, int] = {}
        for result in self._engine.search("", Filters(), limit=None):
            counts[result.major_group.code] = counts.get(result.major_group.code, 0) + 1
        careers = self.tr("{field} ({count} careers)")
        for group in self._engine.filter_options().major_groups:
            item = QListWidgetItem(careers.format(field=_plain_group(group.title),
                                                  count=counts.get(group.code, 0)))
            item.setData(Qt.ItemDataRole.UserRole, (group.code, group.title))
            self.fields.addItem(item)
        rows = min(self.fields.count(), 10)
        self.fields.setMinimumHeight(self.fields.sizeHintForRow(0) * rows
                                     + 2 * self.fields.frameWidth())

    def _fill_presets(self) -> None:
        from careerdesk.search import Filters, Sort

        assert self._engine is not None
        no_college = Filters(max_entry_education=NO_COLLEGE[-1])
        growing = Filters(outlook=BRIGHT_GROWTH_CATEGORY)
        self.presets = {
            "no_college": Preset(no_college, Sort.GROWTH.value,
                                 self.tr("Careers you can start without college")),
            "growing": Preset(growing, Sort.GROWTH.value,
                              self.tr("Careers growing much faster than jobs overall")),
        }
        self.no_college.set_text(self.no_college.title(), self.tr(
            "{count} careers you can usually start with a high school diploma or less, "
            "as BLS says, the fastest-growing first.").format(
                count=self._count(no_college)))
        self.growing.set_text(self.growing.title(), self.tr(
            "{count} careers where BLS expects jobs to grow much faster than jobs overall "
            "from 2024 to 2034, the fastest first. {sun} marks a career with a bright "
            "outlook.").format(
                count=self._count(growing), sun=BRIGHT_BADGE))

    def _rated(self, answers: Mapping[str, str]) -> int:
        """How many saved answers the current quiz knows (an imported file may hold others)."""
        from careerdesk.interests import usable_answers

        assert self._store is not None
        return len(usable_answers(self._store, answers))

    def _count(self, filters: Filters) -> int:
        assert self._engine is not None
        return len(self._engine.search("", filters, limit=None))

    def refresh(self) -> None:
        """Bring the counts and lists up to date with the user's data and visited careers."""
        if self._session is None or self.recent is None or self.saved is None:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QListWidgetItem

        from careerdesk.ui.career_list import CareerItem

        session = self._session
        quiz = session.data.interest_answers(session.profile)
        self._has_results = bool(quiz and quiz.completed)
        if quiz is not None and quiz.completed:
            self.quiz.set_text(self.tr("See my interest results"), self.tr(
                "Your interest results from {date} are saved: see the careers that match "
                "them, or take the quiz again.").format(
                    date=quiz.updated.astimezone().strftime("%d %b %Y")))
        elif quiz is not None and (rated := self._rated(quiz.answers)):
            self.quiz.set_text(self.tr("Finish the interest quiz"), self.tr(
                "You rated {count} activities so far: carry on where you stopped.").format(
                    count=rated))
        else:
            self.quiz.set_text(self.tr("What would you enjoy? Take the interest quiz"), self.tr(
                "Say which activities you would like and see careers that match your "
                "interests (about 5 minutes)."))
        marked = len(session.bookmarked_codes())
        self.bookmarks.set_text(
            self.tr("My bookmarks ({count})").format(count=marked),
            self.tr("{person}'s bookmarks: {count}. Open the list, with your notes.").format(
                count=marked, person=session.name) if marked else
            self.tr("None yet: press Ctrl+D or ☆ Bookmark on a career to keep it here."))
        codes = [c for c in (self._history.recent(RECENT_COUNT) if self._history else [])
                 if c in self._titles]
        self.recent.set_items([CareerItem(c, self._titles[c]) for c in codes])
        if codes:
            self.recent.setFixedHeight(self.recent.sizeHintForRow(0) * len(codes)
                                       + 2 * self.recent.frameWidth())
        self.recent.setVisible(bool(codes))
        self.recent_empty.setVisible(not codes)
        self.saved.clear()
        missing = self.tr("{code} (no longer in the database)")
        for saved in session.comparisons():
            names = ", ".join(self._titles.get(c, missing.format(code=c)) for c in saved.codes)
            item = QListWidgetItem(f"{saved.name} — {names}")
            item.setData(Qt.ItemDataRole.UserRole, [c for c in saved.codes if c in self._titles])
            item.setToolTip(self.tr("Open this comparison: {careers}").format(careers=names))
            self.saved.addItem(item)
        self.saved.setVisible(self.saved.count() > 0)
        self.saved_empty.setVisible(self.saved.count() == 0)
        if self.saved.count():
            rows = min(self.saved.count(), 6)
            self.saved.setFixedHeight(self.saved.sizeHintForRow(0) * rows
                                      + 2 * self.saved.frameWidth())

    def has_quiz_results(self) -> bool:
        return self._has_results

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        self.refresh()  # careers opened since it was last shown

    # ------------------------------------------------------------- actions

    def _preset(self, key: str) -> None:
        preset = self.presets.get(key)
        if preset is not None:
            self.presetRequested.emit(preset)

    def show_fields(self) -> None:
        """Show the list of fields under its tile and put the keyboard there."""
        if self.fields is None:
            return
        self.fields.setVisible(True)
        if self.fields.currentRow() < 0:
            self.fields.setCurrentRow(0)
        self.fields.setFocus()
        self.ensureWidgetVisible(self.fields)

    def _field_chosen(self, item: QListWidgetItem) -> None:
        from PySide6.QtCore import Qt

        from careerdesk.search import Filters, Sort

        code, title = item.data(Qt.ItemDataRole.UserRole)
        self.presetRequested.emit(Preset(
            Filters(major_group=code), Sort.RELEVANCE.value,
            self.tr("Careers in {field}").format(field=_plain_group(title))))

    def _comparison_chosen(self, item: QListWidgetItem) -> None:
        from PySide6.QtCore import Qt

        codes = item.data(Qt.ItemDataRole.UserRole)
        if codes:
            self.comparisonRequested.emit(list(codes))

    def eventFilter(self, watched: object, event: object) -> bool:
        if self.fields is None or watched is not self.fields:  # (the scroll area's own)
            return super().eventFilter(watched, event)  # type: ignore[arg-type]
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.fields.setVisible(False)
            self.field.setFocus()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]


def _plain_group(title: str) -> str:
    """A SOC major group's title without the trailing "Occupations" ("Healthcare Support")."""
    suffix = " Occupations"
    return title[:-len(suffix)] if title.endswith(suffix) else title


def _in_reading_order(layout: QBoxLayout) -> None:
    """Put the widgets of ``layout`` (and of the layouts in it) last among their parents'
    children, in the layout's order: screen readers read children in that order, and the
    ways in, made after the page, came after the keyboard help shown below them."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            widget.raise_()
            own = widget.layout()
            if isinstance(own, QBoxLayout):
                _in_reading_order(own)
        elif isinstance(inner, QBoxLayout):
            _in_reading_order(inner)
