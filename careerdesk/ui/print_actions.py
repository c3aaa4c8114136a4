"""Print, print preview and Save as PDF for whatever the window shows (a profile or a
comparison), through ``careerdesk.printing`` so that all three give the same pages."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from careerdesk.ui.dialogs import DialogService
from careerdesk.ui.print_options import PrintChoices

if TYPE_CHECKING:
    from careerdesk.printing import Printout

# Builds the printout for the user's choices.
PrintoutFactory = Callable[[PrintChoices], "Printout"]


def safe_file_name(title: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-")[:60] or "careerdesk"


class PrintActions:
    """Runs the three print actions for a printout factory."""

    def __init__(self, parent: QWidget, dialogs: DialogService) -> None:
        self.parent = parent
        self.dialogs = dialogs
        self.paper = "letter"

    def _prepare(self, title: str, sections: list[tuple[str, str]],
                 factory: PrintoutFactory) -> tuple[Printout, PrintChoices] | None:
        choices = self.dialogs.print_choices(title, sections, self.paper)
        if choices is None:
            return None
        if not choices.sections:
            self.dialogs.error(title, QCoreApplication.translate(
                "PrintActions", "Choose at least one section to print."))
            return None
        self.paper = choices.paper
        return factory(choices), choices

    def preview(self, title: str, sections: list[tuple[str, str]],
                factory: PrintoutFactory) -> None:
        from careerdesk.printing import print_preview

        self._to_printer(print_preview, QCoreApplication.translate(
            "PrintActions", "Print preview: {title}").format(title=title), sections, factory)

    def print(self, title: str, sections: list[tuple[str, str]],
              factory: PrintoutFactory) -> None:
        from careerdesk.printing import print_dialog

        self._to_printer(print_dialog, QCoreApplication.translate(
            "PrintActions", "Print: {title}").format(title=title), sections, factory)

    def _to_printer(self, dialog: Callable[..., object], title: str,
                    sections: list[tuple[str, str]], factory: PrintoutFactory) -> None:
        """Ask for the choices, then hand the printout to a preview or printer dialog."""
        prepared = self._prepare(title, sections, factory)
        if prepared:
            printout, choices = prepared
            dialog(self.parent, printout.paint, printout.page_layout(choices.paper))

    def save_pdf(self, title: str, sections: list[tuple[str, str]],
                 factory: PrintoutFactory) -> Path | None:
        from careerdesk.printing import PrintError

        prepared = self._prepare(QCoreApplication.translate(
            "PrintActions", "Save as PDF: {title}").format(title=title), sections, factory)
        if not prepared:
            return None
        printout, choices = prepared
        path = self.dialogs.save_pdf_path(str(Path.home() / f"{safe_file_name(title)}.pdf"))
        if path is None:
            return None
        try:
            pages = printout.write_pdf(path, choices.paper)
        except (PrintError, OSError) as exc:
            self.dialogs.error(
                QCoreApplication.translate("PrintActions", "Could not save the PDF"),
                QCoreApplication.translate(
                    "PrintActions", "The PDF could not be saved to {path}: {reason}").format(
                    path=path, reason=exc))
            return None
        self.dialogs.info(QCoreApplication.translate("PrintActions", "PDF saved"),
                          QCoreApplication.translate(
                              "PrintActions", "Saved {count} page(s) to {path}.").format(
                              count=pages, path=path))
        return path
