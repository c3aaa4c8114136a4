"""Every dialog the app asks through one small service, so tests can replace it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

if TYPE_CHECKING:
    from careerdesk.ui.print_options import PrintChoices
    from careerdesk.userdata import Profile, UserData


class Html(str):
    """Text CareerDesk itself wrote as HTML from its own data (help texts): the one kind a
    message box shows as rich text. Never wrap anything the user typed or chose in it."""


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton
                ) -> QMessageBox:
    """A message box showing ``text`` as plain text: a profile or file name such as
    ``<font size=7>X<img src=x>`` is shown as typed, never as markup (QMessageBox's static
    functions guess, and take such text for rich text)."""
    from PySide6.QtCore import Qt  # here: the Qt namespace costs start-up ~25 ms

    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.RichText if isinstance(text, Html)
                      else Qt.TextFormat.PlainText)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


class DialogService:
    """Real dialogs; tests substitute an object with the same methods. Every text they show
    is plain text (the names and file names in it are the user's own)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def print_choices(self, title: str, sections: list[tuple[str, str]],
                      paper: str) -> PrintChoices | None:
        from careerdesk.ui.print_options import PrintOptionsDialog

        dialog = PrintOptionsDialog(title, sections, paper, self.parent)
        return dialog.choices() if dialog.exec() else None

    def save_pdf_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.parent, QCoreApplication.translate("DialogService", "Save as PDF"), suggested,
            QCoreApplication.translate("DialogService", "PDF files (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        for shown in dialog.findChildren(QLabel):
            shown.setTextFormat(Qt.TextFormat.PlainText)
        return dialog.textValue() if dialog.exec() else None

    def confirm(self, title: str, text: str) -> bool:
        box = message_box(self.parent, QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def open_file(self, title: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, title, str(Path.home()), file_filter)
        return Path(name) if name else None

    def save_file(self, title: str, suggested: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return Path(name) if name else None

    def choose_profile(self, data: UserData) -> Profile | None:
        from careerdesk.ui.profile_chooser import ProfileChooser

        chooser = ProfileChooser(data, self.parent)
        return chooser.chosen if chooser.exec() else None

    def info(self, title: str, text: str) -> None:
        message_box(self.parent, QMessageBox.Icon.Information, title, text).exec()

    def error(self, title: str, text: str) -> None:
        message_box(self.parent, QMessageBox.Icon.Warning, title, text).exec()
