"""Every dialog the app asks through one small service, so tests can replace it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from careerdesk.ui.print_options import PrintChoices, PrintOptionsDialog


class DialogService:
    """Real dialogs; tests substitute an object with the same methods."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def print_choices(self, title: str, sections: list[tuple[str, str]],
                      paper: str) -> PrintChoices | None:
        dialog = PrintOptionsDialog(title, sections, paper, self.parent)
        return dialog.choices() if dialog.exec() else None

    def save_pdf_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, "Save as PDF", suggested,
                                              "PDF files (*.pdf)")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)
