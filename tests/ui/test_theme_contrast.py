"""Disabled controls look disabled, and stay readable, in every theme CareerDesk offers:
the colours are read back from the pixels of real buttons in the window (the compare
tray's Compare button, disabled with one career picked, beside its enabled Clear button)
and compared with WCAG 2 contrast ratios."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton

from careerdesk.ui import theme
from tests.ui.test_zoom_views import contrast, pixels, relative_luminance

LUMA = np.array([0.299, 0.587, 0.114])


def drawn_colors(button: QPushButton) -> tuple[QColor, QColor]:
    """(background, text) of a button as drawn: the commonest colour in its middle, and
    the pixel there farthest from it in lightness (the core of a letter's stroke)."""
    rgb = pixels(button.grab().toImage()).astype(int)
    height, width, _ = rgb.shape
    middle = rgb[height // 4:height * 3 // 4, width // 8:width * 7 // 8].reshape(-1, 3)
    colors, counts = np.unique(middle, axis=0, return_counts=True)
    background = colors[counts.argmax()]
    ink = middle[np.abs(middle @ LUMA - background @ LUMA).argmax()]
    return QColor(*background.tolist()), QColor(*ink.tolist())


@pytest.fixture
def themed(window):
    """The window; the application's palette is put back afterwards."""
    app = QApplication.instance()
    before = app.palette()
    yield window
    app.setPalette(before)


@pytest.mark.parametrize("name", theme.THEMES)
def test_disabled_button_is_distinguishable_and_readable(qtbot, themed, name):
    """In each theme: enabled text has at least 4.5:1 contrast with its button; disabled
    text still reads (at least 3:1) but has well under the enabled text's contrast, and
    the two text colours differ by at least 2:1 — the difference shows without relying on
    anything but lightness."""
    window = themed
    theme.apply_theme(QApplication.instance(), name)
    window.tray.add("43-6013.00", "Medical Secretaries and Administrative Assistants")
    qtbot.wait(10)
    compare, clear = window.tray.compare_button, window.tray.clear_button
    assert not compare.isEnabled() and clear.isEnabled()
    on_bg, on_text = drawn_colors(clear)
    off_bg, off_text = drawn_colors(compare)
    enabled = contrast(on_text, on_bg)
    disabled = contrast(off_text, off_bg)
    between = contrast(on_text, off_text)
    report = (f"{name}: enabled {on_text.name()} on {on_bg.name()} {enabled:.2f}:1, "
              f"disabled {off_text.name()} on {off_bg.name()} {disabled:.2f}:1, "
              f"text against text {between:.2f}:1")
    dark_theme = name != "light"
    assert (relative_luminance(on_bg) < 0.2) == dark_theme, report  # the theme is drawn
    assert enabled >= 4.5, report
    assert disabled >= 3.0, report
    assert disabled <= enabled * 0.6, report
    assert between >= 2.0, report


def test_fusion_default_light_grey_would_fail(qtbot, themed):
    """The check above catches the problem it is for: Fusion's own disabled grey
    (#bebebe on a light button) measures under 3:1 and fails it."""
    from PySide6.QtGui import QPalette

    palette = theme.light_palette()
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#bebebe"))
    QApplication.instance().setPalette(palette)
    button = QPushButton("Compare")
    qtbot.addWidget(button)
    button.setEnabled(False)
    button.resize(200, 40)
    background, text = drawn_colors(button)
    assert contrast(text, background) < 3.0


def test_theme_is_chosen_by_the_environment(monkeypatch, themed):
    """$CAREERDESK_THEME picks the palette; an unknown name falls back to the system's."""
    from PySide6.QtGui import QPalette

    app = QApplication.instance()
    monkeypatch.setenv(theme.THEME_VARIABLE, "high-contrast")
    assert theme.apply_theme(app) == "high-contrast"
    assert app.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    monkeypatch.setenv(theme.THEME_VARIABLE, "purple")
    assert theme.apply_theme(app) in ("light", "dark")
    with pytest.raises(ValueError):
        theme.palette_for("purple")


@pytest.mark.parametrize(("window", "text", "expected"), [
    ("#000000", "#ffffff", "high-contrast"),  # a system high-contrast setting
    ("#2b2b2b", "#eeeeee", "dark"),  # 12.6:1: an ordinary dark mode
    ("#ffffff", "#000000", "light"),  # light, high contrast or not: its colours are kept
    ("#efefef", "#1a1a1a", "light")])
def test_theme_follows_the_system_palette(monkeypatch, window, text, expected):
    """Without $CAREERDESK_THEME the theme comes from the system's palette."""
    from PySide6.QtGui import QPalette

    system = QPalette()
    system.setColor(QPalette.ColorRole.Window, QColor(window))
    system.setColor(QPalette.ColorRole.WindowText, QColor(text))
    monkeypatch.delenv(theme.THEME_VARIABLE, raising=False)
    monkeypatch.setattr(theme, "_system", [system])
    assert theme.chosen_theme() == expected
    assert theme.contrast_ratio(QColor(window), QColor(text)) == pytest.approx(
        contrast(QColor(window), QColor(text)))


def test_view_menu_changes_the_colours_and_remembers_them(qtbot, themed, store):
    """View > High contrast repaints the open window in white on black (measured on the
    tray's buttons), is checked in the menu and is used by the next window; View > System
    colours goes back to the system's light palette."""
    from careerdesk.ui.main_window import MainWindow
    from careerdesk.ui.settings import THEME, Settings

    window = themed
    window.tray.add("43-6013.00", "Medical Secretaries and Administrative Assistants")
    assert window.commands["theme_system"].isChecked()
    window.commands["theme_contrast"].trigger()
    qtbot.wait(10)
    on_bg, on_text = drawn_colors(window.tray.clear_button)
    off_bg, off_text = drawn_colors(window.tray.compare_button)
    assert on_bg.name() == "#000000" and on_text.name() == "#ffffff"
    assert contrast(off_text, off_bg) >= 3.0 and contrast(on_text, off_text) >= 2.0
    assert window.commands["theme_contrast"].isChecked()
    assert Settings().get(THEME) == "high-contrast"
    QApplication.instance().setPalette(theme.light_palette())  # as at the next start
    again = MainWindow(store)
    qtbot.addWidget(again)
    assert again.commands["theme_contrast"].isChecked()
    assert relative_luminance(again.palette().color(again.backgroundRole())) < 0.01
    again.commands["theme_system"].trigger()
    qtbot.wait(10)
    assert Settings().get(THEME) == ""
    assert relative_luminance(drawn_colors(window.tray.clear_button)[0]) > 0.7


def test_dark_palette_disabled_button_looks_unavailable(qtbot):
    """In the dark palette a disabled button's text is drawn dimmer than an enabled one's."""
    from PySide6.QtWidgets import QPushButton

    from careerdesk.ui import theme

    def brightest_text(button: QPushButton) -> int:
        image = button.grab().toImage()
        return max(image.pixelColor(x, y).lightness()
                   for x in range(image.width() // 4, image.width() * 3 // 4)
                   for y in range(image.height() // 4, image.height() * 3 // 4))

    shown = []
    for enabled in (True, False):
        button = QPushButton("Compare WWW")
        qtbot.addWidget(button)
        button.setPalette(theme.dark_palette())
        button.setEnabled(enabled)
        button.resize(200, 40)
        shown.append(brightest_text(button))
    assert shown[1] < shown[0] - 60
