"""``WrappedLabel``: a word-wrapped ``QLabel`` that remembers its height for each width;
``HeightCache``, the memory it (and the chips' flow layout) uses; ``HeadingLabel`` and
``LinkLabel``, the same that screen readers are told are a heading and a link; ``ListLabel``,
a bulleted list that they are told is a list of items; ``BuddyLabel``, a control's label."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QKeyEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # QtGui's Qt adds mightBeRichText
from PySide6.QtWidgets import QLabel, QWidget

from careerdesk.widgets import accessibility


class HeightCache:
    """Heights already worked out, by width, until ``clear()``; at most ``keep`` widths (a
    window resized by hand asks for many)."""

    def __init__(self, keep: int = 16) -> None:
        self._heights: dict[int, int] = {}
        self._keep = keep

    def get(self, width: int, compute: Callable[[int], int]) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= self._keep:
                self._heights.clear()
            height = self._heights[width] = compute(width)
        return height

    def clear(self) -> None:
        self._heights.clear()


class WrappedLabel(QLabel):
    """A word-wrapped label (rich text unless told otherwise) that remembers its heights.

    While a page is shown, its layouts ask each label's height for the same few widths
    dozens of times (the box layout, the scroll area, each resize), and ``QLabel`` lays the
    whole text out again for every answer (twice for rich text). The answers are kept until
    the text, font, style or margins change.

    Its preferred and minimum sizes are measured from the words (``_measure``), not laid
    out: ``QLabel`` lays a wrapped text out six times or more for them (at 80 characters,
    on one line, word by word, each time putting its width back), the largest cost of
    opening a profile, while the layouts it sits in take its height for the width it gets
    from ``heightForWidth``. The widest word is measured bold, and larger in a heading, so
    the minimum width is never narrower than the text drawn.
    """

    _FORGET = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish,
                         QEvent.Type.ContentsRectChange, QEvent.Type.LayoutDirectionChange})

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 text_format: Qt.TextFormat = Qt.TextFormat.RichText) -> None:
        super().__init__(parent)
        self._heights = HeightCache()
        self._hints: tuple[QSize, QSize] | None = None  # preferred, minimum
        self.setTextFormat(text_format)
        self.setWordWrap(True)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._forget()
        super().setText(text)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        self._forget()
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:
        self._forget()
        super().setWordWrap(on)

    def setIndent(self, indent: int) -> None:
        self._forget()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:
        self._forget()
        super().setMargin(margin)

    def _forget(self) -> None:
        self._heights.clear()
        self._hints = None

    def sizeHint(self) -> QSize:
        return self._measure()[0] if self.wordWrap() else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._measure()[1] if self.wordWrap() else super().minimumSizeHint()

    def _measure(self) -> tuple[QSize, QSize]:
        """(preferred, minimum) size: as wide as the text on one line up to 80 characters,
        as high as its lines would be there; at least the widest word wide and a line high."""
        if self._hints is None:
            self.ensurePolished()
            words, scale = _words(self.text(), self.textFormat())
            font = QFont(self.font())
            font.setBold(True)
            if scale != 1:
                font.setPointSizeF(font.pointSizeF() * scale)
            metrics = QFontMetrics(font)
            longest = sorted(words, key=len)[-3:]
            widest = max((metrics.horizontalAdvance(w) for w in longest), default=0)
            shown = QFont(self.font())  # the text on one line, in the label's own font
            if scale != 1:
                shown.setPointSizeF(shown.pointSizeF() * scale)
            plain = QFontMetrics(shown)
            most = self.fontMetrics().averageCharWidth() * 80
            line = sum(len(w) + 1 for w in words) * plain.averageCharWidth()
            if line < most:  # fractional advances add up: one pixel more, as QLabel does
                line = plain.horizontalAdvance(" ".join(words)) + 1
            width = max(min(line, most), widest)
            lines = max(1, -(-line // max(width, 1)))
            margins = self.contentsMargins()
            extra_w = margins.left() + margins.right() + 2 * self.margin() + max(self.indent(), 0)
            extra_h = margins.top() + margins.bottom() + 2 * self.margin()
            height = metrics.lineSpacing()
            self._hints = (QSize(width + extra_w, lines * height + extra_h),
                           QSize(widest + extra_w, height + extra_h))
        return self._hints

    def heightForWidth(self, width: int) -> int:
        self.ensurePolished()  # a style sheet set before polishing applies now (and forgets)
        return self._heights.get(width, super().heightForWidth)

    def event(self, event: QEvent) -> bool:
        if event.type() in self._FORGET:
            self._forget()
        return super().event(event)


_TAG = re.compile(r"<[^>]*>")
_HEADING = re.compile(r"<h([1-6])\b", re.IGNORECASE)
_BREAKS = re.compile(r"[ \t\r\n]+")  # where a line may break (not a no-break space)
_HEADING_SCALE = {"1": 2.0, "2": 1.5, "3": 1.25}  # an upper bound of Qt's heading sizes


def _words(text: str, text_format: Qt.TextFormat) -> tuple[list[str], float]:
    """The words of a label's text as drawn (tags dropped, entities read) and how much
    larger than the label's font a heading in it draws them."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    scale = 1.0
    if rich:
        heading = _HEADING.search(text)
        scale = _HEADING_SCALE.get(heading.group(1), 1.0) if heading else 1.0
        text = html.unescape(_TAG.sub(" ", text))
    return [w for w in _BREAKS.split(text) if w], scale


