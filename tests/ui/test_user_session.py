"""A guest's data lives only in memory: a guest session killed with SIGKILL leaves nothing of
the guest on disk (data folder, its WAL and SHM, settings, temporary files), and the command
line cannot read it meanwhile. Named profiles are still kept in the file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from careerdesk.ui.user_session import UserSession
from careerdesk.userdata import A_GUEST, UserData, open_user_data
from tests.conftest import DB_PATH

NURSE, SECRETARY = "29-1141.00", "43-6013.00"

# The real start-up (careerdesk.ui.app.start) in a process of its own: "Continue as guest"
# is clicked in the real "Who is using CareerDesk?" dialog, then the guest bookmarks a
# career, types a note into the notes box, saves a comparison and answers the quiz, and
# says READY; the test then kills it.
GUEST_SESSION = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from careerdesk.ui.app import application, start
from careerdesk.ui.profile_chooser import ProfileChooser

marker, nurse, secretary = sys.argv[1:4]
app = application()

def click_guest():
    chooser = QApplication.activeModalWidget()
    if isinstance(chooser, ProfileChooser):
        chooser.guest_button.click()
    else:
        QTimer.singleShot(20, click_guest)

window = start()

def attached():
    session = window.session
    window.toggle_bookmark(nurse)
    window.show_bookmarks()
    view = window.bookmarks_view
    QTest.keyClicks(view.note, marker)
    view.save_note()
    session.save_comparison("Comparison " + marker, [nurse, secretary])
    session.data.save_interest_answers(session.profile, {"R-01": "like"})
    print("READY", view.note_status.text(), session.name, session.profile.is_guest,
          session.data.bookmarks(session.profile)[0].note == marker, flush=True)

window.attached.connect(attached)
QTimer.singleShot(0, click_guest)
sys.exit(app.exec())
"""


def _every_file(*folders: Path) -> list[Path]:
    return [path for folder in folders for path in folder.rglob("*") if path.is_file()]


@pytest.mark.parametrize("guest_only", [False, True])
def test_a_killed_guest_session_leaves_nothing_on_disk(tmp_path, guest_only):
    marker = f"GUEST-{uuid.uuid4().hex}"
    data, config, temp = tmp_path / "data", tmp_path / "config", tmp_path / "tmp"
    for folder in (config, temp):
        folder.mkdir()
    lab = tmp_path / "careerdesk.ini"
    lab.write_text(f"[defaults]\nguest_only = {'yes' if guest_only else 'no'}\n"
                   f"data_dir = {data}\n", encoding="utf-8")
    with open_user_data(data) as before:  # a named profile is kept in the same folder
        sam = before.create_profile("Sam")
        before.add_bookmark(sam, SECRETARY)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CAREERDESK_LAB_CONFIG": str(lab),
           "XDG_CONFIG_HOME": str(config), "TMPDIR": str(temp), "CAREERDESK_DB": str(DB_PATH),
           "CAREERDESK_LANG": "en"}
    env.pop("CAREERDESK_DATA_DIR", None)
    app = subprocess.Popen([sys.executable, "-c", GUEST_SESSION, marker, NURSE, SECRETARY],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        ready = app.stdout.readline() if app.stdout else ""
        assert ready.split() == ["READY", "Saved.", "Guest", "True", "True"], (
            ready + (app.stderr.read() if app.poll() is not None and app.stderr else ""))
        # while the guest works: not on disk, and the command line cannot show it
        files = _every_file(data, config, temp)
        assert data / "userdata.sqlite" in files
        assert [f for f in files if marker.encode() in f.read_bytes()] == []
        cli = subprocess.run([sys.executable, "-m", "careerdesk", "bookmarks", "list",
                              "--profile", "guest"], capture_output=True, text=True, env=env,
                             timeout=60)
        assert cli.returncode == 2
        assert cli.stderr.startswith("careerdesk: a guest's bookmarks and notes are kept only "
                                     "in the open CareerDesk window, never in a file")
        assert marker not in cli.stdout + cli.stderr
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.returncode == -signal.SIGKILL
    files = _every_file(data, config, temp)
    assert [f for f in files if marker.encode() in f.read_bytes()] == []
    with open_user_data(data) as after:
        assert [p.name for p in after.profiles(include_guest=True)] == ["Sam"]
        assert after.bookmarked_codes(sam) == {SECRETARY}


def test_a_guest_session_keeps_every_feature_in_memory(tmp_path):
    saved = open_user_data(tmp_path)
    session = UserSession(saved, A_GUEST)
    assert session.profile.is_guest and session.data is not saved
    assert session.data.path is None
    session.toggle_bookmark(NURSE)
    assert session.set_note(NURSE, "ask about night shifts")
    assert session.save_comparison("Health", [NURSE, SECRETARY]) is not None
    session.data.save_interest_answers(session.profile, {"R-01": "like"})
    export = tmp_path / "guest.json"
    assert session.export_to(export) is not None  # what the guest chose to keep
    assert "ask about night shifts" in export.read_text(encoding="utf-8")
    assert b"night shifts" not in (tmp_path / "userdata.sqlite").read_bytes()
    # leaving for a named profile drops the guest's data; a new guest starts empty
    ana = saved.create_profile("Ana")
    session.switch(ana)
    assert session.data is saved and session.bookmarked_codes() == set()
    session.switch(A_GUEST)
    assert session.profile.is_guest and session.bookmarked_codes() == set()
    assert session.comparisons() == [] and session.data.interest_answers(session.profile) is None
    session.toggle_bookmark(NURSE)
    assert session.remove_current_profile()  # "remove my data" as a guest
    assert session.profile.is_guest and session.bookmarked_codes() == set()
    session.close()
    saved.close()


def test_without_a_data_file_the_guest_still_works(tmp_path):
    session = UserSession.guest_in_memory("cannot save")
    assert session.saved.notice == "cannot save" and session.profile.is_guest
    session.toggle_bookmark(NURSE)
    assert session.bookmarked_codes() == {NURSE}
    assert isinstance(session.data, UserData)
