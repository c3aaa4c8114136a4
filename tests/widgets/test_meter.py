"""Meter: a value from 0 to 1 with its meaning in words, with pytest-qt (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from careerdesk.widgets.meter import Meter


def test_meter_not_available(qtbot):
    meter = Meter("Replace or assist", low_label="assists", high_label="replaces")
    qtbot.addWidget(meter)
    meter.set_value(None)
    assert meter.value() is None
    assert meter.accessibleName() == "Replace or assist"
    assert "not available" in meter.accessibleDescription().lower()
    meter.show()
    assert not meter.grab().isNull()


def test_meter_value_words_and_focus(qtbot):
    meter = Meter("Exposure", low_label="little", high_label="most")
    qtbot.addWidget(meter)
    meter.set_value(0.67, "High: 67% of tasks")
    assert meter.value() == pytest.approx(0.67)
    assert meter.accessibleDescription().startswith("High: 67% of tasks")
    assert meter.focusPolicy() == Qt.FocusPolicy.StrongFocus
    line = meter.fontMetrics().height()
    assert meter.sizeHint().height() > 3 * line  # title, bar, end labels, words
    meter.set_value(1.7)
    assert meter.value() == 1.0
    meter.show()
    meter.setFocus()
    qtbot.waitUntil(meter.hasFocus)
    assert not meter.grab().isNull()
