"""``NoteEdit``: what does not fit is left out at once and said, never taken in and cut."""

from __future__ import annotations

import time

from PySide6.QtCore import QMimeData, Qt

from careerdesk.widgets.note_edit import NoteEdit


def paste(edit: NoteEdit, text: str) -> None:
    data = QMimeData()
    data.setText(text)
    edit.insertFromMimeData(data)


def test_a_paste_is_cut_to_the_room_left_and_says_how_much(qtbot):
    edit = NoteEdit(20)
    qtbot.addWidget(edit)
    left_out: list[int] = []
    edit.overflowed.connect(left_out.append)
    edit.setPlainText("hello ")
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    paste(edit, "world")
    assert edit.toPlainText() == "hello world" and left_out == []
    paste(edit, "0123456789ABCDEF")
    assert edit.toPlainText() == "hello world012345678" and left_out == [7]


def test_a_selection_is_replaced_so_it_counts_as_room(qtbot):
    edit = NoteEdit(10)
    qtbot.addWidget(edit)
    edit.setPlainText("0123456789")
    edit.selectAll()
    paste(edit, "abcdefghij")
    assert edit.toPlainText() == "abcdefghij"


def test_typing_past_the_limit_is_refused_and_said(qtbot):
    edit = NoteEdit(5)
    qtbot.addWidget(edit)
    left_out: list[int] = []
    edit.overflowed.connect(left_out.append)
    qtbot.keyClicks(edit, "abcdefg")
    assert edit.toPlainText() == "abcde" and left_out == [1, 1]
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # editing keys still work when full
    qtbot.keyClick(edit, Qt.Key.Key_Z)
    assert edit.toPlainText() == "abcdz"


def test_a_million_characters_paste_in_a_blink(qtbot):
    # Before: the whole million went into the editor (168 s for one unbroken line on the
    # lab machine, the window frozen) and the note was then cut silently to 10,000.
    edit = NoteEdit(10_000)
    qtbot.addWidget(edit)
    edit.show()
    started = time.perf_counter()
    paste(edit, "x" * 1_000_000)
    qtbot.wait(1)
    assert time.perf_counter() - started < 1.0
    assert edit.length() == 10_000
