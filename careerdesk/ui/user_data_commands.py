"""The "My data" commands around the user's session: switch person, export, import, and
remove my data; each asks through the dialog service and reports the outcome.

The texts keep the main window's translation context (they were its own).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from careerdesk.labconfig import LabConfig
    from careerdesk.store import CareerStore
    from careerdesk.ui.dialogs import DialogService
    from careerdesk.ui.user_session import UserSession


def suggested_name(person: str) -> str:
    """The file name an export suggests: the person's name without anything that would
    make it a path elsewhere (``../``, slashes, drive colons) or a hidden file."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", person).strip(". -")
    return f"careerdesk-{safe or 'profile'}.json"


class UserDataCommands:
    """What the My data menu does with ``session``.

    ``before_switch`` runs before another person takes over (the bookmarks page saves the
    note being typed).
    """

    def __init__(self, session: UserSession, store: CareerStore, lab: LabConfig,
                 dialogs: DialogService, before_switch: Callable[[], None]) -> None:
        self.session = session
        self.store = store
        self.lab = lab
        self.dialogs = dialogs
        self._before_switch = before_switch

    def switch_user(self) -> None:
        if self.lab.guest_only:
            self.dialogs.info(
                QCoreApplication.translate("MainWindow", "Guest only"),
                QCoreApplication.translate(
                    "MainWindow", "On this computer CareerDesk keeps no named profiles: "
                    "your data is removed when CareerDesk closes."))
            return
        self._before_switch()
        chosen = self.dialogs.choose_profile(self.session.saved)
        if chosen is not None:
            self.session.switch(chosen)  # a guest who leaves leaves no data

    def export_data(self) -> None:
        path = self.dialogs.save_file(
            QCoreApplication.translate("MainWindow", "Export my data"),
            str(Path.home() / suggested_name(self.session.name)),
            QCoreApplication.translate("MainWindow", "CareerDesk data (*.json)"))
        if path is not None:
            message = self.session.export_to(path)
            if message:
                self.dialogs.info(QCoreApplication.translate("MainWindow", "Exported"), message)

    def import_data(self) -> None:
        path = self.dialogs.open_file(
            QCoreApplication.translate("MainWindow", "Import data"),
            QCoreApplication.translate("MainWindow", "CareerDesk data (*.json)"))
        if path is not None:
            known = {c.code for c in self.store.careers()}
            message = self.session.import_from(path, known)
            if message:
                self.dialogs.info(QCoreApplication.translate("MainWindow", "Imported"), message)

    def remove_my_data(self) -> None:
        name = self.session.name
        if not self.dialogs.confirm(
                QCoreApplication.translate("MainWindow", "Remove my data from this computer"),
                QCoreApplication.translate(
                    "MainWindow", "Delete {person}'s bookmarks, notes and saved comparisons "
                    "from this computer for good? Export them first if you want to keep a "
                    "copy.").format(person=name)):
            return
        if self.session.remove_current_profile():
            self.dialogs.info(
                QCoreApplication.translate("MainWindow", "Removed"),
                QCoreApplication.translate(
                    "MainWindow", "{person}'s data was removed from this computer.")
                .format(person=name))
