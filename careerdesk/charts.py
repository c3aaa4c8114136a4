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
    2: BarStyle("#CC79A7", "\\\\", _DARK_LINES),  # reddish purple: caring for people
    3: BarStyle("#D55E00", "xx", _LIGHT_LINES),  # vermillion: leading and teaching
    4: BarStyle("#0072B2", "", _LIGHT_LINES),  # blue, solid: records and computers
    5: BarStyle("#56B4E9", "oo", _DARK_LINES),  # sky blue: analysing and planning
    6: BarStyle("#009E73", "..", _LIGHT_LINES),  # bluish green: gathering information
    7: BarStyle("#F0E442", "--", _DARK_LINES),  # yellow: hands-on work
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
    """'High School Diploma - or the equivalent (...)' -> 'High School Diploma'."""
    return label.split(" - ", 1)[0].strip()


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


def _bar_lines(labels: Sequence[str], width: int = LABEL_WRAP) -> float:
    return sum(max(1.3, 1.05 * _wrap(label, width).count("\n") + 1.3) for label in labels)


def time_chart_lines(allocations: Sequence[TimeAllocation],
                     label_wrap: int = LABEL_WRAP) -> float:
    """The height the time chart needs, in lines of text at the chart's font size."""
    if not allocations:
        return 3.0
    panels = sum(3.6 + _bar_lines([s.label for s in a.shares], label_wrap)
                 for a in allocations)
    return panels + 1.6  # the axis label under the last panel


def time_chart_height_in(
    allocations: Sequence[TimeAllocation], font_size: float = DEFAULT_FONT_SIZE,
    label_wrap: int = LABEL_WRAP,
) -> float:
    """A suggested figure height, in inches, for ``draw_time_allocation``."""
    return time_chart_lines(allocations, label_wrap) * font_size * LINE_HEIGHT / 72


def education_chart_lines(shares: Sequence[EducationShare]) -> float:
    """The height the education chart needs, in lines of text."""
    shown = [short_education_label(s.label) for s in shares if s.percent > 0]
    return 3.0 if not shown else _bar_lines(shown) + 3.6


def education_chart_height_in(
    shares: Sequence[EducationShare], font_size: float = DEFAULT_FONT_SIZE
) -> float:
    """A suggested figure height, in inches, for ``draw_education``."""
    return education_chart_lines(shares) * font_size * LINE_HEIGHT / 72


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
) -> None:
    """One panel of horizontal bars, first bar on top, each value written at its end."""
    ax.set_facecolor(colors.background)
    positions = list(range(len(values)))
    widths = [min(max(v, 0.0), max_percent) for v in values]
    bars = ax.barh(positions, widths, height=0.68, color=[s.color for s in styles],
                   edgecolor=colors.foreground, linewidth=0.6, zorder=2)
    for patch, style in zip(bars.patches, styles, strict=True):
        patch.set_hatch(style.hatch)
        if hasattr(patch, "set_hatchcolor"):  # matplotlib 3.10+; before, lines take the edge
            patch.set_hatchcolor(style.hatch_color)
            patch.set_hatch_linewidth(0.8)
    gap = max_percent * 0.012
    for y, width, value in zip(positions, widths, values, strict=True):
        ax.text(width + gap, y, percent_text(value), ha="left", va="center",
                color=colors.foreground, fontsize=font_size, clip_on=False)
    ax.set_yticks(positions, [_wrap(label, label_wrap) for label in labels])
    ax.set_ylim(len(values) - 0.5, -0.5)  # first bar on top
    ax.set_xlim(0, max_percent)
    step = 25 if max_percent > 50 else 10
    ticks = [t for t in range(0, int(max_percent) + 1, step)]
    ax.set_xticks(ticks, [f"{t}%" for t in ticks])
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


def _panel_title(figure: Figure, ax: Axes, label: str, colors: ChartColors,
                 font_size: float) -> None:
    """A bold title over a panel, starting at the figure's left edge (not the bars')."""
    from matplotlib.transforms import blended_transform_factory

    text = textwrap.fill(label, TITLE_WRAP, break_long_words=False)
    style: dict[str, Any] = {"fontsize": font_size * 1.05, "fontweight": "bold"}
    # A blank axes title as tall as the text keeps the room above the panel in the layout ...
    blank = "\n".join("\u00a0" for _ in text.splitlines())
    ax.set_title(blank, loc="left", pad=font_size * 0.6, **style)
    # ... this copy is: from the left margin, at the title's height.
    where = blended_transform_factory(figure.dpi_scale_trans, ax.title.get_transform())
    shown = ax.text(LAYOUT_PAD_IN, 1.0, text, transform=where, ha="left", va="baseline",
                    color=colors.foreground, **style)
    shown.set_in_layout(False)


