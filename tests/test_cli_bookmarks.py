"""``careerdesk bookmarks list|add|remove|export|import``: output, JSON and errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from careerdesk.cli import main
from careerdesk.userdata import open_user_data
from tests.conftest import DB_PATH

NURSE, SECRETARY = "29-1141.00", "43-6013.00"


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("CAREERDESK_DATA_DIR", raising=False)
    data = tmp_path / "data"

    def run(*argv: str, status: int = 0, data_dir=data) -> tuple[str, str]:
        extra = ["--data-dir", str(data_dir)] if data_dir is not None else []
        code = main(["--db", str(DB_PATH), "bookmarks", *extra, *argv])
        out, err = capsys.readouterr()
        assert code == status, (out, err)
        if status == 2:
            assert err.count("\n") == 1 and err.startswith("careerdesk: "), err
        return out, err

    run.data = data  # type: ignore[attr-defined]
    return run


def test_add_list_remove(cli):
    out, _ = cli("add", SECRETARY, "--profile", "student1")
    assert out == (f"{SECRETARY} Medical Secretaries and Administrative Assistants: "
                   "bookmarked for student1\n")
    out, _ = cli("add", SECRETARY, "--profile", "STUDENT1")
    assert "was already bookmarked for student1" in out
    cli("add", NURSE, "--profile", "student1")
    out, _ = cli("list", "--profile", "student1", "--sort", "title")
    lines = out.splitlines()
    assert lines[0].startswith(f"{SECRETARY}  Medical Secretaries")
    assert lines[1].startswith(f"{NURSE}  Registered Nurses  (added 20")
    out, _ = cli("remove", NURSE, "--profile", "student1")
    assert out == f"{NURSE}: removed from student1's bookmarks\n"
    out, _ = cli("remove", NURSE, "--profile", "student1")
    assert "was not bookmarked" in out
    out, _ = cli("list", "--profile", "student1", "--sort", "code")
    assert out.count("\n") == 1


def test_list_json_notes_and_careers_no_longer_in_the_database(cli):
    cli("add", NURSE, "--profile", "Ana")
    with open_user_data(cli.data) as ud:
        ana = ud.find_profile("Ana")
        assert ana is not None
        ud.add_bookmark(ana, "99-9999.00")
        ud.set_note(ana, NURSE, "<b>night shifts?</b>\nask Ms. Lee")
    out, _ = cli("list", "--profile", "ana", "--json")
    rows = {row["code"]: row for row in json.loads(out)}
    assert rows[NURSE]["title"] == "Registered Nurses" and rows[NURSE]["in_database"]
    assert rows[NURSE]["note"] == "<b>night shifts?</b>\nask Ms. Lee"
    assert rows[NURSE]["added"].endswith("+00:00") and rows[NURSE]["note_updated"]
    assert rows["99-9999.00"] == {**rows["99-9999.00"], "title": None, "in_database": False}
    out, _ = cli("list", "--profile", "Ana", "--sort", "code")
    assert "99-9999.00  (no longer in the database)" in out
    assert "    <b>night shifts?</b>\n    ask Ms. Lee\n" in out  # notes as text, indented


def test_empty_list_says_so(cli):
    cli("add", NURSE, "--profile", "Ana")
    cli("remove", NURSE, "--profile", "Ana")
    out, err = cli("list", "--profile", "Ana")
    assert out == "" and "Ana has no bookmarks" in err


@pytest.mark.parametrize("action", [["add", NURSE], ["list"], ["export", "guest.json"]])
def test_a_guest_is_not_in_any_file(cli, action):
    _, err = cli(*action, "--profile", " Guest", status=2)
    assert "a guest's bookmarks and notes are kept only in the open CareerDesk window, never " \
        "in a file" in err
    assert not cli.data.exists()  # nothing was made for it


@pytest.mark.parametrize("argv, problem", [
    (["add", "99-9999.00", "--profile", "Ana"], "no career with code '99-9999.00'"),
    (["add", "<b>", "--profile", "Ana"], "is not a career code"),
    (["add", NURSE, "--profile", "x" * 41], "1 to 40 characters"),
    (["add", NURSE, "--profile", "a\tb\x01"], "control characters"),
    (["list", "--profile", "Nobody"], "no profile named 'Nobody'"),
    (["export", "out.json", "--profile", "Nobody"], "no profile named 'Nobody'"),
])
def test_errors_are_one_line_and_exit_2(cli, argv, problem):
    _, err = cli(*argv, status=2)
    assert problem in err


def test_unknown_profile_lists_the_existing_ones(cli):
    cli("add", NURSE, "--profile", "Ana")
    _, err = cli("list", "--profile", "Ben", status=2)
    assert "no profile named 'Ben' (profiles: Ana)" in err


def test_profile_is_required(cli, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["bookmarks", "list"])
    assert exit_.value.code == 2
    assert "--profile" in capsys.readouterr().err


def test_export_and_import(cli, tmp_path):
    cli("add", NURSE, "--profile", "Ana")
    cli("add", SECRETARY, "--profile", "Ana")
    with open_user_data(cli.data) as ud:
        ana = ud.find_profile("Ana")
        assert ana is not None
        ud.set_note(ana, NURSE, "my note")
        ud.save_comparison(ana, "Health", [NURSE, SECRETARY])
    file = tmp_path / "ana.json"
    out, _ = cli("export", str(file), "--profile", "Ana")
    assert out == f"wrote {file}: 2 bookmarks, 1 saved comparisons of Ana\n"
    other = tmp_path / "other"
    out, _ = cli("import", str(file), "--profile", "Ana", data_dir=other)
    assert out == "Added 2 bookmarks and 1 saved comparison to Ana.\n"
    out, _ = cli("import", str(file), "--profile", "Ana", data_dir=other)
    assert out == "Nothing new for Ana; 3 already there.\n"
    out, _ = cli("list", "--profile", "Ana", "--json", data_dir=other)
    assert {r["code"]: r["note"] for r in json.loads(out)} == {NURSE: "my note", SECRETARY: ""}


def test_import_reports_what_it_skipped(cli, tmp_path):
    file = tmp_path / "f.json"
    file.write_text(json.dumps({
        "format": "careerdesk-profile", "version": 1, "profile": "X",
        "bookmarks": [{"code": NURSE, "added": "2025-01-01T00:00:00Z", "note": "ok"},
                      {"code": "99-9999.00", "added": "2025-01-01T00:00:00Z"}],
        "comparisons": []}))
    out, _ = cli("import", str(file), "--profile", "Ana")
    assert out.splitlines() == [
        "Added 1 bookmark and 0 saved comparisons to Ana; skipped 1 entry.",
        "  skipped bookmark 2 (99-9999.00): this career is not in this computer's careers "
        "database"]


def test_import_of_a_bad_file_changes_nothing(cli, tmp_path):
    cli("add", NURSE, "--profile", "Ana")
    file = tmp_path / "bad.json"
    file.write_text('{"format": "careerdesk-profile", "version": 9, "bookmarks": []}')
    _, err = cli("import", str(file), "--profile", "Ana", status=2)
    assert "newer CareerDesk" in err
    _, err = cli("import", str(tmp_path / "missing.json"), "--profile", "Ana", status=2)
    assert "cannot read" in err
    out, _ = cli("list", "--profile", "Ana", "--json")
    assert [r["code"] for r in json.loads(out)] == [NURSE]


def test_a_failed_import_into_a_new_profile_leaves_no_profile(cli, tmp_path):
    cli("add", NURSE, "--profile", "Ana")
    file = tmp_path / "bad.json"
    file.write_text('{"format": "careerdesk-profile", "version": 9, "bookmarks": []}')
    _, err = cli("import", str(file), "--profile", "Newcomer", status=2)
    assert "newer CareerDesk" in err
    with open_user_data(cli.data) as ud:
        assert [p.name for p in ud.profiles()] == ["Ana"]


KILLED_IMPORT = """
import os, signal, sys
from careerdesk.cli import main
from careerdesk.userdata import UserData

