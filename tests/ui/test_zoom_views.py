"""Zoom while running, measured on what is drawn: every view is grabbed as a screenshot
would show it and the height of its drawn text lines (and of the charts' labels as
rendered) is compared at 100 %, 200 %, 75 % and 100 % again, switching with the keys.
Also: the window never grows past the screen, and a comparison or a dialog opened after
zooming is drawn at the zoom, all of it."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

INK = 100  # how far (0-255 luminance) a pixel must be from the background to be ink:
# the strokes of text, not the soft edges that join closely set lines
CAREERS = ["43-6013.00", "29-1141.00", "47-2111.00", "15-1252.00"]


# ------------------------------------------------------------------ measuring pixels


def pixels(image: QImage) -> np.ndarray:
    """The picture as an (height, width, 3) array of red, green and blue."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), np.uint8, stride * height)
    return raw.reshape(height, stride)[:, :width * 3].reshape(height, width, 3)


def ink_runs(image: QImage, area: QRect | None = None, *, shortest: int = 3) -> list[int]:
    """Heights in pixels of the bands of rows that hold ink, top to bottom: one band per
    line of text. The background is the area's most common shade; bands thinner than
    ``shortest`` pixels (rules, underlines) are left out."""
    rgb = pixels(image).astype(float)
    if area is not None:
        rgb = rgb[max(area.top(), 0):area.bottom() + 1, max(area.left(), 0):area.right() + 1]
    shade = (rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114).round()
    if shade.size == 0:
        return []
    background = int(np.bincount(shade.astype(int).ravel()).argmax())
    rows = (np.abs(shade - background) > INK).any(axis=1)
    runs: list[int] = []
    length = 0
    for inked in [*rows.tolist(), False]:
        if inked:
            length += 1
        elif length:
            if length >= shortest:
                runs.append(length)
            length = 0
    return runs


def line_height(runs: list[int]) -> float:
    """The height of a full line of text (capitals or ascenders down to descenders): the
    tallest band of ink. Lines with only small letters draw shorter bands."""
    assert runs, "no text drawn there"
    return float(max(runs))


def text_height(widget: QWidget, area: QRect | None = None) -> float:
    """The height in pixels of a full drawn line of text in ``widget`` (or in ``area`` of
    it), grabbed as a screenshot would show it."""
    runs = ink_runs(widget.grab().toImage(), area)
    assert runs, f"no text drawn in {type(widget).__name__} {widget.objectName()!r}"
    return line_height(runs)


def figure_text_heights(figure) -> list[float]:
    """Heights in pixels of a line of each of a matplotlib figure's texts (titles, labels,
    ticks) as its renderer draws them."""
    from matplotlib.text import Text

    renderer = figure.canvas.get_renderer()
    return [text.get_window_extent(renderer).height / (text.get_text().count("\n") + 1)
            for text in figure.findobj(match=Text)
            if text.get_visible() and text.get_text().strip()]


def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours, 1 to 21."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ratios(now: dict[str, float], before: dict[str, float]) -> dict[str, float]:
    """Each measurement now divided by the same measurement before."""
    return {key: round(now[key] / before[key], 2) for key in before}


def outside(values: dict[str, float], low: float, high: float) -> dict[str, float]:
    return {key: value for key, value in values.items() if not low <= value <= high}


# ------------------------------------------------------------------ the views


def settle(window) -> None:
    for _ in range(4):
        QApplication.processEvents()
    view = window.compare_view
    while view is not None and view.model.charts_pending():
        QApplication.processEvents()
    QApplication.processEvents()


