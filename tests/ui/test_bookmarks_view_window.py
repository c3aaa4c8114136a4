"""Bookmarks in the window: stars, notes saved as you type and kept across restarts,
separate profiles, guest data gone after exit, export and import."""

from __future__ import annotations

from PySide6.QtCore import Qt

from careerdesk.ui.user_session import UserSession
from careerdesk.userdata import open_user_data


class Answers:
    """Dialog answers for tests."""

    def __init__(self, profile=None, path=None, confirm=True, text="Saved"):
        self.profile, self.path, self.answer, self.text = profile, path, confirm, text
        self.messages = []

    def choose_profile(self, data):
        return self.profile

    def save_file(self, title, suggested, file_filter):
        return self.path

    def open_file(self, title, file_filter):
        return self.path

    def confirm(self, title, text):
        return self.answer

    def ask_text(self, title, label, text=""):
        return self.text

    def info(self, title, text):
        self.messages.append(text)

    def error(self, title, text):
        self.messages.append("ERROR " + text)


def make_window(qtbot, store, data_dir, profile_name=None, dialogs=None):
    from careerdesk.ui.main_window import MainWindow

    data = open_user_data(data_dir)
    profile = data.ensure_profile(profile_name) if profile_name else None  # None: a guest
    session = UserSession(data, profile)
    window = MainWindow(store, dialogs=dialogs or Answers(), session=session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    return window


def test_star_from_profile_and_results(qtbot, store, tmp_path):
    window = make_window(qtbot, store, tmp_path, "Sam")
    window.open_career("43-6013.00")
    qtbot.mouseClick(window.profile.star, Qt.MouseButton.LeftButton)
    assert window.session.is_bookmarked("43-6013.00")
    assert window.profile.star.text().startswith("★")
    # a result row, with Ctrl+D while the results have the focus
    window.search.box.setText("electrician")
    window.search.run_search()
    window.search.results.setFocus()
    window.search.results.setCurrentIndex(window.search.model.index(0, 0))
    qtbot.keyClick(window.search.results, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.session.is_bookmarked("47-2111.00"), window.statusBar().currentMessage()
    assert window.search.model.title(0).startswith("★")
    # un-star from the profile
    qtbot.mouseClick(window.profile.star, Qt.MouseButton.LeftButton)
    assert not window.session.is_bookmarked("43-6013.00")


def test_note_typed_is_saved_and_survives_a_restart(qtbot, store, tmp_path):
    window = make_window(qtbot, store, tmp_path, "Ana")
    window.toggle_bookmark("29-1141.00")
    window.show_bookmarks()
    view = window.bookmarks_view
    assert view.current_code() == "29-1141.00"
    qtbot.keyClicks(view.note, "Ask about <b>night shifts</b>")
    assert view.note.toPlainText() == "Ask about <b>night shifts</b>", view.note_status.text()
    qtbot.waitUntil(lambda: view.note_status.text() == "Saved.", timeout=3000)
    window.close()

    again = make_window(qtbot, store, tmp_path, "Ana")
    again.show_bookmarks()
    note = again.bookmarks_view.note
    assert note.toPlainText() == "Ask about <b>night shifts</b>"  # text, never HTML


def test_profiles_are_separate_and_guest_data_goes(qtbot, store, tmp_path):
    sam = make_window(qtbot, store, tmp_path, "Sam")
    sam.toggle_bookmark("43-6013.00")
    sam.close()
    guest = make_window(qtbot, store, tmp_path)
    assert not guest.session.is_bookmarked("43-6013.00")
    guest.toggle_bookmark("15-1252.00")
    assert guest.session.is_bookmarked("15-1252.00")
    guest.close()  # the guest's data was only ever in memory
    assert not guest.session.is_bookmarked("15-1252.00")
    data = open_user_data(tmp_path)
    assert [p.name for p in data.profiles(include_guest=True)] == ["Sam"]
    assert data.bookmarked_codes(data.find_profile("Sam")) == {"43-6013.00"}


def test_remove_my_data(qtbot, store, tmp_path):
    window = make_window(qtbot, store, tmp_path, "Lee")
    window.toggle_bookmark("43-6013.00")
    window.commands["remove_data"].trigger()
    assert open_user_data(tmp_path).find_profile("Lee") is None
    assert window.session.profile.is_guest


def test_export_then_import_on_a_fresh_data_dir(qtbot, store, tmp_path):
    export = tmp_path / "sam.json"
    window = make_window(qtbot, store, tmp_path / "school", "Sam",
                         dialogs=Answers(path=export, text="Health jobs"))
    for code in ("43-6013.00", "29-1141.00"):
        window.toggle_bookmark(code)
    window.session.set_note("29-1141.00", "visit the hospital")
    for code in ("43-6013.00", "29-1141.00"):
        window.tray.add(code, code)
    window.show_comparison(window.tray.codes())
    window.commands["save_comparison"].trigger()
    window.commands["export"].trigger()
    assert export.exists()

    home = make_window(qtbot, store, tmp_path / "home", "Sam", dialogs=Answers(path=export))
    home.commands["import"].trigger()
    data = home.session.data
    profile = home.session.profile
    assert data.bookmarked_codes(profile) == {"43-6013.00", "29-1141.00"}
    notes = {b.code: b.note for b in data.bookmarks(profile)}
    assert notes["29-1141.00"] == "visit the hospital"
    assert [c.name for c in data.comparisons(profile)] == ["Health jobs"]
    assert any("2" in m for m in home.dialogs.messages)


def test_a_long_paste_is_shown_cut_and_saved_as_shown(qtbot, store, tmp_path):
    # issue 13: a million characters pasted froze the window for minutes, then 10,000 were
    # kept while the window said "Saved." Now what does not fit is left out at once, the
    # counter says so, and what is saved is what the editor shows.
    import time

    from PySide6.QtGui import QGuiApplication

    from careerdesk.userdata import NOTE_MAX

    window = make_window(qtbot, store, tmp_path, "Ana")
    window.toggle_bookmark("29-1141.00")
    window.show_bookmarks()
    view = window.bookmarks_view
    qtbot.keyClicks(view.note, "Start: ")
    assert view.note_count.text() == "7 of 10,000 characters"
    QGuiApplication.clipboard().setText("x" * 1_000_000)
    view.note.setFocus()
    started = time.perf_counter()
    view.note.paste()
    qtbot.wait(1)
    assert time.perf_counter() - started < 2.0
    assert view.note_count.text() == ("10,000 of 10,000 characters: the note is full, so "
                                      "990,007 characters were not added")
    qtbot.waitUntil(lambda: view.note_status.text() == "Saved.", timeout=3000)
    saved = window.session.bookmarks("added", {})[0].note
    assert saved == view.note.toPlainText() == "Start: " + "x" * (NOTE_MAX - 7)
    window.close()


def test_a_note_on_a_full_disk_says_so_and_stays_in_the_editor(qtbot, store, tmp_path):
    # SQLite's own SQLITE_FULL ("database or disk is full"): the file may not grow any more
    dialogs = Answers()
    window = make_window(qtbot, store, tmp_path, "Ana", dialogs=dialogs)
    window.toggle_bookmark("29-1141.00")
    window.show_bookmarks()
    view = window.bookmarks_view
    qtbot.keyClicks(view.note, "First thoughts")
    qtbot.waitUntil(lambda: view.note_status.text() == "Saved.", timeout=3000)
    db = window.session.data._db
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    typed = "First thoughts. " + "Ask about the night shift and the pay. " * 200
    view.note.setPlainText(typed)  # one change, saved as typed ones are
    qtbot.waitUntil(lambda: view.note_status.text().startswith("Not saved"), timeout=3000)
    file = tmp_path / "userdata.sqlite"
    assert dialogs.messages == [
        f"ERROR CareerDesk cannot save changes: the disk is full ({file})."]
    assert window.statusBar().currentMessage() == (
        f"Could not save: CareerDesk cannot save changes: the disk is full ({file}).")
    assert view.note.toPlainText() == typed  # nothing typed is lost
    assert open_user_data(tmp_path).bookmarks(
        open_user_data(tmp_path).find_profile("Ana"))[0].note == "First thoughts"
    db.execute("PRAGMA max_page_count = 1073741823")  # room again: the next change saves
    view.note.moveCursor(view.note.textCursor().MoveOperation.End)
    qtbot.keyClicks(view.note, "!")
    qtbot.waitUntil(lambda: view.note_status.text() == "Saved.", timeout=3000)
    assert window.session.bookmarks("added", {})[0].note == typed + "!"
    window.close()
