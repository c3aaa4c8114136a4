"""F6 and Shift+F6: move the keyboard focus between the main parts of the window.

The parts, in order: the search box, the results, the page on the right (start page,
profile, comparison, bookmarks or quiz) and the comparison tray when it shows. A part is
entered where the person left it (its last focused control) or at its first control, so
a screen reader announces the control it lands on. Parts that are hidden or hold nothing
that takes the focus are skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

# A region: the widget that holds it (None while it does not exist) and, optionally, the
# control to enter it at (None: where the focus last was in it, else its first control).
Region = tuple[Callable[[], QWidget | None], Callable[[], QWidget | None] | None]


class FocusRegions:
    """Cycles the focus through ``regions`` (in the order given)."""

    def __init__(self, regions: Sequence[Region]) -> None:
        self._regions = list(regions)

    def step(self, step: int) -> QWidget | None:
        """Focus the next (``step`` 1) or previous (-1) region that can take the focus;
        returns the widget that took it (None when no region can)."""
        count = len(self._regions)
        here = self._current()
        start = here if here is not None else (-1 if step > 0 else 0)
        for offset in range(1, count + 1):
            holder, entry = self._regions[(start + step * offset) % count]
            target = _target(holder(), entry)
            if target is not None:
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return target
        return None

    def _current(self) -> int | None:
        """The index of the region holding the focus, or None."""
        focused = QApplication.focusWidget()
        if focused is None:
            return None
        for index, (holder, _) in enumerate(self._regions):
            widget = holder()
            if widget is not None and (widget is focused or widget.isAncestorOf(focused)):
                return index
        return None


def _target(widget: QWidget | None, entry: Callable[[], QWidget | None] | None
            ) -> QWidget | None:
    """Where the focus goes in a region, or None if it cannot go there."""
    if widget is None or not widget.isVisible() or not widget.isEnabled():
        return None
    if entry is not None:
        chosen = entry()
        if chosen is not None and _takes_focus(chosen):
            return chosen
    last = widget.focusWidget()  # the control that had the focus in it last
    if last is not None and _takes_focus(last) and (last is widget
                                                    or widget.isAncestorOf(last)):
        return last
    return first_focusable(widget)


def first_focusable(widget: QWidget) -> QWidget | None:
    """The first control inside ``widget`` (or the widget itself) that Tab would reach."""
    if _takes_focus(widget):
        return widget
    candidate = widget.nextInFocusChain()
    seen = 0
    while candidate is not None and candidate is not widget and seen < 2000:
        if widget.isAncestorOf(candidate) and _takes_focus(candidate):
            return candidate
        candidate = candidate.nextInFocusChain()
        seen += 1
    return None


def _takes_focus(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))
