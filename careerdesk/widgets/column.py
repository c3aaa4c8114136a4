"""``Column``: a widget holding a layout of wrapped text whose preferred size costs no text
layout.

``QWidget.sizeHint()`` of a widget whose layout has a height for each width lays every
label out again at the layout's preferred width (80 characters for a wrapped label), a
width the column is never shown at. Scroll areas and box layouts ask for it on every
layout pass and mostly keep the minimum size instead, so a profile paid for a second
layout of all its paragraphs each time a career opened. A ``Column`` answers with its
layout's own preferred size; the height it is given for its real width still comes from
``heightForWidth``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


class Column(QWidget):
    """A container whose preferred size is its layout's, without the height-for-width
    pass (see the module's text)."""

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()
