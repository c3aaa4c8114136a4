"""The pure chart drawing: bars, fixed styles, empty input, PNG and SVG output."""

from __future__ import annotations

import pytest
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from careerdesk import charts
from careerdesk.model import EducationShare, TimeAllocation, TimeShare

DATA = TimeAllocation(
    "onet-activities", "Estimated from O*NET work activities", "data", "method text",
    [TimeShare("Records, paperwork and computers", 44.0, 4),
     TimeShare("Talking and working with people", 15.0, 1),
     TimeShare("Hands-on work with tools, machines and vehicles", 41.0, 7)],
)
EDITORIAL = TimeAllocation(
    "reference-page", "From the reference career page", "editorial", "method text",
    [TimeShare("Patient communication", 40.0, None),
     TimeShare("Insurance and billing", 35.0, None),
     TimeShare("Records and coordination", 25.0, None)],
)


def bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def texts(figure: Figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(Text)]


def hex_color(patch: Rectangle) -> str:
    from matplotlib.colors import to_hex

    return to_hex(patch.get_facecolor()).upper()


def test_bar_widths_equal_the_shares_one_panel_per_allocation():
    figure = Figure()
    charts.draw_time_allocation(figure, [DATA, EDITORIAL], charts.LIGHT)
    assert len(figure.axes) == 2
    for ax, allocation in zip(figure.axes, [DATA, EDITORIAL], strict=True):
        assert [p.get_width() for p in bars(ax)] == [s.percent for s in allocation.shares]
        assert allocation.label in [t.get_text() for t in ax.texts]
        assert ax.get_xlim() == (0, 100)
    written = texts(figure)
    assert {"44%", "15%", "41%", "40%", "35%", "25%"} <= set(written)
    assert charts.TIME_AXIS_LABEL in [ax.get_xlabel() for ax in figure.axes]


def test_first_share_is_the_top_bar():
    figure = Figure()
    charts.draw_time_allocation(figure, [DATA], charts.LIGHT)
    ax = figure.axes[0]
    top, *_, bottom = bars(ax)
    low, high = ax.get_ylim()
    assert low > high  # inverted: y grows downwards, first bar at y=0 on top
    assert top.get_y() < bottom.get_y()


def test_shared_scale_for_comparisons():
    figure = Figure()
    charts.draw_time_allocation(figure, [DATA], charts.DARK, max_percent=50)
    assert figure.axes[0].get_xlim() == (0, 50)
    assert figure.get_facecolor()[:3] != (1.0, 1.0, 1.0)


@pytest.mark.parametrize("group_id", range(1, 8))
def test_each_group_has_a_fixed_style_in_every_chart(group_id):
    style = charts.GROUP_STYLES[group_id]
    for position, other in ((0, 10.0), (2, 90.0)):
        shares = [TimeShare(f"share {i}", other, None) for i in range(3)]
        shares[position] = TimeShare("the group", 20.0, group_id)
        figure = Figure()
        charts.draw_time_allocation(
            figure, [TimeAllocation("m", "label", "data", "", shares)], charts.LIGHT)
        patch = bars(figure.axes[0])[position]
        assert hex_color(patch) == style.color.upper()
        assert (patch.get_hatch() or "") == style.hatch


def test_group_styles_are_all_different():
    styles = list(charts.GROUP_STYLES.values()) + list(charts.EDITORIAL_STYLES)
    assert sorted(charts.GROUP_STYLES) == list(range(1, 8))
    assert len({s.color for s in styles}) == len(styles)
    assert len({s.hatch for s in charts.GROUP_STYLES.values()}) == 7


def test_editorial_shares_are_neutral_greys():
    figure = Figure()
    charts.draw_time_allocation(figure, [EDITORIAL], charts.LIGHT)
    for patch in bars(figure.axes[0]):
        red, green, blue, _ = patch.get_facecolor()
        assert red == green == blue


@pytest.mark.parametrize("allocations", [[], [TimeAllocation("m", "Empty", "data", "", [])]])
def test_empty_time_allocation_says_not_available(allocations):
    figure = Figure()
    charts.draw_time_allocation(figure, allocations, charts.LIGHT)
    assert any("not available" in text for text in texts(figure))
    assert not any(bars(ax) for ax in figure.axes)


def test_education_skips_zero_levels():
    shares = [EducationShare("High School Diploma - or the equivalent (GED)", 47.6),
              EducationShare("Bachelor's Degree", 0.0),
              EducationShare("Associate's Degree (or other 2-year degree)", 26.0)]
    figure = Figure()
    charts.draw_education(figure, shares, charts.LIGHT)
    (ax,) = figure.axes
    assert [p.get_width() for p in bars(ax)] == [47.6, 26.0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "High School Diploma"
    assert "48%" in texts(figure)


def test_education_empty_says_not_available():
    figure = Figure()
    charts.draw_education(figure, [EducationShare("Doctoral Degree", 0.0)], charts.LIGHT)
    assert any("not available" in text for text in texts(figure))


def test_render_png_is_a_png():
    data = charts.render_png(charts.draw_time_allocation, [DATA, EDITORIAL],
                             width_in=6, height_in=charts.time_chart_height_in([DATA, EDITORIAL]),
                             dpi=80)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")


def test_render_svg_keeps_the_labels_as_text():
    data = charts.render_svg(charts.draw_time_allocation, [EDITORIAL], width_in=6,
                             height_in=3, max_percent=50).decode()
    assert data.lstrip().startswith("<?xml")
    for label in ("From the reference career page", "Patient communication", "40%"):
        assert label in data


def test_render_svg_education():
    data = charts.render_svg(charts.draw_education, [EducationShare("Doctoral Degree", 12.0)],
                             width_in=5, height_in=2, colors=charts.DARK).decode()
    assert "Doctoral Degree" in data and "12%" in data


def test_suggested_height_grows_with_the_bars():
    one = charts.time_chart_height_in([EDITORIAL])
    two = charts.time_chart_height_in([DATA, EDITORIAL])
    assert 0 < charts.time_chart_height_in([]) < one < two


@pytest.mark.parametrize(("value", "text"), [(44.0, "44%"), (0.3, "<1%"), (0.0, "0%"),
                                             (99.6, "100%")])
def test_percent_text(value, text):
    assert charts.percent_text(value) == text


def test_descriptions_list_the_shares():
    words = charts.describe_time_allocation([DATA, EDITORIAL])
    assert "Records, paperwork and computers 44%" in words
    assert "From the reference career page: Patient communication 40%" in words
    assert "not available" in charts.describe_time_allocation([])
    assert charts.describe_education([EducationShare("Master's Degree", 12.4)]) == (
        "Master's Degree 12%.")
