"""In-app zoom: the application font from 75 % to 200 % of the system size, remembered."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from careerdesk.ui.settings import ZOOM, Settings

STEPS = [75, 90, 100, 110, 125, 150, 175, 200]


class Zoom(QObject):
    """Scales the application font; every layout follows because sizes come from fonts.

    Signals:
        changed(int): the new zoom in percent.
    """

    changed = Signal(int)

    def __init__(self, app: QApplication, settings: Settings) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.base_points = app.font().pointSizeF()
        self.percent = 100
        remembered = settings.get(ZOOM)
        if remembered in STEPS and remembered != 100:
            self._apply(remembered)  # at start-up: nothing to save, nobody to tell

    def _apply(self, percent: int) -> None:
        self.percent = percent
        font = self.app.font()
        font.setPointSizeF(self.base_points * percent / 100)
        self.app.setFont(font)
        sheet = self.app.styleSheet()
        if sheet:
            # With an application style sheet, Qt's style-sheet style keeps the fonts it
            # resolved for widgets already on screen: setting the sheet again (about 0.1 s)
            # makes every open widget take the new size.
            self.app.setStyleSheet(sheet)

    def set_percent(self, percent: int) -> None:
        percent = min(max(percent, STEPS[0]), STEPS[-1])
        self._apply(percent)
        self.settings.set(ZOOM, percent)
        self.changed.emit(percent)

    def zoom_in(self) -> None:
        self.set_percent(next((s for s in STEPS if s > self.percent), STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_percent(next((s for s in reversed(STEPS) if s < self.percent), STEPS[0]))

    def reset(self) -> None:
        self.set_percent(100)
