"""The Inside tab tells one story of how the work divides (issue 11 item 6): for the seed
career the chart's first panel is the editorial estimate its narrative quotes, O*NET's
follows as a named second view, and the sentence on why they differ is on the tab. Read
from what is drawn: the chart's texts top to bottom, the tab's labels."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel

from careerdesk.ui.tabs.inside import InsideTab

EDITORIAL_LABEL = "Editorial estimate, from the reference page"
SECOND_LABEL = "Second view: from O*NET's task list"


def drawn_panels(qtbot, tab: InsideTab) -> list[tuple[str, list[str]]]:
    """The chart's panels top to bottom: (title, the texts drawn under it, top to bottom)."""
    qtbot.waitUntil(tab.chart.has_drawn, timeout=5000)
    figure = tab.chart.figure()
    assert figure is not None
    texts = sorted(((t.get_position()[1], t.get_position()[0], t.get_text(),
                     t.get_fontweight()) for t in figure.texts if t.get_text().strip()),
                   key=lambda t: (-t[0], t[1]))
    panels: list[tuple[str, list[str]]] = []
    for _, _, text, weight in texts:
        if weight == "bold":
            panels.append((text.replace("\n", " "), []))
        elif panels:
            panels[-1][1].append(text.replace("\n", " "))
    return panels


def open_inside(qtbot, window, code: str) -> InsideTab:
    window.open_career(code)
    tab = window.profile.page(InsideTab)
    window.profile.show_tab(window.profile.pages.index(tab))
    assert tab.career is not None and tab.career.code == code
    return tab


def tab_text(tab: InsideTab) -> str:
    return "\n".join(label.text() for label in tab.findChildren(QLabel))


def test_the_seed_careers_chart_leads_with_what_its_narrative_says(qtbot, window, store):
    tab = open_inside(qtbot, window, "43-6013.00")
    panels = drawn_panels(qtbot, tab)
    assert [title for title, _ in panels] == [EDITORIAL_LABEL, SECOND_LABEL]
    lead = panels[0][1]
    assert "Patient communication" in lead and "40%" in lead and "35%" in lead \
        and "25%" in lead and "47%" not in lead
    assert "47%" in panels[1][1] and "Records, paperwork and computers" in panels[1][1]
    # the narrative on the tab quotes the leading panel's figures
    story = store.career("43-6013.00").narrative.text.split("\n\n")[0]
    shown = tab_text(tab)
    assert story.replace("'", "&#x27;") in shown or story in shown
    quoted = [f"{p}%" for p in re.findall(r"(\d+)%", story)]
    lead_values = [t for t in lead if t.endswith("%")]
    assert quoted == lead_values[:2]
    assert f"{100 - sum(int(q[:-1]) for q in quoted)}%" == lead_values[2]
    # the screen reader hears the same order
    words = tab.chart.accessibleDescription()
    assert words.index(EDITORIAL_LABEL) < words.index(SECOND_LABEL)
    assert "The two differ because the editors guessed" in shown


def test_a_career_without_an_editorial_estimate_shows_onets_alone(qtbot, window):
    tab = open_inside(qtbot, window, "29-1141.00")
    panels = drawn_panels(qtbot, tab)
    assert [title for title, _ in panels] == ["Estimated from O*NET work activities"]
    assert "differ because" not in tab_text(tab)


def test_the_comparison_table_shows_the_editorial_estimate_named_and_top_aligned(qtbot, store):
    from PySide6.QtCore import Qt

    from careerdesk.charts import EDITORIAL_STYLES, GROUP_STYLES
    from careerdesk.comparison import build_comparison
    from careerdesk.ui.app import application
    from careerdesk.ui.compare_model import CompareModel

    application()
    model = CompareModel(build_comparison([store.career(c) for c in
                                           ("43-6013.00", "29-1141.00")]))
    row = next(r for r, found in enumerate(model.comparison.rows_for(False))
               if found.kind == "chart")

    def charts() -> list:
        return [model.data(model.index(row, column), Qt.ItemDataRole.DecorationRole)
                for column in (0, 1)]

    qtbot.waitUntil(lambda: None not in charts(), timeout=10000)
    seed, nurse = charts()
    assert seed is not None and nurse is not None
    assert seed.height() == nurse.height()  # one height: the bars from the top, side by side

    def count(image, colour: str, rows: range) -> int:
        return sum(1 for y in rows for x in range(0, image.width(), 2)
                   if image.pixelColor(x, y).name() == colour.lower())

    top = range(0, seed.height() // 2)
    # the editorial bars (greys) in the upper half, none of O*NET's group colours
    assert count(seed, EDITORIAL_STYLES[2].color, top) > 50
    assert all(count(seed, s.color, range(seed.height())) == 0 for s in GROUP_STYLES.values())
    assert count(nurse, GROUP_STYLES[2].color, range(nurse.height())) > 50
    assert model.comparison.rows_for(False)[row].cells[0].text.startswith("Editorial estimate: ")
