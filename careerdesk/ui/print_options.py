"""Before printing: choose the sections, the paper and an optional "prepared for" line.

The name is used for this printout only; it is not stored.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.widgets.accessibility import ChoiceBox
from careerdesk.widgets.text_label import BuddyLabel

PAPERS = [(QT_TRANSLATE_NOOP("PrintOptionsDialog", "Letter"), "letter"),
          (QT_TRANSLATE_NOOP("PrintOptionsDialog", "A4"), "a4")]


def paper_name(paper: str) -> str:
    """The paper's name as the print options show it ("Letter", "A4")."""
    from PySide6.QtCore import QCoreApplication

    for text, value in PAPERS:
        if value == paper:
            return QCoreApplication.translate("PrintOptionsDialog", text)
    return paper


@dataclass(frozen=True)
class PrintChoices:
    """What the user chose to print."""

    sections: tuple[str, ...]
    paper: str
    prepared_for: str | None


class PrintOptionsDialog(QDialog):
    """Sections as check boxes, paper size, and a "prepared for" name."""

    def __init__(self, title: str, sections: list[tuple[str, str]], paper: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.boxes: list[tuple[str, QCheckBox]] = []
        group = QGroupBox(self.tr("Include"))
        column = QVBoxLayout(group)
        for key, label in sections:
            box = QCheckBox(label)
            box.setChecked(True)
            column.addWidget(box)
            self.boxes.append((key, box))
        self.paper = ChoiceBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        for text, value in PAPERS:
            self.paper.addItem(self.tr(text), value)
        self.paper.setCurrentIndex(max(self.paper.findData(paper), 0))
        self.prepared_for = QLineEdit()
        self.prepared_for.setAccessibleName(self.tr("Prepared for"))
        self.prepared_for.setPlaceholderText(self.tr("Optional: the student's name (not saved)"))
        self.prepared_for.setMaxLength(80)
        form = QFormLayout()
        form.addRow(BuddyLabel(self.tr("&Paper:"), self.paper), self.paper)
        form.addRow(BuddyLabel(self.tr("Prepared &for:"), self.prepared_for),
                    self.prepared_for)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choices(self) -> PrintChoices:
        name = " ".join(self.prepared_for.text().split())
        return PrintChoices(
            sections=tuple(key for key, box in self.boxes if box.isChecked()),
            paper=self.paper.currentData(),
            prepared_for=name or None,
        )
