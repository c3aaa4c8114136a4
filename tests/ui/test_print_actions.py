"""Printing through a real print queue: CUPS with a cups-pdf printer, whose output PDF
shows what the printer was sent (paper, orientation) and whose queue keeps the job's title.

Without such a queue on this computer these tests skip, saying why; CI installs and starts
one (``.ci/run``, ``.ci/print-queue``) and sets ``CAREERDESK_REQUIRE_CUPS=1``, which turns
the skip into a failure. The queue's name is ``CareerDeskPDF`` unless ``CAREERDESK_CUPS_QUEUE`` says
otherwise; where cups-pdf writes is read from ``/etc/cups/cups-pdf.conf`` (``Out``) unless
``CAREERDESK_CUPS_PDF_OUT`` names the folder.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import io
import os
import pwd
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from careerdesk.ui import print_actions
from careerdesk.ui.print_options import PrintChoices
from tests.ui.test_bookmarks_view_window import make_window
from tests.ui.test_compare_view import pick

NURSE = "29-1141.00"
FOUR = ["43-6013.00", "29-1141.00", "47-2111.00", "15-1252.00"]
QUEUE = os.environ.get("CAREERDESK_CUPS_QUEUE", "CareerDeskPDF")
REQUIRED = os.environ.get("CAREERDESK_REQUIRE_CUPS") == "1"
# Page sizes in points, portrait (a landscape printout is sent rotated on the same paper).
PAPER_POINTS = {"letter": (612, 792), "a4": (595, 842)}
JOBS_TEST = """{
    NAME "Completed jobs"
    OPERATION Get-Jobs
    GROUP operation-attributes-tag
    ATTR charset attributes-charset utf-8
    ATTR language attributes-natural-language en
    ATTR uri printer-uri $uri
    ATTR name requesting-user-name $user
    ATTR keyword which-jobs completed
    ATTR keyword requested-attributes job-id,job-name,document-format
    STATUS successful-ok
    DISPLAY job-id
    DISPLAY job-name
}
"""


class Dialogs:
    """CareerDesk's own dialogs answered: every section on ``paper``; PDFs go to ``pdf``."""

    def __init__(self, paper="letter", pdf=None, confirm=True):
        self.paper, self.pdf, self.answer = paper, pdf, confirm
        self.messages: list[str] = []
        self.asked: list[str] = []

    def print_choices(self, title, sections, paper):
        return PrintChoices(tuple(key for key, _ in sections), self.paper, None)

    def save_pdf_path(self, suggested):
        return self.pdf

    def confirm(self, title, text):
        self.asked.append(text)
        return self.answer

    def info(self, title, text):
        self.messages.append(text)

    def error(self, title, text):
        self.messages.append("ERROR " + text)


# ------------------------------------------------------------------ the queue


@dataclass(frozen=True)
class Queue:
    name: str
    output: Path  # where cups-pdf writes this user's PDFs


def _missing(reason: str):
    if REQUIRED:
        pytest.fail(f"CAREERDESK_REQUIRE_CUPS=1, but {reason}")
    pytest.skip(reason)


def cups_pdf_output() -> Path:
    """The folder cups-pdf writes this user's jobs to (its ``Out`` setting)."""
    if os.environ.get("CAREERDESK_CUPS_PDF_OUT"):
        return Path(os.environ["CAREERDESK_CUPS_PDF_OUT"])
    user = pwd.getpwuid(os.getuid())
    out = "/var/spool/cups-pdf/${USER}"  # cups-pdf's default
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.is_file():
        for line in conf.read_text(errors="replace").splitlines():
            if line.split()[:1] == ["Out"]:
                out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


@pytest.fixture
def queue() -> Queue:
    for tool in ("lpstat", "ipptool", "pdfinfo", "pdftoppm"):
        if shutil.which(tool) is None:
            _missing(f"{tool} is not installed (apt-get install cups cups-ipp-utils "
                     "printer-driver-cups-pdf poppler-utils)")
    found = subprocess.run(["lpstat", "-v", QUEUE], capture_output=True, text=True)
    if found.returncode != 0:
        _missing(f"no CUPS print queue named {QUEUE} here (.ci/print-queue adds one, as root): "
                 f"{found.stderr.strip() or found.stdout.strip()}")
    if "cups-pdf:" not in found.stdout:
        _missing(f"the print queue {QUEUE} is not a cups-pdf printer: {found.stdout.strip()}")
    if QUEUE not in print_actions.printers():
        _missing(f"Qt does not see the print queue {QUEUE}")
    return Queue(QUEUE, cups_pdf_output())


