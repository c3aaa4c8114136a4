"""The printed profile as a handout (issue 11 item 4), measured from the PDF as a reader and a
printer see it: type sizes (``pdftotext -bbox``; a word's box is 1.164 em in DejaVu Sans, the
printouts' only font), the chart's printed scale (``pdfimages -list``), what page 1 starts
with, the top five main tasks, items whole on one page, one short line of sources per page
and the full sources at the end, pages well filled, and at most two pages (the longest
careers here; all 1,016: ``bench/bench_profile_print.py --all``)."""

from __future__ import annotations

import collections
import contextlib
import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from careerdesk.cli import main
from tests.conftest import DB_PATH

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo", "pdfimages")),
    reason="poppler-utils (pdftotext, pdfinfo, pdfimages) is not installed",
)

EM_BOX = 1.164  # DejaVu Sans: ascent + descent, in em
WORD = re.compile(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<')
ATTRIBUTION = ("This product includes information from the O*NET 29.3 Database by the U.S. "
               "Department of Labor, Employment and Training Administration (USDOL/ETA).")
# The secretary (the seed career), a career with no tasks nor BLS figures, and the careers
# with the most text to print (measured by bench/bench_profile_print.py).
CODES = ["43-6013.00", "55-1011.00", "29-1141.01", "15-1252.00", "11-9199.02",
         "53-1044.00"]  # the last: a heading moved to page 2 once left its text on page 3


def write(code: str, path: Path, *argv: str) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--db", str(DB_PATH), "show", code, "--pdf", str(path), *argv]) == 0


@pytest.fixture(scope="module")
def handouts(qapp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("handouts")
    made = {}
    for code in CODES:
        for paper in ("letter", "a4"):
            if paper == "a4" and code not in CODES[:2]:
                continue
            path = folder / f"{code}-{paper}.pdf"
            write(code, path, "--paper", paper)
            made[code, paper] = path
    return made


def words(path: Path) -> list[list[tuple[float, float, str]]]:
    """Per page: (top, size in pt, word) of every word."""
    raw = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return [[(float(a), (float(b) - float(a)) / EM_BOX, w) for a, b, w in WORD.findall(page)]
            for page in raw.split("<page ")[1:]]


def page_text(path: Path, page: int) -> str:
    raw = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                         check=True, capture_output=True, text=True).stdout
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def footer_top(page: list[tuple[float, float, str]]) -> float:
    return min(top for top, _, word in page if word == "Page")


@pytest.mark.parametrize("key", [(c, "letter") for c in CODES] + [(c, "a4") for c in CODES[:2]])
def test_type_is_9_pt_in_the_body_and_never_below_7(handouts, key):
    pages = words(handouts[key])
    [(first, sources)] = [(number, top) for number, page in enumerate(pages, 1)
                          for top, size, word in page if word == "Sources" and size > 10]
    for number, page in enumerate(pages, 1):
        sizes = collections.Counter(round(size, 1) for _, size, _ in page)
        assert min(sizes) >= 7.0, sizes  # footer, page number and sources: 7.5 pt
        if number > first:
            continue  # the full sources block, 7.5 pt
        end = sources if number == first else footer_top(page) - 4
        body = collections.Counter(round(size, 1) for top, size, _ in page if top < end)
        assert min(body) >= 9.0 - 0.05, body  # everything above the sources: 9 pt or more
        assert body.most_common(1)[0][0] == pytest.approx(9.0, abs=0.05), body


def test_the_chart_prints_at_its_own_size_so_its_labels_are_8_pt(handouts):
    from careerdesk.printouts import CHART_DPI, PROFILE_CHART_PT

    listing = subprocess.run(["pdfimages", "-list", str(handouts["43-6013.00", "letter"])],
                             check=True, capture_output=True, text=True).stdout.splitlines()
    [chart] = [line.split() for line in listing[2:]]
    x_ppi, y_ppi = float(chart[12]), float(chart[13])
    # drawn at 300 dpi and placed at 300 ppi: the 8 pt labels print at 8 pt
    assert x_ppi == pytest.approx(CHART_DPI, rel=0.02)
    assert y_ppi == pytest.approx(CHART_DPI, rel=0.02)
    assert PROFILE_CHART_PT * x_ppi / CHART_DPI >= 7.5


def test_page_1_starts_with_the_quick_facts_then_the_top_5_main_tasks(store, handouts):
    from careerdesk.quick_facts import quick_facts

    career = store.career("43-6013.00")
    path = handouts["43-6013.00", "letter"]
    first = page_text(path, 1)
    assert first.startswith("Medical Secretaries and Administrative Assistants Field: Office "
                            "and Administrative Support Typical pay $45,930 a year")
    strip = first.split("What they do")[0]
    for fact in quick_facts(career):  # a box's words, in whatever order its lines are read
        assert all(word in strip.split() for word in fact.value.split()), fact
    core = [t.text for t in career.tasks if t.core]
    text = " ".join(page_text(path, p) for p in (1, 2))
    assert "Main tasks: the top 5" in text
    assert all(task in text for task in core[:5])
    assert not any(task in text for task in core[5:])
    assert "CareerDesk lists 6 more main tasks and 4 other tasks." in text


@pytest.mark.parametrize("code", CODES)
def test_at_most_2_pages_and_no_item_split(store, handouts, code):
    path = handouts[code, "letter"]
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout).group(1))
    assert pages <= 2
    texts = [page_text(path, p) for p in range(1, pages + 1)]
    career = store.career(code)
    for task in [t.text for t in career.tasks if t.core][:5]:  # each whole on one page
        assert any(task in text for text in texts), task


