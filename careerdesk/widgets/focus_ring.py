"""``FocusRing``: a frame in the highlight colour drawn over a widget while it has the focus,
for widgets that show none of their own (a scrolling page, a paragraph of text)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from careerdesk.widgets import accessibility


class FocusRing(QWidget):
    """Drawn over its parent (mouse clicks pass through) while the parent has the focus; or,
    with ``follow``, around whichever widget inside the parent has it (``show_around``)."""

    WIDTH = 2

    def __init__(self, parent: QWidget, *, follow: bool = False) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        accessibility.hide_from_readers(self)  # a drawing only
        self.hide()
        self._around: QWidget | None = None
        if follow:
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.connect(self._focus_changed)
        else:
            parent.installEventFilter(self)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        parent = self.parentWidget()
        if now is not None and parent is not None and now is not parent \
                and parent.isAncestorOf(now):
            self.show_around(now)
        elif self._around is not None:
            self._around = None
            self.hide()

    def show_around(self, widget: QWidget) -> None:
        """Frame ``widget`` (inside the parent), just outside its edges."""
        parent = self.parentWidget()
        assert parent is not None
        self._around = widget
        top_left = widget.mapTo(parent, widget.rect().topLeft())
        w = self.WIDTH
        self.setGeometry(top_left.x() - w - 1, top_left.y() - w - 1,
                         widget.width() + 2 * w + 2, widget.height() + 2 * w + 2)
        self.raise_()
        self.show()

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
