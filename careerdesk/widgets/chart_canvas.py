"""``ChartView``: a matplotlib chart with its method caption, drawn in the widget's palette.

matplotlib (and numpy) are imported the first time a chart is shown, never when this module
is imported, so start-up stays fast. The drawing itself is ``careerdesk.charts``.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontInfo, QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from careerdesk import charts
from careerdesk.model import EducationShare, TimeAllocation
from careerdesk.widgets import accessibility
from careerdesk.widgets.column import Column
from careerdesk.widgets.text_label import WrappedLabel

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from careerdesk.study import PathStep

# draws into (figure, colours, font size in points)
_Draw = Callable[["Figure", charts.ChartColors, float], None]
_REDRAW_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.FontChange)


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def palette_colors(palette: QPalette) -> charts.ChartColors:
    """The chart colours that sit on a widget with this palette (window and its text)."""
    background = palette.color(QPalette.ColorRole.Window)
    foreground = palette.color(QPalette.ColorRole.WindowText)
    return charts.ChartColors(
        background=background.name(),
        foreground=foreground.name(),
        muted=blend(background, foreground, 0.5).name(),
    )


def _make_canvas(before_draw: Callable[[], None]) -> Any:
    """A matplotlib canvas whose preferred size is its minimum size (set from the font),
    that calls ``before_draw`` before each drawing and caches its texts' bitmaps."""
    os.environ["QT_API"] = "pyside6"  # before matplotlib picks a Qt binding
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from careerdesk.agg_text import ReusingFigure, TextCachingCanvasMixin

    class _Canvas(TextCachingCanvasMixin, FigureCanvasQTAgg):
        def sizeHint(self) -> QSize:
            return self.minimumSize()

        def minimumSizeHint(self) -> QSize:
            return self.minimumSize()

        def draw(self) -> None:
            before_draw()
            super().draw()

    return _Canvas(ReusingFigure())