def accept_print_dialog(printer_name: str | None = None, file_name: str | None = None):
    """When Qt's printer dialog opens, choose ``printer_name`` (or "Print to File (PDF)"
    into ``file_name``) as a person would, then press Print."""
    tries = [200]  # about ten seconds

    def answer():
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            tries[0] -= 1
            if tries[0]:
                QTimer.singleShot(50, answer)
            return
        printers = dialog.findChild(QComboBox, "printers")
        if file_name is not None:
            printers.setCurrentIndex(printers.count() - 1)  # "Print to File (PDF)"
            dialog.findChild(QLineEdit, "filename").setText(file_name)
        elif printer_name is not None:
            printers.setCurrentIndex(printers.findText(printer_name))
        dialog.accept()

    QTimer.singleShot(0, answer)


def new_pdf(folder: Path, before: set[Path], timeout: float = 60.0) -> Path:
    """The PDF cups-pdf writes for the job just sent (complete: pdfinfo reads it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        fresh = sorted(set(folder.glob("*.pdf")) - before) if folder.is_dir() else []
        for path in fresh:
            info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
            if info.returncode == 0:
                return path
        time.sleep(0.25)
    raise AssertionError(f"cups-pdf wrote nothing in {folder} within {timeout:.0f} s")


def pdf_pages(path: Path) -> list[tuple[float, float]]:
    """Each page's size in points."""
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True,
                         text=True, check=True).stdout
    return [(float(w), float(h)) for w, h in
            re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)]


def footer_rule(path: Path, folder: Path) -> str:
    """Which way the footer rule runs on page 1 as printed: "across" (a portrait printout)
    or "along" the long side (a landscape printout, turned on the paper). It is the one
    line nearly as long as the page; the page is rendered at 50 dpi to find it."""
    from PIL import Image

    stem = folder / "page"
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(path), str(stem)], check=True, capture_output=True)
    image = Image.open(f"{stem}.png").convert("L")
    width, height = image.size
    pixels = image.load()

    def longest(line) -> int:
        best = run = 0
        for value in line:
            run = run + 1 if value < 220 else 0
            best = max(best, run)
        return best

    across = max(longest(pixels[x, y] for x in range(width)) for y in range(height))
    along = max(longest(pixels[x, y] for y in range(height)) for x in range(width))
    if across >= 0.8 * width and along < 0.8 * height:
        return "across"
    if along >= 0.8 * height and across < 0.8 * width:
        return "along"
    return f"unclear (across {across}/{width} px, along {along}/{height} px)"


def job_names(queue: Queue, folder: Path) -> dict[int, str]:
    """The completed jobs' titles in the queue, by job number (ipptool: ``lpstat`` does not
    show titles). Asking for one more attribute than the name makes cupsd read each job
    back: otherwise a finished job's name reads empty a second after it is done."""
    test = folder / "jobs.test"
    test.write_text(JOBS_TEST)
    out = subprocess.run(
        ["ipptool", "-c", "-d", f"user={pwd.getpwuid(os.getuid()).pw_name}",
         f"ipp://localhost/printers/{queue.name}", str(test)],
        capture_output=True, text=True, check=True).stdout
    rows = list(csv.reader(io.StringIO(out)))
    return {int(row[0]): row[1] for row in rows[1:] if len(row) >= 2 and row[0].isdigit()}


def print_from_preview(printer_name: str):
    """When the print preview opens, press its Print button, then choose ``printer_name``
    in the printer dialog that follows."""
    tries = [200]

    def press_print():
        from PySide6.QtGui import QAction
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintPreviewDialog):
            tries[0] -= 1
            if tries[0]:
                QTimer.singleShot(50, press_print)
            return
        accept_print_dialog(printer_name)
        [button] = [a for a in dialog.findChildren(QAction) if a.text() == "Print"]
        button.trigger()

    QTimer.singleShot(0, press_print)


