"""The "My interests" printout: one page on Letter and A4, the six scores and the top areas in
words, the chart, the best-fitting careers with their figures, the method and the sources, and
body text no smaller than 10 pt. Read back from the PDF with poppler, as a reader would."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from careerdesk import formatting as fmt
from careerdesk import interests

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo", "pdftoppm")),
    reason="poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed",
)
DEJAVU_BOX = 1.1641  # a DejaVu Sans word's box is this many times its point size, in poppler


def answers_for(store, liked=("Realistic", "Social"), unsure=("Artistic",)):
    return {q.id: "like" if q.area in liked else "unsure" if q.area in unsure else "dislike"
            for q in interests.questions(store)}


def printout(store, result, **kwargs):
    from careerdesk.printouts import interests_printout

    sources = [s for s in store.sources() if s.id in ("onet", "bls-oews", "bls-ep")]
    return interests_printout(result, kwargs.pop("owner", "Jordan Lee"), store.meta, sources,
                              printed=date(2026, 12, 2), **kwargs)


def write_pdf(made, path, paper="letter"):
    """The PDF, fitted to the one page on ``paper``; its page count."""
    from careerdesk.ui.print_document import write_pdf as to_pdf

    return to_pdf(made, path, paper)


def text_of(path: Path) -> str:
    raw = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def pages_of(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def word_sizes(path: Path) -> list[tuple[float, float, str]]:
    """(point size, top, word) of every word, the size from poppler's word box."""
    raw = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    found = []
    for y0, y1, word in re.findall(
            r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
            raw):
        found.append(((float(y1) - float(y0)) / DEJAVU_BOX, float(y0), word))
    return found


@pytest.fixture(scope="module")
def result(store):
    return interests.match(store, answers_for(store))


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_one_page_with_scores_top_areas_careers_method_and_sources(qapp, store, result,
                                                                   tmp_path, paper):
    path = tmp_path / f"interests-{paper}.pdf"
    made = printout(store, result, prepared_for="Jordan Lee")
    assert write_pdf(made, path, paper) == 1
    assert pages_of(path) == 1
    text = text_of(path)
    assert "My interests" in text and "Prepared for: Jordan Lee" in text
    assert ("Scores, 0 to 100: Building and fixing 100; Finding things out 0; Creating 50; "
            "Helping people 100; Leading and persuading 0; Organizing 0.") in text
    for area in result.top_areas:  # the top areas in plain sentences
        assert interests.area_sentence(area) in text
    # (a cell's lines come out between another's: look for each title's first words)
    shown = [m for m in result.matches
             if f"{result.matches.index(m) + 1}. {' '.join(m.title.split()[:2])}" in text]
    assert len(shown) == 10, "the top ten careers fit on the page"
    assert shown == result.matches[:len(shown)]  # the best first, in order
    assert f"The {len(shown)} careers that fit you best" in text
    best = result.matches[0]
    assert f"1. {' '.join(best.title.split()[:4])}" in text
    assert f"{best.fit:.0f}" in text and fmt.money(best.median_wage) in text
    assert best.entry_education.split()[0] in text and best.outlook.split()[0] in text
    assert "Shares: Building and fixing, Helping people" in text
    assert "How this works" in text and "Pearson correlation" in text
    assert "O*NET 29.3 Database" in text and "BLS Occupational Employment and Wage" in text
    assert "BLS Employment Projections" in text
    assert "This product includes information from the O*NET 29.3 Database" in text
    assert "Page 1 of 1" in text


def test_body_text_is_at_least_10_points(qapp, store, result, tmp_path):
    path = tmp_path / "interests.pdf"
    write_pdf(printout(store, result), path)
    words = word_sizes(path)
    footer_top = min(top for size, top, word in words if word == "Data:")
    body = [size for size, top, _ in words if top < footer_top - 2]
    assert len(body) > 300
    assert min(body) >= 10.0, sorted(body)[:5]
    # the footer is the only fine print
    assert all(size < 8 for size, top, word in words if top >= footer_top and word != "Page")


def test_the_chart_is_drawn_on_the_page(qapp, store, result, tmp_path):
    from PySide6.QtGui import QImage

    path = tmp_path / "interests.pdf"
    made = printout(store, result)
    chart = QImage.fromData(made.images["chart-interests.png"])
    assert chart.width() > 900  # 300 dpi
    write_pdf(made, path)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(path), str(tmp_path / "page")],
                   check=True)
    page = QImage(str(tmp_path / "page-1.png"))
    # the chart's solid blue bars (top areas) are on the page: count their pixels
    def is_bar(x: int, y: int) -> bool:
        color = page.pixelColor(x, y)
        return abs(color.red() - 0x00) + abs(color.green() - 0x72) + abs(color.blue() - 0xB2) < 12

    blue = sum(1 for y in range(0, page.height() // 3) for x in range(0, page.width() // 2)
               if is_bar(x, y))
    assert blue > 500


def test_long_titles_never_push_it_to_a_second_page(qapp, store, tmp_path):
    # liking Investigative and Artistic activities brings long scientific titles
    result = interests.match(store, answers_for(store, ("Investigative", "Artistic"), ()))
    for paper in ("letter", "a4"):
        path = tmp_path / f"{paper}.pdf"
        assert write_pdf(printout(store, result), path, paper) == 1


def test_a_guest_page_names_nobody_and_missing_figures_read_not_available(qapp, store):
    from careerdesk.interests import Match

    result = interests.match(store, answers_for(store))
    odd = Match("00-0000.00", "Made-up career", 90.0, (), None, None, False, None, None, None,
                None)
    result = type(result)(result.scores, result.top_areas, [odd], None, 1, None,
                          result.answered, result.total)
    html = printout(store, result, owner=None).html
    assert "interest quiz of" not in html and "Prepared for" not in html
    row = html[html.index("Made-up career"):]
    assert row.count(f"<i>{fmt.not_available()}</i>") == 3  # pay, education, outlook
    assert "Strong and weak in much the same areas as you" in row


def test_no_matches_print_why(qapp, store):
    result = interests.match(store, {q.id: "like" for q in interests.questions(store)})
    assert not result.matches and result.note
    assert result.note in printout(store, result).html


def test_the_printout_names_the_preparation_the_careers_were_picked_for(qapp, store, tmp_path):
    path = tmp_path / "interests.pdf"
    picked = interests.match(store, answers_for(store), preparation=3)
    assert write_pdf(printout(store, picked), path, "letter") == 1
    medium = interests.preparations()[2].label
    assert f"Careers picked for: {medium}." in text_of(path)
    path_any = tmp_path / "interests-any.pdf"
    write_pdf(printout(store, interests.match(store, answers_for(store))), path_any, "letter")
    assert "Careers picked for: any amount of preparation." in text_of(path_any)
