"""ChartView, Meter and ChipList/FlowLayout with pytest-qt (offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from careerdesk.model import EducationShare, TimeAllocation, TimeShare
from careerdesk.widgets.chart_canvas import ChartView, palette_colors
from careerdesk.widgets.chips import ChipList, FlowLayout
from careerdesk.widgets.meter import Meter

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


def test_meter_not_available(qtbot):
    meter = Meter("Replace or assist", low_label="assists", high_label="replaces")
    qtbot.addWidget(meter)
    meter.set_value(None)
    assert meter.value() is None
    assert meter.accessibleName() == "Replace or assist"
    assert "not available" in meter.accessibleDescription().lower()
    meter.show()
    assert not meter.grab().isNull()


def test_meter_value_words_and_focus(qtbot):
    meter = Meter("Exposure", low_label="little", high_label="most")
    qtbot.addWidget(meter)
    meter.set_value(0.67, "High: 67% of tasks")
    assert meter.value() == pytest.approx(0.67)
    assert meter.accessibleDescription().startswith("High: 67% of tasks")
    assert meter.focusPolicy() == Qt.FocusPolicy.StrongFocus
    line = meter.fontMetrics().height()
    assert meter.sizeHint().height() > 3 * line  # title, bar, end labels, words
    meter.set_value(1.7)
    assert meter.value() == 1.0
    meter.show()
    meter.setFocus()
    qtbot.waitUntil(meter.hasFocus)
    assert not meter.grab().isNull()


def layout_rows(chips: ChipList, width: int) -> set[int]:
    chips.resize(width, chips.heightForWidth(width))
    layout = chips.layout()
    assert layout is not None
    layout.activate()
    return {chip.geometry().y() for chip in chips.chips()}


def test_chip_list_lays_out_and_wraps(qtbot):
    chips = ChipList("Also known as")
    qtbot.addWidget(chips)
    items = ["Medical Secretary", "Medical Office Specialist", "Clinic Clerk",
             "Patient Coordinator", "Unit Secretary"]
    chips.set_items(items)
    chips.show()
    assert len(chips.chips()) == len(items)
    assert chips.items() == items
    assert chips.accessibleName() == "Also known as"
    wide = chips.layout().sizeHint().width() + 10
    assert len(layout_rows(chips, wide)) == 1
    narrow = max(chip.sizeHint().width() for chip in chips.chips())
    assert len(layout_rows(chips, narrow)) == len(items)
    assert chips.heightForWidth(narrow) > chips.heightForWidth(wide)
    chips.set_items(["one"])
    assert len(chips.chips()) == 1


def test_clickable_chips_take_focus_and_activate(qtbot):
    chips = ChipList("Related", clickable=True)
    qtbot.addWidget(chips)
    chips.set_items(["Dental Assistants", "Receptionists"])
    chips.show()
    first, second = chips.chips()
    assert first.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert first.accessibleName() == "Dental Assistants"
    with qtbot.waitSignal(chips.chipActivated) as blocker:
        qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    assert blocker.args == ["Receptionists"]
    with qtbot.waitSignal(chips.chipActivated) as blocker:
        qtbot.keyClick(first, Qt.Key.Key_Return)
    assert blocker.args == ["Dental Assistants"]


def test_plain_chips_are_not_in_the_tab_order(qtbot):
    chips = ChipList("Tags", empty_text="None listed")
    qtbot.addWidget(chips)
    chips.set_items(["<b>not html</b>"])
    (chip,) = chips.chips()
    assert chip.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert isinstance(chip, QLabel) and chip.textFormat() == Qt.TextFormat.PlainText
    chips.set_items([])
    assert chips.chips() == [] and chips.accessibleDescription() == "None listed"


def test_flow_layout_height_grows_when_narrower(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host)
    for text in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]:
        layout.addWidget(QLabel(text))
    assert layout.hasHeightForWidth()
    one_row = layout.sizeHint().width()
    heights = [layout.heightForWidth(w) for w in (one_row, one_row // 2, one_row // 4)]
    assert heights[0] < heights[1] < heights[2]
    assert layout.count() == 6 and layout.itemAt(6) is None


def test_flow_layout_heights_follow_its_items_and_font(qtbot):
    chips = ChipList("Tags")
    qtbot.addWidget(chips)
    chips.set_items(["alpha", "beta", "gamma", "delta"])
    chips.show()
    width = chips.layout().sizeHint().width() // 2
    two_rows = chips.heightForWidth(width)
    assert chips.heightForWidth(width) == two_rows  # remembered
    chips.set_items(["alpha"])
    qtbot.waitUntil(lambda: chips.chips()[0].isVisible())  # a new chip shows on the next turn
    one_row = chips.heightForWidth(width)
    assert 0 < one_row < two_rows
    (chip,) = chips.chips()
    font = chip.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    chip.setFont(font)  # a bigger chip
    assert chips.heightForWidth(width) > one_row
    chip.hide()
    assert chips.heightForWidth(width) == 0


def test_dark_palette_disabled_button_looks_unavailable(qtbot):
    """In the dark palette a disabled button's text is drawn dimmer than an enabled one's."""
    from PySide6.QtWidgets import QPushButton

    from careerdesk.ui import theme

    def brightest_text(button: QPushButton) -> int:
        image = button.grab().toImage()
        return max(image.pixelColor(x, y).lightness()
                   for x in range(image.width() // 4, image.width() * 3 // 4)
                   for y in range(image.height() // 4, image.height() * 3 // 4))

    shown = []
    for enabled in (True, False):
        button = QPushButton("Compare WWW")
        qtbot.addWidget(button)
        button.setPalette(theme.dark_palette())
        button.setEnabled(enabled)
        button.resize(200, 40)
        shown.append(brightest_text(button))
    assert shown[1] < shown[0] - 60
