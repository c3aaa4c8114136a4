"""The path to a career drawn as boxes joined by arrows, top to bottom (``study.path``):
high school, the program or training, work experience where BLS asks for it, the career,
its next steps.

No Qt; matplotlib is imported by the caller's figure. Colours follow the chart theme
(``charts.ChartColors``); the career's own box is filled so it stands out without colour
alone (its title also says "this career")."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

from careerdesk.charts import DEFAULT, DEFAULT_FONT_SIZE, ChartColors
from careerdesk.study import PathStep

if TYPE_CHECKING:
    from matplotlib.figure import Figure

WRAP = 52  # characters per line inside a box
ARROW_LINES = 1.0  # the space between two boxes, in lines
CAREER_FILL = "#0072B2"  # the charts' blue (Okabe-Ito); white text on it: 5.1 to 1


def _box_lines(step: PathStep) -> tuple[list[str], list[str]]:
    title = textwrap.wrap(step.title, WRAP, break_long_words=False) or [""]
    detail = textwrap.wrap(step.detail, WRAP + 6, break_long_words=False)
    return title, detail


def _box_height(step: PathStep) -> float:
    title, detail = _box_lines(step)
    return len(title) + len(detail) + 0.7


def path_chart_lines(steps: Sequence[PathStep]) -> float:
    """The height the path needs, in lines of text."""
    return sum(_box_height(s) for s in steps) + ARROW_LINES * max(len(steps) - 1, 0) + 0.4


def draw_path(figure: Figure, steps: Sequence[PathStep], colors: ChartColors = DEFAULT, *,
              career_index: int | None = None, font_size: float = DEFAULT_FONT_SIZE) -> None:
    """The boxes top to bottom, an arrow between each; ``career_index``: the career's box."""
    from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

    figure.clear()
    figure.set_facecolor(colors.background)
    figure.set_layout_engine(None)
    total = path_chart_lines(steps)
    ax = figure.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(total, 0)  # y in lines, from the top
    top = 0.2
    for index, step in enumerate(steps):
        mine = index == career_index
        height = _box_height(step)
        ax.add_patch(FancyBboxPatch(
            (0.02, top), 0.96, height, boxstyle="round,pad=0,rounding_size=0.3",
            mutation_aspect=1 / 40, facecolor=CAREER_FILL if mine else colors.background,
            edgecolor=CAREER_FILL if mine else colors.foreground, linewidth=1.0))
        title, detail = _box_lines(step)
        ink = "#FFFFFF" if mine else colors.foreground
        ax.text(0.05, top + 0.35, "\n".join(title), ha="left", va="top", fontsize=font_size,
                fontweight="bold", color=ink, linespacing=1.25)
        if detail:
            ax.text(0.05, top + 0.35 + len(title), "\n".join(detail), ha="left", va="top",
                    fontsize=font_size, color=ink, linespacing=1.25)
        bottom = top + height
        if index < len(steps) - 1:
            ax.add_patch(FancyArrowPatch(
                (0.5, bottom + 0.05), (0.5, bottom + ARROW_LINES - 0.05), arrowstyle="-|>",
                mutation_scale=font_size * 1.3, color=colors.foreground, linewidth=1.0))
        top = bottom + ARROW_LINES
