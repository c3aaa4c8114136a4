"""User data: profiles, bookmarks, notes, saved comparisons, migrations, damaged and
read-only files, and where the file lives."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from careerdesk import userdata_file
from careerdesk.userdata import (
    FILE_NAME,
    GUEST,
    NOTE_MAX,
    SCHEMA_VERSION,
    InvalidInput,
    UnknownProfile,
    UserData,
    UserDataError,
    data_dir,
    open_user_data,
)

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent
NURSE, SECRETARY, DEV, QA = "29-1141.00", "43-6013.00", "15-1252.00", "15-1211.00"


@pytest.fixture
def ud():
    with UserData.in_memory() as opened:
        yield opened


@pytest.fixture
def on_disk(tmp_path):
    with open_user_data(tmp_path) as opened:
        yield opened


def test_file_is_wal_with_busy_timeout_and_current_schema(on_disk, tmp_path):
    assert on_disk.path == tmp_path / FILE_NAME
    raw = sqlite3.connect(tmp_path / FILE_NAME)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert on_disk._db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert on_disk.notice is None and not on_disk.read_only


def test_two_windows_see_each_others_changes(tmp_path):
    with open_user_data(tmp_path) as one, open_user_data(tmp_path) as two:
        ana = one.create_profile("Ana")
        assert two.changed_elsewhere() is True
        assert two.changed_elsewhere() is False
        two.add_bookmark(ana, NURSE)
        assert two.changed_elsewhere() is False  # its own change
        assert one.changed_elsewhere() is True
        assert one.bookmarked_codes(ana) == {NURSE}


# ------------------------------------------------------------------ profiles

def test_profiles_are_separate(ud):
    ana, ben = ud.create_profile("Ana"), ud.create_profile("Ben")
    ud.add_bookmark(ana, NURSE)
    ud.set_note(ana, NURSE, "Ana's note")
    ud.save_comparison(ana, "Health", [NURSE, SECRETARY])
    assert ud.bookmarked_codes(ben) == set()
    assert ud.comparisons(ben) == []
    ud.add_bookmark(ben, NURSE)
    assert ud.bookmarks(ben)[0].note == ""
    assert ud.bookmarks(ana)[0].note == "Ana's note"
    assert [p.name for p in ud.profiles()] == ["Ana", "Ben"]


@pytest.mark.parametrize("name, problem", [
    ("", "1 to 40"), ("   ", "1 to 40"), ("x" * 41, "1 to 40"), ("a\x00b", "control"),
    ("guest", "kept for guests"), (" GUEST ", "kept for guests"), (None, "must be text"),
])
def test_profile_names_are_checked(ud, name, problem):
    with pytest.raises(InvalidInput, match=problem):
        ud.create_profile(name)


def test_profile_names_are_unique_ignoring_case(ud):
    ud.create_profile("  Zoë   Smith ")
    assert ud.find_profile("zoë smith").name == "Zoë Smith"
    for other in ("ZOË SMITH", "zoë smith"):
        with pytest.raises(InvalidInput, match="already a profile"):
            ud.create_profile(other)
    assert ud.create_profile("x" * 40).name == "x" * 40


def test_rename_profile(ud):
    ana, _ = ud.create_profile("Ana"), ud.create_profile("Ben")
    ud.add_bookmark(ana, NURSE)
    renamed = ud.rename_profile(ana, "Anna")
    assert ud.bookmarked_codes(renamed) == {NURSE}
    with pytest.raises(InvalidInput, match="already"):
        ud.rename_profile(renamed, "ben")
    assert ud.rename_profile(renamed, "ANNA").name == "ANNA"  # its own name, other case


def test_remove_profile_removes_everything(on_disk, tmp_path):
    ana, ben = on_disk.create_profile("Ana"), on_disk.create_profile("Ben")
    for who in (ana, ben):
        on_disk.add_bookmark(who, NURSE)
        on_disk.set_note(who, NURSE, f"secret of {who.name}")
        on_disk.save_comparison(who, "Mine", [NURSE, SECRETARY])
    on_disk.remove_profile(ana)
    assert [p.name for p in on_disk.profiles()] == ["Ben"]
    raw = sqlite3.connect(tmp_path / FILE_NAME)
    assert raw.execute("SELECT count(*) FROM bookmark").fetchone()[0] == 1
    assert raw.execute("SELECT count(*) FROM comparison").fetchone()[0] == 1
    raw.close()
    with pytest.raises(UnknownProfile):
        on_disk.add_bookmark(ana, DEV)
    # secure_delete + checkpoint: the removed note is not left readable in the files
    blob = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert b"secret of Ana" not in blob
    assert b"secret of Ben" in blob


def test_guest_is_wiped(ud):
    guest = ud.guest()
    assert guest.is_guest and guest.name == GUEST
    assert ud.guest() == guest
    assert ud.ensure_profile("guest") == guest
    assert ud.profiles() == [] and ud.profiles(include_guest=True) == [guest]
    ana = ud.create_profile("Ana")
    ud.add_bookmark(ana, NURSE)
    ud.add_bookmark(guest, NURSE)
    ud.save_comparison(guest, "G", [NURSE, DEV])
    ud.wipe_guest()
    fresh = ud.guest()
    assert ud.bookmarked_codes(fresh) == set() and ud.comparisons(fresh) == []
    assert ud.bookmarked_codes(ana) == {NURSE}
    with pytest.raises(InvalidInput):
        ud.rename_profile(fresh, "Someone")


def test_a_data_file_never_holds_a_guest(on_disk):
    for ask in (on_disk.guest, lambda: on_disk.ensure_profile(" GUEST ")):
        with pytest.raises(InvalidInput, match="kept only in the open CareerDesk window, never "
                           "in a file"):
            ask()
    assert on_disk.profiles(include_guest=True) == []


def test_a_guest_left_in_the_file_by_an_older_careerdesk_is_removed_on_opening(tmp_path):
    with open_user_data(tmp_path) as first:
        ana = first.create_profile("Ana")
        first.add_bookmark(ana, NURSE)
    raw = sqlite3.connect(tmp_path / FILE_NAME)  # what an older version wrote for a guest
    with raw:
        guest = raw.execute("INSERT INTO profile (name, created, guest) VALUES ('Guest', "
                            "'2025-01-01T00:00:00+00:00', 1)").lastrowid
        raw.execute("INSERT INTO bookmark (profile_id, code, added, note) VALUES (?, ?, "
                    "'2025-01-01T00:00:00+00:00', 'GUEST-SECRET')", (guest, DEV))
    raw.close()
    with open_user_data(tmp_path) as second:
        assert second.profiles(include_guest=True) == [ana]
        assert second.bookmarked_codes(ana) == {NURSE}
    for file in tmp_path.iterdir():
        assert b"GUEST-SECRET" not in file.read_bytes(), file


# ------------------------------------------------------------------ the interest quiz

def test_interest_quiz_is_saved_resumed_finished_and_cleared(on_disk, tmp_path):
    ana, ben = on_disk.create_profile("Ana"), on_disk.create_profile("Ben")
    assert on_disk.interest_answers(ana) is None
    halfway = on_disk.save_interest_answers(ana, {"R-01": "like", "I-01": "unsure"})
    assert (halfway.answers, halfway.preparation, halfway.completed) == (
        {"I-01": "unsure", "R-01": "like"}, None, False)
    with open_user_data(tmp_path) as later:  # stopped, and opened again another day
        resumed = later.interest_answers(ana)
        assert resumed == halfway
    answers = {**halfway.answers, "A-01": "dislike"}
    done = on_disk.save_interest_answers(ana, answers, preparation=2, completed=True)
    assert on_disk.interest_answers(ana) == done
    assert done.completed and done.preparation == 2 and done.updated >= halfway.updated
    assert on_disk.interest_answers(ben) is None  # each profile has its own
    assert on_disk.clear_interest_answers(ana) is True  # retake from the start
    assert on_disk.interest_answers(ana) is None
    assert on_disk.clear_interest_answers(ana) is False


@pytest.mark.parametrize(("answers", "preparation", "problem"), [
    ({"R-01": "maybe"}, None, "must be like, unsure or dislike"),
    ({"<script>": "like"}, None, "is not a quiz question id"),
    ({"R-01": "like"}, 6, "job zone from 1 to 5"),
    ({"R-01": "like"}, True, "job zone from 1 to 5"),
    (["R-01"], None, "must map question ids"),
    ({f"R-{n:03d}": "like" for n in range(501)}, None, "at most 500"),
])
def test_interest_answers_are_checked(ud, answers, preparation, problem):
    ana = ud.create_profile("Ana")
    with pytest.raises(InvalidInput, match=problem):
        ud.save_interest_answers(ana, answers, preparation=preparation)
    assert ud.interest_answers(ana) is None


def test_interest_quiz_goes_with_its_profile(on_disk, tmp_path):
    ana, ben = on_disk.create_profile("Ana"), on_disk.create_profile("Ben")
    on_disk.save_interest_answers(ana, {"R-01": "like"})
    on_disk.save_interest_answers(ben, {"S-01": "like"})
    on_disk.remove_profile(ana)
    raw = sqlite3.connect(tmp_path / FILE_NAME)
    assert raw.execute("SELECT answers FROM interest_result").fetchall() == [
        ('{"S-01": "like"}',)]
    raw.close()
    with pytest.raises(UnknownProfile):
        on_disk.save_interest_answers(ana, {"R-01": "like"})


# ------------------------------------------------------------------ bookmarks and notes

def test_bookmarks_add_is_idempotent_and_remove(ud):
    ana = ud.create_profile("Ana")
    first = ud.add_bookmark(ana, NURSE)
    assert ud.add_bookmark(ana, NURSE) == first
    assert ud.is_bookmarked(ana, NURSE)
    assert ud.remove_bookmark(ana, NURSE) is True
    assert ud.remove_bookmark(ana, NURSE) is False
    assert not ud.is_bookmarked(ana, NURSE)
    with pytest.raises(InvalidInput, match="not a career code"):
        ud.add_bookmark(ana, "<b>43</b>")
    with pytest.raises(InvalidInput):
        ud.add_bookmark(ana, "٤٣-٦٠١٣.٠٠")  # Arabic-Indic digits are not a code


def test_sorting(ud):
    ana = ud.create_profile("Ana")
    for code in (SECRETARY, NURSE, "99-9999.00", DEV):
        ud.add_bookmark(ana, code)
    titles = {NURSE: "Registered Nurses", SECRETARY: "medical secretaries",
              DEV: "Software Developers"}
    assert [b.code for b in ud.bookmarks(ana)] == [DEV, "99-9999.00", NURSE, SECRETARY]
    assert [b.code for b in ud.bookmarks(ana, "code")] == sorted([SECRETARY, NURSE, DEV,
                                                                   "99-9999.00"])
    assert [b.code for b in ud.bookmarks(ana, "title", titles)] == [
        SECRETARY, NURSE, DEV, "99-9999.00"]  # case-insensitive; unknown titles last
    with pytest.raises(InvalidInput):
        ud.bookmarks(ana, "colour")  # type: ignore[arg-type]


@pytest.mark.parametrize("typed, stored", [
    ("<b>bold?</b> & <script>alert(1)</script>", "<b>bold?</b> & <script>alert(1)</script>"),
    ("line one\r\nline two\rthree", "line one\nline two\nthree"),
    ("tab\there\x00\x07\x1b[31m", "tab\there[31m"),
    ("emoji 🎓 and ünïcødé", "emoji 🎓 and ünïcødé"),
    ("lone \ud800 surrogate", "lone  surrogate"),
    ("", ""),
])
def test_notes_are_plain_text_kept_as_typed(ud, typed, stored):
    ana = ud.create_profile("Ana")
    ud.add_bookmark(ana, NURSE)
    saved = ud.set_note(ana, NURSE, typed)
    assert saved is not None and saved.note == stored
    assert ud.bookmarks(ana)[0].note == stored


def test_note_has_a_limit_is_dated_and_needs_a_bookmark(ud):
    ana = ud.create_profile("Ana")
    assert ud.set_note(ana, NURSE, "no bookmark") is None
    ud.add_bookmark(ana, NURSE)
    assert ud.bookmarks(ana)[0].note_updated is None
    saved = ud.set_note(ana, NURSE, "x" * NOTE_MAX)
    assert saved is not None and len(saved.note) == NOTE_MAX
    assert saved.note_updated is not None and saved.note_updated.tzinfo is not None
    # one character more is refused with a reason, never cut without a word (issue 13)
    with pytest.raises(InvalidInput, match="a note holds at most 10,000 characters; this one "
                       "has 10,050"):
        ud.set_note(ana, NURSE, "y" * (NOTE_MAX + 50))
    assert ud.bookmarks(ana)[0].note == "x" * NOTE_MAX


def test_missing_careers_are_kept(ud, store):
    ana = ud.create_profile("Ana")
    for code in (NURSE, "99-9999.00"):
        ud.add_bookmark(ana, code)
    ud.save_comparison(ana, "Odd", [DEV, "98-0000.00"])
    known = {c.code for c in store.careers()}
    assert ud.missing_codes(known, ana) == {"99-9999.00", "98-0000.00"}
    assert ud.missing_codes(known) == {"99-9999.00", "98-0000.00"}
    assert ud.bookmarked_codes(ana) == {NURSE, "99-9999.00"}


# ------------------------------------------------------------------ saved comparisons

def test_saved_comparisons(ud):
    ana = ud.create_profile("Ana")
    saved = ud.save_comparison(ana, " Health   jobs ", [NURSE, SECRETARY, NURSE],
                               state="Ohio", sections=["pay", "what"], prepared_for="Ana")
    assert (saved.name, saved.codes, saved.state, saved.sections, saved.prepared_for) == (
        "Health jobs", [NURSE, SECRETARY], "Ohio", ["what", "pay"], "Ana")
    assert ud.comparison(ana, saved.id) == saved
    with pytest.raises(InvalidInput, match="already"):
        ud.save_comparison(ana, "HEALTH JOBS", [DEV, QA])
    replaced = ud.save_comparison(ana, "health jobs", [DEV, QA], replace=True)
    assert replaced.id == saved.id and replaced.codes == [DEV, QA]
    other = ud.save_comparison(ana, "Other", [NURSE, DEV])
    assert [c.name for c in ud.comparisons(ana)] == ["Other", "health jobs"]
    with pytest.raises(InvalidInput, match="already"):
        ud.rename_comparison(ana, other.id, "Health Jobs")
    assert ud.rename_comparison(ana, other.id, "Renamed").name == "Renamed"
    assert ud.delete_comparison(ana, other.id) is True
    assert ud.delete_comparison(ana, other.id) is False
    assert ud.comparison(ana, other.id) is None


@pytest.mark.parametrize("codes, sections, problem", [
    ([NURSE], None, "2 to 4"),
    ([NURSE, NURSE], None, "2 to 4"),
    ([NURSE, SECRETARY, DEV, QA, "11-1011.00"], None, "2 to 4"),
    ([NURSE, "bad"], None, "not a career code"),
    ([NURSE, DEV], ["pay", "<evil>"], "unknown section"),
])
def test_saved_comparison_checks(ud, codes, sections, problem):
    ana = ud.create_profile("Ana")
    with pytest.raises(InvalidInput, match=problem):
        ud.save_comparison(ana, "X", codes, sections=sections)


# ------------------------------------------------------------------ migrations

def test_migration_from_version_1_keeps_all_data(tmp_path, store):
    path = tmp_path / FILE_NAME
    shutil.copy(FIXTURES / "userdata-v1.sqlite", path)
    with UserData.open(path) as ud:
        assert ud.notice is None
        names = [p.name for p in ud.profiles(include_guest=True)]
        assert names == ["Ana", "Ben"]  # the old file's guest is removed: guests stay in memory
        ana, ben = ud.find_profile("ana"), ud.find_profile("Ben")
        assert ana and ben
        # v2's new columns: created from the oldest entry, note_updated from the bookmark
        assert ana.created == datetime(2024, 8, 30, 7, tzinfo=UTC)
        marks = {b.code: b for b in ud.bookmarks(ana)}
        assert set(marks) == {SECRETARY, NURSE, "99-9999.00"}
        assert marks[SECRETARY].note.startswith("Ask the school nurse <b>not bold</b>")
        assert marks[SECRETARY].note_updated == marks[SECRETARY].added
        assert marks[NURSE].note == "" and marks[NURSE].note_updated is None
        assert ud.bookmarks(ben)[0].note == "Ben's note: ünïcødé 🎓"
        (health,) = ud.comparisons(ana)
        assert (health.name, health.codes, health.state, health.sections) == (
            "Health jobs", [SECRETARY, NURSE], "Ohio", ["pay", "outlook"])
        assert ud.missing_codes({c.code for c in store.careers()}) == {"99-9999.00"}
        ud.add_bookmark(ana, DEV)  # and it is writable afterwards
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    migrated = sorted(raw.execute("SELECT name, sql FROM sqlite_master"))
    fresh_ud = UserData.in_memory()
    fresh = sorted(fresh_ud._db.execute("SELECT name, sql FROM sqlite_master"))
    assert migrated == fresh  # an upgraded file looks exactly like a new one


def test_fixture_matches_its_script(tmp_path):
    """The committed fixture is what the script in tests/fixtures writes."""
    script = FIXTURES / "make_userdata_v1.py"
    copy = tmp_path / script.name
    shutil.copy(script, copy)
    subprocess.run([sys.executable, str(copy)], check=True)
    dump = [list(sqlite3.connect(p).iterdump()) for p in
            (FIXTURES / "userdata-v1.sqlite", tmp_path / "userdata-v1.sqlite")]
    assert dump[0] == dump[1]


def test_version_1_file_gets_the_interest_quiz_table(tmp_path):
    path = tmp_path / FILE_NAME
    shutil.copy(FIXTURES / "userdata-v1.sqlite", path)
    with UserData.open(path) as ud:
        ana = ud.find_profile("Ana")
        assert ana and ud.interest_answers(ana) is None  # nobody had taken the quiz
        ud.save_interest_answers(ana, {"R-01": "like", "S-02": "dislike"}, preparation=3)
    with UserData.open(path) as ud:
        ana = ud.find_profile("Ana")
        assert ana
        saved = ud.interest_answers(ana)
        assert saved and saved.answers == {"R-01": "like", "S-02": "dislike"}
        assert saved.preparation == 3 and not saved.completed
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    raw.close()


def test_newer_data_version_is_refused_not_destroyed(tmp_path):
    path = tmp_path / FILE_NAME
    with open_user_data(tmp_path) as ud:
        ud.create_profile("Ana")
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(UserDataError, match="newer CareerDesk"):
        open_user_data(tmp_path)
    assert not list(tmp_path.glob("*corrupt*"))


# ------------------------------------------------------------------ damaged files and faults

@pytest.mark.parametrize("damage", ["garbage", "truncated", "zeroed"])
def test_damaged_file_is_moved_aside_and_a_fresh_one_started(tmp_path, damage):
    path = tmp_path / FILE_NAME
    with open_user_data(tmp_path) as ud:
        ana = ud.create_profile("Ana")
        for number in range(300):
            ud.add_bookmark(ana, f"11-{number:04d}.00")
    data = path.read_bytes()
    if damage == "garbage":
        data = b"this is not a database at all\n" * 200
    elif damage == "truncated":
        data = data[: len(data) // 2 + 100]
    else:
        data = data[:4096] + b"\0" * 4096 + data[8192:]
    path.write_bytes(data)
    with open_user_data(tmp_path) as ud:
        (moved,) = tmp_path.glob("userdata.corrupt-*.sqlite")
        assert moved.read_bytes() == data  # kept as it was
        assert ud.notice and moved.name in ud.notice
        assert ud.profiles() == []
        ud.create_profile("Ana")  # the fresh file works


def test_full_disk_says_it_cannot_save_and_keeps_working(on_disk):
    ana = on_disk.create_profile("Ana")
    on_disk.add_bookmark(ana, NURSE)
    pages = on_disk._db.execute("PRAGMA page_count").fetchone()[0]
    on_disk._db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now "full"
    with pytest.raises(UserDataError, match="disk is full") as caught:
        for number in range(50):
            on_disk.add_bookmark(ana, f"11-{number:04d}.00")
            on_disk.set_note(ana, f"11-{number:04d}.00", "x" * NOTE_MAX)
    assert "\n" not in str(caught.value)
    assert NURSE in on_disk.bookmarked_codes(ana)  # reads still work
    on_disk._db.execute("PRAGMA max_page_count = 1073741823")
    on_disk.add_bookmark(ana, DEV)  # and writing works again once there is room


def test_data_folder_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "home"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(UserDataError, match="cannot keep bookmarks in") as caught:
        open_user_data(blocker / "CareerDesk")
    assert "\n" not in str(caught.value)


def test_read_only_file_can_be_read_but_not_saved(tmp_path):
    with open_user_data(tmp_path) as ud:
        ana = ud.create_profile("Ana")
        ud.add_bookmark(ana, NURSE)
    with open_user_data(tmp_path, read_only=True) as ud:
        assert ud.read_only
        ana = ud.find_profile("Ana")
        assert ana and ud.bookmarked_codes(ana) == {NURSE}
        with pytest.raises(UserDataError, match="cannot save changes.*read-only"):
            ud.add_bookmark(ana, DEV)
    fallback = UserData.in_memory(notice="cannot save")  # what the app uses instead
    fallback.add_bookmark(fallback.guest(), DEV)


def test_write_refused_by_sqlite_falls_back_to_read_only(tmp_path, monkeypatch):
    """Stands in for a read-only folder when the tests run as root (chmod cannot stop root)."""
    with open_user_data(tmp_path) as ud:
        ud.add_bookmark(ud.create_profile("Ana"), NURSE)
    real = userdata_file.connect

    def refuse(target: str, uri: bool = True) -> sqlite3.Connection:
        if "mode=rwc" in target:
            error = sqlite3.OperationalError("attempt to write a readonly database")
            error.sqlite_errorcode = 8  # type: ignore[attr-defined]
            raise error
        return real(target, uri)

    monkeypatch.setattr(userdata_file, "connect", refuse)
    with open_user_data(tmp_path) as ud:
        assert ud.read_only and "cannot save changes" in (ud.notice or "")
        assert ud.bookmarked_codes(ud.find_profile("Ana")) == {NURSE}  # type: ignore[arg-type]


READ_ONLY_SCRIPT = """
import json, sys
from pathlib import Path
from careerdesk.userdata import UserDataError, open_user_data
base, seen = Path(sys.argv[1]), {}
folder = base / "data"
with open_user_data(folder) as ud:
    ud.add_bookmark(ud.create_profile("Ana"), "29-1141.00")
