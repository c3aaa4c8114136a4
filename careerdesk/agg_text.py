"""Faster text for matplotlib's Agg renderer: each string is laid out and rasterised once,
then copied onto the canvas every time it is drawn again.

matplotlib 3.11 lays out and renders every glyph of every text on every draw; a chart's
few dozen labels then cost tens of milliseconds, most of a profile's opening. The charts
show the same strings again and again (activity groups, titles, ticks, percentages), so
``TextCachingRenderer`` keeps each string's metrics and its grey-level bitmap (a bounded
cache, shared by every canvas) and only blends the bitmap in the text's colour when it
draws. Mathtext and rotated text take matplotlib's usual path; printing (PDF, SVG) does
not use this module at all.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
from matplotlib.figure import Figure
from matplotlib.text import Text

if TYPE_CHECKING:
    from matplotlib.font_manager import FontProperties

CACHE_SIZE = 1024  # strings; a chart shows 20 to 40, mostly the same ones


@dataclass(frozen=True)
class _Raster:
    width: float  # the string's advance and height, in pixels
    height: float
    descent: float  # below the baseline, in pixels
    image: Any  # the glyphs' coverage, 0..255, one byte per pixel
    left: int  # the image's left edge, in pixels right of the pen position


_cache: OrderedDict[tuple[object, ...], _Raster] = OrderedDict()
# a text's layout (its lines' boxes and offsets from where it sits) by string and style
_layouts: OrderedDict[tuple[object, ...], Any] = OrderedDict()
# a font's line metrics (ascent, descent, line gap in pixels) by (font properties, dpi)
_heights: dict[tuple[object, ...], tuple[float | None, float | None, float | None]] = {}


# The cache uses matplotlib internals (RendererAgg._prepare_font, FT2Font's bitmap calls),
# known to work from 3.8 to 3.11. Should a later matplotlib change them, the renderer falls
# back to matplotlib's own text drawing for the rest of the run: slower, never broken.
_usable = True


def _give_up() -> None:
    global _usable
    _usable = False
    _cache.clear()


def clear_cache() -> None:
    _cache.clear()
    _heights.clear()
    _layouts.clear()


def _font_height_metrics(prop: FontProperties,
                         dpi: float) -> tuple[float | None, float | None, float | None]:
    """What matplotlib's ``Text._get_layout`` works out from the font's tables for every
    text on every draw: the ascent, descent and line gap at this size, in pixels (the OS/2
    table's typographic values, else the hhea table's); Nones when the font has neither."""
    from matplotlib.font_manager import fontManager, get_font

    font: Any = get_font(fontManager._find_fonts_by_props(prop))
    for table_name, gap_key, ascent_key, descent_key in (
            ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
            ("hhea", "lineGap", "ascent", "descent")):
        table = font.get_sfnt_table(table_name)
        if table is None:
            continue
        scale = prop.get_size_in_points() * dpi / 72 / font.get_sfnt_table("head")["unitsPerEm"]
        return (float(table[ascent_key]) * scale, -float(table[descent_key]) * scale,
                float(table[gap_key]) * scale)
    return None, None, None


def cache_size() -> int:
    return len(_cache)


class TextCachingRenderer(RendererAgg):
    """``RendererAgg`` with a cache of laid-out, rasterised strings (see the module)."""

    def resize(self, width: int, height: int, dpi: float) -> None:
        """A new, blank pixel buffer of this size, in place of the old one.

        Texts drawn before keep a reference to their renderer; a new renderer for each size
        would keep every old buffer (a megabyte each) alive until Python's cycle collector
        frees those texts. Keeping one renderer frees the old buffer at once.
        """
        RendererAgg.__init__(self, width, height, dpi)

    def _raster(self, s: str, prop: FontProperties, antialiased: bool) -> _Raster:
        flags = get_hinting_flag()
        key = (s, prop, self.dpi, flags, antialiased)
        raster = _cache.get(key)
        if raster is not None:
            _cache.move_to_end(key)
            return raster
        font = self._prepare_font(prop)
        font.set_text(s, 0.0, flags=flags)
        width, height = font.get_width_height()
        descent = font.get_descent()
        font.draw_glyphs_to_bitmap(antialiased=antialiased)
        left, _ = font.get_bitmap_offset()
        image = np.array(font.get_image(), dtype=np.uint8)  # a copy: the font reuses it
        raster = _Raster(width / 64, height / 64, descent / 64, image, left // 64)
        _cache[(s, prop.copy(), self.dpi, flags, antialiased)] = raster
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
        return raster

    def _get_font_height_metrics(
            self, prop: FontProperties) -> tuple[float | None, float | None, float | None]:
        """The font's line metrics, worked out once per font and size (matplotlib's
        ``Text`` asks the renderer for them before reading the font's tables itself, and
        reads them itself when this gives Nones)."""
        key = (prop, self.dpi)
        metrics = _heights.get(key)
        if metrics is None:
            if not _usable:
                return None, None, None
            try:
                metrics = _font_height_metrics(prop, self.dpi)
            except (AttributeError, TypeError, KeyError):  # another matplotlib: its own path
                return None, None, None
            if len(_heights) >= CACHE_SIZE:
                _heights.clear()
            _heights[(prop.copy(), self.dpi)] = metrics
        return metrics

    def get_text_width_height_descent(
        self, s: str, prop: FontProperties, ismath: bool | str
    ) -> tuple[float, float, float]:
        if ismath or not _usable:
            return super().get_text_width_height_descent(s, prop, ismath)  # type: ignore[arg-type]
        try:
            raster = self._raster(s, prop, True)
        except (AttributeError, TypeError):  # another matplotlib's internals: its own path
            _give_up()
            return super().get_text_width_height_descent(s, prop, ismath)  # type: ignore[arg-type]
        return raster.width, raster.height, raster.descent

    def draw_text(self, gc: Any, x: float, y: float, s: str, prop: FontProperties,
                  angle: float, ismath: bool | str = False, mtext: Any = None) -> None:
        if ismath or angle or not s or not _usable:
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)  # type: ignore[arg-type]
            return
        try:
            raster = self._raster(s, prop, bool(gc.get_antialiased()))
        except (AttributeError, TypeError):  # another matplotlib's internals: its own path
            _give_up()
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)  # type: ignore[arg-type]
            return
        # (x, y) is the pen position on the baseline, y downwards; the image's top row is
        # one pixel above the highest glyph, its bottom row one pixel below the descent.
        bottom = round(y + raster.descent) + 1
        self._renderer.draw_text_image(raster.image, round(x) + raster.left, bottom, 0.0, gc)


class TextCachingCanvasMixin:
    """For a ``FigureCanvasAgg`` subclass: draw with a ``TextCachingRenderer``."""

    _text_caching_key: tuple[object, ...] | None = None
    renderer: TextCachingRenderer

    def get_renderer(self) -> TextCachingRenderer:
        canvas: Any = self
        width, height = canvas.get_width_height(physical=True)
        key = (width, height, canvas.figure.dpi)
        if self._text_caching_key != key:
            if isinstance(getattr(self, "renderer", None), TextCachingRenderer):
                self.renderer.resize(width, height, canvas.figure.dpi)
            else:
                self.renderer = TextCachingRenderer(width, height, canvas.figure.dpi)
            self._text_caching_key = key
        return self.renderer


class TextCachingCanvasAgg(TextCachingCanvasMixin, FigureCanvasAgg):
    """A plain Agg canvas (images) with the text cache."""


class LaidOutText(Text):
    """A ``Text`` laid out once per string, style and renderer, not on every draw.

    matplotlib measures every line of every text again each time it is drawn, though the
    layout (the lines' sizes and their offsets from the text's position) depends only on
    the string, its font and alignment and the renderer's resolution, and a chart shows the
    same strings again for every career. Wrapped, TeX and mathtext take matplotlib's way.
    """

    def _get_layout(self, renderer: Any) -> Any:
        parent: Any = super()  # matplotlib's private layout, known from 3.8 to 3.11
        own: Any = self
        if not _usable or self.get_wrap() or self.get_usetex() \
                or not isinstance(renderer, TextCachingRenderer):
            return parent._get_layout(renderer)
        figure: Any = self.figure
        key = (renderer.dpi, figure.dpi if figure is not None else None, self.get_text(),
               own._fontproperties, self.get_horizontalalignment(),
               self.get_verticalalignment(), own._multialignment, own._linespacing,
               self.get_rotation(), self.get_rotation_mode(), self.get_parse_math())
        layout = _layouts.get(key)
        if layout is None:
            layout = parent._get_layout(renderer)
            _layouts[(*key[:3], own._fontproperties.copy(), *key[4:])] = layout
            while len(_layouts) > CACHE_SIZE:
                _layouts.popitem(last=False)
        else:
            _layouts.move_to_end(key)
        return layout


class ReusingFigure(Figure):
    """A figure for a chart drawn again and again (a profile's, for each career): its texts
    are ``LaidOutText``, and ``clear()`` keeps them to be used again by the next drawing's
    ``text()`` calls of the same style (making a ``Text`` costs more than placing it)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._spare_texts: dict[tuple[object, ...], list[Text]] = {}

    def clear(self, keep_observers: bool = False) -> None:
        spare: dict[tuple[object, ...], list[Text]] = {}
        for text in getattr(self, "texts", ()):
            style = getattr(text, "_careerdesk_style", None)
            if style is not None:
                spare.setdefault(style, []).append(text)
        super().clear(keep_observers=keep_observers)
        self._spare_texts = spare

    def text(self, x: float, y: float, s: str, fontdict: Any = None,
             **kwargs: Any) -> Text:
        transform = kwargs.pop("transform", self.transSubfigure)
        style: tuple[object, ...] | None = None
        if fontdict is None and _usable:
            try:
                style = tuple(sorted(kwargs.items()))
                hash(style)
            except TypeError:  # an unhashable property: a text of its own
                style = None
        spare = self._spare_texts.get(style) if style is not None else None
        if spare:
            text = spare.pop()
            text.set_transform(transform)
            text.set_position((x, y))
            text.set_text(s)
        else:
            text = LaidOutText(x=x, y=y, text=s, transform=transform,
                               **(fontdict or {}), **kwargs)
            text.set_figure(self)
            text._careerdesk_style = style  # type: ignore[attr-defined]
        text.stale_callback = _figure_stale
        self.texts.append(text)
        text._remove_method = self.texts.remove  # type: ignore[attr-defined]
        self.stale = True
        return text


def _figure_stale(artist: Any, value: bool) -> None:
    """Pass a text's staleness on to its figure (what ``Figure.text`` sets up)."""
    if artist.figure is not None:
        artist.figure.stale = value

