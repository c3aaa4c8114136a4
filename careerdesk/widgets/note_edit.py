"""``NoteEdit``: a plain-text editor that holds at most a given number of characters.

What does not fit is never taken in and then cut later: a paste or a drop is shortened to
the room left *before* it reaches the editor (so pasting a million characters costs as much
as pasting the few thousand that fit), and a key press that would pass the limit is refused.
``overflowed(int)`` tells how many characters were left out, so the window can say so.

Directional controls (U+202E and the like, ``careerdesk.user_text``) are not taken in: they
would draw the rest of a line backwards. Show a saved note with ``set_note``, which leaves
them out too.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from careerdesk.user_text import DIRECTIONAL_CONTROLS, without_direction_controls


class NoteEdit(QPlainTextEdit):
    """A ``QPlainTextEdit`` limited to ``limit`` characters (as Python counts them).

    Signals:
        overflowed(int): that many characters typed, pasted or dropped were left out.
    """

    overflowed = Signal(int)

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit

    def length(self) -> int:
        """The characters in the editor now."""
        return len(self.toPlainText())

    def room(self) -> int:
        """How many characters may still be added (what is selected will be replaced)."""
        selected = len(self.textCursor().selectedText())
        return max(self.limit - self.length() + selected, 0)

    def set_note(self, text: str) -> None:
        """Show a saved note (without directional controls)."""
        self.setPlainText(without_direction_controls(text))

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt override
        if not source.hasText():
            return
        text = source.text()
        room = self.room()
        if DIRECTIONAL_CONTROLS.search(text):
            text = without_direction_controls(text)
        elif len(text) <= room:
            super().insertFromMimeData(source)
            return
        kept = text[:room]
        if kept:
            self.textCursor().insertText(kept)
            self.ensureCursorVisible()
        if len(kept) < len(text):
            self.overflowed.emit(len(text) - len(kept))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        typed = event.text()
        if typed and DIRECTIONAL_CONTROLS.search(typed):
            event.accept()  # typed with a Unicode input method: not taken in
            return
        if typed and (typed.isprintable() or typed in "\r\n\t") and len(typed) > self.room():
            event.accept()
            self.overflowed.emit(len(typed))
            return
        super().keyPressEvent(event)