(folder / "userdata.sqlite").chmod(0o400)
folder.chmod(0o500)
with open_user_data(folder) as ud:
    ana = ud.find_profile("Ana")
    seen["read_only"], seen["notice"] = ud.read_only, ud.notice
    seen["codes"] = sorted(ud.bookmarked_codes(ana))
    try:
        ud.add_bookmark(ana, "15-1252.00")
    except UserDataError as exc:
        seen["write"] = str(exc)
(base / "empty").mkdir(mode=0o500)
try:
    open_user_data(base / "empty")
except UserDataError as exc:
    seen["empty"] = str(exc)
folder.chmod(0o700)
print(json.dumps(seen))
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_folder():
    """A real read-only folder (as root: the script runs as 'nobody', chmod stops only them)."""
    command = [sys.executable, "-c", READ_ONLY_SCRIPT]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        unprivileged = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        if not setpriv or subprocess.run([*unprivileged, sys.executable, "-c",
                                          "import careerdesk.userdata"]).returncode:
            pytest.skip("running as root, and cannot run Python as an unprivileged user")
        command = [*unprivileged, *command]
    base = Path(tempfile.mkdtemp(prefix="careerdesk-ro-"))
    base.chmod(0o777)
    try:
        done = subprocess.run([*command, str(base)], capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 0, done.stderr
        seen = json.loads(done.stdout)
    finally:
        for folder in (base / "data", base / "empty"):
            if folder.exists():
                folder.chmod(0o700)
        shutil.rmtree(base)
    assert seen["read_only"] is True and seen["codes"] == [NURSE]
    assert "cannot save changes" in seen["notice"] and "read-only" in seen["notice"]
    assert "cannot save changes" in seen["write"]
    assert "cannot open the bookmarks file" in seen["empty"]
    assert all("\n" not in seen[key] for key in ("notice", "write", "empty"))


# ------------------------------------------------------------------ where the data lives

def test_data_folder_choice(tmp_path, monkeypatch):
    monkeypatch.delenv("CAREERDESK_DATA_DIR", raising=False)
    assert data_dir(None, default=tmp_path / "qt") == tmp_path / "qt"
    monkeypatch.setenv("CAREERDESK_DATA_DIR", str(tmp_path / "env"))
    assert data_dir(None, default=tmp_path / "qt") == tmp_path / "env"
    assert data_dir(tmp_path / "arg", default=tmp_path / "qt") == tmp_path / "arg"


def test_default_folder_is_the_per_user_app_data_folder_not_the_program(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "CAREERDESK_DATA_DIR"}
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "xdg"))
    code = ("from careerdesk.userdata import open_user_data\n"
            "ud = open_user_data(None)\nprint(ud.path)")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, check=True, cwd=tmp_path)
    path = Path(done.stdout.strip())
    assert path.is_file()
    assert path.is_relative_to(tmp_path / "xdg")  # QStandardPaths' AppDataLocation
    assert not path.is_relative_to(ROOT)


