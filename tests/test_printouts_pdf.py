"""Printouts as PDF through the command line: text, pages, paper, orientation, errors.

Read back with poppler (pdftotext, pdfinfo, pdftoppm), as a person or a printer would.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from careerdesk.cli import main
from tests.conftest import DB_PATH, ROOT

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo", "pdftoppm")),
    reason="poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed",
)

CAREERS = ["43-6013.00", "15-1252.00", "29-1141.00", "47-2111.00"]
PAPERS = {"letter": (612.0, 792.0), "a4": (595.28, 841.89)}
MOST_PAGES = {1: 2, 2: 2, 3: 2, 4: 2}  # a profile and a four-career comparison: two pages
ATTRIBUTION = ("This product includes information from the O*NET 29.3 Database by the U.S. "
               "Department of Labor, Employment and Training Administration (USDOL/ETA).")
MODIFIED = "The CareerDesk team has modified all or some of this information."
CASES = [(n, paper) for n in (1, 2, 3, 4) for paper in PAPERS]


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["--db", str(DB_PATH), *argv])
    return status, out.getvalue()


def pdf_command(count: int, paper: str, path: Path) -> list[str]:
    if count == 1:
        return ["show", CAREERS[0], "--pdf", str(path), "--paper", paper]
    return ["compare", *CAREERS[:count], "--pdf", str(path), "--paper", paper,
            "--prepared-for", "Jordan Lee", "--state", "California"]


@pytest.fixture(scope="module")
def pdfs(qapp, tmp_path_factory):
    """Every case written once: {(count, paper): (path, what the command printed)}."""
    folder = tmp_path_factory.mktemp("pdf")
    written = {}
    for count, paper in CASES:
        path = folder / f"careers-{count}-{paper}.pdf"
        status, printed = run_cli(*pdf_command(count, paper, path))
        assert status == 0, printed
        written[count, paper] = (path, printed)
    return written


def text_of(path: Path, *options: str) -> str:
    raw = subprocess.run(["pdftotext", *options, str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def info_of(path: Path) -> dict[str, str]:
    raw = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                         text=True).stdout
    return {k.strip(): v.strip() for k, v in
            (line.split(":", 1) for line in raw.splitlines() if ":" in line)}


def titles(store, count: int) -> list[str]:
    return [store.summary(code).title for code in CAREERS[:count]]


@pytest.mark.parametrize(("count", "paper"), CASES)
def test_titles_attribution_and_page_numbers_are_text(pdfs, store, count, paper):
    path, printed = pdfs[count, paper]
    text = text_of(path)
    for title in titles(store, count):
        assert title in text
    assert ATTRIBUTION in text
    assert MODIFIED in text
    assert "O*NET 29.3 Database (29.3, May 2025)" in text
    assert "BLS Occupational Employment and Wage Statistics (May 2025)" in text
    assert f"Printed {date.today().isoformat()}" in text
    pages = int(info_of(path)["Pages"])
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in text
    assert re.fullmatch(rf"wrote {re.escape(str(path))}: {pages} pages? in \d+\.\d\d s\n",
                        printed)


@pytest.mark.parametrize(("count", "paper"), CASES)
def test_page_count_paper_and_orientation(pdfs, count, paper):
    info = info_of(pdfs[count, paper][0])
    pages = int(info["Pages"])
    assert 1 <= pages <= MOST_PAGES[count]
    width, height = (float(v) for v in
                     re.match(r"([\d.]+) x ([\d.]+) pts", info["Page size"]).groups())
    landscape = count >= 3
    assert (width > height) == landscape
    assert sorted((width, height)) == pytest.approx(sorted(PAPERS[paper]), abs=1)


@pytest.mark.parametrize(("count", "paper"), [(2, "letter"), (4, "a4")])
def test_every_page_renders(pdfs, tmp_path, count, paper):
    from PySide6.QtGui import QColor, QImage

    path = pdfs[count, paper][0]
    pages = int(info_of(path)["Pages"])
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(path), str(tmp_path / "page")],
                   check=True, capture_output=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages
    for image_path in images:
        image = QImage(str(image_path))
        assert not image.isNull()
        dark = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
                   if QColor(image.pixel(x, y)).lightness() < 128)
        assert dark > 200, f"{image_path.name} looks blank"


def test_header_row_repeats_on_every_page(pdfs, store):
    path = pdfs[4, "letter"][0]
    pages = int(info_of(path)["Pages"])
    assert pages == 2
    for page in range(1, pages + 1):
        text = text_of(path, "-f", str(page), "-l", str(page))
        assert "Career" in text
        for title in ("Software Developers", "Registered Nurses", "Electricians"):
            assert title in text, (page, title)


def test_markers_are_words_not_only_colour(pdfs):
    text = text_of(pdfs[4, "letter"][0])
    assert "▲ highest" in text and "▼ lowest" in text
    assert "Prepared for: Jordan Lee" in text
    assert "Typical pay," in text and "California" in text  # the label wraps in its column
    two = subprocess.run(["pdftotext", "-layout", str(pdfs[2, "letter"][0]), "-"],
                         check=True, capture_output=True, text=True).stdout
    assert "● No work experience needed" in two  # shared by both, marked in words


def test_a_comparison_handout_reads_like_one(pdfs, store):
    """Quick facts first on page 1, the top five main tasks whole, sources in one block at
    the end, four careers on two landscape pages."""
    raw = subprocess.run(["pdftotext", str(pdfs[4, "letter"][0]), "-"], check=True,
                         capture_output=True, text=True).stdout
    pages = [" ".join(unicodedata.normalize("NFKC", p).split()) for p in raw.split("\f")]
    pages = [p for p in pages if p]
    text = " ".join(pages)
    assert len(pages) == 2
    assert pages[0].index("Quick facts") < pages[0].index("Typical pay") \
        < pages[0].index("How the work divides")
    on_page = [set(p.split()) for p in pages]
    for code in CAREERS:
        core = [t.text for t in store.career(code).tasks if t.core is not False][:5]
        for task in core:  # each task whole on one page, not split across two
            words = {w for w in task.split() if len(w) >= 5}
            assert any(words <= found for found in on_page), task
    assert text.count("O*NET-SOC codes:") == 1 and "O*NET-SOC codes:" in pages[1]
    assert "Sources and notes" in pages[1]  # one block, at the end
    assert "O*NET-SOC codes:" in pages[1] and "43-6013.00" in pages[1]


def test_preview_paints_what_the_pdf_holds(qapp, store, tmp_path):
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

    from careerdesk.comparison import build_comparison
    from careerdesk.printouts import comparison_printout
    from careerdesk.ui.print_document import fitted, paint, printout_layout, write_pdf

    # fitted to its pages first, as the print actions do before a preview or a print
    printout = fitted(comparison_printout(
        build_comparison([store.career(c) for c in CAREERS[:3]]), store.meta), "a4")
    pages = write_pdf(printout, tmp_path / "three.pdf", "a4", fit=False)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(printout_layout(printout, "a4"))
    preview = QPrintPreviewWidget(printer)
    preview.paintRequested.connect(lambda device: paint(printout, device))
    preview.updatePreview()
    assert preview.pageCount() == pages


def test_sections_choose_what_is_printed(qapp, tmp_path):
    path = tmp_path / "pay-only.pdf"
    status, _ = run_cli("compare", *CAREERS[:2], "--pdf", str(path), "--sections", "pay,ai")
    assert status == 0
    text = text_of(path)
    assert "Typical pay an" in text and "How much of the" in text  # labels wrap
    assert "Top main tasks" not in text and "Technology they use" not in text


def test_a_printed_profile_gives_the_handbook_page_to_look_up_later(qapp, tmp_path):
    path = tmp_path / "nurse.pdf"
    status, _ = run_cli("show", "29-1141.00", "--pdf", str(path), "--sections", "outlook")
    assert status == 0
    text = text_of(path).replace(" ", "")  # pdftotext may break the long address
    assert "OccupationalOutlookHandbook" in text
    assert "https://www.bls.gov/ooh/healthcare/registered-nurses.htm" in text


def test_printouts_carry_the_bright_outlook_badge_with_its_rule(qapp, pdfs, tmp_path):
    rule = "projected to grow much faster than average (+7.1% or more) or to have 100,000"
    for code, verdict in [("47-2111.00", "☀ Bright outlook (grows rapidly, many job openings)"),
                          ("43-9021.00", "Does not meet the Bright Outlook criteria")]:
        path = tmp_path / f"{code}.pdf"
        status, _ = run_cli("show", code, "--pdf", str(path), "--sections", "outlook")
        assert status == 0
        text = text_of(path)
        assert "Bright Outlook (O*NET)" in text and verdict in text
        assert rule in text
        assert "https://www.onetcenter.org/initiatives.html" in text.replace(" ", "")
    compared = text_of(pdfs[2, "letter"][0])  # secretaries and software developers
    assert rule in compared
    assert "☀ Bright outlook (many job openings)" in compared
    assert "☀ Bright outlook (grows rapidly, many job openings)" in compared


@pytest.mark.parametrize(("argv", "message"), [
    (["compare", CAREERS[0], "99-9999.00"], "no career with code '99-9999.00'"),
    (["compare", *CAREERS, "11-1031.00"], "compare 2 to 4 different careers (got 5)"),
    (["compare", CAREERS[0], CAREERS[0]], "compare 2 to 4 different careers (got 1)"),
    (["compare", *CAREERS[:2], "--sections", "pay,salary"], "unknown section salary"),
    (["compare", *CAREERS[:2], "--paper", "legal"], "unknown paper 'legal'"),
    (["compare", *CAREERS[:2], "--state", "Atlantis"], "unknown state 'Atlantis'"),
    (["show", "99-9999.00"], "no career with code"),
])
def test_errors_are_one_line_with_status_2_and_no_file(tmp_path, argv, message):
    target = tmp_path / "out.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "careerdesk", "--db", str(DB_PATH), *argv, "--pdf", str(target)],
        capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unwritable_path_leaves_nothing_behind(tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    for target in (not_a_folder / "out.pdf", tmp_path / "missing" / "out.pdf", tmp_path):
        result = subprocess.run(
            [sys.executable, "-m", "careerdesk", "--db", str(DB_PATH), "compare", *CAREERS[:2],
             "--pdf", str(target)], capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "cannot write" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_failure_while_writing_removes_the_partial_file(qapp, store, tmp_path, monkeypatch):
    from careerdesk.comparison import build_comparison
    from careerdesk.printouts import comparison_printout
    from careerdesk.ui import print_document

    def broken(*_args, **_kwargs):
        raise print_document.PrintError("cannot start painting")

    printout = comparison_printout(
        build_comparison([store.career(c) for c in CAREERS[:2]]), store.meta)
    monkeypatch.setattr(print_document, "paint_pages", broken)
    with pytest.raises(print_document.PrintError):
        print_document.write_pdf(printout, tmp_path / "broken.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("count", "paper"), [(1, "letter"), (2, "a4"), (3, "letter"),
                                              (4, "letter")])
def test_no_page_ends_with_a_section_heading(pdfs, count, paper):
    from careerdesk.comparison import SECTION_TITLES
    from careerdesk.sections import PROFILE_SECTIONS

    headings = set(SECTION_TITLES.values()) | {title for _, title in PROFILE_SECTIONS}
    path = pdfs[count, paper][0]
    pages = int(info_of(path)["Pages"])
    for page in range(1, pages):
        raw = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                             check=True, capture_output=True, text=True).stdout
        body = raw.split("Data: ")[0].split("Sources: O*NET")[0]  # the footer: the sources
        last = [line.strip() for line in body.splitlines() if line.strip()][-1]
        assert last not in headings, (page, last)
