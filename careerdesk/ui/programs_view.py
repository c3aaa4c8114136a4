"""Programs of study: browse them by field or type one, read what it is, and see the careers
it leads to (pay, education to start, job growth), sortable; open a career or add it to the
comparison. The programs come from ``CareerStore.programs`` (NCES CIP 2020) and the careers
from ``CareerStore.program_careers``; matching typed words is ``study.find_programs``."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from careerdesk import formatting, study, wording
from careerdesk.i18n import translate
from careerdesk.model import Glance, Program
from careerdesk.widgets.text_label import WrappedLabel

CIP_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2


class ProgramSource(Protocol):
    """What the view reads (``CareerStore`` has both)."""

    def programs(self) -> list[Program]: ...

    def program_careers(self, cip: str) -> list[tuple[str, str, Glance, str | None]]: ...


class _Sorted(QTableWidgetItem):
    """A cell shown as text, sorted by a number (missing figures last)."""

    def __init__(self, text: str, key: float | None) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine = self.key if self.key is not None else float("inf")
        theirs = getattr(other, "key", None)
        return mine < (theirs if theirs is not None else float("inf"))


OUTLOOK_ORDER = ("Decline", "Little or no change", "Slower than average",
                 "About as fast as average", "Faster than average", "Much faster than average")
EDUCATION_ORDER = ("No formal educational credential", "High school diploma or equivalent",
                   "Some college, no degree", "Postsecondary nondegree award",
                   "Associate's degree", "Bachelor's degree", "Master's degree",
                   "Doctoral or professional degree")


class ProgramsDialog(QDialog):
    """Programs of study and the careers each leads to.

    Signals:
        careerRequested(str): open this career's profile.
        compareRequested(str): add this career to the comparison.
    """

    careerRequested = Signal(str)
    compareRequested = Signal(str)

    def __init__(self, source: ProgramSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What to study"))
        self.setAccessibleName(self.tr("What to study: programs and the careers they lead to"))
        self._source = source
        self._programs = source.programs()
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Type a program: nursing, welding, computer "
                                              "science…"))
        self.query.setAccessibleName(self.tr("Find a program of study"))
        self.query.setClearButtonEnabled(True)
        self.fields = QListWidget()
        self.fields.setAccessibleName(self.tr("Fields of study"))
        self.programs = QListWidget()
        self.programs.setAccessibleName(self.tr("Programs of study"))
        self.definition = WrappedLabel(text_format=Qt.TextFormat.PlainText)
        self.definition.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.definition.setAccessibleName(self.tr("What the program is"))
        self.careers = QTableWidget(0, 4)
        self.careers.setAccessibleName(self.tr("Careers this program leads to"))
        self.careers.setHorizontalHeaderLabels([
            self.tr("Career"), self.tr("Typical pay"), self.tr("Education to start"),
            self.tr("Job growth to 2034")])
        self.careers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.careers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.careers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.careers.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.careers.setSortingEnabled(True)
        self.careers.verticalHeader().setVisible(False)
        header = self.careers.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # careers A to Z at first
        self.careers.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open profile"))
        self.compare_button = QPushButton(self.tr("Add to &comparison"))
        for button, name in ((self.open_button, self.tr("Open the chosen career's profile")),
                             (self.compare_button,
                              self.tr("Add the chosen career to the comparison"))):
            button.setAccessibleName(name)
            button.setToolTip(name)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        method = QLabel(translate("Study", study.METHOD))
        method.setWordWrap(True)
        layout = QGridLayout(self)
        layout.addWidget(self.query, 0, 0, 1, 3)
        layout.addWidget(QLabel(self.tr("Fields")), 1, 0)
        layout.addWidget(QLabel(self.tr("Programs")), 1, 1)
        layout.addWidget(QLabel(self.tr("What it is, and where it leads")), 1, 2)
        layout.addWidget(self.fields, 2, 0, 3, 1)
        layout.addWidget(self.programs, 2, 1, 3, 1)
        layout.addWidget(self.definition, 2, 2)
        layout.addWidget(self.careers, 3, 2)
        buttons = QDialogButtonBox()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons, 4, 2)
        layout.addWidget(self.status, 5, 0, 1, 3)
        layout.addWidget(method, 6, 0, 1, 3)
        layout.addWidget(close, 7, 0, 1, 3)
        layout.setColumnStretch(2, 5)  # the careers need the room
        layout.setColumnStretch(1, 2)
        layout.setRowStretch(3, 1)
        self._fill_fields()
        self.fields.setMinimumWidth(self.fields.sizeHintForColumn(0)
                                    + self.fields.verticalScrollBar().sizeHint().width() + 8)
        self.query.textChanged.connect(self._typed)
        self.fields.currentItemChanged.connect(self._field_chosen)
        self.programs.currentItemChanged.connect(self._program_chosen)
        self.careers.itemSelectionChanged.connect(self._update_buttons)
        self.careers.itemActivated.connect(lambda _: self._open())
        self.open_button.clicked.connect(self._open)
        self.compare_button.clicked.connect(self._compare)
        self.fields.setCurrentRow(0)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 180, self.fontMetrics().height() * 44)

    # ------------------------------------------------------------- choosing

    def show_program(self, cip: str) -> None:
        """Show one program (from a profile's list): its field, definition and careers."""
        program = next((p for p in self._programs if p.cip == cip), None)
        if program is None:
            return
        self.query.clear()
        for row in range(self.fields.count()):
            if self.fields.item(row).text() == program.field:
                self.fields.setCurrentRow(row)
        for row in range(self.programs.count()):
            if self.programs.item(row).data(CIP_ROLE) == cip:
                self.programs.setCurrentRow(row)
        self.programs.setFocus()

    def show_list(self, programs: list[Program], career_title: str) -> None:
        """The programs that lead to one career (from its profile), closest first."""
        self.query.blockSignals(True)
        self.query.clear()
        self.query.blockSignals(False)
        self._list(programs)
        self.status.setText(self.tr("{count} programs lead to {career}.").format(
            count=len(programs), career=career_title))
        self.programs.setFocus()

    def _fill_fields(self) -> None:
        self.fields.addItem(self.tr("All fields"))
        for name in sorted({p.field for p in self._programs}):
            self.fields.addItem(name)

    def _field_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        if self.fields.currentRow() == 0:
            shown = [p for p in self._programs if not p.residency]
        else:
            shown = [p for p in self._programs if p.field == item.text()]
        self._list(sorted(shown, key=lambda p: p.name.lower()))

    def _typed(self, text: str) -> None:
        if not text.strip():
            self._field_chosen(self.fields.currentItem())
            return
        found = study.find_programs(self._programs, text)
        self._list(found)
        if not found:
            self.status.setText(self.tr("No program matches “{text}”. Try one word, such as "
                                        "nursing or welding.").format(text=text.strip()))

    def _list(self, programs: list[Program]) -> None:
        self.programs.clear()
        for program in programs:
            item = QListWidgetItem(program.name)
            item.setData(CIP_ROLE, program.cip)
            item.setToolTip(self.tr("{field} · CIP code {cip}").format(field=program.field,
                                                                     cip=program.cip))
            self.programs.addItem(item)
        self.status.setText(self.tr("{count} programs.").format(count=len(programs)))
        if programs:
            self.programs.setCurrentRow(0)
        else:
            self._show(None)

    def _program_chosen(self, item: QListWidgetItem | None) -> None:
        cip = item.data(CIP_ROLE) if item is not None else None
        self._show(next((p for p in self._programs if p.cip == cip), None))

    def _show(self, program: Program | None) -> None:
        self.careers.setSortingEnabled(False)
        self.careers.setRowCount(0)
        if program is None:
            self.definition.setText("")
            self._update_buttons()
            return
        rows = self._source.program_careers(program.cip)
        about = program.definition or self.tr("NCES gives no definition for this program.")
        self.definition.setText(study.in_short(program, [title for _, title, *_ in rows])
                                + "\n\n" + self.tr("NCES's definition of “{title}” (CIP {cip}): "
                                                   "{about}").format(
            title=program.title.rstrip("."), cip=program.cip, about=about))
        self.careers.setRowCount(len(rows))
        for row, (code, title, glance, outlook) in enumerate(rows):
            name = QTableWidgetItem(title)
            name.setData(CODE_ROLE, code)
            self.careers.setItem(row, 0, name)
            self.careers.setItem(row, 1, _Sorted(*_pay(glance)))
            education = glance.entry_education
            self.careers.setItem(row, 2, _Sorted(
                wording.entry_education(education).label if education
                else formatting.not_available(),
                EDUCATION_ORDER.index(education) if education in EDUCATION_ORDER else None))
            self.careers.setItem(row, 3, _Sorted(
                wording.outlook(outlook).label if outlook else formatting.not_available(),
                OUTLOOK_ORDER.index(outlook) if outlook in OUTLOOK_ORDER else None))
        self.careers.setSortingEnabled(True)  # sorts by the header's indicator
        self.careers.resizeRowsToContents()
        self.status.setText(self.tr("{program} leads to {count} careers.").format(
            program=program.name, count=len(rows)))
        self._update_buttons()

    def chosen_code(self) -> str | None:
        row = self.careers.currentRow()
        item = self.careers.item(row, 0) if row >= 0 else None
        return item.data(CODE_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.chosen_code() is not None
        self.open_button.setEnabled(chosen)
        self.compare_button.setEnabled(chosen)

    def _open(self) -> None:
        code = self.chosen_code()
        if code is not None:
            self.careerRequested.emit(code)
            self.accept()

    def _compare(self) -> None:
        code = self.chosen_code()
        if code is not None:
            self.compareRequested.emit(code)


def _pay(glance: Glance) -> tuple[str, float | None]:
    """The typical pay as shown, and the yearly figure it sorts by."""
    if glance.median_annual is not None:
        return (formatting.money(glance.median_annual,
                                 top_coded="annual_median" in glance.top_coded),
                float(glance.median_annual))
    if glance.median_hourly is not None:
        return (formatting.money(glance.median_hourly, cents=True,
                                 top_coded="hourly_median" in glance.top_coded) + " / h",
                glance.median_hourly * 2080)
    return formatting.not_available(), None
