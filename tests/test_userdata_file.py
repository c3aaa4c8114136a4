"""The user-data file itself: what is refused, in words that say what is wrong (issue 13,
item 12: a data folder that was a file said "file exists", a folder named userdata.sqlite
asked "is the folder read-only?", a linked userdata.sqlite was followed out of the data
folder, a full disk read "no space left on device"), and how it is kept on a network
folder."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from careerdesk import userdata_file
from careerdesk.file_system import network_type
from careerdesk.userdata import UserDataError, open_user_data
from careerdesk.userdata_file import why
from tests.conftest import DB_PATH


def test_a_data_folder_that_is_a_file_says_so(tmp_path):
    (tmp_path / "notes").write_text("a file")
    with pytest.raises(UserDataError, match="it is a file, not a folder"):
        open_user_data(tmp_path / "notes")


def test_a_folder_named_like_the_data_file_says_so(tmp_path):
    (tmp_path / "userdata.sqlite").mkdir()
    with pytest.raises(UserDataError, match="is a folder, but CareerDesk needs that name"):
        open_user_data(tmp_path)


def test_a_linked_data_file_is_not_followed(tmp_path):
    elsewhere = tmp_path / "elsewhere.sqlite"
    elsewhere.write_bytes(b"")
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "userdata.sqlite").symlink_to(elsewhere)
    with pytest.raises(UserDataError, match="is a link to another place"):
        open_user_data(folder)
    assert elsewhere.read_bytes() == b""


def test_a_full_disk_reads_the_disk_is_full():
    assert why(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"
    assert why(OSError(errno.EDQUOT, "Disk quota exceeded")) == "the disk is full"


# ------------------------------------------------------------------ network folders
# NFS and SMB cannot be mounted on the machine these tests were written on (its kernel has
# neither client), so most of these tests make the data folder read as NFS by replacing the
# detection (careerdesk.file_system, tested with sample mount tables); all that follows is
# real: SQLite's modes, its locks, a second process. With CAREERDESK_TEST_NETWORK_DIR set to
# a folder on a real network mount (NFS, SMB, sshfs) the last test runs there unchanged.

NURSE = "29-1141.00"
NETWORK_DIR = os.environ.get("CAREERDESK_TEST_NETWORK_DIR")
PRETEND = """
import sys
if sys.argv.pop(1) == "pretend":
    from careerdesk import userdata_file
    userdata_file.network_type = lambda folder: "nfs4"