class HeadingLabel(WrappedLabel):
    """A heading: screen readers are told so, and read its text."""

    accessible_role = accessibility.HEADING

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 text_format: Qt.TextFormat = Qt.TextFormat.RichText) -> None:
        accessibility.install()
        super().__init__(text, parent, text_format=text_format)


class LinkLabel(WrappedLabel):
    """A sentence holding one link: screen readers are told it is a link, and read it."""

    accessible_role = accessibility.LINK

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 text_format: Qt.TextFormat = Qt.TextFormat.RichText) -> None:
        accessibility.install()
        super().__init__(text, parent, text_format=text_format)


class ListLabel(WrappedLabel):
    """A bulleted list shown as one rich-text label (drawn, laid out and printed as
    before), that screen readers are told is a list: one item a bullet, read as its text
    (``list_items``, plain words). Taking the focus (Tab), it puts the screen reader on its
    current item; Up, Down, Home and End move from item to item ("2 of 15")."""

    accessible_role = accessibility.LIST

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 text_format: Qt.TextFormat = Qt.TextFormat.RichText) -> None:
        accessibility.install()
        super().__init__(text, parent, text_format=text_format)
        self._items: Sequence[str] | Callable[[], Sequence[str]] = ()
        self._words: list[str] | None = []
        self._entries: list[accessibility.ListEntry] = []
        self._current = 0

    def set_items(self, items: Sequence[str] | Callable[[], Sequence[str]],
                  name: str) -> None:
        """The items of the list its text shows (a ``<ul>``), as they read, or what gives
        them when a screen reader first asks (nothing is spent on them without one);
        ``name`` names the list ("Main tasks")."""
        if name != self.accessibleName():
            self.setAccessibleName(name)
        self._items, self._words = items, None
        self._current = 0
        for entry in self._entries:  # the last list's items leave the screen reader
            entry.setParent(None)
        self._entries = []

    @property
    def list_items(self) -> list[str]:
        """Each item in plain words."""
        if self._words is None:
            items = self._items
            self._words = list(items() if callable(items) else items)
        return self._words

    def list_entries(self) -> list[accessibility.ListEntry]:
        """The items as screen readers' objects (made when first asked for)."""
        while len(self._entries) < len(self.list_items):
            self._entries.append(accessibility.ListEntry(self, len(self._entries)))
        return self._entries

    def current_item(self) -> int:
        return self._current

    def item_rect(self, index: int) -> QRect:
        """Where item ``index`` is drawn, in screen coordinates."""
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setHtml(self.text())
        area = self.contentsRect()
        document.setTextWidth(area.width())
        block, seen = document.begin(), -1
        while block.isValid():
            if block.textList() is not None:
                seen += 1
                if seen == index:
                    box = document.documentLayout().blockBoundingRect(block).toRect()
                    return QRect(self.mapToGlobal(area.topLeft() + box.topLeft()), box.size())
            block = block.next()
        return QRect(self.mapToGlobal(QPoint(0, 0)), self.size())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.list_items:  # after Qt's own focus event, on the list
            QTimer.singleShot(0, self, self._say_current)

    def _say_current(self) -> None:
        if self.hasFocus() and self.list_items:
            accessibility.focus_item(self, self._current)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Up: self._current - 1, Qt.Key.Key_Down: self._current + 1,
                 Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(self.list_items) - 1}
        target = moves.get(Qt.Key(event.key()))
        if target is None or not self.list_items or event.modifiers() not in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            super().keyPressEvent(event)
            return
        self._current = max(0, min(target, len(self.list_items) - 1))
        self._say_current()


class BuddyLabel(QLabel):
    """A label for a control (its buddy), whose "&" marks the Alt key that reaches it: a
    screen reader gets its text without the "&" as the label's name. (Qt leaves the "&" out
    only once a label has its buddy, and the accessibility bus is told a label's name when
    the label is made: a form's "&State:" was heard as "&State:".)"""

    def __init__(self, text: str, buddy: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBuddy(buddy)
        self.setText(text)

    def setText(self, text: str) -> None:
        self.setAccessibleName(accessibility.without_mnemonic(text))
        super().setText(text)
