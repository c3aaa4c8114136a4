"""Starting the app: the window shows and takes typing first, then loads the careers and the
user's data into itself; a broken database is reported, not thrown."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from careerdesk.userdata import open_user_data


class Answers:
    """Dialog answers for tests: records what was shown."""

    def __init__(self, profile_name: str | None = None) -> None:
        self.profile_name = profile_name
        self.errors: list[str] = []
        self.asked_while_visible: list[bool] = []
        self.window = None

    def choose_profile(self, data):
        self.asked_while_visible.append(bool(self.window and self.window.isVisible()))
        return data.ensure_profile(self.profile_name) if self.profile_name else None

    def error(self, title, text):
        self.errors.append(f"{title}: {text}")

    def info(self, title, text):
        self.errors.append(f"{title}: {text}")


@pytest.fixture
def lab_file(tmp_path, monkeypatch):
    def write(text: str) -> None:
        path = tmp_path / "careerdesk.ini"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setenv("CAREERDESK_LAB_CONFIG", str(path))

    write("[defaults]\n")
    return write


def started(qtbot, dialogs, **kwargs):
    from careerdesk.ui.app import start

    window = start(dialogs=dialogs, **kwargs)
    qtbot.addWidget(window)
    dialogs.window = window
    return window


def test_typing_before_the_careers_load_is_searched_once_they_do(qtbot, tmp_path, lab_file):
    from PySide6.QtTest import QTest

    lab_file("[defaults]\nguest_only = yes\n")
    dialogs = Answers()
    window = started(qtbot, dialogs, data_dir=tmp_path / "data")
    seen = {}

    def first_paint():  # runs before start() loads anything (that is queued after it)
        seen["attached"], seen["focus"] = window.is_attached(), window.search.box.hasFocus()
        QTest.keyClicks(window.search.box, "regis")

    window.firstPainted.connect(first_paint)
    with qtbot.waitSignal(window.attached, timeout=10000):
        pass
    assert seen == {"attached": False, "focus": True}
    qtbot.waitUntil(window.search.box.hasFocus, timeout=5000)
    QTest.keyClicks(window.search.box, "tered nurse")  # typing goes on where it was
    assert window.search.box.text() == "registered nurse"
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0 and not window.search.timer
                    .isActive(), timeout=5000)
    assert window.search.model.result(0).code == "29-1141.00"
    assert "Guest" in window.windowTitle()
    assert not dialogs.errors


def test_enter_pressed_before_the_careers_load_opens_the_first_result(qtbot, tmp_path,
                                                                      lab_file):
    from PySide6.QtTest import QTest

    lab_file("[defaults]\nguest_only = yes\n")
    window = started(qtbot, Answers(), data_dir=tmp_path / "data")

    def first_paint():
        QTest.keyClicks(window.search.box, "electrician")
        QTest.keyClick(window.search.box, Qt.Key.Key_Return)

    window.firstPainted.connect(first_paint)
    with qtbot.waitSignal(window.attached, timeout=10000):
        pass
    assert window.current_page() is window.profile
    assert window.profile.career is not None
    assert window.profile.career.code == "47-2111.00"


def test_the_who_is_using_question_comes_over_the_shown_window(qtbot, tmp_path, lab_file):
    dialogs = Answers(profile_name="Ana")
    window = started(qtbot, dialogs, data_dir=tmp_path / "data")
    with qtbot.waitSignal(window.attached, timeout=10000):
        pass
    assert dialogs.asked_while_visible == [True]
    assert window.session.name == "Ana"
    assert window.windowTitle() == "CareerDesk — Ana"
    window.toggle_bookmark("43-6013.00")
    window.close()
    data = open_user_data(tmp_path / "data")
    profile = next(p for p in data.profiles() if p.name == "Ana")
    assert [b.code for b in data.bookmarks(profile)] == ["43-6013.00"]


def test_a_damaged_database_is_reported_and_the_window_closes(qtbot, tmp_path, lab_file):
    broken = tmp_path / "careers.db"
    broken.write_bytes(b"this is not a database" * 100)
    dialogs = Answers()
    window = started(qtbot, dialogs, db=broken, data_dir=tmp_path / "data")
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=10000)
    assert "CareerDesk cannot start" in dialogs.errors[0]
    assert "Reinstall CareerDesk" in dialogs.errors[0]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert not window.is_attached()


def test_commands_work_once_loaded(qtbot, tmp_path, lab_file):
    lab_file("[defaults]\nguest_only = yes\n")
    window = started(qtbot, Answers(), data_dir=tmp_path / "data")
    with qtbot.waitSignal(window.attached, timeout=10000):
        pass
    assert window.menus["file"].actions()  # the menus were filled
    # the other names load in the background: the first query typed waits for nothing
    qtbot.waitUntil(lambda: "other names" in window.search.engine.load_seconds, timeout=5000)
    window.search.results.setFocus()
    qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    assert window.profile.career is not None
    assert window.profile.career.code == window.search.model.result(0).code


def test_the_frame_shows_before_the_heavy_parts_load(tmp_path):
    """Start-up stays close to a bare Qt window (bench/bench_startup.py): at the first paint
    neither the careers database, the search engine, user data nor matplotlib is loaded,
    and neither is PySide6's Qt namespace (about 25 ms to build)."""
    code = """
import sys
import PySide6.QtCore as QtCore
from careerdesk.ui.app import application, start
app = application()
window = start()
def painted():
    heavy = [m for m in ("careerdesk.store", "careerdesk.search", "careerdesk.userdata",
                         "careerdesk.model", "matplotlib", "numpy") if m in sys.modules]
    print("loaded:", heavy, "Qt namespace:", "Qt" in vars(QtCore),
          "focus:", window.search.box.hasFocus())
    app.exit(0)
window.firstPainted.connect(painted)
sys.exit(app.exec())
"""
    lab = tmp_path / "careerdesk.ini"
    lab.write_text("[defaults]\nguest_only = yes\n", encoding="utf-8")
    env = {**os.environ, "CAREERDESK_LAB_CONFIG": str(lab), "XDG_CONFIG_HOME": str(tmp_path),
           "CAREERDESK_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True, env=env)
    assert "loaded: [] Qt namespace: False focus: True" in done.stdout, done.stdout + done.stderr


def _careerdesk(tmp_path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "CAREERDESK_LAB_CONFIG": str(tmp_path / "none.ini")}
    return subprocess.run([sys.executable, "-m", "careerdesk", *args], capture_output=True,
                          text=True, timeout=120, env=env)


def test_selftest_walks_the_real_start_and_passes(tmp_path):
    done = _careerdesk(tmp_path, "--selftest")
    assert done.returncode == 0, done.stderr
    assert "careerdesk selftest: ok" in done.stdout


def test_selftest_fails_with_the_reason_on_a_damaged_database(tmp_path):
    broken = tmp_path / "careers.db"
    broken.write_text("not a database " * 200, encoding="utf-8")
    done = _careerdesk(tmp_path, "--selftest", "--db", str(broken))
    assert done.returncode == 1
    assert done.stderr == (f"careerdesk selftest: FAILED: The file at {broken} is not a "
                           "CareerDesk careers database (it is not a database file). "
                           "Reinstall CareerDesk, or copy a fresh careers.db over it.\n")
    assert "Traceback" not in done.stderr


def test_a_second_window_on_a_network_folder_says_so_and_still_works(qtbot, tmp_path,
                                                                    monkeypatch):
    """One CareerDesk at a time on a network folder: the second is told at once (no wait, no
    traceback) and works with nothing saved."""
    import time

    from careerdesk import userdata_file
    from careerdesk.labconfig import LabConfig
    from careerdesk.ui.app import open_session

    monkeypatch.setattr(userdata_file, "network_type", lambda folder: "nfs4")
    folder = tmp_path / "data"
    first = open_user_data(folder)  # the first window keeps the file
    dialogs = Answers(profile_name="Ana")
    started = time.perf_counter()
    session = open_session(folder, dialogs, LabConfig())
    assert time.perf_counter() - started < 3
    assert dialogs.errors == [
        f"About your saved data: Your saved data in {folder} is open in another CareerDesk "
        "window, on this computer or another one. On a network folder only one window at a "
        "time can use it: close the other one and try again. CareerDesk will work, but "
        "bookmarks and notes are kept only until it closes."]
    assert session.name == "Ana" and session.data.path is None
    session.toggle_bookmark("43-6013.00")
    assert session.is_bookmarked("43-6013.00")
    first.close()
