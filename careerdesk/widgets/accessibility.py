"""What screen readers are told about CareerDesk's text, beyond Qt's defaults.

Qt tells a screen reader that every ``QLabel`` is a plain label. Here a widget class can say
it is a heading, a link, a chart or a list (its ``accessible_role``, one of ``ROLES``); a
chart is one object with the chart role whose children are its text only, not the drawing
(widgets ``hide_from_readers`` marks are left out). A list (a label showing a bulleted
list, ``text_label.ListLabel``) has one list item a bullet, each read as its own text: a
screen reader says "list, 15 items" and reads them one by one. Its items are small
``ListEntry`` objects made only when a screen reader asks for them (so that Qt keeps their
accessible objects, and forgets them with them).

The role belongs to the class, not to a widget's property: with a screen reader on, Qt
makes a widget's accessible object while the widget is being made (and keeps it), before a
property could be set.

A marked label's accessible name is its text in plain words (rich text made plain), unless
it was given a name of its own: so a screen reader reads what is on the screen.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleObject,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QAccessibleWidget, QComboBox, QLabel, QWidget

HEADING = "heading"
LINK = "link"
CHART = "chart"
LIST = "list"
ROLES = {HEADING: QAccessible.Role.Heading, LINK: QAccessible.Role.Link,
         CHART: QAccessible.Role.Chart, LIST: QAccessible.Role.List}
HIDDEN = "careerdeskAccessibleHidden"  # a property: left out of its parent's children

_installed: list[bool] = []
_MNEMONIC = re.compile(r"&(&|(?=[^\s&]))")


def without_mnemonic(text: str) -> str:
    """``text`` as a screen reader should say it: the "&" that marks a label's Alt key
    left out ("&State:" -> "State:"), "&&" (a real ampersand) as "&"."""
    return _MNEMONIC.sub(lambda m: m.group(1), text)


def has_mnemonic(text: str) -> bool:
    """Whether ``text`` holds an "&" that marks an Alt key (not "&&", nor "& " in words)."""
    return bool(re.search(r"(?<!&)&(?!&)[^\s&]", text.replace("&&", "")))


def plain_text(label: QLabel) -> str:
    """A label's text as it reads: rich text without its markup."""
    from PySide6.QtCore import Qt  # (not at start-up: the start page's headings use this)

    text = label.text()
    kind = label.textFormat()
    if kind == Qt.TextFormat.PlainText or (kind == Qt.TextFormat.AutoText and "<" not in text):
        return text
    return QTextDocumentFragment.fromHtml(text).toPlainText()


class _Marked(QAccessibleWidget):
    """A widget with its class's role; a label's name is its text."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name and isinstance(widget, QLabel) \
                and not widget.accessibleName():
            return plain_text(widget)
        return super().text(kind)

    def _children(self) -> list[QWidget]:
        from PySide6.QtCore import Qt

        return [w for w in self.widget().findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if not w.isWindow() and not w.property(HIDDEN)]

    def childCount(self) -> int:
        return len(self._children())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        # (Qt's own answer out of range is a null pointer: None)
        children = self._children()
        if 0 <= index < len(children):
            return QAccessible.queryAccessibleInterface(children[index])
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        target = child.object()
        for index, widget in enumerate(self._children()):
            if widget is target:
                return index
        return -1


class ListEntry(QObject):
    """One item of a list widget (its parent) as screen readers meet it: the list widget
    answers ``item_text(index)``, ``item_rect(index)`` and ``current_item()``."""

    def __init__(self, owner: QWidget, index: int) -> None:
        super().__init__(owner)
        self.owner = owner
        self.index = index


class _List(_Marked):
    """A list widget: its children are its items (``ListEntry``), its name the list's."""

    def _entries(self) -> list[ListEntry]:
        return self.widget().list_entries()  # type: ignore[attr-defined, no-any-return]

    def childCount(self) -> int:
        return len(self.widget().list_items)  # type: ignore[attr-defined]

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        entries = self._entries()
        if 0 <= index < len(entries):
            return QAccessible.queryAccessibleInterface(entries[index])
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        target = child.object()
        return target.index if isinstance(target, ListEntry) and \
            target.owner is self.widget() else -1


class _ListItem(QAccessibleObject):
    """One item of a list: its text is its name."""

    def __init__(self, entry: ListEntry) -> None:
        super().__init__(entry)
        self.entry = entry

    def isValid(self) -> bool:
        owner = self.entry.owner
        return self.entry.index < len(owner.list_items)  # type: ignore[attr-defined]

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def text(self, kind: QAccessible.Text) -> str:
        if kind != QAccessible.Text.Name or not self.isValid():
            return ""
        return self.entry.owner.list_items[self.entry.index]  # type: ignore[attr-defined, no-any-return]

    def state(self) -> QAccessible.State:
        owner = self.entry.owner
        state = QAccessible.State()
        state.readOnly = True
        state.invisible = not owner.isVisible()
        state.focusable = True
        state.focused = owner.hasFocus() \
            and owner.current_item() == self.entry.index  # type: ignore[attr-defined]
        return state

    def rect(self) -> QRect:
        return self.entry.owner.item_rect(self.entry.index)  # type: ignore[attr-defined, no-any-return]

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return QAccessible.queryAccessibleInterface(self.entry.owner)

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1


def _factory(_key: str, target: QObject) -> QAccessibleInterface | None:
    if isinstance(target, ListEntry):
        return _ListItem(target)
    role = getattr(target, "accessible_role", None)
    if isinstance(role, str) and role in ROLES and isinstance(target, QWidget):
        return _List(target, ROLES[role]) if role == LIST else _Marked(target, ROLES[role])
    return None


def install() -> None:
    """Let Qt ask here first which accessible object a widget is (once per process)."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)


def hide_from_readers(widget: QWidget) -> None:
    """Leave ``widget`` out of its (role-giving) parent's children, e.g. a chart's drawing,
    which the chart's description says in words."""
    widget.setProperty(HIDDEN, True)


def focus_item(widget: QWidget, index: int) -> None:
    """Tell screen readers the focus is on item ``index`` of list ``widget`` (they read it
    and where it is: "3 of 15"). Nothing when none listens."""
    if QAccessible.isActive():
        event = QAccessibleEvent(widget, QAccessible.Event.Focus)
        event.setChild(index)
        QAccessible.updateAccessibility(event)


def announce(widget: QWidget, message: str) -> None:
    """Have screen readers say ``message`` (about ``widget``) without moving the focus, as a
    polite announcement: after what they are saying. Nothing when none listens."""
    if message and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))


class ChoiceBox(QComboBox):
    """A combo box whose pop-up list of choices (Alt+Down, a click) is named as the box is:
    a screen reader said only "list" when it opened. Named when it first opens (making the
    pop-up costs time a box may never need)."""

    def showPopup(self) -> None:
        view = self.view()
        if view.accessibleName() != self.accessibleName():
            view.setAccessibleName(self.accessibleName())
        super().showPopup()
