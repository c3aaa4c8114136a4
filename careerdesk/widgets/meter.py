"""``Meter``: a titled horizontal meter for a value from 0 to 1, with its meaning in words.

Painted with QPainter in palette colours: the fill uses the highlight colour and a tick in
the text colour marks the value, so the meter reads without colour too. A missing value
(None) shows "Not available" and no bar. All sizes come from the font.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


@dataclass
class _Geometry:
    title: QRect
    track: QRect
    ends: QRect | None
    words: QRect | None
    height: int


class Meter(QWidget):
    """A horizontal meter: title, bar (or "Not available"), end labels and a line of words.

    Keyboard-focusable so screen-reader users reach it; the accessible name is the title and
    the accessible description the words.
    """

    def __init__(self, title: str = "", parent: QWidget | None = None, *,
                 low_label: str = "", high_label: str = "") -> None:
        super().__init__(parent)
        self._title = title
        self._value: float | None = None
        self._text = ""
        self._low = low_label
        self._high = high_label
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._update_accessibility()

    # ------------------------------------------------------------------ public API

    def title(self) -> str:
        return self._title

    def set_value(self, value: float | None, text: str = "") -> None:
        """Show ``value`` (0..1, clamped; None: not available) and its meaning in words."""
        self._value = None if value is None else min(max(float(value), 0.0), 1.0)
        self._text = text
        self._changed()

    def value(self) -> float | None:
        return self._value

    def text(self) -> str:
        return self._text

    def description(self) -> str:
        """The meter in words: what the accessible description says."""
        if self._value is None:
            words = self._not_available()
            if self._text:
                words += f". {self._text}"
        else:
            words = self._text or f"{round(self._value * 100)}%"
        if self._value is not None and (self._low or self._high):
            words += self.tr(" (scale from {low} to {high})").format(
                low=self._low or self.tr("low"), high=self._high or self.tr("high"))
        return words

    def _not_available(self) -> str:
        return self.tr("Not available")

    # ------------------------------------------------------------------ sizes

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._geometry(width).height

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        widest = max(
            self._title_metrics().horizontalAdvance(self._title),
            fm.horizontalAdvance(self._text),
            fm.horizontalAdvance(f"{self._low}    {self._high}"),
            fm.averageCharWidth() * 24,
        )
        width = min(widest, fm.averageCharWidth() * 48) + 2 * self._margin()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().averageCharWidth() * 14 + 2 * self._margin()
        return QSize(width, self.heightForWidth(width))

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        geometry = self._geometry(self.width())
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(text_color)
        painter.setFont(self._title_font())
        painter.drawText(geometry.title, int(_WRAP), self._title)
        painter.setFont(self.font())
        track = geometry.track
        if self._value is None:
            italic = QFont(self.font())
            italic.setItalic(True)
            painter.setFont(italic)
            painter.drawText(track, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             self._not_available())
            painter.setFont(self.font())
        else:
            self._paint_bar(painter, track, text_color, window)
        if geometry.ends is not None:
            painter.setPen(_mix(window, text_color, 0.8))
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            painter.drawText(geometry.ends, int(left), self._low)
            painter.drawText(geometry.ends, int(right), self._high)
            painter.setPen(text_color)
        if geometry.words is not None:
            painter.drawText(geometry.words, int(_WRAP), self._text)
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), self._focus_width())
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = self._focus_width() / 2
            radius = self.fontMetrics().height() / 4
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half),
                                    radius, radius)
        painter.end()

    def _paint_bar(self, painter: QPainter, track: QRect, text: QColor, window: QColor) -> None:
        assert self._value is not None
        radius = track.height() / 3
        box = QRectF(track)
        painter.setPen(QPen(_mix(window, text, 0.45), 1))
        painter.setBrush(_mix(window, text, 0.08))
        painter.drawRoundedRect(box, radius, radius)
        fill_width = box.width() * self._value
        if fill_width > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(QRectF(box.left(), box.top(), fill_width, box.height()),
                                    radius, radius)
        # The value tick: a text-coloured line with a window-coloured halo, past the track.
        x = box.left() + fill_width
        overhang = track.height() / 3
        line_width = max(2.0, self.fontMetrics().height() / 8)
        for color, width in ((window, line_width * 2.2), (text, line_width)):
            painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            painter.drawLine(QPointF(x, box.top() - overhang), QPointF(x, box.bottom() + overhang))

    # ------------------------------------------------------------------ internals

    def _changed(self) -> None:
        self._update_accessibility()
        self.updateGeometry()
        self.update()

    def _update_accessibility(self) -> None:
        self.setAccessibleName(self._title)
        self.setAccessibleDescription(self.description())
        self.setToolTip(self.description())

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _title_metrics(self) -> QFontMetrics:
        return QFontMetrics(self._title_font())

    def _margin(self) -> int:
        return self._focus_width() * 2

    def _focus_width(self) -> int:
        return max(2, self.fontMetrics().height() // 8)

    def _geometry(self, width: int) -> _Geometry:
        fm = self.fontMetrics()
        margin = self._margin()
        inner = max(width - 2 * margin, fm.averageCharWidth() * 4)
        gap = max(2, fm.height() // 4)
        y = margin

        def wrapped(metrics: QFontMetrics, text: str) -> int:
            return metrics.boundingRect(QRect(0, 0, inner, 10**6), int(_WRAP), text).height()

        title_height = wrapped(self._title_metrics(), self._title) if self._title else 0
        title = QRect(margin, y, inner, title_height)
        y += title_height + (gap if self._title else 0)
        overhang = fm.height() // 4
        track_height = fm.height() if self._value is None else round(fm.height() * 0.8)
        track = QRect(margin, y + overhang, inner, track_height)
        y += track_height + 2 * overhang
        ends = None
        if self._value is not None and (self._low or self._high):
            ends = QRect(margin, y, inner, fm.height())
            y += fm.height()
        words = None
        if self._text:
            y += gap
            words = QRect(margin, y, inner, wrapped(fm, self._text))
            y += words.height()
        return _Geometry(title, track, ends, words, y + margin)
