"""The window on a damaged or foreign careers.db (issue 13 item 8): start-up reads the whole
file in a thread after the first paint and says when part of it is damaged; a career that
cannot be read says so in the window; a foreign file is refused with a message and the
window closes (exit 2); nothing ends in a traceback."""

from __future__ import annotations

import pytest

from careerdesk.store import CareerStore, DamagedDatabase
from careerdesk.ui.settings import DATABASE_CHECKED, Settings
from tests.conftest import DB_PATH
from tests.damaged_db import foreign_files, with_damaged_table
from tests.ui.test_app_startup import Answers, started


@pytest.fixture(scope="module")
def ratings_db(tmp_path_factory):
    """Part of every career's ratings unreadable: some careers cannot be shown."""
    return with_damaged_table(tmp_path_factory.mktemp("damaged") / "careers.db", "rating")


@pytest.fixture(scope="module")
def unreadable(ratings_db):
    """(a career that cannot be read, one that can) in ``ratings_db``."""
    bad = good = None
    with CareerStore(ratings_db) as store:
        for career in store.careers():
            try:
                store.career(career.code)
                good = good or career.code
            except DamagedDatabase:
                bad = bad or career.code
    assert bad and good
    return bad, good


@pytest.fixture
def quiet_lab(tmp_path, monkeypatch):
    lab = tmp_path / "careerdesk.ini"
    lab.write_text("[defaults]\nguest_only = yes\n", encoding="utf-8")
    monkeypatch.setenv("CAREERDESK_LAB_CONFIG", str(lab))


def _attached(qtbot, db, tmp_path, dialogs):
    window = started(qtbot, dialogs, db=db, data_dir=tmp_path / "data")
    with qtbot.waitSignal(window.attached, timeout=20000):
        pass
    return window


def test_a_damaged_database_is_said_after_start_and_a_damaged_career_says_so(
        qtbot, tmp_path, quiet_lab, ratings_db, unreadable):
    bad, good = unreadable
    dialogs = Answers()
    window = _attached(qtbot, ratings_db, tmp_path, dialogs)
    # the whole file is read in a thread once the careers are listed
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=20000)
    assert dialogs.errors == [
        "The careers database is damaged: Part of the careers database is damaged, so some "
        "careers or searches may not work.\n\nAsk the person who set up this computer to "
        f"reinstall CareerDesk, or to copy a fresh careers.db over {ratings_db}."]
    assert not Settings().get(DATABASE_CHECKED)  # a damaged file is checked again next time
    with CareerStore(ratings_db) as store:
        title = store.summary(bad).title
    assert window.open_career(good)
    assert window.current_page() is window.profile
    # issue 13: the window failed silently to open such a career
    assert not window.open_career(bad)
    assert dialogs.errors[-1] == (
        f"CareerDesk cannot show this career: {title} ({bad}) cannot be shown: its part of the "
        "careers database is damaged.\n\nAsk the person who set up this computer to reinstall "
        f"CareerDesk, or to copy a fresh careers.db over {ratings_db}.")
    assert window.profile.career.code == good  # what was shown stays
    assert "cannot be shown" in window.statusBar().currentMessage()
    assert not window.show_comparison([good, bad])
    assert f"({bad}) cannot be shown" in dialogs.errors[-1]
    window.close()


def test_a_search_over_a_damaged_index_says_so(qtbot, tmp_path, quiet_lab):
    index = with_damaged_table(tmp_path / "careers.db", "search_text_data", share=(0.0, 1.0))
    dialogs = Answers()
    window = _attached(qtbot, index, tmp_path, dialogs)
    window.search.box.setText("registered nurse")
    window.search.run_search()
    assert window.search.model.rowCount() == 0
    assert window.search.status.text() == ("CareerDesk cannot search for this: part of the "
                                           "careers database is damaged.")
    assert any("some careers or searches may not work" in e for e in dialogs.errors)
    window.close()


@pytest.mark.parametrize("kind", ["schema version 2", "no tables", "tables missing", "text",
                                  "0 bytes"])
