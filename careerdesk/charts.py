"""Pure chart drawing: time split and education bar charts on a matplotlib ``Figure``.

No Qt here, and matplotlib is imported only inside the functions that need it, so importing
this module costs nothing at start-up. The same functions draw into the app's canvas
(``careerdesk.widgets.chart_canvas``), into PNG/SVG images for printing (``render_png``,
``render_svg``) and into side-by-side comparisons that share one scale (``max_percent``).

Every activity group keeps the same colour and hatch in every chart, so charts of different
careers line up. Colours are the Okabe-Ito set (safe for colour-blind readers); the hatches
and the light/dark hatch lines keep the groups apart when printed in grayscale.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING, Any

from careerdesk.formatting import not_available
from careerdesk.i18n import QT_TRANSLATE_NOOP, translate
from careerdesk.model import EducationShare, TimeAllocation, TimeShare

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

DrawFn = Callable[..., None]

# The English texts; shown through translate("Charts", ...).
TIME_AXIS_LABEL = QT_TRANSLATE_NOOP("Charts", "% of the work (estimate)")
EDUCATION_AXIS_LABEL = QT_TRANSLATE_NOOP("Charts", "% of workers surveyed")
LABEL_WRAP = 24  # characters per line of a bar's label
TITLE_WRAP = 44  # characters per line of a panel's title
LAYOUT_PAD_IN = 0.06  # the space around the figure's content, in inches
DEFAULT_FONT_SIZE = 9.0  # points
LINE_HEIGHT = 1.45  # a text line, in font sizes, with the padding charts need


@dataclass(frozen=True)
class BarStyle:
    """How one bar is filled: colour, hatch pattern and the colour of the hatch lines."""

    color: str
    hatch: str
    hatch_color: str


_DARK_LINES = "#000000"
_LIGHT_LINES = "#FFFFFF"

# Fixed per activity group (``TimeShare.group_id``); never reorder, charts are compared.
GROUP_STYLES: dict[int, BarStyle] = {
    1: BarStyle("#E69F00", "//", _DARK_LINES),  # orange: talking and working with people
    2: BarStyle("#CC79A7", "\\\\", _DARK_LINES),  # reddish purple: caring for people or animals
    3: BarStyle("#D55E00", "xx", _LIGHT_LINES),  # vermillion: leading and teaching
    4: BarStyle("#0072B2", "", _LIGHT_LINES),  # blue, solid: records and computers
    # the dotted hatches at single density: "oo" and ".." cost 1.4 and 0.6 ms a bar to
    # draw on screen (the most of any), "o" and "." 0.5 and 0.2 ms, and look alike
    5: BarStyle("#56B4E9", "o", _DARK_LINES),  # sky blue: analysing and planning
    6: BarStyle("#009E73", ".", _LIGHT_LINES),  # bluish green: gathering information
    7: BarStyle("#F0E442", "--", _DARK_LINES),  # yellow: hands-on work
    # beyond the Okabe-Ito set: two dark colours of Paul Tol's colour-blind-safe set
    8: BarStyle("#882255", "++", _LIGHT_LINES),  # wine: designing and creating
    9: BarStyle("#332288", "||", _LIGHT_LINES),  # indigo: driving and operating vehicles
}
# Editorial shares have no group: neutral greys of distinct lightness, used in order.
# Their hatches differ from the groups' so the two never look alike in grayscale.
EDITORIAL_STYLES: tuple[BarStyle, ...] = (
    BarStyle("#595959", "||", _LIGHT_LINES),
    BarStyle("#A6A6A6", "++", _DARK_LINES),
    BarStyle("#DADADA", "", _DARK_LINES),
    BarStyle("#333333", "//", _LIGHT_LINES),
    BarStyle("#7F7F7F", "**", _DARK_LINES),
)
UNKNOWN_STYLE = BarStyle("#BDBDBD", "O", _DARK_LINES)  # a group id this version lacks
EDUCATION_STYLE = BarStyle("#0072B2", "", _LIGHT_LINES)
# The interest chart: the student's top areas solid, the others lighter and hatched, and
# marked TOP_MARK in their label, so the difference never rests on colour alone.
TOP_INTEREST_STYLE = BarStyle("#0072B2", "", _LIGHT_LINES)
OTHER_INTEREST_STYLE = BarStyle("#56B4E9", "//", _DARK_LINES)
INTEREST_AXIS_LABEL = QT_TRANSLATE_NOOP("Charts", "Your score (0 to 100)")
TOP_MARK = "★"


def share_style(share: TimeShare, index: int) -> BarStyle:
    """The style of the ``index``-th share of an allocation."""
    if share.group_id is None:
        return EDITORIAL_STYLES[index % len(EDITORIAL_STYLES)]
    return GROUP_STYLES.get(share.group_id, UNKNOWN_STYLE)


@dataclass(frozen=True)
class ChartColors:
    """The colours around the bars: figure background, text and axis, and muted lines."""

    background: str
    foreground: str
    muted: str


LIGHT = ChartColors(background="#FFFFFF", foreground="#1A1A1A", muted="#8A8A8A")
DARK = ChartColors(background="#1E1E1E", foreground="#F2F2F2", muted="#8F8F8F")
# Pure greys with full contrast: safe for print and for grayscale printers.
DEFAULT = LIGHT


# ------------------------------------------------------------------ words and sizes


def percent_text(value: float) -> str:
    """A share as shown on a bar: '44%', '<1%' for a tiny non-zero share."""
    if 0 < value < 0.5:
        return "<1%"
    return f"{value:.0f}%"


def short_education_label(label: str) -> str:
    """O*NET's education level in plain words: 'High School Diploma - or the equivalent
    (...)' -> 'High school diploma', 'Post-Baccalaureate Certificate - ...' -> 'Certificate
    after a bachelor's' (careerdesk.wording.education_level)."""
    from careerdesk.wording import education_level

    return education_level(label).label


def describe_time_allocation(allocations: Sequence[TimeAllocation]) -> str:
    """The charted shares in words, for screen readers and tooltips."""
    parts = []
    panel = translate("Charts", "{title}: {shares}.")
    for allocation in allocations:
        shares = "; ".join(f"{s.label} {percent_text(s.percent)}" for s in allocation.shares)
        parts.append(panel.format(title=allocation.label, shares=shares or not_available()))
    return " ".join(parts) if parts else translate("Charts", "Time split not available.")


def describe_education(shares: Sequence[EducationShare]) -> str:
    """The charted education levels in words (levels at 0% are left out, as in the chart)."""
    shown = [s for s in shares if s.percent > 0]
    if not shown:
        return translate("Charts", "Education levels not available.")
    return "; ".join(
        f"{short_education_label(s.label)} {percent_text(s.percent)}" for s in shown
    ) + "."


def _wrap(label: str, width: int = LABEL_WRAP) -> str:
    return textwrap.fill(label, width, break_long_words=False)


MIN_PLOT_SHARE = 0.2  # the bars get at least this share of a chart's width


def fitting_label_wrap(allocations: Sequence[TimeAllocation], width_in: float,
                       font_size: float, label_wrap: int = LABEL_WRAP) -> int:
    """The longest line (at most ``label_wrap`` characters) the bar labels of a time chart
    ``width_in`` wide may take so that the bars keep MIN_PLOT_SHARE of the width and every
    percentage fits inside the figure (a narrow column wraps the labels on more lines
    instead of pushing "45%" past its edge)."""
    char_in = font_size * 0.6 / 72
    pad_in = font_size * 0.39 / 72
    right_in = LAYOUT_PAD_IN + pad_in + 3 * font_size / 72
    room = width_in * (1 - MIN_PLOT_SHARE) - LAYOUT_PAD_IN - pad_in - right_in
    wrap = label_wrap
    labels = [s.label for a in allocations for s in a.shares]
    while wrap > 8:
        longest = max((len(line) for label in labels for line in
                       _wrap(label, wrap).splitlines()), default=0)
        if longest * char_in <= room:
            break
        wrap -= 1
    return wrap


def _bar_lines(labels: Sequence[str], width: int = LABEL_WRAP) -> float:
    return sum(max(1.3, 1.05 * _wrap(label, width).count("\n") + 1.3) for label in labels)


# The time chart's rows, in lines of text (LINE_HEIGHT font sizes).
TITLE_GAP_LINES = 0.35  # between a panel's title and its bars
PANEL_GAP_LINES = 0.6  # between one panel's bars and the next panel's title
TICKS_LINES = 1.4  # the scale's tick marks and labels under the last panel
AXIS_LABEL_LINES = 1.2  # the axis label under the scale


def _title_lines(label: str) -> int:
    return len(textwrap.wrap(label, TITLE_WRAP, break_long_words=False))


def _panel_bar_lines(allocation: TimeAllocation, label_wrap: int) -> float:
    return max(_bar_lines([s.label for s in allocation.shares], label_wrap), 1.3)


def time_chart_lines(allocations: Sequence[TimeAllocation],
                     label_wrap: int = LABEL_WRAP, *, axis_label: bool = True,
                     font_size: float = DEFAULT_FONT_SIZE) -> float:
    """The height the time chart needs, in lines of text at the chart's font size: exactly
    what ``draw_time_allocation`` fills, padding included."""
    if not allocations:
        return 3.0
    line_in = font_size * LINE_HEIGHT / 72
    lines = 2 * LAYOUT_PAD_IN / line_in + TICKS_LINES + (AXIS_LABEL_LINES if axis_label else 0)
    for number, allocation in enumerate(allocations):
        titled = _title_lines(allocation.label)
        lines += titled + (TITLE_GAP_LINES if titled else 0)
        lines += _panel_bar_lines(allocation, label_wrap)
        lines += PANEL_GAP_LINES if number else 0
    return lines


def time_chart_height_in(
    allocations: Sequence[TimeAllocation], font_size: float = DEFAULT_FONT_SIZE,
    label_wrap: int = LABEL_WRAP, *, axis_label: bool = True,
) -> float:
    """The figure height, in inches, that ``draw_time_allocation`` fills."""
    lines = time_chart_lines(allocations, label_wrap, axis_label=axis_label,
                             font_size=font_size)
    return lines * font_size * LINE_HEIGHT / 72


def education_chart_lines(shares: Sequence[EducationShare]) -> float:
    """The height the education chart needs, in lines of text."""
    shown = [short_education_label(s.label) for s in shares if s.percent > 0]
    return 3.0 if not shown else _bar_lines(shown) + 3.6


# ------------------------------------------------------------------ drawing


def _start(figure: Figure, colors: ChartColors) -> None:
    figure.clear()
    figure.set_facecolor(colors.background)
    figure.set_layout_engine("constrained", w_pad=LAYOUT_PAD_IN, h_pad=LAYOUT_PAD_IN,
                             hspace=0.04)


def _not_available(figure: Figure, colors: ChartColors, text: str, font_size: float) -> None:
    figure.text(0.5, 0.5, text, ha="center", va="center",
                color=colors.foreground, fontsize=font_size, fontstyle="italic")


def _bars(
    ax: Axes,
    labels: Sequence[str],
    values: Sequence[float],
    styles: Sequence[BarStyle],
    colors: ChartColors,
    *,
    max_percent: float,
    axis_label: str | None,
    font_size: float,
    label_wrap: int = LABEL_WRAP,
    value_texts: Sequence[str] | None = None,
    unit: str = "%",
) -> None:
    """One panel of horizontal bars, first bar on top, each value written at its end (as a
    percentage, or as ``value_texts`` says); the scale's ticks end in ``unit``."""
    ax.set_facecolor(colors.background)
    positions = list(range(len(values)))
    widths = [min(max(v, 0.0), max_percent) for v in values]
    bars = ax.barh(positions, widths, height=0.68, color=[s.color for s in styles],
                   edgecolor=colors.foreground, linewidth=0.6, zorder=2)
    for patch, style in zip(bars.patches, styles, strict=True):
        patch.set_hatch(style.hatch)
        _hatch_color(patch, style)
    gap = max_percent * 0.012
    written = value_texts if value_texts is not None else [percent_text(v) for v in values]
    for y, width, text in zip(positions, widths, written, strict=True):
        ax.text(width + gap, y, text, ha="left", va="center",
                color=colors.foreground, fontsize=font_size, clip_on=False)
    ax.set_yticks(positions, [_wrap(label, label_wrap) for label in labels])
    ax.set_ylim(len(values) - 0.5, -0.5)  # first bar on top
    ax.set_xlim(0, max_percent)
    step = 25 if max_percent > 50 else 10
    ticks = [t for t in range(0, int(max_percent) + 1, step)]
    ax.set_xticks(ticks, [f"{t}{unit}" for t in ticks])
    ax.tick_params(axis="y", length=0, labelsize=font_size, labelcolor=colors.foreground)
    ax.tick_params(axis="x", labelsize=font_size * 0.9, labelcolor=colors.foreground,
                   color=colors.muted)
    ax.grid(axis="x", color=colors.muted, linewidth=0.5, alpha=0.45, zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(colors.muted)
    if axis_label:
        ax.set_xlabel(axis_label, color=colors.foreground, fontsize=font_size)


def _hatch_color(patch: Any, style: BarStyle) -> None:
    """The hatch lines in the style's colour (matplotlib 3.10+; before, they take the edge's)."""
    if hasattr(patch, "set_hatchcolor"):
        patch.set_hatchcolor(style.hatch_color)
        patch.set_hatch_linewidth(0.8)


def _time_ticks(max_percent: float, plot_w: float, char_in: float) -> list[float]:
    """Every 25 % (10 % up to 50 %), fewer when the labels would touch."""
    room = 6 * char_in * 0.9  # a tick label ("100%") and a gap, at the ticks' size
    steps = [s for s in (10, 25, 50, 100) if s >= (25 if max_percent > 50 else 10)]
    step = next((s for s in steps if plot_w * s / max_percent >= room), steps[-1])
    return [float(t) for t in range(0, int(max_percent) + 1, step)]


def draw_time_allocation(
    figure: Figure,
    allocations: Sequence[TimeAllocation],
    colors: ChartColors = DEFAULT,
    *,
    max_percent: float = 100.0,
    font_size: float = DEFAULT_FONT_SIZE,
    label_wrap: int = LABEL_WRAP,
    ticks: Sequence[float] | None = None,
    axis_label: bool = True,
) -> None:
    """One titled bar panel per allocation, stacked in ``figure`` on a 0..max_percent scale,
    the scale (``ticks``, by default every 25 or 10 %) and its label under the last panel.

    A profile opens with this chart, so it is built for speed: no axes (their tick machinery
    and automatic layout would cost more than the drawing), only bars, lines and texts
    placed by hand from the font size, in inches from the figure's top left corner. The
    figure is as tall as ``time_chart_height_in`` says; an allocation without a label has
    no title row. Each bar's width is its share, in percent.
    """
    from matplotlib.collections import LineCollection
    from matplotlib.patches import Rectangle
    from matplotlib.transforms import Bbox, BboxTransform, BboxTransformTo, ScaledTranslation

    figure.clear()
    figure.set_facecolor(colors.background)
    figure.set_layout_engine(None)
    if not allocations:
        _not_available(figure, colors, translate("Charts", "Time split not available"),
                       font_size)
        return
    # (x, y) in inches from the left and from the top (y negative, downwards)
    inches = figure.dpi_scale_trans + ScaledTranslation(0, 1, BboxTransformTo(figure.bbox))
    width_in = figure.get_size_inches()[0]
    line_in = font_size * LINE_HEIGHT / 72
    point_in = 1 / 72
    char_in = font_size * 0.6 * point_in
    labels = [_wrap(s.label, label_wrap) for a in allocations for s in a.shares]
    longest = max((len(line) for label in labels for line in label.splitlines()), default=8)
    pad_in = font_size * 0.39 * point_in  # label to bar, tick to label: 3.5 pt at 9 pt
    left_in = LAYOUT_PAD_IN + longest * char_in + pad_in
    right_in = LAYOUT_PAD_IN + pad_in + 3 * font_size * point_in  # room for "100%"
    plot_w = max(width_in - left_in - right_in, width_in * 0.2)

    def x_in(percent: float) -> float:
        return left_in + percent / max_percent * plot_w

    if ticks is None:
        ticks = _time_ticks(max_percent, plot_w, char_in)
    text_style: dict[str, Any] = {"color": colors.foreground, "fontsize": font_size,
                                  "transform": inches, "parse_math": False}
    grid: list[list[tuple[float, float]]] = []
    rules: list[list[tuple[float, float]]] = []
    top = -LAYOUT_PAD_IN
    for number, allocation in enumerate(allocations):
        if number:
            top -= PANEL_GAP_LINES * line_in
        if allocation.label:
            title = textwrap.fill(allocation.label, TITLE_WRAP, break_long_words=False)
            top -= (title.count("\n") + 1) * line_in
            figure.text(LAYOUT_PAD_IN, top, title, ha="left", va="bottom",
                        **{**text_style, "fontsize": font_size * 1.05},
                        fontweight="bold")
            top -= TITLE_GAP_LINES * line_in
        bars_in = _panel_bar_lines(allocation, label_wrap) * line_in
        bottom = top - bars_in
        shares = allocation.shares
        for tick in ticks:
            grid.append([(x_in(tick), top), (x_in(tick), bottom)])
        rules.append([(x_in(0), bottom), (x_in(max_percent), bottom)])
        if not shares:
            figure.text(x_in(max_percent / 2), (top + bottom) / 2, not_available(),
                        ha="center", va="center", **text_style)
        # the bars: x in percent, y in bars (the first bar on top), from 0 to len(shares)
        slot_in = bars_in / max(len(shares), 1)
        bar_data = BboxTransform(
            Bbox([[0, max(len(shares), 1) - 0.5], [max_percent, -0.5]]),
            Bbox([[left_in, bottom], [left_in + plot_w, top]]),
        ) + inches
        for index, share in enumerate(shares):
            style = share_style(share, index)
            width = min(max(share.percent, 0.0), max_percent)
            bar = Rectangle((0, index - 0.34), width, 0.68, transform=bar_data,
                            facecolor=style.color, edgecolor=colors.foreground,
                            linewidth=0.6, hatch=style.hatch or None, zorder=2)
            _hatch_color(bar, style)
            figure.add_artist(bar)
            middle = top - (index + 0.5) * slot_in
            figure.text(left_in - pad_in, middle, _wrap(share.label, label_wrap),
                        ha="right", va="center", **text_style)
            figure.text(x_in(width) + pad_in, middle, percent_text(share.percent),
                        ha="left", va="center", **text_style)
        top = bottom
    # the scale under the last panel
    marks = [[(x_in(t), top), (x_in(t), top - pad_in)] for t in ticks]
    for tick in ticks:
        figure.text(x_in(tick), top - 2 * pad_in, f"{tick:g}%", ha="center", va="top",
                    **{**text_style, "fontsize": font_size * 0.9})
    if axis_label:
        figure.text(x_in(max_percent / 2), top - TICKS_LINES * line_in,
                    translate("Charts", TIME_AXIS_LABEL), ha="center", va="top", **text_style)
    figure.add_artist(LineCollection(grid, colors=colors.muted, linewidths=0.5, alpha=0.45,
                                     transform=inches, zorder=0))
    figure.add_artist(LineCollection(rules + marks, colors=colors.muted, linewidths=0.8,
                                     transform=inches, zorder=2.5))


def draw_education(
    figure: Figure,
    shares: Sequence[EducationShare],
    colors: ChartColors = DEFAULT,
    *,
    max_percent: float = 100.0,
    font_size: float = DEFAULT_FONT_SIZE,
) -> None:
    """The share of workers at each education level (levels at 0% left out)."""
    _start(figure, colors)
    shown = [s for s in shares if s.percent > 0]
    if not shown:
        _not_available(figure, colors,
                       translate("Charts", "Education levels not available"), font_size)
        return
    ax = figure.add_subplot()
    _bars(ax, [short_education_label(s.label) for s in shown], [s.percent for s in shown],
          [EDUCATION_STYLE] * len(shown), colors, max_percent=max_percent,
          axis_label=translate("Charts", EDUCATION_AXIS_LABEL), font_size=font_size)


@dataclass(frozen=True)
class InterestScore:
    """One bar of the interest chart: the area's name as shown, its score (0..100) and
    whether it is one of the student's top areas."""

    label: str
    score: float | None  # None: no answers in this area
    top: bool = False


def interest_bar_label(item: InterestScore) -> str:
    """The bar's label: a top area starts with TOP_MARK."""
    return f"{TOP_MARK} {item.label}" if item.top else item.label


def describe_interests(items: Sequence[InterestScore]) -> str:
    """The six scores in words, for screen readers and tooltips."""
    if not items:
        return translate("Charts", "Interest scores not available.")
    top = translate("Charts", "{area} {score} of 100, one of your top areas")
    other = translate("Charts", "{area} {score} of 100")
    parts = [(top if i.top else other).format(area=i.label, score=f"{i.score:.0f}")
             if i.score is not None else f"{i.label} {not_available()}" for i in items]
    return translate("Charts", "Your interest scores: {scores}.").format(
        scores="; ".join(parts))


def interest_chart_lines(items: Sequence[InterestScore], label_wrap: int = LABEL_WRAP, *,
                         axis_label: bool = True) -> float:
    """The height the interest chart needs, in lines of text."""
    if not items:
        return 3.0
    return _bar_lines([interest_bar_label(i) for i in items], label_wrap) + (
        3.6 if axis_label else 3.6 - AXIS_LABEL_LINES)


def interest_chart_height_in(items: Sequence[InterestScore],
                             font_size: float = DEFAULT_FONT_SIZE,
                             label_wrap: int = LABEL_WRAP, *, axis_label: bool = True) -> float:
    """A suggested figure height, in inches, for ``draw_interests``."""
    return interest_chart_lines(items, label_wrap, axis_label=axis_label) \
        * font_size * LINE_HEIGHT / 72


def draw_interests(
    figure: Figure,
    items: Sequence[InterestScore],
    colors: ChartColors = DEFAULT,
    *,
    font_size: float = DEFAULT_FONT_SIZE,
    label_wrap: int = LABEL_WRAP,
    axis_label: bool = True,
) -> None:
    """The six interest areas' scores as bars on a 0..100 scale, in the order given; the
    top areas solid and starred, the others lighter and hatched; an area without a score
    reads "not available". Without ``axis_label`` the text around the chart must say what
    the scale is."""
    _start(figure, colors)
    if not items:
        _not_available(figure, colors, translate("Charts", "Interest scores not available"),
                       font_size)
        return
    ax = figure.add_subplot()
    _bars(ax, [interest_bar_label(i) for i in items], [i.score or 0.0 for i in items],
          [TOP_INTEREST_STYLE if i.top else OTHER_INTEREST_STYLE for i in items], colors,
          max_percent=100.0,
          axis_label=translate("Charts", INTEREST_AXIS_LABEL) if axis_label else None,
          font_size=font_size, unit="", label_wrap=label_wrap,
          value_texts=[not_available() if i.score is None else f"{i.score:.0f}"
                       for i in items])
    for label, item in zip(ax.get_yticklabels(), items, strict=True):
        if item.top:
            label.set_fontweight("bold")


# ------------------------------------------------------------------ images for printing


def preload() -> None:
    """Import what drawing a chart image needs (matplotlib, its Agg canvas, the PNG writer)
    ahead of the first chart (``careerdesk.chart_worker`` does it while Qt starts)."""
    import matplotlib.figure  # noqa: F401
    import PIL.PngImagePlugin  # noqa: F401
    from matplotlib.backends import backend_agg  # noqa: F401


def drawn_in_english() -> bool:
    """Whether charts are drawn with their English texts now (no translation of the charts'
    texts is installed): a chart drawn by a process without Qt looks the same then."""
    return translate("Charts", TIME_AXIS_LABEL) == TIME_AXIS_LABEL


def _render(fmt: str, draw_fn: DrawFn, args: tuple[Any, ...], kwargs: dict[str, Any],
            width_in: float, height_in: float, dpi: int, colors: ChartColors) -> bytes:
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    if fmt == "svg":
        from matplotlib.backends.backend_svg import FigureCanvasSVG as Canvas
    else:
        from matplotlib.backends.backend_agg import FigureCanvasAgg as Canvas  # type: ignore[assignment]
    figure = Figure(figsize=(width_in, height_in), dpi=dpi)
    Canvas(figure)
    buffer = BytesIO()
    # Text stays text in SVG (selectable, searchable, the printer's fonts).
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "careerdesk"}):
        draw_fn(figure, *args, colors, **kwargs)
        # PNG: fast compression; the printing service compresses the image again in the PDF
        extra: dict[str, Any] = {"pil_kwargs": {"compress_level": 1}} if fmt == "png" else {}
        figure.savefig(buffer, format=fmt, dpi=dpi, facecolor=colors.background,
                       metadata={"Date": None} if fmt == "svg" else None, **extra)
    return buffer.getvalue()


def render_png(draw_fn: DrawFn, *args: Any, width_in: float, height_in: float,
               dpi: int = 200, colors: ChartColors = LIGHT, **kwargs: Any) -> bytes:
    """``draw_fn(figure, *args, colors, **kwargs)`` rendered to PNG bytes (Agg, no pyplot)."""
    return _render("png", draw_fn, args, kwargs, width_in, height_in, dpi, colors)


def render_svg(draw_fn: DrawFn, *args: Any, width_in: float, height_in: float,
               dpi: int = 72, colors: ChartColors = LIGHT, **kwargs: Any) -> bytes:
    """``draw_fn(figure, *args, colors, **kwargs)`` rendered to SVG bytes, text kept as text."""
    return _render("svg", draw_fn, args, kwargs, width_in, height_in, dpi, colors)
