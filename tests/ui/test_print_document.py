"""PDFs on a full disk and onto devices: never reported as written when they are not.

Qt's PDF writer reports no write errors, so a full disk used to give exit 0, "wrote …" and a
PDF cut short in place of the good one. A full disk is made here without root by a file size
limit (RLIMIT_FSIZE: writes past it fail as they do on a full disk), and for real on a tiny
tmpfs where this system lets an ordinary user mount one (``unshare -rm``).
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DB_PATH, ROOT
from tests.test_file_output import a_device

OLD = b"%PDF-1.4 the good handout that was there before\n"
NURSE, SECRETARY = "29-1141.00", "43-6013.00"
COMMANDS = {"show": ["show", NURSE], "compare": ["compare", NURSE, SECRETARY]}


def careerdesk(*argv: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def limited() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return subprocess.run([sys.executable, "-m", "careerdesk", "--db", str(DB_PATH), *argv],
                          capture_output=True, text=True, cwd=ROOT, timeout=120,
                          preexec_fn=limited if limit else None)


@pytest.mark.parametrize("command", COMMANDS)
def test_a_pdf_cut_short_is_an_error_and_the_old_file_stays(tmp_path, command):
    target = tmp_path / "handout.pdf"
    target.write_bytes(OLD)
    result = careerdesk(*COMMANDS[command], "--pdf", str(target), limit=60_000)
    assert result.returncode == 2, result.stdout
    assert "wrote" not in result.stdout
    assert result.stderr == (f"careerdesk: cannot write {target}: the file came out "
                             "incomplete (is the disk full?)\n")
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]


def test_without_a_limit_the_same_pdf_is_written_whole(tmp_path):
    from careerdesk.file_output import pdf_is_complete

    target = tmp_path / "handout.pdf"
    target.write_bytes(OLD)
    result = careerdesk(*COMMANDS["show"], "--pdf", str(target))
    assert result.returncode == 0 and result.stdout.startswith(f"wrote {target}: 2 pages")
    assert target.stat().st_size > 60_000 and pdf_is_complete(target)
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]


@pytest.mark.skipif(not shutil.which("unshare"), reason="needs unshare (util-linux)")
def test_a_really_full_disk_says_so(tmp_path):
    small = tmp_path / "small"
    small.mkdir()
    script = (f"mount -t tmpfs -o size=128k tmpfs {small} || exit 77; "
              f"printf '%s' '{OLD.decode().strip()}' > {small}/handout.pdf; "
              f"{sys.executable} -m careerdesk --db {DB_PATH} show {NURSE} --pdf "
              f"{small}/handout.pdf; echo status=$?; cat {small}/handout.pdf; echo; ls -A {small}")
    result = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True,
                            text=True, cwd=ROOT, timeout=120)
    if result.returncode == 77 or "unshare:" in result.stderr:
        pytest.skip("this system does not let a test mount a small disk")
    assert result.stderr.endswith(f"cannot write {small}/handout.pdf: the disk is full\n")
    assert result.stdout.splitlines() == ["status=2", OLD.decode().strip(), "handout.pdf"]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_fifo_or_a_device_is_refused_and_kept(tmp_path, command):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    device = a_device(tmp_path)
    for target, kind, check in ((fifo, "a pipe (FIFO)", stat.S_ISFIFO),
                                (device, "a device", stat.S_ISCHR)):
        result = careerdesk(*COMMANDS[command], "--pdf", str(target))
        assert result.returncode == 2
        assert result.stderr == f"careerdesk: cannot write {target}: it is {kind}, not a file\n"
        assert check(os.stat(target).st_mode)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    made = {"pipe"} | ({device.name} if device.parent == tmp_path else set())
    assert {p.name for p in tmp_path.iterdir()} == made


def test_write_document_pdf_refuses_a_fifo(qapp, tmp_path):
    from PySide6.QtGui import QTextDocument

    from careerdesk.ui.print_document import PrintError, write_document_pdf

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(PrintError, match="it is a pipe"):
        write_document_pdf(fifo, QTextDocument("hello"))
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_pdf_permissions_are_those_of_a_new_file(qapp, tmp_path):
    from PySide6.QtGui import QTextDocument

    from careerdesk.ui.print_document import write_document_pdf

    old = os.umask(0o022)
    try:
        write_document_pdf(tmp_path / "a.pdf", QTextDocument("hello"))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.pdf").stat().st_mode) == 0o644
    assert Path(tmp_path / "a.pdf").read_bytes().rstrip().endswith(b"%%EOF")
