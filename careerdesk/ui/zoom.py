"""In-app zoom: the application font from 75 % to 200 % of the system size, remembered,
applied at once to every widget on screen, and a window kept on its screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from careerdesk.ui.settings import ZOOM, Settings

STEPS = [75, 90, 100, 110, 125, 150, 175, 200]


class Zoom(QObject):
    """Scales the application font; every layout follows because sizes come from fonts.

    Signals:
        changed(int): the new zoom in percent.
    """

    changed = Signal(int)

    def __init__(self, app: QApplication, settings: Settings) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.base_points = app.font().pointSizeF()
        self.percent = 100
        remembered = settings.get(ZOOM)
        if remembered in STEPS and remembered != 100:
            self._apply(remembered)  # at start-up: nothing to save, nobody to tell

    def _apply(self, percent: int) -> None:
        self.percent = percent
        font = self.app.font()
        font.setPointSizeF(self.base_points * percent / 100)
        self.app.setFont(font)
        sheet = self.app.styleSheet()
        if sheet:
            # With an application style sheet, Qt's style-sheet style stores in each widget
            # the font it resolved when it polished it, so a new application font reaches no
            # widget already made: setting the sheet again polishes them all with the new
            # size (0.1 s with one page built; about 0.5 s with the results list of 1,016
            # careers, and 1 to 1.3 s with every view built, measured offscreen). Polishing
            # also puts back the font a widget was given by hand when the sheet was first
            # set (the profile's big title, the quiz's big activity), so every widget then
            # hears of a font change once more and those that scale their own fonts from
            # their parent's do it again, last.
            self.app.setStyleSheet(sheet)
            for widget in self.app.allWidgets():
                QApplication.sendEvent(widget, QEvent(QEvent.Type.FontChange))

    def set_percent(self, percent: int) -> None:
        percent = min(max(percent, STEPS[0]), STEPS[-1])
        # at a bound, Ctrl+= again re-lays out nothing (about 1 s with every view built);
        # the status still says the zoom
        if percent != self.percent \
                or self.app.font().pointSizeF() != self.base_points * percent / 100:
            self._apply(percent)
            self.settings.set(ZOOM, percent)
        self.changed.emit(percent)

    def zoom_in(self) -> None:
        self.set_percent(next((s for s in STEPS if s > self.percent), STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_percent(next((s for s in reversed(STEPS) if s < self.percent), STEPS[0]))

    def reset(self) -> None:
        self.set_percent(100)


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move a top-level window so that all of it lies on its screen's available
    area (a larger font can make its layout ask for more than the screen has)."""
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()  # the window manager's frame
    extra_h = frame.height() - window.height()
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


