"""The quick-facts strip: one card per fact, reached and explained by keyboard, drawn whole
and wrapped at twice the font size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from careerdesk.quick_facts import quick_facts
from careerdesk.widgets.quick_facts import QuickFactsStrip

SECRETARY = "43-6013.00"


@pytest.fixture
def strip(qtbot, store):
    host = QWidget()
    layout = QVBoxLayout(host)
    strip = QuickFactsStrip()
    layout.addWidget(strip)
    layout.addStretch(1)
    strip.set_facts(quick_facts(store.career(SECRETARY)))
    host.resize(900, 400)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    strip.host = host  # keeps the window alive as long as the strip is used
    return strip


def dark_pixels(image: QImage) -> int:
    """Pixels clearly darker than the background (text)."""
    background = image.pixelColor(1, 1).lightness()
    return sum(image.pixelColor(x, y).lightness() < background - 80
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


def test_every_fact_is_a_card_that_says_it_in_words(strip, store):
    facts = quick_facts(store.career(SECRETARY))
    assert [c.fact for c in strip.cards] == facts
    pay = strip.cards[0]
    assert pay.accessibleName().startswith("Typical pay: $")
    assert "half the workers" in pay.accessibleDescription()
    assert pay.value.text() == f"<b>{facts[0].value}</b>"
    for card in strip.cards:
        assert dark_pixels(card.grab().toImage()) > 20  # its text is drawn


def test_cards_are_reached_and_explained_by_keyboard(strip, qtbot):
    first, second = strip.cards[0], strip.cards[1]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()
    with qtbot.waitSignal(strip.explainRequested) as asked:
        qtbot.keyClick(second, Qt.Key.Key_Return)
    assert asked.args[0] is second.fact
    with qtbot.waitSignal(strip.explainRequested) as asked:
        qtbot.keyClick(second, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert asked.args[0] is second.fact


def test_the_cards_wrap_and_stay_whole_at_twice_the_font_size(qtbot, store):
    app = QApplication.instance()
    old = app.font()
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * 2)
    app.setFont(big)
    try:
        host = QWidget()
        layout = QVBoxLayout(host)
        strip = QuickFactsStrip()
        layout.addWidget(strip)
        strip.set_facts(quick_facts(store.career(SECRETARY)))
        host.resize(700, 900)
        qtbot.addWidget(host)
        host.show()
        qtbot.waitExposed(host)
        rows = {card.geometry().top() for card in strip.cards}
        assert len(rows) > 1  # wrapped onto more rows
        for card in strip.cards:
            assert card.geometry().right() <= strip.width()
            assert card.height() >= card.sizeHint().height()  # nothing cut off
            assert card.value.fontInfo().pixelSize() >= 2 * QFont(old).pointSizeF()
    finally:
        app.setFont(old)


def test_tab_reaches_the_cards_where_the_strip_is_whatever_the_facts(qtbot, store):
    """The cards come in Tab order where the strip is (between what is above and what is
    below it), however many facts it is given and however often: cards made after the
    window was built went to the end of its Tab order (after a profile's page)."""
    from PySide6.QtWidgets import QPushButton

    host = QWidget()
    layout = QVBoxLayout(host)
    above = QPushButton("above")
    layout.addWidget(above)
    strip = QuickFactsStrip()
    layout.addWidget(strip)
    below = QPushButton("below")
    layout.addWidget(below)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    facts = quick_facts(store.career(SECRETARY))
    for shown in (facts, facts[:2], facts, facts[:3]):
        strip.set_facts(shown)
        QApplication.processEvents()
        above.setFocus(Qt.FocusReason.TabFocusReason)
        reached = []
        for _ in range(len(shown) + 1):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            reached.append(QApplication.focusWidget())
        assert reached == [*strip.cards, below]
        assert [c.fact for c in strip.cards] == list(shown)
