"""``careerdesk screenshots DIR`` writes its PNGs as every file CareerDesk makes: a target that
is not a folder is refused in one line, and a full disk stops it with "the disk is full",
no PNG left half written and an older picture kept."""

from __future__ import annotations

import errno
import os
import subprocess

import pytest

from careerdesk.cli import main
from careerdesk.ui import screenshots
from tests.conftest import DB_PATH


def test_a_target_that_is_not_a_folder_is_refused_in_one_line(tmp_path, capsys):
    file = tmp_path / "shots"
    file.write_text("my notes")
    for target, said in ((file, "it is not a folder"), (os.devnull, "it is not a folder"),
                         (file / "inside", "not a directory")):
        assert main(["--db", str(DB_PATH), "screenshots", str(target)]) == 2
        out, err = capsys.readouterr()
        assert out == "" and err == f"careerdesk: cannot write screenshots to {target}: {said}\n"
    assert file.read_text() == "my notes"


def test_a_png_that_cannot_be_written_whole_stops_the_run(qapp, tmp_path, monkeypatch):
    from careerdesk import file_output

    folder = tmp_path / "shots"
    folder.mkdir()
    older = folder / "start.png"
    older.write_bytes(b"an older picture")

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(file_output.os, "fsync", full)
    with pytest.raises(file_output.OutputError) as failed:
        screenshots.run(folder, DB_PATH, scales=(1.0,), dark=False)
    assert str(failed.value) == f"cannot write {older}: the disk is full"
    assert older.read_bytes() == b"an older picture"
    assert [p.name for p in folder.iterdir()] == ["start.png"]  # no .part left


SCRIPT = """
mount -t tmpfs -o size=300k tmpfs {disk} || exit 77
{python} -m careerdesk --db {db} screenshots {disk}; echo "status=$?"
cp -a {disk}/. {copy}/
"""


def test_screenshots_on_a_really_full_disk(tmp_path):
    import shutil
    import sys

    from tests.conftest import ROOT

    if not shutil.which("unshare"):
        pytest.skip("needs unshare (util-linux)")
    disk, copy = tmp_path / "tiny", tmp_path / "copy"  # what the tiny disk held, copied out
    disk.mkdir()
    copy.mkdir()
    script = SCRIPT.format(disk=disk, copy=copy, python=sys.executable, db=DB_PATH)
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True,
                          text=True, cwd=ROOT, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if done.returncode == 77 or "unshare:" in done.stderr:
        pytest.skip("this system does not let a test mount a small disk")
    said = done.stderr.splitlines()[-1]
    assert said.startswith(f"careerdesk: cannot write {disk}/"), done.stderr
    assert said.endswith(".png: the disk is full"), done.stderr
    assert done.stdout == "status=2\n"
    written = sorted(copy.iterdir())
    assert written and all(p.suffix == ".png" for p in written)  # no .part left
    for png in written:  # each one whole
        data = png.read_bytes()
        assert data.startswith(b"\x89PNG") and data.endswith(b"IEND\xaeB`\x82"), png.name
