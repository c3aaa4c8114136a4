"""The Qt binding must not leak references to None: with PySide6 6.12.0 on Python 3.11 every
void call lost one, and the app aborted ("none_dealloc") after a few minutes of use."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50