def test_careers_db_is_read_only_even_in_a_read_only_folder(tmp_path):
    from careerdesk.store import CareerStore

    install = tmp_path / "install" / "data"
    install.mkdir(parents=True)
    shutil.copy(ROOT / "data" / "careers.db", install / "careers.db")
    before = (install / "careers.db").stat()
    (install / "careers.db").chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    install.chmod(0o555)
    try:
        with CareerStore(install / "careers.db") as store:
            assert store.career(NURSE).title == "Registered Nurses"
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                store.connection().execute("CREATE TABLE x (y)")
        assert sorted(p.name for p in install.iterdir()) == ["careers.db"]  # no -wal/-journal
        after = (install / "careers.db").stat()
        assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)
    finally:
        install.chmod(0o755)


def test_user_data_never_touches_careers_db(tmp_path, store):
    with open_user_data(tmp_path) as ud:
        ud.add_bookmark(ud.create_profile("Ana"), NURSE)
    tables = {r[0] for r in store.connection().execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert not tables & {"profile", "bookmark", "comparison"}
    assert all(p.name.startswith("userdata.sqlite") for p in tmp_path.iterdir())


# ------------------------------------------------------------------ who may read the data
# Issue 13: with the usual umask the data folder was 0755 and userdata.sqlite and its WAL
# 0644; another account read a student's note.

def _mode(path) -> int:
    import stat

    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask():
    old = os.umask(0)  # the widest umask: anything not made private would show
    yield
    os.umask(old)


def test_a_new_data_folder_and_its_files_are_private(tmp_path, open_umask):
    folder = tmp_path / "home" / "CareerDesk"
    with open_user_data(folder) as ud:
        ana = ud.ensure_profile("Ana")
        ud.add_bookmark(ana, NURSE)
        ud.set_note(ana, NURSE, "a private note")
        assert ud.notice is None
        files = sorted(p.name for p in folder.iterdir())
        assert "userdata.sqlite-wal" in files and "userdata.sqlite-shm" in files
        assert {name: _mode(folder / name) for name in files} == dict.fromkeys(files, 0o600)
    assert _mode(folder) == 0o700
    assert _mode(tmp_path / "home") == 0o777  # parents: as the umask says


def test_an_open_data_folder_of_our_own_is_tightened(tmp_path, open_umask):
    folder = tmp_path / "CareerDesk"
    folder.mkdir(mode=0o755)
    with open_user_data(folder) as first:  # open, so that its WAL stays
        first.ensure_profile("Ana")
        for name in ("userdata.sqlite", "userdata.sqlite-wal", "userdata.sqlite-shm"):
            os.chmod(folder / name, 0o644)  # as an older CareerDesk left them
        os.chmod(folder, 0o755)
        with open_user_data(folder) as second:
            assert second.notice is None
            for name in ("userdata.sqlite", "userdata.sqlite-wal", "userdata.sqlite-shm"):
                assert _mode(folder / name) == 0o600, name
    assert _mode(folder) == 0o700


def test_a_shared_folder_is_left_open_and_the_notice_says_why(tmp_path, open_umask):
    folder = tmp_path / "lab-share"
    folder.mkdir(mode=0o755)
    (folder / "teacher.txt").write_text("someone else's file")
    with open_user_data(folder) as ud:
        assert ud.notice == (f"Other people on this computer can see which files are in "
                             f"{folder}: it holds other files too, so CareerDesk left it as "
                             "it is. Your data file itself is private.")
    assert _mode(folder) == 0o755
    assert _mode(folder / "userdata.sqlite") == 0o600


def test_tightening_never_makes_a_read_only_folder_or_file_writable(tmp_path, open_umask):
    folder = tmp_path / "CareerDesk"
    with open_user_data(folder) as ud:
        ud.ensure_profile("Ana")
    os.chmod(folder / "userdata.sqlite", 0o444)
    os.chmod(folder, 0o555)
    try:
        with open_user_data(folder) as ud:
            assert ud.find_profile("Ana") is not None
        assert _mode(folder) == 0o500
        assert _mode(folder / "userdata.sqlite") == 0o400
    finally:
        os.chmod(folder, 0o700)
