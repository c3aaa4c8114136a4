"""The main window: lays out the search panel and the profile, and wires them together.

It holds no feature logic: searching lives in ``SearchPanel``, the profile in
``ProfileView``, visited careers in ``History``.

The window is built in two steps so that it shows at once: the frame (menus, search box,
start page) in the constructor, and everything that needs the careers database in
``attach``. The application attaches right after the first paint (``firstPainted``, see
``careerdesk.ui.app.start``); ``MainWindow(store)`` attaches immediately.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from careerdesk.ui.search_panel import SearchPanel
from careerdesk.ui.settings import THEME, Settings
from careerdesk.ui.start_page import StartPage
from careerdesk.ui.theme import THEMES, apply_theme
from careerdesk.ui.zoom import PageScroller, Zoom, keep_window_on_screen

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QMenu

    from careerdesk.history import History
    from careerdesk.labconfig import LabConfig
    from careerdesk.store import CareerStore
    from careerdesk.ui.bookmarks_view import BookmarksView
    from careerdesk.ui.compare_tray import CompareTray
    from careerdesk.ui.compare_view import CompareView
    from careerdesk.ui.database_check import DamageCheck
    from careerdesk.ui.dialogs import DialogService
    from careerdesk.ui.interests_controller import InterestsController
    from careerdesk.ui.print_actions import PrintActions, PrintContext, PrintJob
    from careerdesk.ui.profile_view import ProfileView
    from careerdesk.ui.user_data_commands import UserDataCommands
    from careerdesk.ui.user_session import UserSession

APP_NAME = "CareerDesk"  # the product's name, the same in every language
# View menu's colour commands, by theme ("" follows the system)
THEME_COMMANDS = {"": "theme_system", "light": "theme_light", "dark": "theme_dark",
                  "high-contrast": "theme_contrast"}


class MainWindow(QMainWindow):
    """Search on the left, the open career on the right, menus and shortcuts.

    Signals:
        firstPainted(): the window has been painted for the first time; the application
            then loads the careers and calls ``attach``.
        attached(): ``attach`` finished: careers are listed and every command works.
    """

    firstPainted = Signal()
    attached = Signal()

    # Set by attach(): the window's frame is usable before, its commands after.
    store: CareerStore
    session: UserSession
    lab: LabConfig
    history: History
    tray: CompareTray
    printing: PrintActions
    user_data: UserDataCommands
    damage_check: DamageCheck  # set by careerdesk.ui.app once attached

    def __init__(self, store: CareerStore | None = None, settings: Settings | None = None,
                 dialogs: DialogService | None = None,
                 session: UserSession | None = None, lab: LabConfig | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self._dialogs = dialogs
        self._painted = False
        self._bookmarks_view: BookmarksView | None = None
        self._compare_view: CompareView | None = None
        self._profile: ProfileView | None = None  # built when the first career opens
        self._interests: InterestsController | None = None  # built when the quiz opens
        self.setWindowTitle(APP_NAME)  # also its accessible name: it follows the title
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.zoom = Zoom(app, self.settings)  # before any layout: sizes follow the font
        if self.settings.get(THEME) in THEMES:  # the person's choice, over the system's
            apply_theme(app, self.settings.get(THEME))
        self.search = SearchPanel()
        self.welcome = StartPage()  # the ways in; filled by attach()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        splitter = self.splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.search)
        self.page_scroller = PageScroller(self.pages)  # a wide page scrolls, on any screen
        splitter.addWidget(self.page_scroller)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        central = QWidget()
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._build_menus()
        metrics = self.fontMetrics()
        width = metrics.averageCharWidth() * 180
        self.resize(width, metrics.height() * 48)
        splitter.setSizes([width // 3, width * 2 // 3])
        keep_window_on_screen(self, self.zoom)  # now, and when zooming or a page makes it grow
        if store is not None:
            self.attach(store, session=session, lab=lab)

    def _build_menus(self) -> None:
        """The menu bar's menus; their commands are added by ``attach``."""
        menu = self.menuBar()
        self.menus: dict[str, QMenu] = {
            "file": menu.addMenu(self.tr("&File")),
            "view": menu.addMenu(self.tr("&View")),
            "compare": menu.addMenu(self.tr("&Compare")),
            "user": menu.addMenu(self.tr("&My data")),
            "go": menu.addMenu(self.tr("&Go")),
            "help": menu.addMenu(self.tr("&Help")),
        }

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.firstPainted.emit)  # once this paint is on screen

    def attach(self, store: CareerStore, session: UserSession | None = None,
               lab: LabConfig | None = None) -> None:
        """Connect the window to the careers database and the user's data: fills the
        search list and builds every command."""
        from careerdesk.history import History
        from careerdesk.labconfig import LabConfig
        from careerdesk.search import SearchEngine
        from careerdesk.ui import theme
        from careerdesk.ui.compare_tray import CompareTray
        from careerdesk.ui.print_actions import PrintActions
        from careerdesk.ui.user_data_commands import UserDataCommands
        from careerdesk.ui.user_session import UserSession

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.apply_style_sheet(app)
        self.page_scroller.take_no_focus()  # the pages inside take it
        self.store = store
        self.lab = lab or LabConfig()
        self.session = session or UserSession.guest_in_memory()
        self.printing = PrintActions(self, self.dialogs)
        self.printing.paper = self.lab.paper or "letter"
        self.history = History()
        self.tray = CompareTray()
        self._column.addWidget(self.tray)
        self.user_data = UserDataCommands(self.session, store, self.lab, self.dialogs,
                                          before_switch=self._save_note)
        self._build_commands()
        self._connect_signals()
        self._update_history_actions()
        self._update_actions()
        self.search.attach(SearchEngine(store))
        self.search.quiz_done = self._quiz_done
        assert self.search.engine is not None
        self.welcome.attach(store, self.session, self.history, self.search.engine)
        self._bookmarks_changed()
        self.attached.emit()

    def is_attached(self) -> bool:
        return hasattr(self, "store")

    @property
    def dialogs(self) -> DialogService:
        if self._dialogs is None:
            from careerdesk.ui.dialogs import DialogService

            self._dialogs = DialogService(self)
        return self._dialogs

    def _build_commands(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        from careerdesk.ui.regions import FocusRegions
        from careerdesk.ui.window_commands import WindowCommands

        self.regions = FocusRegions([
            (lambda: self.search.box, None),
            (lambda: self.search.results, None),
            (self.pages.currentWidget, None),
            (lambda: self.tray, None),
        ])

        self.commands = WindowCommands(self, self.menus, {
            "print": lambda: self._print("print"),
            "preview": lambda: self._print("preview"),
            "pdf": lambda: self._print("pdf"),
            "quit": self.close,
            "zoom_in": self.zoom.zoom_in,
            "zoom_out": self.zoom.zoom_out,
            "zoom_reset": self.zoom.reset,
            "theme_system": lambda: self.set_theme(""),
            "theme_light": lambda: self.set_theme("light"),
            "theme_dark": lambda: self.set_theme("dark"),
            "theme_contrast": lambda: self.set_theme("high-contrast"),
            "add_compare": self.add_to_comparison,
            "compare": lambda: self.show_comparison(self.tray.codes()),
            "save_comparison": self.save_comparison,
            "bookmark": self.toggle_bookmark,
            "bookmarks": self.show_bookmarks,
            "print_bookmarks": lambda: self._print("bookmarks"),
            "export": self.user_data.export_data,
            "import": self.user_data.import_data,
            "switch_user": self.user_data.switch_user,
            "remove_data": self.user_data.remove_my_data,
            "find": self.search.focus_search,
            "back": self.go_back,
            "forward": self.go_forward,
            "next_tab": lambda: self._step_tab(1),
            "prev_tab": lambda: self._step_tab(-1),
            "next_region": lambda: self.regions.step(1),
            "prev_region": lambda: self.regions.step(-1),
            "about": self.show_about,
            "home": self.show_start_page,
            "interests": self.show_interests,
            "programs": self.show_programs,
            "bright_help": self.show_bright_outlook_help,
        })
        self.zoom.changed.connect(lambda p: self.statusBar().showMessage(
            self.tr("Zoom {percent}%").format(percent=p), 3000))
        from PySide6.QtGui import QActionGroup

        self._theme_actions = QActionGroup(self)  # one of them checked: the colours in use
        for name in THEME_COMMANDS.values():
            action = self.commands[name]
            action.setCheckable(True)
            self._theme_actions.addAction(action)
        self.commands[THEME_COMMANDS.get(self.settings.get(THEME), "theme_system")
                      ].setChecked(True)
        self.slash = QShortcut(QKeySequence("/"), self)
        self.slash.setContext(Qt.ShortcutContext.WindowShortcut)

    def set_theme(self, name: str) -> None:
        """Show CareerDesk in one of ``theme.THEMES``, or as the system is set for "";
        remembered."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, name or None)
        self.settings.set(THEME, name)
        self.commands[THEME_COMMANDS.get(name, "theme_system")].setChecked(True)

    def _connect_signals(self) -> None:
        # search
        self.search.careerActivated.connect(self.open_career)
        self.search.databaseDamaged.connect(self.report_damage)
        self.search.compareRequested.connect(self.add_to_comparison)
        self.search.bookmarkRequested.connect(self.toggle_bookmark)
        self.search.quizRequested.connect(self.show_interests)
        self.slash.activated.connect(self._slash)
        # user data
        self.session.changed.connect(self._bookmarks_changed)
        self.session.profileChanged.connect(self._user_changed)
        self.session.failed.connect(self._save_failed)
        # comparison
        self.tray.compareRequested.connect(self.show_comparison)
        self.tray.changed.connect(self._update_actions)
        # start page
        start = self.welcome
        start.quizRequested.connect(self.show_interests)
        start.programsRequested.connect(lambda: self.show_programs())
        start.presetRequested.connect(self._show_preset)
        start.careerRequested.connect(self.open_career)
        start.bookmarksRequested.connect(self.show_bookmarks)
        start.comparisonRequested.connect(self.show_comparison)
        start.printComparisonRequested.connect(self._print_comparison_help)
        start.brightOutlookHelpRequested.connect(self.show_bright_outlook_help)

    @property
    def profile(self) -> ProfileView:
        """The profile pages, built on first use so the window is ready sooner."""
        if self._profile is None:
            from careerdesk.ui.profile_view import ProfileView

            self._profile = ProfileView(self.settings, self.store.ai_labels())
            self._profile.careerRequested.connect(self.open_career)
            self._profile.programsRequested.connect(lambda code: self.show_programs(
                career_code=code))
            self._profile.compareRequested.connect(self.add_to_comparison)
            self._profile.bookmarkRequested.connect(self.toggle_bookmark)
            self._profile.brightOutlookHelpRequested.connect(self.show_bright_outlook_help)
            self.pages.addWidget(self._profile)
        return self._profile

    # ------------------------------------------------------------- navigation

    def open_career(self, code: str, *, record: bool = True) -> bool:
        from careerdesk.store import DatabaseError, UnknownCareer

        try:
            career = self.store.career(code)
        except UnknownCareer:
            self.statusBar().showMessage(
                self.tr("No career with code {code}.").format(code=code), 5000)
            return False
        except DatabaseError:
            self.report_damage(code)
            return False
        self.profile.set_career(career)
        self.pages.setCurrentWidget(self.profile)
        self.profile.focus_page()  # a screen reader says the career and the tab
        self.setWindowTitle(self.tr("{career} — CareerDesk — {person}").format(
            career=career.title, person=self.session.name))
        self.profile.set_bookmarked(self.session.is_bookmarked(code))
        if record:
            self.history.visit(code)
        self._update_history_actions()
        self._update_actions()
        return True

    @property
    def interests(self) -> InterestsController:
        """The interest quiz and its results, built on first use."""
        if self._interests is None:
            from careerdesk.ui.interests_controller import InterestsController

            self._interests = InterestsController(self)
            self._interests.printRequested.connect(lambda: self._print("preview"))
            self._interests.startRequested.connect(self.show_start_page)
            self._interests.pageShown.connect(self._update_actions)
            self._interests.pageShown.connect(self.search.refresh_quiz_offer)
        return self._interests

    def _quiz_done(self) -> bool:
        """Whether the person using the app has finished the interest quiz (saved)."""
        from careerdesk.userdata import UserDataError

        try:
            record = self.session.data.interest_answers(self.session.profile)
        except UserDataError:
            return False  # unreadable: the quiz page says so when opened
        return record is not None and record.completed

    def show_interests(self) -> None:
        """The interest quiz, at the first activity not yet rated, or its results once it is
        finished (Go > What would you enjoy?, Ctrl+I; the start page's quiz tile)."""
        self.interests.show()

    def show_programs(self, cip: str | None = None, career_code: str | None = None) -> None:
        """Programs of study and the careers they lead to: one program if ``cip``, the
        programs of one career if ``career_code``, else every field."""
        from careerdesk.ui.programs_view import ProgramsDialog

        dialog = ProgramsDialog(self.store, self)
        dialog.careerRequested.connect(self.open_career)
        dialog.compareRequested.connect(self.add_to_comparison)
        if cip:
            dialog.show_program(cip)
        elif career_code:
            career = self.store.career(career_code)
            dialog.show_list(career.programs, career.title)
        self.programs_dialog = dialog  # tests read it
        dialog.open()

    def show_start_page(self) -> None:
        """The ways in (Go > Start page, Alt+Home)."""
        if self.pages.currentWidget() is self.welcome:  # else its showEvent refreshes it
            self.welcome.refresh()  # shown already: the quiz may have saved meanwhile
        self.pages.setCurrentWidget(self.welcome)
        self.setWindowTitle(self.tr("CareerDesk — {person}").format(person=self.session.name))
        self.welcome.quiz.setFocus()
        self._update_actions()

    def show_bright_outlook_help(self) -> None:
        """Explain the Bright Outlook badge: the rule and its sources."""
        from careerdesk.outlook import bright_rule_html
        from careerdesk.ui.dialogs import Html

        self.dialogs.info(self.tr("What is Bright Outlook?"), Html(bright_rule_html()))

    def _show_preset(self, preset: object) -> None:
        from careerdesk.ui.start_page import Preset

        assert isinstance(preset, Preset)
        self.search.show_preset(preset.filters, preset.sort, preset.label)
        self.search.results.setFocus()

    def _print_comparison_help(self) -> None:
        """Print a comparison: open the picked careers' comparison (then Ctrl+P prints it),
        or say how to pick them."""
        if len(self.tray.codes()) >= 2 and self.show_comparison(self.tray.codes()):
            self.statusBar().showMessage(self.tr("Press Ctrl+P to print this comparison, or "
                                                 "Ctrl+Shift+P to see it first."), 8000)
            return
        self.statusBar().showMessage(self.tr(
            "To print a comparison: find a career, press Ctrl+K to add it, add one to three "
            "more, press Ctrl+Shift+K to compare, then Ctrl+P. Or open a saved comparison."),
            12000)
        self.search.focus_search()

    # ------------------------------------------------------------- comparison

    def add_to_comparison(self, code: str | None = None) -> None:
        """Pick ``code``, or the selected result (when the results have focus), or the open
        career."""
        if not code:
            if self.focusWidget() is self.search.results and self.search.current_code():
                code = self.search.current_code()
            elif self._interests is not None and self._interests.current_code():
                code = self._interests.current_code()
            elif self._profile is not None and self.pages.currentWidget() is self._profile \
                    and self._profile.career is not None:
                code = self._profile.career.code
            else:
                code = self.search.current_code()
        if not code:
            self.statusBar().showMessage(self.tr("Open or select a career to add it."), 5000)
            return
        title = self._title(code)
        if title is None:
            return
        message = self.tray.add(code, title)
        self.statusBar().showMessage(message, 6000)
        from careerdesk.widgets.accessibility import announce

        announce(self.statusBar(), message)

    def _title(self, code: str) -> str | None:
        """The career's title, or None when it cannot be read (said in the window)."""
        from careerdesk.store import DatabaseError

        try:
            return self.store.summary(code).title
        except DatabaseError:
            self.report_damage(code)
            return None

    def report_damage(self, career: str | None = None) -> None:
        """Say that part of the careers database cannot be read: the part holding
        ``career`` (a code), or an unknown part."""
        if career:
            from careerdesk.store import DatabaseError

            try:  # its title may be readable (another part of the file)
                career = f"{self.store.summary(career).title} ({career})"
            except (DatabaseError, LookupError):
                pass
            title = self.tr("CareerDesk cannot show this career")
            text = self.tr("{career} cannot be shown: its part of the careers database is "
                           "damaged.").format(career=career)
        else:
            title = self.tr("The careers database is damaged")
            text = self.tr("Part of the careers database is damaged, so some careers or "
                           "searches may not work.")
        self.statusBar().showMessage(text, 15000)
        self.dialogs.error(title, text + "\n\n" + self.tr(
            "Ask the person who set up this computer to reinstall CareerDesk, or to copy a "
            "fresh careers.db over {path}.").format(path=self.store.path))

    def show_comparison(self, codes: list[str]) -> bool:
        from careerdesk.comparison import ComparisonError, build_comparison
        from careerdesk.store import DatabaseError
        from careerdesk.ui.compare_view import CompareView
        from careerdesk.ui.settings import WAGE_STATE

        careers = []
        try:
            for code in codes:
                careers.append(self.store.career(code))
        except DatabaseError:
            self.report_damage(code)
            return False
        try:
            comparison = build_comparison(careers, self.settings.get(WAGE_STATE) or None)
        except ComparisonError as exc:
            self.statusBar().showMessage(str(exc).capitalize() + ".", 6000)
            return False
        if self._compare_view is not None:
            self.pages.removeWidget(self._compare_view)
            self._compare_view.deleteLater()
        view = CompareView(comparison)
        view.careerRequested.connect(self.open_career)
        view.bookmarkRequested.connect(self.toggle_bookmark)
        view.saveRequested.connect(self.save_comparison)
        view.careerRemoved.connect(self.tray.remove)
        view.closed.connect(self._close_comparison)
        self.pages.addWidget(view)
        self.pages.setCurrentWidget(view)
        self._compare_view = view
        total = sum(self.splitter.sizes())
        self.splitter.setSizes([total // 4, total - total // 4])  # room for four columns
        self.setWindowTitle(self.tr("Comparison — CareerDesk"))
        view.table.setFocus()
        self._update_actions()
        return True

    @property
    def compare_view(self) -> CompareView | None:
        return self._compare_view

    def _close_comparison(self) -> None:
        if self._profile is not None and self._profile.career is not None:
            self.pages.setCurrentWidget(self._profile)
        else:
            self.pages.setCurrentWidget(self.welcome)
        self._update_actions()

    # ------------------------------------------------------------- printing

    def _print(self, kind: str) -> None:
        """Print, preview or save as PDF what the page shown offers (its ``printout``); the
        "bookmarks" command previews the bookmark list from any page."""
        from careerdesk.store import DatabaseError
        from careerdesk.ui.print_actions import Printable

        page = self.pages.currentWidget()
        job: PrintJob | None
        try:
            if kind == "bookmarks":
                from careerdesk.ui.bookmarks_view import bookmarks_print_job

                job = bookmarks_print_job(self.session, self.store)
                kind = "preview"
            else:
                job = page.printout(self._print_context()) if isinstance(page, Printable) \
                    else None
        except DatabaseError:  # a bookmarked career's part of careers.db cannot be read
            self.report_damage()
            return
        if job is None:
            self.statusBar().showMessage(self.tr("Open a career or a comparison to print it."),
                                         5000)
            return
        self.printing.run(kind, job)

    def _print_context(self) -> PrintContext:
        """What printouts may need from the window: the database, who prints, the state."""
        from careerdesk.ui.print_actions import PrintContext
        from careerdesk.ui.settings import WAGE_STATE

        return PrintContext(self.store, self.session.name, self.session.profile.is_guest,
                            self.settings.get(WAGE_STATE) or None)

    # ------------------------------------------------------------- bookmarks and user data

    def toggle_bookmark(self, code: str | None = None) -> None:
        if not code:
            if self.focusWidget() is self.search.results and self.search.current_code():
                code = self.search.current_code()
            elif self._interests is not None and self._interests.current_code():
                code = self._interests.current_code()
            elif self._compare_view is not None and \
                    self.pages.currentWidget() is self._compare_view:
                code = self._compare_view.current_code()
            elif self._profile is not None and self._profile.career is not None:
                code = self._profile.career.code
        if not code:
            self.statusBar().showMessage(self.tr("Open or select a career to bookmark it."), 5000)
            return
        title = self._title(code)
        if title is None:
            return
        now = self.session.toggle_bookmark(code)
        message = (self.tr("Bookmarked {career}.") if now
                   else self.tr("Removed the bookmark for {career}."))
        self.statusBar().showMessage(message.format(career=title), 5000)

    def _bookmarks_changed(self) -> None:
        marked = self.session.bookmarked_codes()
        self.search.model.set_bookmarked(marked)
        if self._profile is not None and self._profile.career is not None:
            self._profile.set_bookmarked(self._profile.career.code in marked)

    def show_bookmarks(self) -> None:
        if self._bookmarks_view is None:
            from careerdesk.ui.bookmarks_view import BookmarksView

            view = BookmarksView(self.session, self.store)
            view.careerRequested.connect(self.open_career)
            view.compareRequested.connect(self.add_to_comparison)
            view.comparisonRequested.connect(self.show_comparison)
            view.printRequested.connect(lambda: self._print("bookmarks"))
            self.pages.addWidget(view)
            self._bookmarks_view = view
        self.pages.setCurrentWidget(self._bookmarks_view)
        self._bookmarks_view.list.setFocus()
        self.setWindowTitle(
            self.tr("Bookmarks — CareerDesk — {person}").format(person=self.session.name))
        self._update_actions()

    @property
    def bookmarks_view(self) -> BookmarksView | None:
        return self._bookmarks_view

    def save_comparison(self) -> None:
        view = self._compare_view
        if view is None or self.pages.currentWidget() is not view:
            self.statusBar().showMessage(self.tr("Open a comparison to save it."), 5000)
            return
        suggested = self.tr(" vs ").join(c.title.split(",")[0]
                                         for c in view.comparison.careers)
        name = self.dialogs.ask_text(self.tr("Save comparison"),
                                     self.tr("Name this comparison:"), suggested[:80])
        if name is None:
            return
        from careerdesk.ui.settings import WAGE_STATE

        saved = self.session.save_comparison(name, view.comparison.codes,
                                              state=self.settings.get(WAGE_STATE) or None)
        if saved is not None:
            self.statusBar().showMessage(
                self.tr("Saved the comparison as “{name}”.").format(name=saved.name), 5000)

    def _user_changed(self) -> None:
        self.statusBar().showMessage(
            self.tr("Now using CareerDesk as {person}.").format(person=self.session.name), 5000)
        self.setWindowTitle(self.tr("CareerDesk — {person}").format(person=self.session.name))
        self._bookmarks_changed()
        self.search.refresh_quiz_offer()  # this student may not have taken the quiz

    def _save_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Could not save: {reason}").format(reason=message),
                                     10000)
        self.dialogs.error(self.tr("CareerDesk could not save"), message)

    def _save_note(self) -> None:
        if self._bookmarks_view is not None:
            self._bookmarks_view.save_note()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_note()
        if self.is_attached():
            self.session.close()
        super().closeEvent(event)

    def _update_actions(self) -> None:
        from careerdesk.ui.print_actions import Printable

        printable = isinstance(self.pages.currentWidget(), Printable)  # it offers a printout
        for name in ("print", "preview", "pdf"):
            self.commands[name].setEnabled(printable)
        self.commands["compare"].setEnabled(len(self.tray.codes()) >= 2)

    def go_back(self) -> None:
        if self.history.can_go_back():
            self.open_career(self.history.back() or "", record=False)

    def go_forward(self) -> None:
        if self.history.can_go_forward():
            self.open_career(self.history.forward() or "", record=False)

    def _update_history_actions(self) -> None:
        self.commands["back"].setEnabled(self.history.can_go_back())
        self.commands["forward"].setEnabled(self.history.can_go_forward())

    def _step_tab(self, step: int) -> None:
        if self._profile is not None and self.pages.currentWidget() is self._profile:
            self.profile.show_tab(self.profile.tabs.currentIndex() + step)
            self.profile.focus_page()  # the new tab is said (Ctrl+Tab alone is silent)

    def _slash(self) -> None:
        from PySide6.QtWidgets import QLineEdit, QTextEdit

        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit | QTextEdit):
            if isinstance(focused, QLineEdit):
                focused.insert("/")
            return
        self.search.focus_search()

    def show_about(self) -> None:
        from careerdesk.ui.about import AboutDialog

        AboutDialog(self.store, self.lab, self).exec()

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()
