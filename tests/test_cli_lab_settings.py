"""The command line follows careerdesk.ini as the window does: the data folder, guest only,
the paper and the state; options given on the command line win; --help says so."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from careerdesk.cli import main
from careerdesk.userdata import open_user_data
from tests.conftest import DB_PATH, ROOT

NURSE, SECRETARY = "29-1141.00", "43-6013.00"
POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")


@pytest.fixture
def lab(tmp_path, monkeypatch):
    """Writes careerdesk.ini and points CAREERDESK_LAB_CONFIG at it; no data folder set."""
    path = tmp_path / "careerdesk.ini"
    monkeypatch.setenv("CAREERDESK_LAB_CONFIG", str(path))
    monkeypatch.delenv("CAREERDESK_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home-data"))  # the default folder

    def write(*lines: str) -> Path:
        path.write_text("[defaults]\n" + "".join(f"{line}\n" for line in lines),
                        encoding="utf-8")
        return path

    write()
    return write


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["--db", str(DB_PATH), *argv])
    out, err = capsys.readouterr()
    return status, out, err


def page_size(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    return next(line.split(":", 1)[1].strip() for line in info.splitlines()
                if line.startswith("Page size:"))


def text_of(pdf: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())


def every_file(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


# ------------------------------------------------------------------ paper and state

@needs_poppler
def test_paper_a4_from_the_lab_settings_and_the_option_wins(qapp, lab, tmp_path, capsys):
    lab("paper = a4")
    compared, shown, letter = (tmp_path / name for name in ("c.pdf", "s.pdf", "l.pdf"))
    assert run(capsys, "compare", NURSE, SECRETARY, "--pdf", str(compared))[0] == 0
    assert run(capsys, "show", NURSE, "--pdf", str(shown))[0] == 0
    assert run(capsys, "compare", NURSE, SECRETARY, "--pdf", str(letter),
               "--paper", "letter")[0] == 0
    assert page_size(compared) == "595 x 842 pts (A4)"  # as pdfinfo names the paper
    assert page_size(shown) == "595 x 842 pts (A4)"
    assert page_size(letter) == "612 x 792 pts (letter)"


@needs_poppler
def test_the_lab_state_gives_pay_in_that_state_unless_told_otherwise(qapp, lab, tmp_path,
                                                                     capsys):
    lab("state = ohio")  # matched to the database's "Ohio", as the window does
    ohio, national, texas = (tmp_path / name for name in ("o.pdf", "n.pdf", "t.pdf"))
    assert run(capsys, "compare", NURSE, SECRETARY, "--pdf", str(ohio))[0] == 0
    assert run(capsys, "compare", NURSE, SECRETARY, "--pdf", str(national),
               "--state", "none")[0] == 0
    assert run(capsys, "compare", NURSE, SECRETARY, "--pdf", str(texas),
               "--state", "Texas")[0] == 0
    assert "Ohio" in text_of(ohio) and "Texas" not in text_of(ohio)
    assert "Ohio" not in text_of(national)
    assert "Texas" in text_of(texas) and "Ohio" not in text_of(texas)
    shown = tmp_path / "s.pdf"
    assert run(capsys, "show", NURSE, "--pdf", str(shown))[0] == 0
    assert "Ohio" in text_of(shown)


def test_a_bad_lab_setting_is_named_and_ignored(qapp, lab, tmp_path, capsys):
    lab("paper = A5", "state = Atlantis")
    pdf = tmp_path / "c.pdf"
    status, out, err = run(capsys, "compare", NURSE, SECRETARY, "--pdf", str(pdf))
    assert status == 0 and out.startswith(f"wrote {pdf}")
    assert err.splitlines() == [
        "careerdesk: lab settings: careerdesk.ini line 2: paper: 'A5' is not letter or a4; "
        "ignored",
        "careerdesk: lab settings: careerdesk.ini line 3: state: 'Atlantis' is not a state "
        "this database has wages for (write the full name, e.g. Ohio); ignored"]
    if POPPLER:
        assert page_size(pdf) == "612 x 792 pts (letter)"


# ------------------------------------------------------------------ data folder, guest only

def test_bookmarks_go_to_the_lab_data_folder(lab, tmp_path, capsys):
    folder = tmp_path / "lab-data" / "ana"
    lab(f"data_dir = {folder}")
    status, out, _ = run(capsys, "bookmarks", "add", NURSE, "--profile", "Ana")
    assert status == 0 and out.endswith("bookmarked for Ana\n")
    with open_user_data(folder) as data:
        assert data.bookmarked_codes(data.find_profile("Ana")) == {NURSE}
    assert not (tmp_path / "home-data").exists()  # nothing in the default folder
    # --data-dir (and $CAREERDESK_DATA_DIR) win over the lab setting, as in the window
    other = tmp_path / "other"
    assert run(capsys, "bookmarks", "--data-dir", str(other), "add", SECRETARY,
               "--profile", "Ben")[0] == 0
    assert (other / "userdata.sqlite").is_file()
    status, out, _ = run(capsys, "bookmarks", "list", "--profile", "Ana")
    assert status == 0 and out.startswith(NURSE)


@pytest.mark.parametrize("action", [["add", NURSE], ["import", "in.json"], ["list"],
                                    ["remove", NURSE], ["export", "out.json"]])
def test_guest_only_keeps_no_named_profiles(lab, tmp_path, capsys, action):
    folder = tmp_path / "lab-data"
    source = lab("guest_only = yes", f"data_dir = {folder}")
    status, out, err = run(capsys, "bookmarks", *action, "--profile", "Ana")
    assert (status, out) == (2, "")
    assert err == ("careerdesk: this computer keeps no named profiles (guest_only = yes in "
                   f"{source}), so there are no bookmarks here\n")
    assert every_file(tmp_path) == ["careerdesk.ini"]  # no profile, no folder, no file


def test_data_folder_and_guest_only_through_the_real_command(tmp_path):
    """As a lab runs it: a separate process, settings from CAREERDESK_LAB_CONFIG only."""
    lab_file, folder = tmp_path / "careerdesk.ini", tmp_path / "lab-data"
    env = {**os.environ, "CAREERDESK_LAB_CONFIG": str(lab_file),
           "XDG_DATA_HOME": str(tmp_path / "home-data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CAREERDESK_DATA_DIR", None)

    def careerdesk(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "careerdesk", "--db", str(DB_PATH),
                               *argv], capture_output=True, text=True, env=env, cwd=ROOT,
                              timeout=60)

    lab_file.write_text("[defaults]\n", encoding="utf-8")  # no data_dir: the default folder
    done = careerdesk("bookmarks", "add", NURSE, "--profile", "Zoe")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "home-data" / "CareerDesk" / "CareerDesk" / "userdata.sqlite").is_file()
    env["XDG_DATA_HOME"] = str(tmp_path / "home-data-2")
    lab_file.write_text(f"[defaults]\ndata_dir = {folder}\n", encoding="utf-8")
    done = careerdesk("bookmarks", "add", NURSE, "--profile", "Ana")
    assert done.returncode == 0, done.stderr
    assert (folder / "userdata.sqlite").is_file()
    lab_file.write_text(f"[defaults]\nguest_only = yes\ndata_dir = {folder}\n",
                        encoding="utf-8")
    done = careerdesk("bookmarks", "add", SECRETARY, "--profile", "Ben")
    assert done.returncode == 2 and "keeps no named profiles" in done.stderr
    assert done.stderr.count("\n") == 1
    assert not (tmp_path / "home-data-2").exists()  # the default folder was never made
    with open_user_data(folder) as data:
        assert [p.name for p in data.profiles()] == ["Ana"]


# ------------------------------------------------------------------ --help

def test_help_says_which_settings_file_it_reads(lab, capsys):
    source = lab("paper = a4")
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "careerdesk.ini" in out and f"In use now: {source}." in out
    for setting in ("data_dir", "guest_only", "paper", "state"):
        assert setting in out
    with pytest.raises(SystemExit):
        main(["compare", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "default: paper in careerdesk.ini, else letter" in out
    assert "default: state in careerdesk.ini" in out


def test_help_without_a_settings_file(lab, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CAREERDESK_LAB_CONFIG", str(tmp_path / "none.ini"))
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert f"{tmp_path / 'none.ini'} does not exist: no lab settings." in out
