"""One story of how the work divides (issue 11 item 6): where a career has an editorial
estimate (the seed career, Medical Secretaries), its narrative, the chart, the text, the
comparison and the printed profile all lead with that estimate, O*NET's follows as a
labelled second view, and one plain sentence says why the two differ. Careers without one
are as before: O*NET's estimate under its own name."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ElementTree
from html import escape

import numpy as np
import pytest
import textstat

from careerdesk import sections, time_views
from careerdesk.comparison import build_comparison
from tests.conftest import DB_PATH, ROOT

SEED = "43-6013.00"  # Medical Secretaries: the editorial estimate 40 / 35 / 25
NURSE, ELECTRICIAN = "29-1141.00", "47-2111.00"  # O*NET's estimate only
EDITORIAL_LABEL = "Editorial estimate, from the reference page"
SECOND_LABEL = "Second view: from O*NET's task list"
POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdftoppm"))


def percents(text: str) -> list[int]:
    return [int(p) for p in re.findall(r"(\d+)%", text)]


def shares(allocation) -> dict[str, float]:
    return {s.label: s.percent for s in allocation.shares}


def test_the_narrative_tells_the_leading_chart(store):
    career = store.career(SEED)
    lead = time_views.lead(career)
    assert lead is not None and lead.kind == "editorial" and lead.label == EDITORIAL_LABEL
    assert shares(lead) == {"Patient communication": 40.0, "Insurance and billing": 35.0,
                            "Records, correspondence and coordination": 25.0}
    story = career.narrative.text.split("\n\n")[0]  # the editorial narrative's typical day
    assert career.narrative.kind == "editorial"
    quoted = percents(story)
    assert quoted == [40, 35]  # "about 40% ... talking with patients", "About 35% ..."
    charted = [s.percent for s in lead.shares]
    assert quoted == charted[:2]
    assert "the rest goes to records" in story.lower()  # "the rest" is the chart's last bar
    assert 100 - sum(quoted) == charted[2]
    assert "talking with patients" in story and "insurance and billing" in story
    # the narrative written from the data quotes the second view, and says so
    data = next(n for n in career.narratives if n.kind == "data")
    second = time_views.views(career)[1]
    assert second.kind == "data" and second.label == SECOND_LABEL and "O*NET" in second.label
    biggest = [s.percent for s in second.shares[:2]]
    assert percents(data.text)[:2] == biggest == [47.0, 19.0]
    assert "estimate from O*NET work activities" in data.text


def test_the_profile_section_leads_with_the_editorial_estimate(store):
    career = store.career(SEED)
    section = sections.profile(career, sections=["time"]).section("time")
    assert section is not None
    printed = section.blocks_for(sections.PRINT)
    assert printed[0].kind == sections.CHART  # the chart: the editorial estimate
    lists = [b for b in printed if b.kind == sections.LIST]
    assert [b.title for b in lists] == [SECOND_LABEL]  # O*NET's in words, named
    assert sections.paper_line(lists[0]).startswith("Records, paperwork and computers (47%)")
    # the text: both in words, the editorial one first
    text = [b for b in section.blocks_for(sections.TEXT) if b.kind == sections.LIST]
    assert [b.title for b in text] == [EDITORIAL_LABEL, SECOND_LABEL]
    assert sections.paper_line(text[0]) == ("Patient communication (40%); Insurance and "
                                            "billing (35%); Records, correspondence and "
                                            "coordination (25%)")
    # why they differ: one plain sentence, everywhere, at grade 9 or below
    why = [b.text for b in section.blocks if "differ" in b.text]
    assert len(why) == 1 and why[0] == time_views.why_they_differ(career)
    block = next(b for b in section.blocks if b.text == why[0])
    assert block.media == sections.EVERYWHERE and block.kind == sections.PARAGRAPHS
    assert why[0].count(". ") == 0 and why[0].endswith(".")
    assert textstat.flesch_kincaid_grade(why[0]) <= 9
    assert "editors" in why[0] and "O*NET" in why[0] and "hours" in why[0]
    # the screen's caption says how each estimate is made, the editorial one first
    caption = printed[0].text
    assert caption.index(EDITORIAL_LABEL) < caption.index(SECOND_LABEL)
    assert "not measured hours" in caption


@pytest.mark.parametrize("code", [NURSE, ELECTRICIAN])
def test_careers_without_an_editorial_estimate_are_unchanged(store, code):
    career = store.career(code)
    assert career.time_allocation("editorial") is None
    assert time_views.views(career) == (career.time_allocation("data"),)
    assert time_views.why_they_differ(career) == ""
    section = sections.profile(career, sections=["time"]).section("time")
    assert not any("differ" in b.text for b in section.blocks)
    assert [b.title for b in section.blocks_for(sections.TEXT) if b.kind == sections.LIST] \
        == ["Estimated from O*NET work activities"]


def test_the_comparison_shows_the_editorial_estimate_in_its_column(store):
    careers = [store.career(code) for code in (SEED, NURSE, ELECTRICIAN)]
    comparison = build_comparison(careers)
    row = next(r for r in comparison.rows if r.key == "time.split")
    seed, nurse, electrician = row.cells
    assert seed.chart is not None and seed.chart.kind == "editorial"
    # its own three parts, never padded with O*NET's groups at 0%
    assert shares(seed.chart) == shares(time_views.lead(careers[0]))
    assert seed.text.startswith("Editorial estimate: Patient communication 40%; Insurance "
                                "and billing 35%; Records, correspondence and coordination 25%")
    assert seed.chart.label == "Editorial estimate" and time_views.titled(seed.chart)
    # the others: O*NET's, aligned group by group as before
    for cell, career in ((nurse, careers[1]), (electrician, careers[2])):
        assert cell.chart is not None and cell.chart.kind == "data"
        assert not time_views.titled(cell.chart)
        assert cell.text.startswith("Estimated from O*NET work activities: ")
        original = {s.group_id: s.percent for s in career.time_allocation("data").shares}
        assert {s.group_id: s.percent for s in cell.chart.shares if s.percent} == \
            {g: p for g, p in original.items() if p}
    assert [s.group_id for s in nurse.chart.shares] == \
        [s.group_id for s in electrician.chart.shares]
    # one scale for all, wide enough for every column's bars
    assert comparison.time_max_percent >= max(
        s.percent for c in row.cells for s in c.chart.shares)


def chart_pixels(png: bytes) -> np.ndarray:
    from matplotlib.image import imread

    return (imread(io.BytesIO(png))[..., :3] * 255).round().astype(int)


def near(pixels: np.ndarray, colour: str) -> int:
    """How many pixels are within a few steps of ``colour`` ("#RRGGBB")."""
    rgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(pixels - rgb).max(axis=-1) <= 6).sum())


def test_the_printed_chart_is_the_editorial_estimate(store):
    from matplotlib.figure import Figure

    from careerdesk.charts import EDITORIAL_STYLES, GROUP_STYLES, LIGHT
    from careerdesk.printouts import _draw_print_time, comparison_printout, profile_printout

    career = store.career(SEED)
    printout = profile_printout(career, dict(store.meta))
    (png,) = printout.images.values()
    pixels = chart_pixels(png)
    # the editorial bars are greys; O*NET's groups' colours (records: blue) are not drawn
    assert near(pixels, EDITORIAL_STYLES[2].color) > 2000  # the 25% bar, solid light grey
    for style in GROUP_STYLES.values():
        assert near(pixels, style.color) < 50, style.color
    html = printout.html
    assert html.index(EDITORIAL_LABEL) < html.index(escape(SECOND_LABEL))
    # a comparison: the editorial estimate's chart, named in it, beside O*NET's in colour
    comparison = build_comparison([career, store.career(NURSE)])
    compared = comparison_printout(comparison, dict(store.meta))
    seed, nurse = (chart_pixels(compared.images[f"chart-time-{code}.png"])
                   for code in (SEED, NURSE))
    assert seed.shape == nurse.shape  # one height for the row
    assert near(seed, EDITORIAL_STYLES[2].color) > 500
    assert all(near(seed, style.color) < 50 for style in GROUP_STYLES.values())
    assert near(nurse, GROUP_STYLES[2].color) > 500  # caring for people
    assert "alt='Editorial estimate: Patient communication 40%" in compared.html
    figure = Figure(figsize=(2, 2))
    cell = next(r for r in comparison.rows if r.key == "time.split").cells[0]
    _draw_print_time(figure, [cell.chart], LIGHT, max_percent=50, font_size=8, titled=True)
    drawn = [t.get_text() for t in figure.texts]
    assert drawn[0] == "Editorial estimate" and "40%" in drawn


def text_of(path) -> str:
    raw = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def pages_of(path) -> int:
    raw = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                         text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", raw).group(1))


@pytest.mark.skipif(not POPPLER or not shutil.which("pdfinfo"), reason="no poppler-utils")
def test_the_printed_profile_and_comparison_read_in_this_order(qapp, tmp_path):
    from careerdesk.cli import main

    profile = tmp_path / "profile.pdf"
    assert main(["--db", str(DB_PATH), "show", SEED, "--pdf", str(profile)]) == 0
    text = text_of(profile)
    assert pages_of(profile) <= 2
    heading = text.index("How the work divides")
    editorial = text.index(EDITORIAL_LABEL)
    second = text.index(SECOND_LABEL + ": Records, paperwork and computers (47%)")
    why = text.index("The two differ because the editors guessed")
    assert heading < editorial < second < why < text.index("Inside this career")
    assert text.count("about 40% of the day goes to talking with patients") == 1
    four = tmp_path / "four.pdf"
    assert main(["--db", str(DB_PATH), "compare", SEED, NURSE, ELECTRICIAN, "15-1252.00",
                 "--pdf", str(four)]) == 0
    assert pages_of(four) <= 2  # the editorial chart (fewer bars) changes nothing there
    compared = text_of(four)
    assert compared.index("How the work divides") < compared.index("What they do")


def test_the_new_texts_are_in_the_spanish_ts_file():
    tree = ElementTree.parse(ROOT / "resources" / "translations" / "careerdesk_es.ts")
    listed = {message.findtext("source") for context in tree.getroot().iter("context")
              if context.findtext("name") == "TimeViews" for message in context.iter("message")}
    source = (ROOT / "careerdesk" / "time_views.py").read_text(encoding="utf-8")
    used = set(re.findall(r'translate\(\s*"TimeViews",\s*"([^"]+)"(?:\s*"([^"]+)")?', source))
    texts = {a + b for a, b in used}
    assert len(texts) == 4
    assert texts <= listed, texts - listed
