"""Everything a person typed or chose (profile names, file names, notes, what an imported
file holds) is shown as plain text: ``<font size=7>`` in a name is text, never markup.

Issue 13: message boxes rendered HTML from profile names and imported file names; a name
like ``<font color=red size=7>X<img src=x>`` filled the box.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from careerdesk.ui.dialogs import DialogService, Html
from careerdesk.ui.user_session import UserSession
from careerdesk.userdata import open_user_data

MARKUP = "<font color=red size=7>X<img src=x>"
PLAIN = Qt.TextFormat.PlainText


@pytest.fixture
def shown(monkeypatch):
    """The dialogs as they would be shown (``exec`` answers at once, keeping the dialog)."""
    boxes: list = []

    def keep(answer):
        def exec_(self):
            boxes.append(self)
            return answer
        return exec_

    monkeypatch.setattr(QMessageBox, "exec", keep(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QInputDialog, "exec", keep(1))
    return boxes


def message_label(box: QMessageBox) -> QLabel:
    return box.findChild(QLabel, "qt_msgbox_label")


def test_message_boxes_show_plain_text(qapp, shown):
    service = DialogService()
    service.info("Imported", f"Nothing was imported from {MARKUP}.json")
    service.error("Problem", MARKUP)
    assert service.confirm("Remove", f"Delete {MARKUP}'s bookmarks?")
    assert len(shown) == 3
    for box in shown:
        assert box.textFormat() == PLAIN and MARKUP in box.text()
        assert message_label(box).textFormat() == PLAIN
    # the app's own help texts, and only they, are HTML
    service.info("What is Bright Outlook?", Html("<p>A <b>rule</b></p>"))
    assert shown[-1].textFormat() == Qt.TextFormat.RichText


def test_the_question_for_a_name_shows_its_label_as_typed(qapp, shown):
    service = DialogService()
    assert service.ask_text("Save comparison", f"Name for {MARKUP}:", MARKUP) == MARKUP
    labels = shown[0].findChildren(QLabel)
    assert labels and all(label.textFormat() == PLAIN for label in labels)


def make_window(qtbot, store, data_dir, name):
    from careerdesk.ui.main_window import MainWindow

    data = open_user_data(data_dir)
    session = UserSession(data, data.ensure_profile(name))
    window = MainWindow(store, dialogs=DialogService(), session=session)
    window.dialogs.parent = window
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_profile_name_with_markup_is_shown_as_typed(qtbot, store, tmp_path, shown):
    window = make_window(qtbot, store, tmp_path / "data", MARKUP)
    window.toggle_bookmark("29-1141.00")
    window.show_bookmarks()
    heading = window.bookmarks_view.heading
    assert MARKUP.replace("<", "&lt;").replace(">", "&gt;") in heading.text()
    assert "<img" not in heading.text()
    window.show_start_page()
    tile = window.welcome.bookmarks
    assert tile.description() == f"{MARKUP}'s bookmarks: 1. Open the list, with your notes."
    for shown_text in (tile.description_label.text(), tile.toolTip()):
        assert "&lt;font color=red size=7&gt;X&lt;img src=x&gt;" in shown_text
        assert "<img" not in shown_text and "<font" not in shown_text
    window.dialogs.confirm = lambda title, text: shown.append(text) and False
    window.user_data.remove_my_data()
    assert shown and MARKUP in shown[-1]


def test_an_imported_file_name_and_its_contents_are_shown_as_typed(qtbot, store, tmp_path,
                                                                    shown):
    window = make_window(qtbot, store, tmp_path / "data", "Ana")
    bad = tmp_path / f"{MARKUP}.json"
    bad.write_text("not json " + MARKUP)
    window.dialogs.open_file = lambda title, file_filter: bad
    window.user_data.import_data()
    good = tmp_path / f"{MARKUP}2.json"
    good.write_text(json.dumps({
        "format": "careerdesk-profile", "version": 1, "profile": MARKUP,
        "bookmarks": [{"code": "29-1141.00", "added": "2025-01-02T03:04:05Z",
                       "note": MARKUP}, {"code": MARKUP, "added": "2025-01-02T03:04:05Z"}],
        "comparisons": []}))
    window.dialogs.open_file = lambda title, file_filter: good
    window.user_data.import_data()
    texts = [box.text() for box in shown]
    assert any(MARKUP in text and "Nothing was imported" in text for text in texts), texts
    assert all(box.textFormat() == PLAIN for box in shown)
    window.show_bookmarks()
    assert window.bookmarks_view.note.toPlainText() == MARKUP


def test_the_profile_chooser_quotes_problems_as_text(qtbot, tmp_path):
    from careerdesk.ui.profile_chooser import ProfileChooser

    chooser = ProfileChooser(open_user_data(tmp_path))
    qtbot.addWidget(chooser)
    chooser.name.setText("<b>" + "x" * 60)
    assert chooser.message.textFormat() == PLAIN