@contextlib.contextmanager
def queue_to_ourselves():
    """One print job at a time on this computer, whatever test run sends it (two runs of
    the suite at once would otherwise take each other's PDFs and jobs for their own)."""
    with open(Path(os.environ.get("TMPDIR", "/tmp")) / "careerdesk-print-queue.lock",
              "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def print_from_window(qtbot, window, queue: Queue, tmp_path: Path,
                      command: str = "print") -> tuple[Path, str]:
    """Press Print (or Print preview, then its Print button), choose the queue in Qt's
    printer dialog; the PDF cups-pdf wrote (moved to ``tmp_path``) and the job's title in
    the queue."""
    with queue_to_ourselves():
        return _print_from_window(window, queue, tmp_path, command)


def _print_from_window(window, queue: Queue, tmp_path: Path,
                       command: str) -> tuple[Path, str]:
    before = set(queue.output.glob("*.pdf")) if queue.output.is_dir() else set()
    jobs_before = set(job_names(queue, tmp_path))
    if command == "preview":
        print_from_preview(queue.name)
    else:
        accept_print_dialog(queue.name)
    window.commands[command].trigger()
    written = new_pdf(queue.output, before)
    path = tmp_path / f"printed-{len(list(tmp_path.glob('printed-*')))}.pdf"
    shutil.copyfile(written, path)
    written.unlink()  # the test's pages do not stay in the user's PDF folder
    new_jobs = {}
    deadline = time.monotonic() + 30
    while not new_jobs and time.monotonic() < deadline:
        new_jobs = {n: name for n, name in job_names(queue, tmp_path).items()
                    if n not in jobs_before}
        time.sleep(0.2)
    assert len(new_jobs) == 1, new_jobs
    return path, next(iter(new_jobs.values()))


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_profile_prints_on_the_paper_chosen_with_its_title(qtbot, store, tmp_path, queue,
                                                              paper):
    dialogs = Dialogs(paper)
    window = make_window(qtbot, store, tmp_path, "Sam", dialogs=dialogs)
    window.open_career(NURSE)
    path, title = print_from_window(qtbot, window, queue, tmp_path)
    assert dialogs.messages == []
    pages = pdf_pages(path)
    assert pages and all(size == PAPER_POINTS[paper] for size in pages), pages
    assert footer_rule(path, tmp_path) == "across"  # portrait
    assert title == "CareerDesk — Registered Nurses"


def test_printing_from_the_preview_keeps_the_paper_too(qtbot, store, tmp_path, queue):
    dialogs = Dialogs("letter")
    window = make_window(qtbot, store, tmp_path, "Sam", dialogs=dialogs)
    window.open_career(NURSE)
    path, title = print_from_window(qtbot, window, queue, tmp_path, "preview")
    assert dialogs.messages == []
    assert set(pdf_pages(path)) == {PAPER_POINTS["letter"]}
    assert footer_rule(path, tmp_path) == "across"
    assert title == "CareerDesk — Registered Nurses"


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_comparison_of_four_prints_landscape_on_the_paper_chosen(qtbot, store, tmp_path,
                                                                    queue, paper):
    dialogs = Dialogs(paper)
    window = make_window(qtbot, store, tmp_path, "Sam", dialogs=dialogs)
    pick(window, FOUR)
    window.show_comparison(window.tray.codes())
    path, title = print_from_window(qtbot, window, queue, tmp_path)
    assert dialogs.messages == []
    pages = pdf_pages(path)
    assert pages and all(size == PAPER_POINTS[paper] for size in pages), pages
    assert footer_rule(path, tmp_path) == "along"  # landscape, turned on the paper
    assert title == "CareerDesk — Comparing 4 careers"


# ------------------------------------------------------------------ no printer, failures


