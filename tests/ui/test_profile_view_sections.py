"""The profile's tabs draw the sections of ``careerdesk.sections``: every figure of a section
is on the tab that shows it, each section is on one tab, and a field added to the model
shows on screen too (the printout and the text: tests/test_sections.py)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QLabel

from careerdesk import sections
from careerdesk.ui.tabs.base import ProfileTab, esc

CODES = ["43-6013.00", "29-1141.01", "55-1011.00"]


def drawn_text(tab: ProfileTab) -> str:
    return "\n".join(label.text() for label in tab.findChildren(QLabel))


def show_every_tab(window, code):
    window.open_career(code)
    for index in range(window.profile.tabs.count()):
        window.profile.show_tab(index)


def test_each_section_is_drawn_by_one_tab(window):
    drawn = [key for tab in window.profile.pages for key in tab.section_keys]
    assert len(drawn) == len(set(drawn))
    # quick facts: the header's strip; also known as: the header's chips; related careers
    # and next steps: the Related tab
    assert set(sections.PROFILE_KEYS) - set(drawn) == {"quick", "aka", "related"}


def test_the_header_strip_shows_the_quick_facts_section(window, store):
    window.open_career("29-1141.00")
    [section] = sections.profile(store.career("29-1141.00"), sections=["quick"]).sections
    [block] = section.blocks
    cards = window.profile.header.facts.cards
    on_paper = [(f.label, f.value, f.detail) for f in block.facts]
    on_screen = [(c.fact.heading, c.fact.value, c.fact.detail) for c in cards]
    assert len(on_screen) >= 4 and all(fact in on_paper for fact in on_screen)
    assert [on_paper.index(fact) for fact in on_screen] == \
        sorted(on_paper.index(fact) for fact in on_screen)


@pytest.mark.parametrize("code", CODES)
def test_every_figure_of_a_section_is_on_its_tab(window, store, code):
    show_every_tab(window, code)
    career = store.career(code)
    made = sections.profile(career)
    checked = 0
    for tab in window.profile.pages:
        text = drawn_text(tab)
        for key in tab.section_keys:
            section = made.section(key)
            assert section is not None
            for block in section.blocks_for(sections.SCREEN):
                for fact in block.facts:
                    assert esc(fact.label) in text and esc(fact.value) in text, fact
                    checked += 1
                for item in block.items:
                    assert esc(item.text) in text, item
                    checked += 1
                if block.kind == sections.NOTE:
                    assert esc(block.text) in text, block.text
    assert checked >= 5


def test_the_pay_tab_draws_the_percentiles_and_the_handbook_link(window, store):
    show_every_tab(window, "43-6013.00")
    from careerdesk.ui.tabs.pay import PayTab

    text = drawn_text(window.profile.page(PayTab))
    assert "Pay (BLS OEWS, May 2025)" in text and "Outlook (BLS projections 2024–34)" in text
    for label in ("10th percentile", "Median", "90th percentile", "Per year", "Per hour"):
        assert label in text
    assert "$35,930" in text and "$60,530" in text  # 10th and 90th, a year
    assert "office-and-administrative-support/secretaries-and-administrative-assistants.htm" \
        in text and "needs the internet" in text


def test_a_field_added_to_the_model_shows_on_its_tab(window, monkeypatch):
    from careerdesk.ui.tabs.education import EducationTab

    made = sections._education

    def with_a_new_field(c):
        blocks = list(made(c))
        blocks[0] = dataclasses.replace(
            blocks[0], facts=(*blocks[0].facts, sections.Fact("Licence needed", "yes")))
        return tuple(blocks)

    monkeypatch.setattr(sections, "_education", with_a_new_field)
    window.open_career("29-1141.00")
    tab = window.profile.page(EducationTab)
    window.profile.show_tab(window.profile.pages.index(tab))
    text = drawn_text(tab)
    assert "Licence needed" in text and "<b>yes</b>" in text


def test_tab_footers_name_their_sections_sources(window, store):
    show_every_tab(window, "43-6013.00")
    from careerdesk.ui.tabs.pay import PayTab

    tab = window.profile.page(PayTab)
    [footer] = [label for label in tab.findChildren(QLabel)
                if label.objectName() == "sourcesFooter"]
    made = sections.profile(store.career("43-6013.00"))
    for key in ("pay", "outlook"):
        section = made.section(key)
        assert section is not None and section.sources
        for source in section.sources:
            assert esc(source) in footer.text()


def test_plain_words_on_the_tabs_explain_themselves_by_keyboard(window, qtbot):
    """A reworded value takes the focus and, on Enter or Shift+F1, shows what it means and
    the source's own term; no source term is drawn on the tabs."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolTip

    from careerdesk.ui.tabs.base import ExplainedValue
    from careerdesk.ui.tabs.education import EducationTab
    from careerdesk.ui.tabs.skills import SkillsTab

    show_every_tab(window, "43-6013.00")
    tab = window.profile.page(EducationTab)
    window.profile.show_tab(window.profile.pages.index(tab))
    text = drawn_text(tab)
    assert "Preparation needed" in text and "some (2 of 5)" in text
    assert "Job Zone" not in text and "teller" not in text  # O*NET's boilerplate is gone
    assert "What does this mean?" in text
    values = {v.fact.label: v for v in tab.findChildren(ExplainedValue)}
    entry = values["Education to start"]
    assert entry.text() == "<b>High school diploma</b>"
    assert entry.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "GED" in entry.accessibleDescription()
    assert "BLS: High school diploma or equivalent" in entry.toolTip()
    entry.setFocus()
    qtbot.keyClick(entry, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert QToolTip.isVisible() and "GED" in QToolTip.text()
    QToolTip.hideText()
    zone = values["Preparation needed"]
    qtbot.keyClick(zone, Qt.Key.Key_Return)
    assert "O*NET: Job Zone Two: Some Preparation Needed" in QToolTip.text()
    QToolTip.hideText()
    skills = drawn_text(window.profile.page(SkillsTab))
    for words in ("Seeing details up close", "Very important (", "★ in demand",
                  "Organizing (Conventional): 6.7 of 7", "from 1 (not important) to 5"):
        assert words in skills, words
    for words in ("importance 4", "★ hot", "Near Vision</b>", "(6.7 of 7)"):
        assert words not in skills, words


def test_the_education_tab_says_what_to_study(window):
    """Issue 15: programs of study on the profile, in plain words, grouped by field; a
    career learned on the job says so instead of an empty section."""
    from careerdesk.ui.tabs.education import EducationTab

    tab = window.profile.page(EducationTab)
    window.open_career("29-1141.00")
    window.profile.show_tab(window.profile.pages.index(tab))
    text = drawn_text(tab)
    assert "What to study" in text and "Health care" in text
    assert text.index("Health care") < text.index("Registered Nursing")  # first of its field
    assert "more programs also lead to this career" in text
    assert "Registered Nursing/Registered Nurse" not in text  # NCES's wording stays out
    window.open_career("41-2011.00")  # cashiers
    text = drawn_text(tab)
    assert "What to study" in text and "most people learn it on the job" in text


def test_the_path_chart_says_in_words_what_it_draws(window):
    from careerdesk.ui.tabs.education import EducationTab

    tab = window.profile.page(EducationTab)
    window.open_career("29-1141.00")
    window.profile.show_tab(window.profile.pages.index(tab))
    assert "How to get there" in drawn_text(tab)
    chart = tab.path_chart
    assert chart.isVisible() and chart.has_drawn()
    description = chart.accessibleDescription()
    assert "Registered Nursing" in description and "Registered Nurses" in description
    texts = [t.get_text() for t in chart.figure().findobj(
        lambda artist: hasattr(artist, "get_text"))]
    assert any("Registered Nursing" in t for t in texts)  # drawn, not only described
