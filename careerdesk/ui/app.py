"""Start the Qt application: fonts, style, the careers database, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from careerdesk.labconfig import LabConfig
    from careerdesk.ui.dialogs import DialogService
    from careerdesk.ui.user_session import UserSession


def ensure_fonts() -> None:
    """Give Qt a font when the system has none (bare lab machines, bundles).

    Without any font Qt draws empty boxes and says nothing; matplotlib ships DejaVu Sans.
    With no font files fontconfig still lists its aliases ("Sans Serif", ...), so the test
    is whether the application font can draw a letter.
    """
    from PySide6.QtGui import QFontDatabase, QFontMetricsF, QGuiApplication

    if QFontMetricsF(QGuiApplication.font()).inFont("A"):
        return
    import matplotlib

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                 "DejaVuSans-BoldOblique.ttf"):
        QFontDatabase.addApplicationFont(str(fonts / name))
    font = QGuiApplication.font()
    font.setFamily("DejaVu Sans")
    QGuiApplication.setFont(font)


def window_icon() -> QIcon:
    """The app icon, from the SVG in resources/ (or the bundle's copy of it)."""
    import sys as _sys

    base = Path(getattr(_sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return QIcon(str(base / "resources" / "careerdesk.svg"))


def application(font_scale: float = 1.0) -> QApplication:
    """The one QApplication of this process, set up for CareerDesk."""
    os.environ.setdefault("QT_API", "pyside6")
    from careerdesk.ui import theme

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("CareerDesk")
    app.setOrganizationName("CareerDesk")
    app.setApplicationDisplayName("CareerDesk")
    app.setDesktopFileName("careerdesk")
    app.setWindowIcon(window_icon())
    ensure_fonts()
    theme.apply(app)
    if font_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * font_scale)
        app.setFont(font)
    return app


def open_session(data_dir: Path | None, dialogs: DialogService,
                 lab: LabConfig) -> UserSession:
    """Open this user's data and ask who is using CareerDesk; never fails."""
    from careerdesk.ui.user_session import UserSession
    from careerdesk.userdata import UserData, UserDataError, open_user_data

    try:
        data = open_user_data(data_dir, default=lab.data_dir)
    except UserDataError as exc:
        data = UserData.in_memory(
            f"{exc} CareerDesk will work, but bookmarks and notes are kept only until it "
            "closes.")
    try:
        data.wipe_guest()  # a guest's data left behind by a crash
    except UserDataError:
        pass
    if data.notice:
        dialogs.error("Your data cannot be saved", data.notice)
    profile = data.guest() if lab.guest_only else dialogs.choose_profile(data) or data.guest()
    return UserSession(data, profile)


def run(db: Path | None = None, data_dir: Path | None = None) -> int:
    from PySide6.QtWidgets import QMessageBox

    from careerdesk.store import CareerStore, DatabaseError
    from careerdesk.ui.dialogs import DialogService
    from careerdesk.ui.main_window import MainWindow

    app = application()
    try:
        store = CareerStore(db)
    except DatabaseError as exc:
        QMessageBox.critical(None, "CareerDesk cannot start",
                             f"{exc}\n\nReinstall CareerDesk or ask the person who set up "
                             "this computer.")
        return 2
    from careerdesk import labconfig
    from careerdesk.ui.settings import WAGE_STATE, Settings

    lab = labconfig.load(states=[name for _, name in store.states()])
    settings = Settings(defaults={WAGE_STATE.key: lab.state})
    dialogs = DialogService()
    session = open_session(data_dir, dialogs, lab)
    window = MainWindow(store, settings=settings, dialogs=dialogs, session=session, lab=lab)
    dialogs.parent = window
    window.setWindowTitle(f"CareerDesk — {session.name}")
    window.show()
    window.search.focus_search()
    return app.exec()
