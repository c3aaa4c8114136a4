"""The compare tray: the careers picked for a comparison (two to four), shown along the
bottom of the window, with Compare and Clear."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from careerdesk.widgets.chips import FlowLayout

# The same limits as careerdesk.comparison (a test checks), without importing it at start-up.
MIN_CAREERS = 2
MAX_CAREERS = 4

CHIP_CHARS = 24  # a picked career's name is shortened to this many characters


class CompareTray(QWidget):
    """Picked careers in order; refuses a fifth and ignores repeats.

    Signals:
        compareRequested(list): the user asked to compare the picked codes.
        changed(): a career was added or removed.
    """

    compareRequested = Signal(list)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Compare tray"))
        self._picked: list[tuple[str, str]] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)  # zoomed in, the tray stays narrower than the screen
        self._layout.addWidget(self.label)
        self._chips = QWidget()
        self._chip_layout = FlowLayout(self._chips)  # wraps when zoomed in: never wider
        self._chip_layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._chips, 1)
        self.compare_button = QPushButton(self.tr("&Compare"))
        self.compare_button.setAccessibleName(self.tr("Compare the picked careers"))
        self.compare_button.setToolTip(self.tr(
            "Show the picked careers side by side (Ctrl+Shift+K)"))
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.setAccessibleName(self.tr("Clear the compare tray"))
        self.clear_button.setToolTip(self.tr("Remove every picked career from the tray"))
        self._layout.addWidget(self.compare_button)
        self._layout.addWidget(self.clear_button)
        self.compare_button.clicked.connect(lambda: self.compareRequested.emit(self.codes()))
        self.clear_button.clicked.connect(self.clear)
        self._refresh()

    def codes(self) -> list[str]:
        return [code for code, _ in self._picked]

    def add(self, code: str, title: str) -> str:
        """Pick a career; returns a sentence saying what happened."""
        if code in self.codes():
            return self.tr("{career} is already in the comparison.").format(career=title)
        if len(self._picked) >= MAX_CAREERS:
            return self.tr("A comparison holds at most {most} careers: remove one before "
                           "adding {career}.").format(most=MAX_CAREERS, career=title)
        self._picked.append((code, title))
        self._refresh()
        return self.tr("Added {career} to the comparison ({count} of {most}).").format(
            career=title, count=len(self._picked), most=MAX_CAREERS)

    def remove(self, code: str) -> None:
        self._picked = [(c, t) for c, t in self._picked if c != code]
        self._refresh()

    def clear(self) -> None:
        self._picked = []
        self._refresh()

    def _refresh(self) -> None:
        while self._chip_layout.count():
            item = self._chip_layout.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        for code, title in self._picked:
            chip = QToolButton()
            short = title if len(title) <= CHIP_CHARS else title[:CHIP_CHARS - 1] + "…"
            chip.setText(f"{short}  ✕")
            remove = self.tr("Remove {career} from the comparison").format(career=title)
            chip.setToolTip(remove)
            chip.setAccessibleName(remove)
            chip.clicked.connect(lambda _=False, c=code: self.remove(c))
            self._chip_layout.addWidget(chip)
        count = len(self._picked)
        self.label.setText(
            self.tr("Compare ({count} of {most}):").format(count=count, most=MAX_CAREERS)
            if count else self.tr("Compare: add two to four careers with Ctrl+K."))
        self.compare_button.setEnabled(count >= MIN_CAREERS)
        self.clear_button.setEnabled(count > 0)
        self.changed.emit()
