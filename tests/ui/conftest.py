"""UI test set-up: settings in a temporary folder, a main window on the shipped database."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    from careerdesk.ui.settings import use_settings_path

    use_settings_path(str(tmp_path / "settings"))
    yield


@pytest.fixture
def window(qtbot, store):
    from careerdesk.ui.app import application
    from careerdesk.ui.main_window import MainWindow

    application()
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
