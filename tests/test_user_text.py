"""Directional controls in what people type never reverse printed or shown text (issue 13
item 12: a note holding U+202E printed backwards)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from careerdesk.user_text import without_direction_controls

RLO, PDF_, RLI, PDI, LRM = "\u202e", "\u202c", "\u2067", "\u2069", "\u200e"
NOTE = f"Ask about the {RLO}night shift{PDF_} and pay"
SHOWN = "Ask about the night shift and pay"


def test_the_controls_that_reorder_text_are_left_out():
    assert without_direction_controls(NOTE) == SHOWN
    assert without_direction_controls(f"{RLI}Ana{PDI}") == "Ana"
    hebrew = "שלום עולם"  # a right-to-left script needs no control: kept as it is
    assert without_direction_controls(f"{hebrew} {LRM}ok") == f"{hebrew} {LRM}ok"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_note_and_a_name_with_an_override_print_in_order(qapp, store, tmp_path):
    from careerdesk.printouts import bookmarks_printout
    from careerdesk.ui.print_document import write_pdf

    career = store.career("29-1141.00")
    owner = f"{RLO}Jordan Lee"
    printout = bookmarks_printout(owner, [(career.title, career.code, "3 Dec 2026", NOTE)],
                                  [career], store.meta, prepared_for=f"Ms. {RLO}Ortiz")
    assert RLO not in printout.title  # the print queue's and the PDF's title
    pdf = tmp_path / "bookmarks.pdf"
    assert write_pdf(printout, pdf) == 1
    raw = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", raw).split())
    assert SHOWN in text  # before: "Ask about the yap dna tfihs thgin"
    assert "Jordan Lee" in text and "Ms. Ortiz" in text
    assert "tfihs" not in text and "eeL nadroJ" not in text


def test_the_note_editor_shows_and_takes_no_override(qtbot):
    from PySide6.QtCore import QMimeData

    from careerdesk.widgets.note_edit import NoteEdit

    edit = NoteEdit(100)
    qtbot.addWidget(edit)
    edit.set_note(NOTE)
    assert edit.toPlainText() == SHOWN
    edit.clear()
    pasted = QMimeData()
    pasted.setText(f"{RLO}pasted")
    left_out = []
    edit.overflowed.connect(left_out.append)
    edit.insertFromMimeData(pasted)
    assert edit.toPlainText() == "pasted" and left_out == []
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    edit.moveCursor(edit.textCursor().MoveOperation.End)
    for typed, key in ((RLO, Qt.Key.Key_unknown), ("!", Qt.Key.Key_Exclam)):  # an input method
        QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, key,
                                               Qt.KeyboardModifier.NoModifier, typed))
    assert edit.toPlainText() == "pasted!"
