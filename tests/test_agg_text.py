"""The Agg renderer with cached text bitmaps draws text where matplotlib's own does."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties

from careerdesk import agg_text
from careerdesk.agg_text import TextCachingCanvasAgg, TextCachingRenderer

TEXTS = [
    ({"s": "Records, paperwork and\ncomputers", "ha": "right", "va": "center"}),
    ({"s": "44%", "ha": "left", "va": "center", "fontsize": 9}),
    ({"s": "Estimated from O*NET", "ha": "left", "va": "bottom", "fontweight": "bold"}),
    ({"s": "% of the work (estimate)", "ha": "center", "va": "top", "fontsize": 14}),
    ({"s": "Ag ÿ ñ — qjp", "ha": "center", "va": "baseline", "fontsize": 7.5}),
    ({"s": "Not smoothed", "ha": "left", "va": "top", "antialiased": False}),
]


def ink(canvas_class, text: dict, dpi: int = 100) -> tuple[int, int, int, int]:
    """The box of the dark pixels of ``text`` drawn alone."""
    figure = Figure(figsize=(4, 1.5), dpi=dpi)
    canvas = canvas_class(figure)
    figure.text(0.5, 0.5, text["s"], **{k: v for k, v in text.items() if k != "s"})
    canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())[..., :3].min(axis=2) < 128
    rows, columns = np.nonzero(pixels)
    return columns.min(), rows.min(), columns.max(), rows.max()


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("dpi", [100, 200])
def test_text_lands_where_matplotlib_draws_it(text, dpi):
    expected = ink(FigureCanvasAgg, text, dpi)
    cached = ink(TextCachingCanvasAgg, text, dpi)
    assert np.abs(np.subtract(expected, cached)).max() <= 1
    assert ink(TextCachingCanvasAgg, text, dpi) == cached  # drawn again, from the cache


def test_metrics_are_matplotlibs():
    prop = FontProperties(size=9)
    ours = TextCachingRenderer(100, 100, 100)
    theirs = RendererAgg(100, 100, 100)
    for s in ("44%", "Talking and working with", "lp", "Ñ"):
        assert ours.get_text_width_height_descent(s, prop, False) == pytest.approx(
            theirs.get_text_width_height_descent(s, prop, False))


@pytest.mark.parametrize("text", TEXTS)
def test_lines_are_placed_as_matplotlib_places_them(text):
    """The font's line metrics, kept per font and size, give the same text boxes (wrapped
    labels' lines apart as far as matplotlib sets them)."""
    boxes = []
    for canvas_class in (FigureCanvasAgg, TextCachingCanvasAgg, TextCachingCanvasAgg):
        figure = Figure(figsize=(4, 1.5), dpi=100)
        canvas = canvas_class(figure)
        label = figure.text(0.5, 0.5, text["s"], **{k: v for k, v in text.items() if k != "s"})
        boxes.append(tuple(label.get_window_extent(canvas.get_renderer()).bounds))
    assert boxes[1] == pytest.approx(boxes[0]) and boxes[2] == pytest.approx(boxes[0])


def test_the_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(agg_text, "CACHE_SIZE", 5)
    agg_text.clear_cache()
    figure = Figure(figsize=(2, 2))
    canvas = TextCachingCanvasAgg(figure)
    for number in range(20):
        figure.text(0.1, 0.5, f"{number}%")
        canvas.draw()
        assert agg_text.cache_size() <= 5
    agg_text.clear_cache()


def test_maths_and_rotated_text_take_matplotlibs_path():
    figure = Figure(figsize=(2, 2))
    canvas = TextCachingCanvasAgg(figure)
    figure.text(0.5, 0.5, "$x^2$")
    figure.text(0.2, 0.2, "up", rotation=90)
    canvas.draw()
    assert (np.asarray(canvas.buffer_rgba())[..., :3] < 128).any()


def test_one_renderer_follows_the_canvas_size():
    figure = Figure(figsize=(2, 2), dpi=100)
    canvas = TextCachingCanvasAgg(figure)
    figure.text(0.5, 0.5, "size")
    canvas.draw()
    renderer = canvas.renderer
    figure.set_size_inches(3, 1.5)
    canvas.draw()
    assert canvas.renderer is renderer
    assert (renderer.width, renderer.height) == (300, 150)
    assert canvas.get_width_height() == (300, 150)


def test_a_matplotlib_without_the_internals_still_draws_the_text(monkeypatch):
    def changed_internals(self, s, prop, antialiased):
        raise AttributeError("'FT2Font' object has no attribute 'get_bitmap_offset'")

    text = TEXTS[0]
    expected = ink(FigureCanvasAgg, text)
    monkeypatch.setattr(TextCachingRenderer, "_raster", changed_internals)
    monkeypatch.setattr(agg_text, "_usable", True)
    assert ink(TextCachingCanvasAgg, text) == expected  # matplotlib's own drawing
    assert agg_text._usable is False  # and it stays on that path
    assert agg_text.cache_size() == 0


def _time_chart_pixels(figure_class, allocations_in_turn):
    """The pixels of the last of several time charts drawn in turn into one figure."""
    from careerdesk import charts

    figure = figure_class(figsize=(5, 3), dpi=100)
    canvas = TextCachingCanvasAgg(figure)
    for allocations in allocations_in_turn:
        charts.draw_time_allocation(figure, allocations, font_size=9)
        canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy(), [t.get_text() for t in figure.texts]


def test_a_figure_drawn_again_for_other_careers_draws_each_as_a_new_one(store):
    """The profile's chart figure keeps its texts for the next career and lays each string
    out once: every drawing must still be the one a fresh figure makes."""
    from careerdesk import time_views
    from careerdesk.agg_text import ReusingFigure

    splits = [time_views.views(store.career(code))
              for code in ("43-6013.00", "15-1252.00", "29-1141.00", "47-2111.00")]
    for index in range(len(splits)):
        fresh, fresh_texts = _time_chart_pixels(Figure, [splits[index]])
        reused, reused_texts = _time_chart_pixels(ReusingFigure, splits[:index + 1])
        assert reused_texts == fresh_texts
        assert np.array_equal(reused, fresh), f"chart {index} differs when drawn after others"