def test_with_no_printer_print_says_so_and_offers_a_pdf(qtbot, store, tmp_path, monkeypatch):
    monkeypatch.setattr(print_actions, "printers", lambda: [])
    target = tmp_path / "nurse.pdf"
    dialogs = Dialogs("a4", target)
    window = make_window(qtbot, store, tmp_path, "Sam", dialogs=dialogs)
    window.open_career(NURSE)
    window.commands["print"].trigger()  # no printer dialog opens: it would hang here
    assert dialogs.asked == ["No printer is set up on this computer. Save as PDF instead?"]
    assert target.is_file() and dialogs.messages == [
        f"Saved {len(pdf_pages(target))} page(s) to {target}."]
    assert set(pdf_pages(target)) == {PAPER_POINTS["a4"]}
    # saying no saves nothing and asks nothing more
    target.unlink()
    dialogs.answer, dialogs.messages = False, []
    window.commands["print"].trigger()
    assert not target.exists() and dialogs.messages == []


def test_no_printer_is_found_when_no_print_service_answers(tmp_path):
    """What ``printers()`` says on a computer with no print service (CUPS unreachable)."""
    script = ("from PySide6.QtGui import QGuiApplication\n"
              "app = QGuiApplication([])\n"
              "from careerdesk.ui.print_actions import printers\n"
              "print(printers())\n")
    env = {**os.environ, "CUPS_SERVER": str(tmp_path / "no-cups.sock"),
           "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env=env, timeout=60, check=True)
    assert out.stdout.strip() == "[]", out.stderr


def test_print_to_file_from_the_printer_dialog_is_written_whole_or_said_why(
        qtbot, store, tmp_path):
    """"Print to File (PDF)" in Qt's dialog: the file is written as Save as PDF writes
    it; a folder that does not exist is one line, not a traceback."""
    dialogs = Dialogs("letter")
    window = make_window(qtbot, store, tmp_path, "Sam", dialogs=dialogs)
    window.open_career(NURSE)
    if not print_actions.printers():
        pytest.skip("Qt's printer dialog is not shown without a printer")
    target = tmp_path / "to-file.pdf"
    accept_print_dialog(file_name=str(target))
    window.commands["print"].trigger()
    assert dialogs.messages == [f"Saved {len(pdf_pages(target))} page(s) to {target}."]
    assert set(pdf_pages(target)) == {PAPER_POINTS["letter"]}
    dialogs.messages.clear()
    nowhere = tmp_path / "missing" / "x.pdf"
    accept_print_dialog(file_name=str(nowhere))
    window.commands["print"].trigger()
    assert len(dialogs.messages) == 1 and dialogs.messages[0].startswith(
        f"ERROR The PDF could not be saved to {nowhere}: "), dialogs.messages
    assert "\n" not in dialogs.messages[0] and not nowhere.parent.exists()


def test_a_printer_that_refuses_the_paper_is_told_in_one_line(qtbot, store, tmp_path, queue,
                                                              monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    monkeypatch.setattr(QPrinter, "setPageLayout", lambda self, layout: False)
    dialogs = Dialogs("letter")
    window = make_window(qtbot, store, tmp_path, "Sam", dialogs=dialogs)
    window.open_career(NURSE)
    with queue_to_ourselves():
        before = set(queue.output.glob("*.pdf")) if queue.output.is_dir() else set()
        accept_print_dialog(queue.name)
        window.commands["print"].trigger()
        assert dialogs.messages == [
            f"ERROR The printer {queue.name} cannot print on Letter paper."]
        time.sleep(1)
        assert set(queue.output.glob("*.pdf")) - before == set()  # nothing was sent


def test_a_printer_that_fails_is_told_in_one_line(qtbot, store, tmp_path, queue, monkeypatch):
    """Painting cannot start on the printer (Qt could not open the job): one line, no
    traceback."""
    from careerdesk.ui import print_document

    def cannot_start(printout, device):
        raise print_document.PrintError("cannot start painting")

    monkeypatch.setattr(print_document, "paint", cannot_start)
    dialogs = Dialogs("a4")
    window = make_window(qtbot, store, tmp_path, "Sam", dialogs=dialogs)
    window.open_career(NURSE)
    accept_print_dialog(queue.name)
    window.commands["print"].trigger()
    assert dialogs.messages == [
        f"ERROR Could not send the printout to the printer {queue.name}."]
