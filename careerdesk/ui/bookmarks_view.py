"""Bookmarks: the user's careers with the date added and a personal note (plain text, saved
as you type), sorting, open/compare/remove, printing, and saved comparisons."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from careerdesk.store import CareerStore
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.ui.user_session import UserSession
from careerdesk.userdata import NOTE_MAX, Bookmark
from careerdesk.widgets.accessibility import ChoiceBox
from careerdesk.widgets.note_edit import NoteEdit
from careerdesk.widgets.text_label import BuddyLabel, HeadingLabel

if TYPE_CHECKING:
    from careerdesk.printouts import Printout
    from careerdesk.ui.print_actions import PrintContext, PrintJob
    from careerdesk.ui.print_options import PrintChoices

Index = QModelIndex | QPersistentModelIndex
NOTE_SAVE_MS = 500
MISSING = QT_TRANSLATE_NOOP("BookmarksView", "{code} (no longer in the database)")
SORTS = [(QT_TRANSLATE_NOOP("BookmarksView", "Date added"), "added"),
         (QT_TRANSLATE_NOOP("BookmarksView", "Title"), "title"),
         (QT_TRANSLATE_NOOP("BookmarksView", "Code"), "code")]
COMPARISON_ROLE = Qt.ItemDataRole.UserRole + 1


def bookmarks_print_job(session: UserSession, store: CareerStore) -> PrintJob:
    """The bookmark list with notes as a handout (oldest first), for the Print button here
    and for File > Print bookmarks from any page."""
    from careerdesk.printouts import bookmarks_printout
    from careerdesk.ui.print_actions import PrintJob

    missing = QCoreApplication.translate("BookmarksView", MISSING)
    titles = {c.code: c.title for c in store.careers()}
    marks = session.bookmarks("added", titles)
    entries = [(titles.get(b.code, missing.format(code=b.code)), b.code,
                b.added.astimezone().strftime("%d %b %Y"), b.note) for b in marks]
    careers = [store.career(b.code) for b in marks if b.code in titles]
    owner = session.name

    def factory(choices: PrintChoices) -> Printout:
        return bookmarks_printout(owner, entries, careers, store.meta,
                                  prepared_for=choices.prepared_for)

    title = QCoreApplication.translate("BookmarksView", "Bookmarks of {person}")
    section = QCoreApplication.translate("BookmarksView", "Bookmarks and notes")
    return PrintJob(title.format(person=owner), [("bookmarks", section)], factory)


class BookmarksModel(QAbstractListModel):
    """Bookmarks with their career titles (None when the career is no longer known)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[Bookmark, str | None]] = []

    def set_items(self, items: list[tuple[Bookmark, str | None]]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        bookmark, title = self.items[index.row()]
        added = bookmark.added.astimezone().strftime("%d %b %Y")
        name = title or QCoreApplication.translate("BookmarksView", MISSING).format(
            code=bookmark.code)
        if role == Qt.ItemDataRole.DisplayRole:
            note = self.tr(" · note") if bookmark.note else ""
            return self.tr("★ {career}\n   added {date}{note}").format(career=name, date=added,
                                                                       note=note)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return (self.tr("{career}, bookmarked {date}").format(career=name, date=added)
                    + (self.tr(", has a note") if bookmark.note else ""))
        return None


class BookmarksView(QWidget):
    """The user's bookmarks and saved comparisons.

    Signals:
        careerRequested(str), compareRequested(str): open / add to the comparison.
        comparisonRequested(list): open a saved comparison (its codes).
        printRequested(): print the bookmark list with notes.
    """

    careerRequested = Signal(str)
    compareRequested = Signal(str)
    comparisonRequested = Signal(list)
    printRequested = Signal()

    def __init__(self, session: UserSession, store: CareerStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self._titles = {c.code: c.title for c in store.careers()}
        self.setAccessibleName(self.tr("Bookmarks"))
        self.heading = HeadingLabel()  # "Bookmarks of …", on one line as before
        self.heading.setWordWrap(False)
        self.empty = QLabel(self.tr(
            "<p>No bookmarks yet: press Ctrl+D or the ☆ button on a career to keep it "
            "here.</p>"))
        self.sort = ChoiceBox()
        self.sort.setAccessibleName(self.tr("Sort bookmarks"))
        self.sort.setAccessibleDescription(self.tr(
            "Order the bookmarks by date added, title or code"))
        for text, key in SORTS:
            self.sort.addItem(self.tr(text), key)
        self.model = BookmarksModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Bookmarked careers"))
        self.list.setAccessibleDescription(self.tr(
            "Your bookmarked careers with the date added; Enter opens one, and its note "
            "is shown beside the list"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.note = NoteEdit(NOTE_MAX)  # the limit is shown, and nothing is cut unseen
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(
            self.tr("Your own note about this career — saved as you type."))
        self.note.setTabChangesFocus(True)
        self.note_status = QLabel()
        self.note_count = QLabel()
        for label in (self.note_status, self.note_count):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self._left_out = 0  # characters of the last paste or key press that did not fit
        self.note_label = BuddyLabel(self.tr("Note:"), self.note)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(NOTE_SAVE_MS)
        self.open_button = QPushButton(self.tr("&Open"))
        self.compare_button = QPushButton(self.tr("Add to &comparison"))
        self.remove_button = QPushButton(self.tr("&Remove bookmark"))
        self.print_button = QPushButton(self.tr("&Print list with notes…"))
        self.comparisons = QListWidget()
        self.comparisons.setAccessibleName(self.tr("Saved comparisons"))
        self.comparisons.setAccessibleDescription(self.tr(
            "Comparisons you saved by name; Enter opens one"))
        self.open_comparison_button = QPushButton(self.tr("Open saved comparison"))
        self.delete_comparison_button = QPushButton(self.tr("Delete saved comparison"))
        for button, tip in [
                (self.open_button, self.tr("Open the selected career's profile")),
                (self.compare_button, self.tr("Add the selected career to the comparison")),
                (self.remove_button, self.tr("Remove the selected bookmark and its note")),
                (self.print_button, self.tr("Print your bookmarks with your notes")),
                (self.open_comparison_button, self.tr("Open the selected saved comparison")),
                (self.delete_comparison_button,
                 self.tr("Delete the selected saved comparison"))]:
            button.setToolTip(tip)
        self._editing: str | None = None
        self._dirty = False  # the note editor holds text not yet saved
        self._build()
        self._connect_signals()
        self.refresh()

    def _build(self) -> None:
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.empty)
        top.addLayout(titles, 1)
        sort_label = BuddyLabel(self.tr("&Sort by:"), self.sort)
        top.addWidget(sort_label)
        top.addWidget(self.sort)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.compare_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        note_side = QWidget()
        note_layout = QVBoxLayout(note_side)
        note_layout.addWidget(self.note_label)
        note_layout.addWidget(self.note, 1)
        note_layout.addWidget(self.note_count)
        note_layout.addWidget(self.note_status)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(note_side)
        for part in (self.list, note_side):  # screen readers read them in this order
            part.raise_()
        compare_buttons = QHBoxLayout()
        compare_buttons.addWidget(self.open_comparison_button)
        compare_buttons.addWidget(self.delete_comparison_button)
        compare_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(split, 3)
        # a heading for screen readers, on one line as before: a wrapped label would give
        # the page a height for each width, and the window's page area takes a page's
        # preferred height for its width as the least it needs (every list at its preferred
        # size): at 200 % that made the page scroll down, so 3 px sideways for the scroll bar
        saved = HeadingLabel(self.tr("<h3>Saved comparisons</h3>"))
        saved.setWordWrap(False)
        layout.addWidget(saved)
        layout.addWidget(self.comparisons, 1)
        layout.addLayout(compare_buttons)

    def _connect_signals(self) -> None:
        self.session.changed.connect(self.refresh)
        self.sort.currentIndexChanged.connect(self.refresh)
        self.list.selectionModel().currentChanged.connect(self._show_note)
        self.list.activated.connect(lambda _: self._emit_current(self.careerRequested))
        self.note.textChanged.connect(self._note_typed)
        self.note.overflowed.connect(self._note_overflowed)
        self.save_timer.timeout.connect(self.save_note)
        self.open_button.clicked.connect(lambda: self._emit_current(self.careerRequested))
        self.compare_button.clicked.connect(lambda: self._emit_current(self.compareRequested))
        self.remove_button.clicked.connect(self._remove)
        self.print_button.clicked.connect(self.printRequested)
        self.open_comparison_button.clicked.connect(self._open_comparison)
        self.comparisons.itemActivated.connect(lambda _: self._open_comparison())
        self.delete_comparison_button.clicked.connect(self._delete_comparison)

    # ------------------------------------------------------------- data

    def entries(self) -> list[tuple[Bookmark, str | None]]:
        marks = self.session.bookmarks(self.sort.currentData(), self._titles)
        return [(b, self._titles.get(b.code)) for b in marks]

    def printout(self, context: PrintContext) -> PrintJob:
        """The bookmark list with notes (the person's own; ``context`` adds nothing)."""
        self.save_note()  # the note being typed is printed too
        return bookmarks_print_job(self.session, self.store)

    def refresh(self) -> None:
        self.save_note()
        current = self.current_code()
        items = self.entries()
        self.model.set_items(items)
        self.heading.setText(self.tr("<h2>Bookmarks of {person}</h2>").format(
            person=escape(self.session.name)))  # a name is shown as typed, never as markup
        self.empty.setVisible(not items)
        codes = [b.code for b, _ in items]
        row = codes.index(current) if current in codes else (0 if codes else -1)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        else:
            self._show_note()
        for button in (self.open_button, self.compare_button, self.remove_button):
            button.setEnabled(bool(items))
        self.comparisons.clear()
        missing = self.tr(MISSING)
        for saved in self.session.comparisons():
            names = ", ".join(self._titles.get(c, missing.format(code=c)) for c in saved.codes)
            item = QListWidgetItem(f"{saved.name} — {names}")
            item.setData(COMPARISON_ROLE, saved.id)
            self.comparisons.addItem(item)
        has_saved = self.comparisons.count() > 0
        self.open_comparison_button.setEnabled(has_saved)
        self.delete_comparison_button.setEnabled(has_saved)

    def current_code(self) -> str | None:
        row = self.list.currentIndex().row()
        return self.model.items[row][0].code if 0 <= row < len(self.model.items) else None

    def _emit_current(self, signal: SignalInstance) -> None:
        code = self.current_code()
        if code and code in self._titles:
            signal.emit(code)

    # ------------------------------------------------------------- notes

    def _show_note(self, *_: object) -> None:
        self.save_note()
        code = self.current_code()
        if code is not None and code == self._editing:
            return  # the list was refreshed around the note being typed: leave it be
        self._editing = None
        self.note.blockSignals(True)
        row = self.list.currentIndex().row()
        if code is None:
            self.note.setPlainText("")
            self.note.setEnabled(False)
            self.note_label.setText(self.tr("Note:"))
        else:
            bookmark, title = self.model.items[row]
            self.note.set_note(bookmark.note)
            self.note.setEnabled(True)
            self.note_label.setText(self.tr("&Note about {career}:").format(
                career=(title or code).replace("&", "&&")))
            self._editing = code
        self.note.blockSignals(False)
        self.note_status.clear()
        self._left_out = 0
        self._show_count()

    def _show_count(self) -> None:
        """The note's length against its limit, and what was left out if something was."""
        if self._editing is None:
            self.note_count.clear()
            return
        count = self.tr("{count} of {limit} characters").format(
            count=f"{self.note.length():,}", limit=f"{NOTE_MAX:,}")
        if self._left_out:
            count = self.tr("{count}: the note is full, so {left} characters were not "
                            "added").format(count=count, left=f"{self._left_out:,}")
        self.note_count.setText(count)

    def _note_overflowed(self, left_out: int) -> None:
        self._left_out = left_out
        self._show_count()

    def _note_typed(self) -> None:
        self._left_out = 0
        self._show_count()
        self._dirty = True
        self.note_status.setText(self.tr("Saving…"))
        self.save_timer.start()

    def save_note(self) -> None:
        """Save the note being edited now (also called before anything else changes)."""
        if not self._dirty or self._editing is None:
            return
        self.save_timer.stop()
        self._dirty = False
        code = self._editing
        if self.session.set_note(code, self.note.toPlainText()):
            self.note_status.setText(self.tr("Saved."))
        else:
            self.note_status.setText(self.tr("Not saved: your note is still here; copy it "
                                             "before closing CareerDesk."))

    # ------------------------------------------------------------- actions

    def _remove(self) -> None:
        code = self.current_code()
        if code:
            self.save_timer.stop()
            self._dirty = False
            self._editing = None
            self.session.remove_bookmark(code)

    def _selected_comparison(self) -> int | None:
        item = self.comparisons.currentItem() or self.comparisons.item(0)
        return item.data(COMPARISON_ROLE) if item else None

    def _open_comparison(self) -> None:
        ident = self._selected_comparison()
        saved = next((c for c in self.session.comparisons() if c.id == ident), None)
        if saved is not None:
            self.comparisonRequested.emit([c for c in saved.codes if c in self._titles])

    def _delete_comparison(self) -> None:
        ident = self._selected_comparison()
        if ident is not None:
            self.session.delete_comparison(ident)
