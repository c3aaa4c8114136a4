"""The main window: lays out the search panel and the profile, and wires them together.

It holds no feature logic: searching lives in ``SearchPanel``, the profile in
``ProfileView``, visited careers in ``History``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

from careerdesk.history import History
from careerdesk.search import SearchEngine
from careerdesk.store import CareerStore, UnknownCareer
from careerdesk.ui.search_panel import SearchPanel
from careerdesk.ui.settings import Settings

if TYPE_CHECKING:
    from careerdesk.ui.profile_view import ProfileView

WELCOME = (
    "<h2>Welcome to CareerDesk</h2>"
    "<p>Search for a career on the left — by a job title, a task or a skill — or browse "
    "all careers by field. Then open one to see what the work is like, what it takes to "
    "start, what it pays, its outlook and how AI is changing it.</p>"
    "<p>Keyboard: <b>Ctrl+F</b> or <b>/</b> to search, <b>Down</b> and <b>Enter</b> to open "
    "a result, <b>Ctrl+Tab</b> for the next section, <b>Alt+Left</b> / <b>Alt+Right</b> to "
    "go back and forward.</p>"
)


class MainWindow(QMainWindow):
    """Search on the left, the open career on the right, menus and shortcuts."""

    def __init__(self, store: CareerStore, settings: Settings | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or Settings()
        self.history = History()
        self.setWindowTitle("CareerDesk")
        self.setAccessibleName("CareerDesk")
        self.search = SearchPanel(SearchEngine(store))
        self._profile: ProfileView | None = None  # built when the first career opens
        self.welcome = QLabel(WELCOME)
        self.welcome.setWordWrap(True)
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.welcome.setMargin(self.fontMetrics().height())
        self.welcome.setAccessibleName("Welcome")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.search)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        self.setCentralWidget(splitter)
        self._build_actions()
        self._connect_signals()
        self._update_history_actions()
        metrics = self.fontMetrics()
        width = metrics.averageCharWidth() * 180
        self.resize(width, metrics.height() * 48)
        splitter.setSizes([width // 3, width * 2 // 3])

    def _build_actions(self) -> None:
        def action(text: str, shortcuts: list[QKeySequence], slot, tip: str) -> QAction:  # noqa: ANN001
            item = QAction(text, self)
            item.setShortcuts(shortcuts)
            item.setStatusTip(tip)
            item.setToolTip(tip)
            item.triggered.connect(slot)
            self.addAction(item)
            return item

        self.find_action = action("&Search", [QKeySequence(QKeySequence.StandardKey.Find)],
                                  self.search.focus_search, "Go to the search box")
        self.back_action = action("&Back", [QKeySequence("Alt+Left")], self.go_back,
                                  "Go back to the previous career")
        self.forward_action = action("&Forward", [QKeySequence("Alt+Right")], self.go_forward,
                                     "Go forward again")
        self.next_tab_action = action("&Next section", [QKeySequence("Ctrl+Tab")],
                                      lambda: self._step_tab(1), "Show the next profile tab")
        self.prev_tab_action = action("&Previous section", [QKeySequence("Ctrl+Shift+Tab")],
                                      lambda: self._step_tab(-1), "Show the previous tab")
        self.about_action = action("&About CareerDesk", [QKeySequence("F1")], self.show_about,
                                   "Version, data sources and the O*NET attribution")
        self.quit_action = action("&Quit", [QKeySequence(QKeySequence.StandardKey.Quit)],
                                  self.close, "Close CareerDesk")
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addAction(self.quit_action)
        go_menu = menu.addMenu("&Go")
        for item in (self.find_action, self.back_action, self.forward_action,
                     self.next_tab_action, self.prev_tab_action):
            go_menu.addAction(item)
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self.about_action)
        self.slash = QShortcut(QKeySequence("/"), self)
        self.slash.setContext(Qt.ShortcutContext.WindowShortcut)

    def _connect_signals(self) -> None:
        # search
        self.search.careerActivated.connect(self.open_career)
        self.slash.activated.connect(self._slash)

    @property
    def profile(self) -> ProfileView:
        """The profile pages, built on first use so the window is ready sooner."""
        if self._profile is None:
            from careerdesk.ui.profile_view import ProfileView

            self._profile = ProfileView(self.settings, self.store.ai_labels())
            self._profile.careerRequested.connect(self.open_career)
            self.pages.addWidget(self._profile)
        return self._profile

    # ------------------------------------------------------------- navigation

    def open_career(self, code: str, *, record: bool = True) -> bool:
        try:
            career = self.store.career(code)
        except UnknownCareer:
            self.statusBar().showMessage(f"No career with code {code}.", 5000)
            return False
        self.profile.set_career(career)
        self.pages.setCurrentWidget(self.profile)
        self.setWindowTitle(f"{career.title} — CareerDesk")
        if record:
            self.history.visit(code)
        self._update_history_actions()
        return True

    def go_back(self) -> None:
        if self.history.can_go_back():
            self.open_career(self.history.back() or "", record=False)

    def go_forward(self) -> None:
        if self.history.can_go_forward():
            self.open_career(self.history.forward() or "", record=False)

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    def _step_tab(self, step: int) -> None:
        if self._profile is not None and self.pages.currentWidget() is self._profile:
            self.profile.show_tab(self.profile.tabs.currentIndex() + step)

    def _slash(self) -> None:
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit | QTextEdit):
            if isinstance(focused, QLineEdit):
                focused.insert("/")
            return
        self.search.focus_search()

    def show_about(self) -> None:
        from careerdesk.ui.about import AboutDialog

        AboutDialog(self.store, self).exec()

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()
