"""Start the Qt application: fonts, the careers database, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def ensure_fonts() -> None:
    """Give Qt a font when the system has none (bare lab machines, bundles).

    Without any font Qt draws empty boxes and says nothing; matplotlib ships DejaVu Sans.
    """
    from PySide6.QtGui import QFontDatabase

    if QFontDatabase.families():
        return
    import matplotlib

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        QFontDatabase.addApplicationFont(str(fonts / name))


def run(db: Path | None = None) -> int:
    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtWidgets import QApplication, QMessageBox

    from careerdesk.store import CareerStore, DatabaseError
    from careerdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CareerDesk")
    app.setOrganizationName("CareerDesk")
    ensure_fonts()
    try:
        store = CareerStore(db)
    except DatabaseError as exc:
        QMessageBox.critical(None, "CareerDesk cannot start",
                             f"{exc}\n\nReinstall CareerDesk or ask the person who set up "
                             "this computer.")
        return 2
    window = MainWindow(store)
    window.show()
    return app.exec()
