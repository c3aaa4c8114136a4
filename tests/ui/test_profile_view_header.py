"""The profile header's other names: one line, with "N more…" to show them all."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

NURSE = "29-1141.00"  # long other names ("Emergency Department RN (Emergency Department ...)")


def lines_of(label) -> float:
    return label.height() / label.fontMetrics().lineSpacing()


def test_other_names_take_one_line_until_more_is_asked_for(qtbot, window):
    window.open_career(NURSE)
    QApplication.processEvents()
    aka = window.profile.header.aka
    assert aka.isVisible()
    assert lines_of(aka) < 1.6, aka.text()  # one line of text (and its margins)
    assert "more…" in aka.text()
    shown = aka.text().count("·") + 1
    assert 1 <= shown < len(aka.names)
    aka.linkActivated.emit("#more")  # as Enter on the focused link does
    QApplication.processEvents()
    assert all(name.split(" (")[0] in aka.text() for name in aka.names)
    assert "fewer" in aka.text() and lines_of(aka) > 1.6
    aka.linkActivated.emit("#more")
    QApplication.processEvents()
    assert lines_of(aka) < 1.6


def test_a_wider_window_shows_more_names_on_the_line(qtbot, window):
    window.open_career(NURSE)
    aka = window.profile.header.aka
    window.resize(900, 700)
    QApplication.processEvents()
    narrow = aka.text().count("·")
    window.resize(1360, 700)
    QApplication.processEvents()
    assert aka.text().count("·") >= narrow and lines_of(aka) < 1.6


def test_a_small_window_keeps_the_title_in_view_when_a_career_opens(qtbot, window):
    """On an 800 px wide screen the quick facts stack up; the page below them scrolls on
    its own, so opening a career (which gives the page the focus) never scrolls the
    career's title and quick facts out of the window."""
    from careerdesk.ui.tabs.inside import InsideTab

    window.resize(800, 672)
    window.profile.show_tab(window.profile.pages.index(window.profile.page(InsideTab)))
    window.open_career("11-3012.00")  # four quick facts, one per row at this width
    QApplication.processEvents()
    title = window.profile.header.title
    top_left = title.mapTo(window, title.rect().topLeft())
    central = window.centralWidget().geometry()
    assert central.contains(top_left), (top_left, central)
    assert title.visibleRegion().boundingRect().height() == title.height()
    page = window.profile.page(InsideTab)
    assert page.visibleRegion().boundingRect().height() > 5 * page.fontMetrics().height()
