"""Every dialog the app asks through one small service, so tests can replace it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from careerdesk.ui.print_options import PrintChoices
    from careerdesk.userdata import Profile, UserData


class DialogService:
    """Real dialogs; tests substitute an object with the same methods."""

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
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getText(self.parent, title, label, text=text)
        return value if ok else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

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
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)
