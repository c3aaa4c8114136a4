"""Application look: Fusion style, palette-based touches, visible focus, a dark palette."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

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
    from PySide6.QtGui import QColor, QPalette

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
    for role, color in colors.items():
        p.setColor(role, QColor(color))
    # Greyed-out controls must look unavailable: without these, a disabled button's text
    # keeps the bright enabled colour.
    disabled = {
        QPalette.ColorRole.WindowText: "#7c7f85", QPalette.ColorRole.Text: "#7c7f85",
        QPalette.ColorRole.ButtonText: "#7c7f85", QPalette.ColorRole.Button: "#25272b",
        QPalette.ColorRole.Highlight: "#44474d", QPalette.ColorRole.HighlightedText: "#a8a8a8",
    }
    for role, color in disabled.items():
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return p