class _ScreenKeeper(QObject):
    """Watches a window's resizes: when a layout made it stick out of its screen (a larger
    font, a wide page opened), it is brought back once the layouts have settled.

    The window also follows the zoom: it is kept at its size at 100 % (set by the person
    who resized it) times the zoom, as far as the screen allows, so that about as much
    stays in view, and Ctrl+0 gives back the size it had.
    """

    def __init__(self, window: QWidget, zoom: Zoom | None) -> None:
        super().__init__(window)
        self._window = window
        self._pending = False
        self._percent = zoom.percent if zoom is not None else 100
        self._at_100 = window.size() * (100 / self._percent)
        window.installEventFilter(self)
        if zoom is not None:
            zoom.changed.connect(self._zoomed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            if event.spontaneous():  # resized by the person, through the window system
                self._at_100 = self._window.size() * (100 / self._percent)
            if not self._pending and not _fits(self._window):
                self._pending = True
                QTimer.singleShot(0, self, self._fit)
        return False

    def _fit(self) -> None:
        self._pending = False
        keep_on_screen(self._window)

    def _zoomed(self, percent: int) -> None:
        window = self._window
        self._percent = percent
        if window.isMaximized() or window.isFullScreen():
            return
        wanted = self._at_100 * (percent / 100)
        least = window.minimumSizeHint()  # the layout may not let it be smaller
        window.resize(wanted.expandedTo(least))
        keep_on_screen(window)  # and never larger than the screen


def _fits(window: QWidget) -> bool:
    screen = window.screen()
    return screen is None or screen.availableGeometry().contains(window.frameGeometry())


def keep_window_on_screen(window: QWidget, zoom: Zoom | None = None) -> None:
    """Fit ``window`` on its screen now and whenever it grows past the screen later (and
    let it grow with ``zoom``, up to the screen)."""
    keep_on_screen(window)
    _ScreenKeeper(window, zoom)


class PageScroller(QScrollArea):
    """Holds the window's pages (a stack). A page is given all the room there is, and at
    least its minimum size: when a page, zoomed in, needs more than the screen leaves it,
    it scrolls here instead of making the window grow past the screen. Only the page on
    show counts (a stack asks for its largest page's minimum)."""

    def __init__(self, pages: QStackedWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(pages)
        self.setWidgetResizable(False)  # placed by _place: heights-for-widths never scroll
        self.setFrameShape(QFrame.Shape.NoFrame)
        pages.currentChanged.connect(self._page_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll to a control that takes the focus (with Tab, say) out of view."""
        page = self.widget()
        if new is not None and page is not None and page.isAncestorOf(new):
            self.ensureWidgetVisible(new, 0, 0)

    def take_no_focus(self) -> None:
        """Leave the focus to the pages inside (not in the constructor: Qt's enums cost
        about 25 ms to load, so they wait until the window's first paint)."""
        from PySide6.QtCore import Qt

        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _page_minimum(self) -> QSize:
        stack = self.widget()
        page = stack.currentWidget() if isinstance(stack, QStackedWidget) else stack
        if page is None:
            return QSize(0, 0)
        return page.minimumSizeHint().expandedTo(page.minimumSize())

    def _changed(self) -> None:
        self._place()
        self.updateGeometry()  # the page's minimum may have changed: so may this area's

    def _page_changed(self) -> None:
        self._changed()
        self.horizontalScrollBar().setValue(0)  # a page opens at its top left corner
        self.verticalScrollBar().setValue(0)

    def _least_height(self, width: int) -> int:
        """The page's minimum height at this width (wrapped text needs more when narrow)."""
        stack = self.widget()
        page = stack.currentWidget() if isinstance(stack, QStackedWidget) else stack
        least = self._page_minimum().height()
        if page is not None and page.hasHeightForWidth():
            least = max(least, page.heightForWidth(width))
        return least

    def _place(self) -> None:
        """The page as large as the visible area, or its minimum where that is larger
        (nothing is squeezed below its minimum size, wrapped text gets all its lines)."""
        stack = self.widget()
        if stack is None:
            return
        least_width = self._page_minimum().width()
        room = self.maximumViewportSize()
        width = max(room.width(), least_width)
        height = max(room.height(), self._least_height(width))
        if width > room.width():  # a scroll bar along the bottom takes some height
            height = max(room.height() - self.horizontalScrollBar().sizeHint().height(),
                         self._least_height(width))
        if height > room.height():  # and one on the right takes some width
            width = max(room.width() - self.verticalScrollBar().sizeHint().width(),
                        least_width)
            height = max(height, self._least_height(width))
        if stack.size() != QSize(width, height):
            stack.resize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._changed()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        """The page's own minimum while the screen has room for it (the window grows up to
        the screen), and no more than the room: past it, the page scrolls."""
        bars = super().minimumSizeHint()
        wanted = self._page_minimum()
        room = self._room()
        return QSize(max(bars.width(), min(wanted.width(), room.width())),
                     max(bars.height(), min(wanted.height(), room.height())))

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def _room(self) -> QSize:
        """The most this area can have with the window on its screen: the screen's
        available size less the window's frame and the other parts' minimum sizes."""
        window = self.window()
        screen = window.screen()
        if screen is None or window is self:
            return QSize(0, 0)
        frame = window.frameGeometry().size() - window.size()
        room = screen.availableGeometry().size() - frame
        around = window.size() - self.size()  # menus, tray, status bar, the panes beside
        parent = self.parentWidget()
        if isinstance(parent, QSplitter):  # the panes beside count at their smallest
            panes = [parent.widget(i) for i in range(parent.count())]
            others = sum(pane.minimumSizeHint().width() + parent.handleWidth()
                         for pane in panes if pane is not None and pane is not self)
            around.setWidth(window.width() - parent.width() + others)
        return room - around