"""
HOLD = PRETEND + """
from careerdesk.userdata import open_user_data
data = open_user_data(sys.argv[1])
print("OPEN", flush=True)
sys.stdin.readline()
data.close()
"""
SECOND = PRETEND + """
import time
from careerdesk.cli import main
started = time.perf_counter()
status = main(sys.argv[1:])
print(f"{status} {time.perf_counter() - started:.1f}", flush=True)
"""


@pytest.fixture
def network(monkeypatch):
    monkeypatch.setattr(userdata_file, "network_type", lambda folder: "nfs4")


def _sqlite_files(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("userdata.sqlite"))


def test_on_a_network_folder_the_file_has_no_write_ahead_log(network, tmp_path):
    with open_user_data(tmp_path) as data:
        assert data._db.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert data._db.execute("PRAGMA locking_mode").fetchone() == ("exclusive",)
        ana = data.create_profile("Ana")
        data.add_bookmark(ana, NURSE)
        data.set_note(ana, NURSE, "ask about night shifts")
        assert "userdata.sqlite-wal" not in _sqlite_files(tmp_path)
        assert "userdata.sqlite-shm" not in _sqlite_files(tmp_path)
    assert _sqlite_files(tmp_path) == ["userdata.sqlite"]
    with open_user_data(tmp_path) as again:
        ana = again.find_profile("Ana")
        assert ana and again.bookmarks(ana)[0].note == "ask about night shifts"


def test_a_file_moved_to_a_network_folder_leaves_write_ahead_logging(tmp_path, monkeypatch):
    with open_user_data(tmp_path) as local:
        local.add_bookmark(local.create_profile("Ana"), NURSE)
        assert local._db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    monkeypatch.setattr(userdata_file, "network_type", lambda folder: "cifs")
    with open_user_data(tmp_path) as shared:
        assert shared._db.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert shared.bookmarked_codes(shared.find_profile("Ana")) == {NURSE}
    assert _sqlite_files(tmp_path) == ["userdata.sqlite"]


def _second_careerdesk_is_told_at_once(folder, pretend):
    with open_user_data(folder) as data:
        data.add_bookmark(data.create_profile("Ana"), NURSE)
    mode = "pretend" if pretend else "real"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, mode, str(folder)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    command = [sys.executable, "-c", SECOND, mode, "--db", str(DB_PATH), "bookmarks", "list",
               "--profile", "Ana", "--data-dir", str(folder)]
    try:
        assert holder.stdout and holder.stdout.readline() == "OPEN\n"
        second = subprocess.run(command, capture_output=True, text=True, timeout=60)
        status, seconds = second.stdout.split()
        assert status == "2" and float(seconds) < 3, second.stderr
        assert second.stderr == (
            f"careerdesk: Your saved data in {folder} is open in another CareerDesk window, "
            "on this computer or another one. On a network folder only one window at a time "
            "can use it: close the other one and try again\n")
    finally:
        if holder.stdin:
            holder.stdin.close()
        holder.wait(timeout=30)
    second = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert second.stdout.startswith(NURSE), second.stderr  # once the other one has closed
    assert second.stdout.splitlines()[-1].startswith("0 ")


def test_a_second_careerdesk_on_a_network_folder_is_told_at_once(tmp_path):
    _second_careerdesk_is_told_at_once(tmp_path, pretend=True)


@pytest.mark.skipif(not NETWORK_DIR, reason="CAREERDESK_TEST_NETWORK_DIR (a folder on a real "
                    "network mount) is not set")
def test_on_a_real_network_mount(tmp_path):
    folder = Path(str(NETWORK_DIR)) / f"careerdesk-test-{os.getpid()}-{tmp_path.name}"
    try:
        assert network_type(folder) is not None  # told from the real mount table
        _second_careerdesk_is_told_at_once(folder, pretend=False)
        with open_user_data(folder) as data:
            assert data._db.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert _sqlite_files(folder) == ["userdata.sqlite"]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_disk_error_on_a_full_disk_reads_the_disk_is_full(tmp_path, monkeypatch):
    import sqlite3

    from careerdesk import userdata_file

    shm = sqlite3.OperationalError("disk I/O error")
    shm.sqlite_errorcode = userdata_file.IOERR_SHMSIZE  # the -shm file could not grow
    assert why(shm) == "the disk is full"
    write = sqlite3.OperationalError("disk I/O error")
    write.sqlite_errorcode = userdata_file.IOERR | (3 << 8)  # SQLITE_IOERR_WRITE
    assert why(write, tmp_path) == "the disk reported an error"  # there is room here

    class Full:
        f_bavail, f_frsize = 10, 4096

    monkeypatch.setattr(userdata_file.os, "statvfs", lambda _folder: Full)
    assert why(write, tmp_path) == "the disk is full"


FULL_DISK_SCRIPT = """
set -e
mount -t tmpfs -o size=512k tmpfs {disk} || exit 77
cd {root}
run() {{ {python} -m careerdesk --db {db} bookmarks "$@" --data-dir {disk}/data; }}
run add 29-1141.00 --profile Ana
head -c 2000000 /dev/zero > {disk}/filler 2>/dev/null || true
echo "add:"; run add 43-6013.00 --profile Ana 2>&1 || echo "status=$?"
echo "list:"; run list --profile Ana 2>/dev/null
rm {disk}/filler
echo "again:"; run add 43-6013.00 --profile Ana
"""


def test_a_really_full_disk_says_so_and_loses_nothing(tmp_path):
    # SQLite could not make its -shm file: "the disk reported an error", then "the bookmarks
    # file is open read-only"
    import shutil
    import subprocess
    import sys

    from tests.conftest import DB_PATH, ROOT

    if not shutil.which("unshare"):
        pytest.skip("needs unshare (util-linux)")
    disk = tmp_path / "small"
    disk.mkdir()
    script = FULL_DISK_SCRIPT.format(disk=disk, root=ROOT, python=sys.executable, db=DB_PATH)
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True,
                          text=True, timeout=120)
    if done.returncode == 77 or "unshare:" in done.stderr:
        pytest.skip("this system does not let a test mount a small disk")
    file = disk / "data" / "userdata.sqlite"
    assert done.stdout.splitlines()[1:] == [
        "add:",
        f"careerdesk: CareerDesk can show your bookmarks but cannot save changes: the disk is "
        f"full ({file}).",
        f"careerdesk: CareerDesk cannot save changes: the disk is full ({file})",
        "status=2",
        "list:",
        done.stdout.splitlines()[-3],
        "again:",
        "43-6013.00 Medical Secretaries and Administrative Assistants: bookmarked for Ana"], \
        done.stdout + done.stderr
    assert done.stdout.splitlines()[-3].startswith("29-1141.00  Registered Nurses  (added ")