class ChartView(Column):
    """A chart (a matplotlib canvas created on first use) with a caption under it.

    The chart follows the widget's palette and font: it is drawn again on palette, style
    and font changes. Screen readers get one object, a chart, whose accessible description
    gives the charted figures in words, with the caption (its text) inside it.

    Signals:
        redrawn(): the chart was made again in the figure (new data, palette, style, font
        or size), just before the canvas draws it.
    """

    redrawn = Signal()
    accessible_role = accessibility.CHART  # one object for screen readers, said in words

    def __init__(self, name: str | None = None, parent: QWidget | None = None) -> None:
        accessibility.install()
        super().__init__(parent)
        self._canvas: Any = None
        self._draw: _Draw | None = None
        self._lines = 0.0
        self._drawn_for: tuple[object, ...] = ()
        self._built_for: tuple[float, ...] = ()
        self._placed_by_hand = False  # the chart must be built again for a new size
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(self.fontMetrics().height() // 3)
        self._caption = WrappedLabel(text_format=Qt.TextFormat.PlainText)
        self._caption.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._caption.hide()  # a screen reader reads it too (a label's text is its name)
        self._layout.addWidget(self._caption)
        self.setAccessibleName(self.tr("Chart") if name is None else name)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    # ------------------------------------------------------------------ public API

    def show_time_allocation(
        self, allocations: Sequence[TimeAllocation], caption: str, *,
        max_percent: float = 100.0,
    ) -> None:
        """Chart how the work divides, one panel per allocation (data, then editorial)."""
        shown = list(allocations)

        def draw(figure: Figure, colors: charts.ChartColors, size: float) -> None:
            charts.draw_time_allocation(figure, shown, colors, max_percent=max_percent,
                                        font_size=size)

        self._show(draw, charts.time_chart_lines(shown),
                   charts.describe_time_allocation(shown), caption, placed_by_hand=True)

    def show_education(
        self, shares: Sequence[EducationShare], caption: str, *, max_percent: float = 100.0
    ) -> None:
        """Chart the share of workers at each education level."""
        shown = list(shares)

        def draw(figure: Figure, colors: charts.ChartColors, size: float) -> None:
            charts.draw_education(figure, shown, colors, max_percent=max_percent,
                                  font_size=size)

        self._show(draw, charts.education_chart_lines(shown),
                   charts.describe_education(shown), caption)

    def show_path(self, steps: Sequence[PathStep], career_index: int | None,
                  caption: str) -> None:
        """The path to a career: boxes joined by arrows, top to bottom."""
        from careerdesk import path_chart
        from careerdesk.study import describe_path

        shown = list(steps)

        def draw(figure: Figure, colors: charts.ChartColors, size: float) -> None:
            path_chart.draw_path(figure, shown, colors, career_index=career_index,
                                 font_size=size)

        self._show(draw, path_chart.path_chart_lines(shown), describe_path(shown), caption)

    def show_interests(self, items: Sequence[charts.InterestScore], caption: str) -> None:
        """Chart the six interest areas' scores (0..100), top areas starred."""
        shown = list(items)

        def draw(figure: Figure, colors: charts.ChartColors, size: float) -> None:
            charts.draw_interests(figure, shown, colors, font_size=size)

        self._show(draw, charts.interest_chart_lines(shown), charts.describe_interests(shown),
                   caption)

    def caption(self) -> str:
        return self._caption.text()

    def figure(self) -> Figure | None:
        """The matplotlib figure, or None before the first chart is shown."""
        return None if self._canvas is None else self._canvas.figure

    def has_drawn(self) -> bool:
        """Whether the current chart has been drawn into the figure (its artists are
        there; a chart waiting for its new size is not)."""
        return bool(self._built_for)

    def chart_colors(self) -> charts.ChartColors:
        """The colours the chart is drawn in now (from this widget's palette)."""
        return palette_colors(self.palette())

    def redraw(self) -> None:
        """Draw the current chart again with the current palette and font."""
        if self._canvas is None or self._draw is None:
            return
        self._drawn_for = self._look()
        before = self._canvas.height()
        self._update_size()
        if self._placed_by_hand and self._canvas.minimumHeight() != before:
            # the layout is about to give the canvas its new height: build the chart once,
            # for that size, just before it is drawn (``_before_draw``)
            self._built_for = ()
        else:
            self._build()
        self._canvas.draw_idle()

    def _build(self) -> None:
        """Put the chart's artists in the figure, placed for the figure's size."""
        assert self._canvas is not None and self._draw is not None
        figure = self._canvas.figure
        self._draw(figure, self.chart_colors(), self._font_points())
        self._built_for = (*figure.get_size_inches(), figure.dpi)
        self.redrawn.emit()

    def _before_draw(self) -> None:
        """A chart placed by hand (the time chart) fits the figure's size it was built for:
        build it again when the canvas was resized since (a millisecond or two). Charts
        with a layout engine (education) lay themselves out as they are drawn."""
        figure = self._canvas.figure
        if (self._draw is not None and self._placed_by_hand
                and self._built_for != (*figure.get_size_inches(), figure.dpi)):
            self._build()

    def _look(self) -> tuple[object, ...]:
        """What the drawing depends on besides the data: colours and font size."""
        return (self.chart_colors(), QFontInfo(self.font()).pixelSize())

    # ------------------------------------------------------------------ Qt

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Being placed in a window sends style and font events too: draw again only when
        # the colours or the font really changed, since each drawing costs tens of ms.
        if (event.type() in _REDRAW_EVENTS and self._draw is not None
                and self._look() != self._drawn_for):
            self.redraw()

    # ------------------------------------------------------------------ internals

    def _show(self, draw: _Draw, lines: float, description: str, caption: str, *,
              placed_by_hand: bool = False) -> None:
        if self._canvas is None:
            self._canvas = _make_canvas(self._before_draw)
            self._canvas.setSizePolicy(QSizePolicy.Policy.Expanding,
                                       QSizePolicy.Policy.Minimum)
            # the chart's description says in words what the drawing shows
            accessibility.hide_from_readers(self._canvas)
            self._layout.insertWidget(0, self._canvas)
        self._draw = draw
        self._placed_by_hand = placed_by_hand
        self._lines = lines
        self._caption.setText(caption)
        self._caption.setVisible(bool(caption))
        self.setAccessibleDescription(description)
        self._canvas.setToolTip(description)
        self.redraw()

    def _font_points(self) -> float:
        """The widget font's size in matplotlib points, so chart text matches the UI."""
        logical_dpi = self._canvas.figure.dpi / (self._canvas.device_pixel_ratio or 1)
        return QFontInfo(self.font()).pixelSize() * 72 / logical_dpi

    def _update_size(self) -> None:
        pixels = QFontInfo(self.font()).pixelSize()
        self._canvas.setMinimumSize(
            self.fontMetrics().averageCharWidth() * 50,
            math.ceil(self._lines * pixels * charts.LINE_HEIGHT),
        )
        self._canvas.updateGeometry()
