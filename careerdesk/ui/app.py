"""Start the Qt application: fonts, style, translations, the careers database, the main
window."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType

    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QIcon

    from careerdesk.labconfig import LabConfig
    from careerdesk.ui.database_check import DamageCheck
    from careerdesk.ui.dialogs import DialogService
    from careerdesk.ui.main_window import MainWindow
    from careerdesk.ui.user_session import UserSession


def ensure_fonts() -> None:
    """Give Qt a font when the system has none (bare lab machines, bundles).

    Without any font Qt draws empty boxes and says nothing; matplotlib ships DejaVu Sans.
    With no font files fontconfig still lists its aliases ("Sans Serif", ...), so the test
    is whether the application font can draw a letter.
    """
    from PySide6.QtGui import QFontMetricsF, QGuiApplication

    if QFontMetricsF(QGuiApplication.font()).inFont("A"):
        return
    import matplotlib
    from PySide6.QtGui import QFontDatabase

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                 "DejaVuSans-BoldOblique.ttf"):
        QFontDatabase.addApplicationFont(str(fonts / name))
    font = QGuiApplication.font()
    font.setFamily("DejaVu Sans")
    QGuiApplication.setFont(font)


def resources_dir() -> Path:
    """resources/ next to the package in a checkout, or the PyInstaller bundle's copy."""
    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2])) / "resources"


def window_icon() -> QIcon:
    """The app icon, from the SVG in resources/ (or the bundle's copy of it)."""
    from PySide6.QtGui import QIcon

    return QIcon(str(resources_dir() / "careerdesk.svg"))


def translations_dir() -> Path:
    """Where careerdesk_<language>.qm files are: resources/translations/."""
    return resources_dir() / "translations"


def ui_locale() -> QLocale:
    """The language to show: $CAREERDESK_LANG (e.g. "es", "en") or else the system's."""
    wanted = os.environ.get("CAREERDESK_LANG", "").strip()
    return QLocale(wanted) if wanted else QLocale.system()


# The installed translators, kept referenced so that Python does not delete them.
_translators: list[QTranslator] = []
_translated_for: list[str] = []  # the locale name they were installed for


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[str]:
    """Install CareerDesk's translation for ``locale`` (default ``ui_locale()``), and Qt's own
    (qtbase, for standard buttons and dialogs) with it; returns the files loaded.

    English, or a language with no careerdesk_<language>.qm, installs nothing: the source
    texts are English, and Qt's buttons then stay English too rather than mixing languages.
    """
    locale = locale or ui_locale()
    if _translated_for == [locale.name()]:
        return [t.filePath() for t in _translators]
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    _translated_for[:] = [locale.name()]
    if locale.name().split("_")[0] in ("C", "en"):  # the Language enum is slow to load
        return []
    from PySide6.QtCore import QTranslator

    own = QTranslator(app)
    if not own.load(locale, "careerdesk", "_", str(translations_dir())):
        return []
    from PySide6.QtCore import QLibraryInfo

    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for translator in (qt, own) if qt.load(locale, "qtbase", "_", qt_dir) else (own,):
        app.installTranslator(translator)  # the last installed is asked first
        _translators.append(translator)
    return [t.filePath() for t in _translators]


def application(font_scale: float = 1.0) -> QApplication:
    """The one QApplication of this process, set up for CareerDesk."""
    os.environ.setdefault("QT_API", "pyside6")
    from careerdesk.ui import theme

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
        if not app.property("careerdeskSetUp"):
            theme.apply_style(app)  # an application made elsewhere (tests)
    else:
        # Fusion on every system, chosen on the command line: from Python, setStyle() and
        # style() cost ~10 ms at start-up (PySide6 builds the QStyle type and its enums).
        app = QApplication([*sys.argv[:1], "-style", "fusion"])
    if not app.property("careerdeskSetUp"):
        app.setApplicationName("CareerDesk")
        app.setOrganizationName("CareerDesk")
        app.setApplicationDisplayName("CareerDesk")
        app.setDesktopFileName("careerdesk")
        ensure_fonts()
        theme.apply_theme(app)  # light, dark or high contrast ($CAREERDESK_THEME)
        app.setProperty("careerdeskSetUp", True)
    install_translations(app)  # again: tests switch languages
    if font_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * font_scale)
        app.setFont(font)
    return app


