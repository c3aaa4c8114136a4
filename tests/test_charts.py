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


def bars(figure: Figure) -> list[Rectangle]:
    """The time chart's bars, panel by panel, first bar first."""
    return [a for a in figure.artists if isinstance(a, Rectangle)]


def axis_bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def texts(figure: Figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(Text)]


def hex_color(patch: Rectangle) -> str:
    from matplotlib.colors import to_hex

    return to_hex(patch.get_facecolor()).upper()


def drawn(allocations, width_in: float = 6.5, **kwargs) -> Figure:
    """A time chart in a figure of the height it asks for, with an Agg canvas."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = Figure(figsize=(width_in, charts.time_chart_height_in(allocations)), dpi=100)
    FigureCanvasAgg(figure)
    charts.draw_time_allocation(figure, allocations, charts.LIGHT, **kwargs)
    return figure


def extent(artist):
    return artist.get_window_extent(artist.get_figure(root=True).canvas.get_renderer())


def text_artist(figure: Figure, text: str) -> Text:
    return next(t for t in figure.texts if t.get_text() == text)


def test_bar_widths_equal_the_shares_one_panel_per_allocation():
    figure = drawn([DATA, EDITORIAL])
    shares = DATA.shares + EDITORIAL.shares
    assert [p.get_width() for p in bars(figure)] == [s.percent for s in shares]
    assert not figure.axes  # placed by hand: no axes, no tick machinery
    written = texts(figure)
    assert {"44%", "15%", "41%", "40%", "35%", "25%"} <= set(written)
    assert {DATA.label, EDITORIAL.label, charts.TIME_AXIS_LABEL} <= set(written)
    assert {"0%", "50%", "75%", "100%"} <= set(written)  # the scale, every 25 %
    # each title sits above its own bars, the second panel below the first
    first, second = extent(text_artist(figure, DATA.label)), extent(
        text_artist(figure, EDITORIAL.label))
    boxes = [extent(bar) for bar in bars(figure)]
    assert first.y0 > boxes[0].y1 > boxes[2].y1 > second.y1 > second.y0 > boxes[3].y1


def test_first_share_is_the_top_bar():
    figure = drawn([DATA])
    top, *_, bottom = bars(figure)
    assert extent(top).y0 > extent(bottom).y1


def test_labels_sit_beside_their_bars():
    figure = drawn([DATA])
    for bar, share in zip(bars(figure), DATA.shares, strict=True):
        label = next(t for t in figure.texts
                     if t.get_text().replace("\n", " ") == share.label)
        value = text_artist(figure, charts.percent_text(share.percent))
        box, label_box, value_box = extent(bar), extent(label), extent(value)
        assert label_box.x1 < box.x0 < box.x1 < value_box.x0
        for text_box in (label_box, value_box):
            middle = (text_box.y0 + text_box.y1) / 2
            assert box.y0 < middle < box.y1


@pytest.mark.parametrize("width_chars", [50, 80, 160])  # the chart view is 50 or more wide
@pytest.mark.parametrize("font_size", [7.0, 9.0, 18.0])
def test_nothing_is_cut_off_or_overlaps(width_chars, font_size):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    full = TimeAllocation("m", "One share takes it all", "editorial", "",
                          [TimeShare("Everything", 100.0, None)])
    allocations = [DATA, EDITORIAL, full]
    width_in = width_chars * font_size * 0.55 / 72  # DejaVu Sans: an average character
    figure = Figure(figsize=(width_in, charts.time_chart_height_in(allocations, font_size)),
                    dpi=100)
    FigureCanvasAgg(figure)
    charts.draw_time_allocation(figure, allocations, charts.DARK, font_size=font_size)
    inside = figure.bbox
    boxes = [extent(t) for t in figure.texts]
    for box in boxes + [extent(bar) for bar in bars(figure)]:
        assert inside.x0 <= box.x0 and box.x1 <= inside.x1
        assert inside.y0 <= box.y0 and box.y1 <= inside.y1
    for number, box in enumerate(boxes):
        for other in boxes[number + 1:]:
            assert not box.overlaps(other)


def test_shared_scale_for_comparisons():
    figure = drawn([DATA], max_percent=50)
    zero, full = extent(text_artist(figure, "0%")), extent(text_artist(figure, "50%"))
    assert "100%" not in texts(figure)
    span = (full.x0 + full.x1) / 2 - (zero.x0 + zero.x1) / 2
    assert extent(bars(figure)[0]).width / span == pytest.approx(44 / 50, abs=0.01)
    assert bars(figure)[2].get_width() == 41.0
    dark = Figure()
    charts.draw_time_allocation(dark, [DATA], charts.DARK, max_percent=50)
    assert dark.get_facecolor()[:3] != (1.0, 1.0, 1.0)


def test_print_options_ticks_and_no_axis_label():
    untitled = TimeAllocation("m", "", "data", "", DATA.shares)
    figure = drawn([untitled], ticks=[0.0, 50.0, 100.0], axis_label=False)
    written = texts(figure)
    assert charts.TIME_AXIS_LABEL not in written
    assert {"0%", "50%", "100%"} <= set(written) and "25%" not in written
    assert charts.time_chart_height_in([untitled], axis_label=False) < \
        charts.time_chart_height_in([DATA])


@pytest.mark.parametrize("group_id", range(1, 10))
def test_each_group_has_a_fixed_style_in_every_chart(group_id):
    style = charts.GROUP_STYLES[group_id]
    for position, other in ((0, 10.0), (2, 90.0)):
        shares = [TimeShare(f"share {i}", other, None) for i in range(3)]
        shares[position] = TimeShare("the group", 20.0, group_id)
        figure = Figure()
        charts.draw_time_allocation(
            figure, [TimeAllocation("m", "label", "data", "", shares)], charts.LIGHT)
        patch = bars(figure)[position]
        assert hex_color(patch) == style.color.upper()
        assert (patch.get_hatch() or "") == style.hatch


def test_group_styles_are_all_different():
    styles = list(charts.GROUP_STYLES.values()) + list(charts.EDITORIAL_STYLES)
    assert sorted(charts.GROUP_STYLES) == list(range(1, 10))
    assert len({s.color for s in styles}) == len(styles)
    assert len({s.hatch for s in charts.GROUP_STYLES.values()}) == 9


def test_editorial_shares_are_neutral_greys():
    figure = Figure()
    charts.draw_time_allocation(figure, [EDITORIAL], charts.LIGHT)
    assert len(bars(figure)) == 3
    for patch in bars(figure):
        red, green, blue, _ = patch.get_facecolor()
        assert red == green == blue


@pytest.mark.parametrize("allocations", [[], [TimeAllocation("m", "Empty", "data", "", [])]])
def test_empty_time_allocation_says_not_available(allocations):
    figure = Figure()
    charts.draw_time_allocation(figure, allocations, charts.LIGHT)
    assert any("not available" in text for text in texts(figure))
    assert not bars(figure)


def test_education_skips_zero_levels():
    shares = [EducationShare("High School Diploma - or the equivalent (GED)", 47.6),
              EducationShare("Bachelor's Degree", 0.0),
              EducationShare("Associate's Degree (or other 2-year degree)", 26.0)]
    figure = Figure()
    charts.draw_education(figure, shares, charts.LIGHT)
    (ax,) = figure.axes
    assert [p.get_width() for p in axis_bars(ax)] == [47.6, 26.0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "High school diploma"  # O*NET's level in plain words
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
    assert "Doctoral degree (PhD)" in data and "12%" in data


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
        "Master's degree 12%.")


def test_a_narrow_print_chart_wraps_its_labels_so_every_percentage_is_inside(store):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    allocation = store.career("47-2111.00").time_allocation("data")  # a 45 % bar
    width_in, font = 2.14, 7.75  # a column of the four-career handout
    wrap = charts.fitting_label_wrap([allocation], width_in, font)
    assert wrap < charts.LABEL_WRAP
    assert charts.fitting_label_wrap([allocation], 6.0, font) == charts.LABEL_WRAP
    height = charts.time_chart_height_in([allocation], font, wrap, axis_label=False)
    figure = Figure(figsize=(width_in, height), dpi=100)
    canvas = FigureCanvasAgg(figure)
    charts.draw_time_allocation(figure, [allocation], charts.LIGHT, max_percent=50.0,
                                font_size=font, label_wrap=wrap, axis_label=False)
    canvas.draw()
    renderer = canvas.get_renderer()
    percents = [t for t in figure.texts if t.get_text().endswith("%")]
    assert any(t.get_text() == "45%" for t in percents)
    for text in percents:
        assert text.get_window_extent(renderer).x1 <= figure.bbox.x1 + 0.5, text.get_text()
