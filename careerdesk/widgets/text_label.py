"""``WrappedLabel``: a word-wrapped ``QLabel`` that remembers its height for each width;
``HeightCache``, the memory it (and the chips' flow layout) uses; ``HeadingLabel`` and
``LinkLabel``, the same that screen readers are told are a heading and a link."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
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
    """

    _FORGET = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish,
                         QEvent.Type.ContentsRectChange, QEvent.Type.LayoutDirectionChange})

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 text_format: Qt.TextFormat = Qt.TextFormat.RichText) -> None:
        super().__init__(parent)
        self._heights = HeightCache()
        self.setTextFormat(text_format)
        self.setWordWrap(True)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(text)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        self._heights.clear()
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:
        self._heights.clear()
        super().setWordWrap(on)

    def setIndent(self, indent: int) -> None:
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:
        self._heights.clear()
        super().setMargin(margin)

    def heightForWidth(self, width: int) -> int:
        self.ensurePolished()  # a style sheet set before polishing applies now (and forgets)
        return self._heights.get(width, super().heightForWidth)

    def event(self, event: QEvent) -> bool:
        if event.type() in self._FORGET:
            self._heights.clear()
        return super().event(event)


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