def press(qtbot, window, key: Qt.Key, times: int = 1) -> None:
    """Ctrl + ``key``, ``times`` times, as typed in the window (made active first: the
    zoom keys are the window's shortcuts)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    for _ in range(times):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    settle(window)


def zoom_to(window, percent: int) -> None:
    """Zoom as View > Zoom in does, in one step (the keys are tested step by step)."""
    window.zoom.set_percent(percent)
    settle(window)


def on_screen(window) -> bool:
    return window.screen().availableGeometry().contains(window.frameGeometry())


def first_text_label(root: QWidget) -> QLabel:
    """The first label on show under ``root`` that draws some text."""
    for label in root.findChildren(QLabel):
        if label.isVisible() and label.text().strip() and label.height() > 4:
            return label
    raise AssertionError(f"no label with text in {type(root).__name__}")


def compare_chart_label_height(window) -> float:
    """The height of the scale's labels ("0%", "25%", "50%") drawn along the bottom of the
    comparison's first chart: the picture's lowest band of ink (the bars' labels share a
    font with them but sit beside bars whose width depends on the column)."""
    view = window.compare_view
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.row(r).kind == "chart")
    image = model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole)
    assert isinstance(image, QImage) and not image.isNull()
    return float(ink_runs(image)[-1])


def compare_cell_height(window, kind: str = "text") -> float:
    """The drawn height of a full line of text in the comparison's cells: the tallest band
    of ink in the first career's cells of the first rows of ``kind`` (one cell may hold
    only small letters or figures)."""
    view = window.compare_view
    model, table = view.model, view.table
    rows = [r for r in range(model.rowCount()) if model.row(r).kind == kind][:4]
    heights = []
    for row in rows:
        index = model.index(row, 0)
        table.scrollTo(index)
        settle(window)
        cell = table.visualRect(index).adjusted(3, 2, -3, -2)
        runs = ink_runs(table.viewport().grab().toImage(), cell)
        if runs:
            heights.append(line_height(runs))
    assert heights, "no text drawn in the comparison's cells"
    return max(heights)


def measure(window) -> dict[str, float]:
    """Text heights in pixels, drawn now, in each view: each view is shown in turn."""
    found: dict[str, float] = {}
    window.show_start_page()
    settle(window)
    from careerdesk.ui.start_page import Tile

    tile = next(t for t in window.welcome.findChildren(Tile) if t.isVisible())
    found["start tile title"] = text_height(tile.title_label)
    results = window.search.results
    row = results.visualRect(window.search.model.index(1, 0)).adjusted(4, 1, -4, -1)
    # a result's first line, its title (the lines under it are set close)
    found["search result title"] = ink_runs(results.viewport().grab().toImage(), row)[0]
    window.open_career(CAREERS[0])
    settle(window)
    profile = window.profile
    found["profile title"] = text_height(profile.header.title)
    found["profile subtitle"] = text_height(profile.header.subtitle)
    for index, page in enumerate(profile.pages):
        profile.show_tab(index)
        settle(window)
        found[f"profile tab {index + 1} text"] = text_height(first_text_label(page))
        chart = getattr(page, "chart", None)
        if chart is not None and chart.figure() is not None and chart.has_drawn():
            chart.figure().canvas.draw()
            found[f"profile tab {index + 1} chart labels"] = max(
                figure_text_heights(chart.figure()))
    window.show_comparison(CAREERS)
    settle(window)
    view = window.compare_view
    found["compare title"] = text_height(view.title)
    found["compare button"] = text_height(view.open_button)
    found["compare cells"] = compare_cell_height(window)
    found["compare chart labels"] = compare_chart_label_height(window)
    window.show_bookmarks()
    settle(window)
    marks = window.bookmarks_view
    row = marks.list.visualRect(marks.model.index(1, 0)).adjusted(4, 1, -4, -1)
    found["bookmark title"] = ink_runs(marks.list.viewport().grab().toImage(), row)[0]
    found["bookmarks heading"] = text_height(marks.heading)
    quiz = window.interests.show_quiz()
    settle(window)
    found["quiz activity"] = text_height(quiz.activity)
    window.interests.show()
    settle(window)
    results_view = window.interests.results
    found["interests heading"] = text_height(results_view.heading)
    results_view.chart.figure().canvas.draw()
    found["interests chart labels"] = max(figure_text_heights(results_view.chart.figure()))
    return found


def finish_quiz(window) -> None:
    window.show_interests()
    quiz = window.interests.quiz
    for _ in quiz.questions():
        quiz.rate("like" if quiz.current_index() % 3 == 0 else "dislike")
    settle(window)
    assert window.interests.results is not None


@pytest.fixture
def zoomed_window(qtbot, window):
    """The window with a theme's style sheet (as after the first paint), four careers in
    the tray, three bookmarks and a finished quiz; zoom back to 100 % afterwards."""
    from careerdesk.ui import theme

    theme.apply_style_sheet(QApplication.instance())
    for code in CAREERS:
        window.tray.add(code, window.store.summary(code).title)
    for code in CAREERS[:3]:
        window.session.toggle_bookmark(code)
    finish_quiz(window)
    yield window
    window.zoom.reset()


def test_every_view_follows_zoom_while_running(qtbot, zoomed_window):
    """Ctrl+= to 200 %, Ctrl+- to 75 %, Ctrl+0 back: the text drawn in every view (start
    page, results, profile tabs and its chart, comparison table, buttons and charts,
    bookmarks, quiz, interests and their chart) doubles, shrinks by a quarter, and comes
    back to the same pixels; the window stays on the screen throughout."""
    window = zoomed_window
    at_100 = measure(window)
    assert on_screen(window)
    press(qtbot, window, Qt.Key.Key_Equal, 5)  # 110, 125, 150, 175, 200
    assert window.zoom.percent == 200
    at_200 = measure(window)
    assert on_screen(window), (window.frameGeometry(), window.screen().availableGeometry())
    doubled = ratios(at_200, at_100)
    assert not outside(doubled, 1.7, 2.3), (doubled, at_100, at_200)
    press(qtbot, window, Qt.Key.Key_Minus, 7)  # down to 75
    assert window.zoom.percent == 75
    at_75 = measure(window)
    assert on_screen(window)
    shrunk = ratios(at_75, at_100)
    assert not outside(shrunk, 0.6, 0.9), (shrunk, at_100, at_75)
    press(qtbot, window, Qt.Key.Key_0)
    assert window.zoom.percent == 100
    again = measure(window)
    assert on_screen(window)
    back = ratios(again, at_100)
    assert not outside(back, 0.92, 1.08), (back, at_100, again)


def test_comparison_opened_after_zooming_is_all_at_the_zoom(qtbot, zoomed_window):
    """A comparison first opened at 200 % draws its title, buttons, cells and chart labels
    all twice as tall as one opened at 100 % (none left at the old size), and Ctrl+0
    brings every part of it back to the 100 % pixels."""
    window = zoomed_window
    parts: dict[str, Callable[[], float]] = {
        "title": lambda: text_height(window.compare_view.title),
        "button": lambda: text_height(window.compare_view.open_button),
        "cells": lambda: compare_cell_height(window),
        "chart labels": lambda: compare_chart_label_height(window),
    }

    def open_and_measure() -> dict[str, float]:
        window.show_comparison(CAREERS)
        settle(window)
        found = {name: part() for name, part in parts.items()}
        window.compare_view.closed.emit()
        settle(window)
        return found

    at_100 = open_and_measure()
    zoom_to(window, 200)
    window.show_comparison(CAREERS)  # opened after zooming
    settle(window)
    assert on_screen(window)
    at_200 = {name: part() for name, part in parts.items()}
    doubled = ratios(at_200, at_100)
    assert not outside(doubled, 1.7, 2.3), (doubled, at_100, at_200)
    press(qtbot, window, Qt.Key.Key_0)  # while the comparison is on screen
    reset = {name: part() for name, part in parts.items()}
    back = ratios(reset, at_100)
    assert not outside(back, 0.92, 1.08), (back, at_100, reset)


def test_dialog_opened_after_zooming_and_zoomed_while_open(qtbot, zoomed_window):
    """The About dialog opened at 200 % draws its text twice as tall as at 100 %, and one
    left open follows Ctrl+0."""
    from careerdesk.ui.about import AboutDialog

    window = zoomed_window

    def dialog_text() -> tuple[AboutDialog, float]:
        dialog = AboutDialog(window.store, window.lab, window)
        qtbot.addWidget(dialog)
        dialog.show()
        settle(window)
        return dialog, text_height(first_text_label(dialog))

    first, at_100 = dialog_text()
    first.close()
    zoom_to(window, 200)
    assert window.zoom.percent == 200
    dialog, at_200 = dialog_text()
    assert 1.7 <= at_200 / at_100 <= 2.3, (at_100, at_200)
    press(qtbot, window, Qt.Key.Key_0)
    assert window.zoom.percent == 100
    assert 0.92 <= text_height(first_text_label(dialog)) / at_100 <= 1.08
    dialog.close()


def test_window_never_grows_past_the_screen(qtbot, zoomed_window):
    """At 200 % with four careers in the tray and every page opened in turn, the whole
    window (frame included) stays inside the screen's available area; no page is squeezed
    below its minimum size, and on the tests' 1366 x 768 screen none needs to scroll
    sideways (a page wider than the room would scroll inside the window)."""
    window = zoomed_window
    zoom_to(window, 200)
    for show in (window.show_start_page, lambda: window.open_career(CAREERS[0]),
                 lambda: window.show_comparison(CAREERS), window.show_bookmarks,
                 window.interests.show_quiz, window.interests.show):
        show()
        settle(window)
        area = window.screen().availableGeometry()
        assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
        page = window.pages.currentWidget()
        least = page.minimumSizeHint()
        # the page is never squeezed below its minimum: it scrolls when it must
        assert page.width() >= least.width() and page.height() >= least.height()
        assert window.page_scroller.horizontalScrollBar().maximum() == 0, \
            (type(page).__name__, least, window.page_scroller.viewport().size())


def test_a_control_reached_with_tab_is_scrolled_into_view(qtbot, zoomed_window):
    """At 200 % the profile (its header and quick facts above the tabs) is taller than the
    window, so the page scrolls: a control that takes the focus below or above the part
    in view is scrolled into view."""
    from PySide6.QtCore import QPoint

    window = zoomed_window
    zoom_to(window, 200)
    window.open_career(CAREERS[0])
    settle(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    scroller = window.page_scroller
    assert scroller.verticalScrollBar().maximum() > 0  # the page is taller than its room

    def in_view(widget: QWidget) -> bool:
        corner = widget.mapTo(scroller.viewport(), QPoint(0, 0))
        return scroller.viewport().rect().contains(QRect(corner, widget.size()))

    tabs = window.profile.tabs.tabBar()
    title = window.profile.star  # the Bookmark button, at the top
    scroller.verticalScrollBar().setValue(0)
    settle(window)
    assert not in_view(tabs)
    tabs.setFocus(Qt.FocusReason.TabFocusReason)
    settle(window)
    assert in_view(tabs)
    title.setFocus(Qt.FocusReason.BacktabFocusReason)
    settle(window)
    assert in_view(title)


def test_every_control_is_named_and_described_at_200_percent(qtbot, zoomed_window):
    """Zoomed in, controls that only show when room is short (the arrows that scroll the
    profile's tabs) have a spoken name and description too."""
    from tests.ui.test_accessibility import undescribed, unnamed, visit_every_view

    window = zoomed_window
    zoom_to(window, 200)
    problems = []
    for view in visit_every_view(window):
        problems += [f"{view}: {p}" for p in unnamed(window) + undescribed(window)]
    assert sorted(set(problems)) == []
