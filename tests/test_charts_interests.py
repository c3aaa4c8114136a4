"""The interest chart: six bars on a 0-100 scale, top areas starred and solid, missing scores
in words; drawn in the app's chart widget in the widget's palette and font."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from careerdesk import charts
from careerdesk.charts import InterestScore

ITEMS = [
    InterestScore("Building and fixing (Realistic)", 71.4, top=True),
    InterestScore("Finding things out (Investigative)", 35.0),
    InterestScore("Creating (Artistic)", None),
    InterestScore("Helping people (Social)", 92.9, top=True),
    InterestScore("Leading and persuading (Enterprising)", 0.0),
    InterestScore("Organizing (Conventional)", 50.0),
]


def drawn(items, **kwargs) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = Figure(figsize=(6.0, charts.interest_chart_height_in(items)), dpi=100)
    FigureCanvasAgg(figure)
    charts.draw_interests(figure, items, charts.LIGHT, **kwargs)
    figure.canvas.draw()
    return figure


def test_one_bar_per_area_as_long_as_its_score():
    figure = drawn(ITEMS)
    ax = figure.axes[0]
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert [b.get_width() for b in bars] == [71.4, 35.0, 0.0, 92.9, 0.0, 50.0]
    assert ax.get_xlim() == (0.0, 100.0)
    values = [t.get_text() for t in ax.texts]
    assert values == ["71", "35", "not available", "93", "0", "50"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["0", "25", "50", "75", "100"]
    assert ax.get_xlabel() == "Your score (0 to 100)"


def test_top_areas_are_starred_bold_and_solid_not_only_coloured():
    ax = drawn(ITEMS).axes[0]
    labels = ax.get_yticklabels()
    assert labels[0].get_text().startswith("★ ") and labels[3].get_text().startswith("★ ")
    assert not labels[1].get_text().startswith("★")
    assert labels[0].get_fontweight() == "bold" and labels[1].get_fontweight() == "normal"
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert bars[0].get_hatch() in ("", None) and bars[1].get_hatch() == "//"


def test_labels_fit_in_the_figure():
    figure = drawn(ITEMS)
    renderer = figure.canvas.get_renderer()
    box = figure.bbox
    for text in figure.axes[0].get_yticklabels() + figure.axes[0].texts:
        extent = text.get_window_extent(renderer)
        assert extent.x0 >= box.x0 - 1 and extent.x1 <= box.x1 + 1, text.get_text()


def test_the_description_says_every_score_in_words():
    said = charts.describe_interests(ITEMS)
    assert "Building and fixing (Realistic) 71 of 100, one of your top areas" in said
    assert "Creating (Artistic) not available" in said
    assert "Leading and persuading (Enterprising) 0 of 100" in said
    assert charts.describe_interests([]) == "Interest scores not available."


def test_no_scores_say_not_available():
    figure = drawn([])
    assert not figure.axes
    assert [t.get_text() for t in figure.texts] == ["Interest scores not available"]


def test_chart_view_draws_the_scores_in_the_palette(qtbot):
    from matplotlib.colors import to_hex
    from PySide6.QtGui import QPalette

    from careerdesk.ui import theme
    from careerdesk.widgets.chart_canvas import ChartView

    view = ChartView("Interests")
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show_interests(ITEMS, "caption")
    view.show()
    qtbot.waitExposed(view)
    assert view.accessibleDescription() == charts.describe_interests(ITEMS)
    assert to_hex(view.figure().get_facecolor()) == view.palette().color(
        QPalette.ColorRole.Window).name()
    view.setPalette(theme.dark_palette())
    assert to_hex(view.figure().get_facecolor()) == "#202225"
    assert to_hex(view.figure().axes[0].texts[0].get_color()) == "#eeeeee"
    # zoom: a bigger font makes the chart taller and its text bigger
    before = view.minimumSizeHint().height(), view.figure().axes[0].get_xlabel()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    size_before = view.figure().axes[0].xaxis.label.get_fontsize()
    view.setFont(font)
    assert view.figure().axes[0].xaxis.label.get_fontsize() > size_before * 1.8
    assert view.minimumSizeHint().height() > before[0]


def test_without_the_axis_label_the_chart_is_lower():
    figure = drawn(ITEMS, axis_label=False)
    assert figure.axes[0].get_xlabel() == ""
    assert charts.interest_chart_height_in(ITEMS, axis_label=False) < \
        charts.interest_chart_height_in(ITEMS)
