"""Application look: Fusion style, palette-based touches, visible focus, and the palettes
CareerDesk offers (light, dark, high contrast), each with disabled controls that look
unavailable yet stay readable."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

# The palettes CareerDesk offers; "auto" picks light or dark as the system is set.
THEMES = ("light", "dark", "high-contrast")
THEME_VARIABLE = "CAREERDESK_THEME"  # auto (default), light, dark or high-contrast

STYLE_SHEET = """
QLabel#aiBadge { border: 1px solid palette(mid); border-radius: 0.3em; padding: 0.4em; }
QScrollArea:focus, QListView:focus, QTabBar:focus, QLabel:focus {
    border: 2px solid palette(highlight);
}
QLabel#careerTitle { padding-top: 0.2em; }
QToolButton:focus { border: 2px solid palette(highlight); border-radius: 3px; }
"""


def apply_style(app: QApplication) -> None:
    """Fusion everywhere, before any widget exists (changing it later restyles them all)."""
    if app.style().name().lower() != "fusion":  # setting it again costs a few ms
        app.setStyle("Fusion")


def apply_style_sheet(app: QApplication) -> None:
    """The focus frames and badges above. A style sheet slows the making of every widget,
    so the main window applies it once its first paint is on screen."""
    if app.property("careerdeskTheme"):
        return  # restyling live windows is slow and needless
    app.setStyleSheet(STYLE_SHEET)
    app.setProperty("careerdeskTheme", True)


def dark_palette() -> QPalette:
    """A dark palette with readable contrast, for systems in dark mode and for tests."""
    from PySide6.QtGui import QPalette

    p = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#202225", QPalette.ColorRole.WindowText: "#eeeeee",
        QPalette.ColorRole.Base: "#17181a", QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#eeeeee", QPalette.ColorRole.Button: "#2b2d31",
        QPalette.ColorRole.ButtonText: "#eeeeee", QPalette.ColorRole.Highlight: "#3d8fd6",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2b2d31",
        QPalette.ColorRole.ToolTipText: "#eeeeee", QPalette.ColorRole.PlaceholderText: "#a8a8a8",
        QPalette.ColorRole.Link: "#8cc4ff", QPalette.ColorRole.Mid: "#55585e",
        QPalette.ColorRole.Dark: "#111214", QPalette.ColorRole.Light: "#3a3c40",
    }
    # Greyed-out controls must look unavailable: without these, a disabled button's text
    # keeps the bright enabled colour.
    disabled = {
        QPalette.ColorRole.WindowText: "#8b8e94", QPalette.ColorRole.Text: "#8b8e94",
        QPalette.ColorRole.ButtonText: "#8b8e94", QPalette.ColorRole.Button: "#25272b",
        QPalette.ColorRole.Highlight: "#44474d", QPalette.ColorRole.HighlightedText: "#a8a8a8",
    }
    return _painted(p, colors, disabled)


_system: list[QPalette] = []  # the application's palette before a theme replaced it


def light_palette() -> QPalette:
    """The system's light palette (Fusion's), with disabled text dark enough to read
    (Fusion's own grey, #bebebe on #f2f2f2, is 1.7:1) and still far lighter than enabled
    text."""
    import copy

    from PySide6.QtGui import QPalette

    # (copy.copy, not QPalette(palette): that overload loads Qt's enums, ~25 ms at start)
    p = copy.copy(_system[0]) if _system else QPalette()
    disabled = {
        QPalette.ColorRole.WindowText: "#767676", QPalette.ColorRole.Text: "#767676",
        QPalette.ColorRole.ButtonText: "#767676",
        QPalette.ColorRole.PlaceholderText: "#8c8c8c",
    }
    return _painted(p, {}, disabled)


def high_contrast_palette() -> QPalette:
    """White on black, yellow selection and focus, cyan links; disabled controls in a
    mid grey that reads on black but is plainly not white."""
    from PySide6.QtGui import QPalette

    p = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#000000", QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#000000", QPalette.ColorRole.AlternateBase: "#1a1a1a",
        QPalette.ColorRole.Text: "#ffffff", QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#ffffff", QPalette.ColorRole.Highlight: "#ffff00",
        QPalette.ColorRole.HighlightedText: "#000000", QPalette.ColorRole.ToolTipBase: "#000000",
        QPalette.ColorRole.ToolTipText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#c8c8c8",
        QPalette.ColorRole.Link: "#00ffff", QPalette.ColorRole.LinkVisited: "#ff80ff",
        QPalette.ColorRole.Mid: "#ffffff", QPalette.ColorRole.Dark: "#ffffff",
        QPalette.ColorRole.Light: "#ffffff", QPalette.ColorRole.Midlight: "#000000",
        QPalette.ColorRole.Shadow: "#ffffff", QPalette.ColorRole.BrightText: "#ffff00",
    }
    disabled = {
        QPalette.ColorRole.WindowText: "#8c8c8c", QPalette.ColorRole.Text: "#8c8c8c",
        QPalette.ColorRole.ButtonText: "#8c8c8c", QPalette.ColorRole.Mid: "#8c8c8c",
        QPalette.ColorRole.Dark: "#8c8c8c", QPalette.ColorRole.Light: "#8c8c8c",
        QPalette.ColorRole.Shadow: "#8c8c8c", QPalette.ColorRole.Highlight: "#595959",
        QPalette.ColorRole.HighlightedText: "#ffffff",
    }
    return _painted(p, colors, disabled)


def _painted(palette: QPalette, colors: dict[QPalette.ColorRole, str],
             disabled: dict[QPalette.ColorRole, str]) -> QPalette:
    """``palette`` with ``colors`` in every group and ``disabled`` for disabled controls."""
    from PySide6.QtGui import QColor, QPalette

    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role, color in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return palette


def palette_for(name: str) -> QPalette:
    """The palette of one of ``THEMES``."""
    makers = {"light": light_palette, "dark": dark_palette,
              "high-contrast": high_contrast_palette}
    if name not in makers:
        raise ValueError(f"unknown theme {name!r}: one of {', '.join(THEMES)}")
    return makers[name]()


def chosen_theme() -> str:
    """The theme to use: $CAREERDESK_THEME when it names one; else, from the system's
    palette, high contrast when its windows are dark with text at 15:1 or more (a system
    high-contrast setting), dark when they are darker than their text, else light (which
    keeps the system's colours, a light high-contrast one included)."""
    wanted = os.environ.get(THEME_VARIABLE, "").strip().lower()
    if wanted in THEMES:
        return wanted
    from PySide6.QtGui import QGuiApplication, QPalette

    # (not styleHints(): Qt's enums cost ~25 ms before the first paint)
    system = _system[0] if _system else QGuiApplication.palette()
    window = system.color(QPalette.ColorRole.Window)
    text = system.color(QPalette.ColorRole.WindowText)
    if window.lightness() >= text.lightness():
        return "light"
    return "high-contrast" if contrast_ratio(window, text) >= 15 else "dark"


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours, 1 to 21."""
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
                + 0.0722 * channel(color.blueF()))
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def apply_theme(app: QApplication, name: str | None = None) -> str:
    """Give the application the palette of ``name`` (default ``chosen_theme()``); returns
    the theme applied. Every widget and chart follows palette changes."""
    name = name or chosen_theme()
    if not _system:
        _system.append(app.palette())
    app.setPalette(palette_for(name))
    sheet = app.styleSheet()
    if sheet:
        # the style-sheet style keeps the palette it resolved for each widget on screen
        # (as it does fonts): setting the sheet again gives them all the new one
        app.setStyleSheet(sheet)
    app.setProperty("careerdeskPalette", name)
    return name