def test_a_foreign_file_is_refused_and_the_window_does_not_open_empty(qtbot, tmp_path,
                                                                       quiet_lab, kind):
    path = foreign_files(tmp_path / "foreign")[kind]
    dialogs = Answers()
    window = started(qtbot, dialogs, db=path, data_dir=tmp_path / "data")
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=10000)
    title, text = dialogs.errors[0].split(": ", 1)
    assert title == "CareerDesk cannot start"
    assert str(path) in text and "Reinstall CareerDesk" in text
    assert text.endswith("If you cannot do that, ask the person who set up this computer.")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert not window.is_attached()  # run() returns 2


def test_a_sound_database_is_read_whole_once(qtbot, tmp_path):
    from careerdesk.ui.database_check import DamageCheck, fingerprint

    settings = Settings()
    check = DamageCheck(DB_PATH, settings)
    found = []
    check.damaged.connect(found.append)
    with qtbot.waitSignal(check.finished, timeout=20000):
        assert check.start()
    assert not found
    assert settings.get(DATABASE_CHECKED) == fingerprint(DB_PATH)
    again = DamageCheck(DB_PATH, settings)
    with qtbot.waitSignal(again.finished, timeout=1000):
        assert not again.start()  # the same file (path, size, time): not read again
    assert again.worker is None


def test_a_damaged_database_is_reported_at_every_start(qtbot, ratings_db):
    from careerdesk.ui.database_check import DamageCheck

    settings = Settings()
    for _ in range(2):
        check = DamageCheck(ratings_db, settings)
        with qtbot.waitSignal(check.damaged, timeout=20000) as said:
            assert check.start()
        assert said.args == [f"The careers database at {ratings_db} is damaged: part of it "
                             "cannot be read. Reinstall CareerDesk, or copy a fresh careers.db "
                             "over it."]
    assert not settings.get(DATABASE_CHECKED)


def test_damage_met_anywhere_else_is_said_not_thrown(qtbot, window):
    """The app's last resort (sys.excepthook in run): a damaged part met by a command that
    does not expect it is said in the window; other errors go on to the usual hook."""
    import sys

    from careerdesk.ui.app import report_damage_uncaught

    dialogs = Answers()
    window._dialogs = dialogs
    passed_on = []
    previous, sys.excepthook = sys.excepthook, lambda *args: passed_on.append(args[1])
    try:
        hook = report_damage_uncaught(window)
    finally:
        sys.excepthook = previous
    hook(DamagedDatabase, DamagedDatabase(DB_PATH), None)
    assert dialogs.errors[0].startswith("The careers database is damaged: ")
    error = ValueError("something else")
    hook(ValueError, error, None)
    assert passed_on == [error] and len(dialogs.errors) == 1


def test_printing_bookmarks_with_a_damaged_career_says_so(qtbot, window, ratings_db,
                                                          unreadable):
    bad, good = unreadable
    dialogs = Answers()
    window._dialogs = dialogs
    shipped = window.store
    with CareerStore(ratings_db) as damaged:
        window.store = damaged
        try:
            for code in (good, bad):
                window.session.toggle_bookmark(code)
            window._print("bookmarks")  # a traceback (through the app's last resort) before
        finally:
            window.store = shipped
    assert dialogs.errors == [
        "The careers database is damaged: Part of the careers database is damaged, so some "
        "careers or searches may not work.\n\nAsk the person who set up this computer to "
        f"reinstall CareerDesk, or to copy a fresh careers.db over {ratings_db}."]


def test_a_window_closed_before_the_check_ends_is_no_error(qtbot, monkeypatch):
    import threading

    import shiboken6
    from PySide6.QtCore import QObject

    from careerdesk.ui.database_check import DamageCheck

    errors = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args.exc_value))
    parent = QObject()
    check = DamageCheck(DB_PATH, Settings(), parent)
    assert check.start()
    shiboken6.delete(parent)  # the window went away with its check object
    assert check.worker is not None
    check.worker.join(timeout=20)
    assert errors == []  # was: RuntimeError('Signal source has been deleted') in the thread