@pytest.mark.parametrize("code", CODES)
def test_sources_one_short_line_a_page_and_in_full_at_the_end(handouts, code):
    path = handouts[code, "letter"]
    pages = words(path)
    for page in pages:
        footer = [(top, word) for top, _, word in page if top >= footer_top(page) - 1]
        assert len({round(top) for top, _ in footer}) == 1, footer  # one line
        line = " ".join(word for _, word in footer).split(" Page ")[0]
        assert line.startswith("Sources: O*NET 29.3 · BLS") and "full list at the end" \
            in line, line
        assert len(line) < 115
    last = " ".join(page_text(path, p) for p in range(1, len(pages) + 1)).split(
        "Sources Codes:")[1]
    last = "Codes:" + last
    assert ATTRIBUTION in last and "Printed " in last
    assert "BLS Occupational Employment and Wage Statistics (May 2025)" in last \
        or code == "55-1011.00"
    # (a career BLS publishes under a combined code names its own SOC code first)
    assert re.search(rf"Codes: O\*NET-SOC {re.escape(code)}; (SOC \d\d-\d{{4}}; )?BLS "
                     r"figures: (combined group )?SOC ", last) \
        or code == "55-1011.00" and "SOC 55-1011 (BLS publishes no figures for it)" in last
    # the codes are in the sources, not in the body
    body = " ".join(page_text(path, p) for p in range(1, len(pages) + 1)).split(
        "Sources Codes:")[0]
    assert code not in body


@pytest.mark.parametrize("code", CODES)
def test_no_half_empty_page(handouts, code):
    """Every page but the last is filled at least to three quarters; a page break that
    keeps an item whole moves a few lines, never half a page."""
    pages = words(handouts[code, "letter"])
    for page in pages[:-1]:
        body = [top for top, _, _ in page if top < footer_top(page) - 4]
        top_margin = min(body)
        assert (max(body) - top_margin) / (footer_top(page) - top_margin) > 0.75


def test_a_career_with_little_data_fits_one_page_and_says_what_is_missing_once(tmp_path):
    """Sections with nothing to print but "not available" make one paragraph, so a career
    with few figures takes one page instead of a second page a quarter full."""
    path = tmp_path / "dentists.pdf"
    write("29-1029.00", path)
    pages = words(path)
    assert len(pages) == 1
    text = page_text(path, 1)
    assert "Not available for this career How the work divides: Not available" in text
    assert "AI assessment: An AI assessment is not available" in text
    assert text.count("How the work divides") == 1
