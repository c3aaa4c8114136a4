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
        and "25%" in lead and "44%" not in lead
    assert "44%" in panels[1][1] and "Records, paperwork and computers" in panels[1][1]
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
