"""``FocusRing``: a frame in the highlight colour drawn over a widget while it has the focus,
for widgets that show none of their own (a scrolling page)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from careerdesk.widgets import accessibility


class FocusRing(QWidget):
    """Drawn over its parent (mouse clicks pass through) while the parent has the focus."""

    WIDTH = 2

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        accessibility.hide_from_readers(self)  # a drawing only
        self.hide()
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if watched is parent:
            kind = event.type()
            if kind == QEvent.Type.FocusIn:
                self.setGeometry(parent.rect())
                self.raise_()
                self.show()
            elif kind == QEvent.Type.FocusOut:
                self.hide()
            elif kind == QEvent.Type.Resize and self.isVisible():
                self.setGeometry(parent.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), self.WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = self.WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
