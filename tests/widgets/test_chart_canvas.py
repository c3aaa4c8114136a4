"""ChartView, the chart widget, with pytest-qt (offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from careerdesk.model import EducationShare, TimeAllocation, TimeShare
from careerdesk.widgets.chart_canvas import ChartView, palette_colors

DATA = TimeAllocation(
    "onet-activities", "Estimated from O*NET work activities", "data", "method",
    [TimeShare("Records, paperwork and computers", 44.0, 4),
     TimeShare("Talking and working with people", 56.0, 1)],
)
EDITORIAL = TimeAllocation(
    "reference-page", "From the reference career page", "editorial", "method",
    [TimeShare("Patient communication", 100.0, None)],
)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in [(QPalette.ColorRole.Window, "#202124"),
                        (QPalette.ColorRole.WindowText, "#e8eaed"),
                        (QPalette.ColorRole.Base, "#2a2b2e"),
                        (QPalette.ColorRole.Text, "#e8eaed"),
                        (QPalette.ColorRole.Highlight, "#8ab4f8")]:
        palette.setColor(role, QColor(color))
    return palette


def test_chart_view_imports_matplotlib_only_when_a_chart_is_shown():
    script = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from careerdesk.widgets.chart_canvas import ChartView
        view = ChartView("Time")
        view.show()
        app.processEvents()
        assert "matplotlib" not in sys.modules, "imported too early"
        assert view.figure() is None
        view.show_time_allocation([], "caption")
        assert "matplotlib" in sys.modules
        assert "matplotlib.pyplot" not in sys.modules, "pyplot must never be used"
        assert view.figure() is not None
        print("ok")
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QT_API", None)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_chart_view_describes_the_shares_in_words(qtbot):
    view = ChartView("How the work divides")
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.redrawn):
        view.show_time_allocation([DATA, EDITORIAL], "How it was estimated.")
    words = view.accessibleDescription()
    assert "Records, paperwork and computers 44%" in words
    assert "Talking and working with people 56%" in words
    assert "From the reference career page: Patient communication 100%" in words
    assert view.accessibleName() == "How the work divides"
    assert view.caption() == "How it was estimated."
    assert view.has_drawn()
    figure = view.figure()
    assert figure is not None
    titles = {t.get_text() for t in figure.texts}
    assert {DATA.label, EDITORIAL.label} <= titles


def test_chart_view_education_and_caption(qtbot):
    view = ChartView("Education")
    qtbot.addWidget(view)
    view.show_education([EducationShare("Bachelor's Degree", 61.0),
                         EducationShare("Doctoral Degree", 0.0)], "Share of workers.")
    assert view.accessibleDescription() == "Bachelor's degree (4 years) 61%."
    caption = view.findChild(QLabel)
    assert caption is not None and caption.wordWrap() and caption.text() == "Share of workers."
    assert caption.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_chart_view_height_follows_the_font(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    view.show_time_allocation([DATA, EDITORIAL], "")
    small = view.minimumSizeHint().height()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    with qtbot.waitSignal(view.redrawn):
        view.setFont(font)
    assert view.minimumSizeHint().height() > small * 1.5


def test_chart_is_placed_again_for_its_new_size(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    view.show_time_allocation([DATA, EDITORIAL], "caption")
    view.show()
    for width in (view.minimumSizeHint().width(), 1400):
        view.resize(width, view.minimumSizeHint().height())
        qtbot.waitUntil(lambda w=width: view.figure().bbox.width >= w - 1)
        figure = view.figure()
        figure.canvas.draw()  # as the canvas does when it is shown
        renderer = figure.canvas.get_renderer()
        for text in figure.texts:
            box = text.get_window_extent(renderer)
            assert figure.bbox.x0 <= box.x0 and box.x1 <= figure.bbox.x1
            assert figure.bbox.y0 <= box.y0 and box.y1 <= figure.bbox.y1
        right = max(t.get_window_extent(renderer).x1 for t in figure.texts)
        assert right > figure.bbox.width * 0.8  # the scale reaches across the new width


def test_palette_change_redraws_in_the_new_colours(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    view.show_time_allocation([DATA], "caption")
    figure = view.figure()
    assert figure is not None
    with qtbot.waitSignal(view.redrawn):
        view.setPalette(dark_palette())
    assert QColor.fromRgbF(*figure.get_facecolor()[:3]).name() == "#202124"
    assert view.chart_colors() == palette_colors(dark_palette())
    image = view.grab()
    assert not image.isNull()