def open_session(data_dir: Path | None, dialogs: DialogService,
                 lab: LabConfig) -> UserSession:
    """Open this user's data and ask who is using CareerDesk; never fails. Where the lab
    keeps no named profiles (``guest_only``) the data file is not opened nor made: the
    guest's data stays in memory."""
    from careerdesk.ui.user_session import UserSession
    from careerdesk.userdata import UserData, UserDataError, open_user_data

    if lab.guest_only:
        return UserSession(UserData.in_memory())
    try:
        data = open_user_data(data_dir, default=lab.data_dir)
    except UserDataError as exc:
        data = UserData.in_memory(QCoreApplication.translate(
            "Application", "{reason} CareerDesk will work, but bookmarks and notes are kept "
            "only until it closes.").format(reason=exc))
    if data.notice:
        dialogs.error(QCoreApplication.translate("Application", "About your saved data"),
                      data.notice)
    return UserSession(data, dialogs.choose_profile(data))


def start(db: Path | None = None, data_dir: Path | None = None,
          dialogs: DialogService | None = None) -> MainWindow:
    """Show the main window at once, then load the careers and the user's data into it.

    The window's frame (menus, search box, welcome page) is painted first and takes typing;
    right after that first paint ``load`` opens the database, reads the lab settings, asks
    who is using CareerDesk and attaches all of it to the window.
    """
    from careerdesk.ui.main_window import MainWindow
    from careerdesk.ui.settings import Settings

    application()
    window = MainWindow(settings=Settings(), dialogs=dialogs)
    # The loading starts from the event loop once the first paint is on screen.
    window.firstPainted.connect(lambda: QTimer.singleShot(0, lambda: load(window, db, data_dir)))
    window.show()
    window.search.focus_search()
    return window


def load(window: MainWindow, db: Path | None, data_dir: Path | None) -> bool:
    """Open the careers database and this user's data and attach them to ``window``; on a
    missing or damaged database say so and quit with status 2."""
    from careerdesk import labconfig
    from careerdesk.store import CareerStore, DatabaseError
    from careerdesk.ui.settings import WAGE_STATE

    app = QApplication.instance()
    if isinstance(app, QApplication) and app.windowIcon().isNull():
        app.setWindowIcon(window_icon())
    dialogs = window.dialogs
    store: CareerStore | None = None
    try:
        store = CareerStore(db)  # its version and tables checked; the rest after (below)
        lab = labconfig.load(states=[name for _, name in store.states()])
        window.settings.set_defaults({WAGE_STATE.key: lab.state})
        session = open_session(data_dir, dialogs, lab)
        window.attach(store, session=session, lab=lab)
    except DatabaseError as exc:  # not a careers database, or damaged where start-up reads
        dialogs.error(
            QCoreApplication.translate("Application", "CareerDesk cannot start"),
            QCoreApplication.translate(
                "Application", "{reason}\n\nIf you cannot do that, ask the person who set up "
                "this computer.").format(reason=exc))
        window.close()  # the last window: the app quits, and run() returns 2
        if window.is_attached():  # damaged where attach read: not attached after all
            del window.store
        if store is not None:
            store.close()
        return False
    check_whole_database(window)
    # What start-up made (Qt types, the search engine's careers) lives as long as the app:
    # keep it out of the cycle collector's full passes, which otherwise take ~50 ms.
    gc.freeze()
    # The other names of every career load in the background, ready for the first query.
    engine = window.search.engine
    if engine is not None:
        engine.preload_in_background()
    window.setWindowTitle(QCoreApplication.translate("MainWindow", "CareerDesk — {person}")
                          .format(person=session.name))
    window.search.box.setFocus()  # back from the question; what was typed stays unselected
    return True


def check_whole_database(window: MainWindow) -> DamageCheck:
    """Read the window's careers database whole in a thread (``DamageCheck``); say so in the
    window if part of it is damaged."""
    from careerdesk.ui.database_check import DamageCheck

    check = DamageCheck(window.store.path, window.settings, window)
    check.damaged.connect(lambda reason: window.report_damage())
    window.damage_check = check
    check.start()
    return check


def report_damage_uncaught(window: MainWindow) -> Callable[
        [type[BaseException], BaseException, TracebackType | None], object]:
    """A ``sys.excepthook`` that shows a damaged careers database (met anywhere) in the
    window instead of a traceback; anything else goes to the hook it replaces."""
    from careerdesk.store import DatabaseError

    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException,
             trace: TracebackType | None) -> None:
        if isinstance(value, DatabaseError) and window.is_attached():
            window.report_damage()
        else:
            previous(kind, value, trace)

    return hook


def run(db: Path | None = None, data_dir: Path | None = None) -> int:
    app = application()
    window = start(db, data_dir)
    sys.excepthook = report_damage_uncaught(window)
    status = app.exec()
    return status if window.is_attached() else 2  # the database could not be opened