merge_bookmark = UserData._merge_bookmark
done = []

def killed_on_the_third(self, *args):  # SIGKILL in the middle of writing the bookmarks
    if len(done) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    done.append(1)
    return merge_bookmark(self, *args)

UserData._merge_bookmark = killed_on_the_third
sys.exit(main(sys.argv[1:]))
"""


def test_an_import_killed_midway_leaves_no_empty_profile(cli, tmp_path):
    # issue 13 item 12: SIGKILL mid-import left the new profile behind, empty
    for code in (NURSE, SECRETARY, "47-2111.00", "15-1252.00"):
        cli("add", code, "--profile", "Ana")
    file = tmp_path / "ana.json"
    cli("export", str(file), "--profile", "Ana")
    other = tmp_path / "other"
    argv = ["--db", str(DB_PATH), "bookmarks", "import", str(file), "--profile", "Ana",
            "--data-dir", str(other)]
    killed = subprocess.run([sys.executable, "-c", KILLED_IMPORT, *argv], capture_output=True,
                            text=True, timeout=120)
    assert killed.returncode == -9, killed.stderr
    with open_user_data(other) as ud:
        assert ud.profiles() == []  # nothing half done: no profile, no bookmarks
    out, _ = cli("import", str(file), "--profile", "Ana", data_dir=other)
    assert out == "Added 4 bookmarks and 0 saved comparisons to Ana.\n"


def test_data_dir_on_the_action_and_from_the_environment(cli, tmp_path, monkeypatch):
    here = tmp_path / "network-home"
    code = main(["--db", str(DB_PATH), "bookmarks", "add", NURSE, "--profile", "Ana",
                 "--data-dir", str(here)])
    assert code == 0 and (here / "userdata.sqlite").is_file()
    monkeypatch.setenv("CAREERDESK_DATA_DIR", str(here))
    out, _ = cli("list", "--profile", "Ana", data_dir=None)
    assert out.startswith(NURSE)


def test_data_folder_that_cannot_be_used(cli, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    _, err = cli("add", NURSE, "--profile", "Ana", data_dir=blocker / "data", status=2)
    assert "cannot keep bookmarks in" in err


def test_command_line_error_has_no_traceback(tmp_path):
    env = dict(os.environ, CAREERDESK_DATA_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "careerdesk", "--db", str(DB_PATH),
                           "bookmarks", "add", "12-3456.78", "--profile", "student1"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("careerdesk: no career with code '12-3456.78'")


def test_export_to_a_fifo_or_a_device_is_refused_and_kept(cli, tmp_path):
    import stat

    from tests.test_file_output import a_device

    cli("add", NURSE, "--profile", "ana")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target, kind, check in ((fifo, "a pipe (FIFO)", stat.S_ISFIFO),
                                (a_device(tmp_path), "a device", stat.S_ISCHR)):
        _, err = cli("export", "--profile", "ana", str(target), status=2)
        assert err == f"careerdesk: cannot write {target}: it is {kind}, not a file\n"
        assert check(os.stat(target).st_mode)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_export_on_a_full_disk_says_so_and_keeps_the_old_file(cli, tmp_path, monkeypatch):
    import errno

    from careerdesk import file_output

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    cli("add", NURSE, "--profile", "ana")
    target = tmp_path / "ana.json"
    target.write_text("last week's export")
    monkeypatch.setattr(file_output.os, "fsync", full)
    out, err = cli("export", "--profile", "ana", str(target), status=2)
    assert out == "" and err == f"careerdesk: cannot write {target}: the disk is full\n"
    assert target.read_text() == "last week's export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ana.json", "data"]