def draw_time_allocation(
    figure: Figure,
    allocations: Sequence[TimeAllocation],
    colors: ChartColors = DEFAULT,
    *,
    max_percent: float = 100.0,
    font_size: float = DEFAULT_FONT_SIZE,
    label_wrap: int = LABEL_WRAP,
) -> None:
    """One titled bar panel per allocation, stacked in ``figure`` on a 0..max_percent scale.

    The panels are placed by hand from the text sizes (no layout engine): a profile opens
    with this chart, and automatic layout would double the drawing time.
    """
    figure.clear()
    figure.set_facecolor(colors.background)
    figure.set_layout_engine(None)
    if not allocations:
        _not_available(figure, colors, translate("Charts", "Time split not available"),
                       font_size)
        return
    width_in, height_in = figure.get_size_inches()
    line_in = font_size * LINE_HEIGHT / 72
    char_in = font_size * 0.6 / 72
    labels = [_wrap(s.label, label_wrap) for a in allocations for s in a.shares]
    longest = max((len(line) for label in labels for line in label.splitlines()), default=8)
    left_in = LAYOUT_PAD_IN + longest * char_in + font_size * 0.6 / 72
    right_in = LAYOUT_PAD_IN + 5 * char_in
    plot_w = max(width_in - left_in - right_in, width_in * 0.2)
    last = max((i for i, a in enumerate(allocations) if a.shares), default=-1)
    axis_label = translate("Charts", TIME_AXIS_LABEL)
    top = height_in - LAYOUT_PAD_IN
    for number, allocation in enumerate(allocations):
        title = textwrap.fill(allocation.label, TITLE_WRAP, break_long_words=False)
        title_in = (title.count("\n") + 1) * line_in
        bars_in = max(_bar_lines([s.label for s in allocation.shares], label_wrap),
                      1.3) * line_in
        top -= title_in
        ax = figure.add_axes((left_in / width_in, max(top - bars_in, 0) / height_in,
                              plot_w / width_in, bars_in / height_in))
        ax.text(LAYOUT_PAD_IN / width_in, (top + line_in * 0.25) / height_in, title,
                transform=figure.transFigure, ha="left", va="bottom",
                color=colors.foreground, fontsize=font_size * 1.05, fontweight="bold")
        top -= bars_in + (2.6 if number == last else 0.6) * line_in
        if not allocation.shares:
            ax.set_axis_off()
            ax.text(0.5, 0.5, not_available(), transform=ax.transAxes, ha="center",
                    va="center", color=colors.foreground, fontsize=font_size)
            continue
        _bars(ax, [s.label for s in allocation.shares],
              [s.percent for s in allocation.shares],
              [share_style(s, i) for i, s in enumerate(allocation.shares)], colors,
              max_percent=max_percent, axis_label=axis_label if number == last else None,
              font_size=font_size, label_wrap=label_wrap)
        if number != last:
            ax.tick_params(axis="x", labelbottom=False, length=0)


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


# ------------------------------------------------------------------ images for printing


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
        figure.savefig(buffer, format=fmt, dpi=dpi, facecolor=colors.background,
                       metadata={"Date": None} if fmt == "svg" else None)
    return buffer.getvalue()


def render_png(draw_fn: DrawFn, *args: Any, width_in: float, height_in: float,
               dpi: int = 200, colors: ChartColors = LIGHT, **kwargs: Any) -> bytes:
    """``draw_fn(figure, *args, colors, **kwargs)`` rendered to PNG bytes (Agg, no pyplot)."""
    return _render("png", draw_fn, args, kwargs, width_in, height_in, dpi, colors)


def render_svg(draw_fn: DrawFn, *args: Any, width_in: float, height_in: float,
               dpi: int = 72, colors: ChartColors = LIGHT, **kwargs: Any) -> bytes:
    """``draw_fn(figure, *args, colors, **kwargs)`` rendered to SVG bytes, text kept as text."""
    return _render("svg", draw_fn, args, kwargs, width_in, height_in, dpi, colors)
