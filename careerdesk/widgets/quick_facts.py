"""The quick-facts strip at the top of a profile: one small card per fact (typical pay,
education to start, job growth, Bright Outlook, AI), wrapping onto more rows when the window
is narrow or the text large.

Each card takes the keyboard focus (Tab), shows it with a frame, and says everything to a
screen reader: its accessible name is the fact in words, its description what the fact
means. Enter, Space or Shift+F1 on a card (or a click) opens "What does this mean?" with
the explanation and the source; the tooltip says the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from careerdesk.widgets.chips import FlowLayout

if TYPE_CHECKING:
    from careerdesk.quick_facts import Fact

CARD_STYLE = (
    "QFrame#quickFact { border: 1px solid palette(mid); border-radius: 0.3em;"
    " padding: 0.15em 0.35em; background: palette(base); }"
    " QFrame#quickFact:focus { border: 2px solid palette(highlight); }"
    " QFrame#quickFact[bright=\"true\"] { border: 2px solid #b8860b; }")


class FactCard(QFrame):
    """One fact: its heading small, its value bold, a detail line when there is one.

    Signals:
        explainRequested(): the user asked what the fact means (Enter, Space, Shift+F1,
        click).
    """

    explainRequested = Signal()

    def __init__(self, fact: Fact | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickFact")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.heading = QLabel()
        self.value = QLabel()
        self.value.setTextFormat(Qt.TextFormat.RichText)
        self.detail = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(0)
        for label in (self.heading, self.value, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)
        self.fact = fact
        if fact is not None:
            self.set_fact(fact)

    def set_fact(self, fact: Fact) -> None:
        """Show this fact (a card is used again for the next career's fact)."""
        self.fact = fact
        bright = fact.key == "bright"
        if self.property("bright") != bright:
            self.setProperty("bright", bright)
            self.style().unpolish(self)  # the style sheet's border follows the property
            self.style().polish(self)
        self.heading.setText(fact.heading)
        self.value.setText(f"<b>{_escape(fact.value)}</b>")
        self.detail.setText(fact.detail)
        self.detail.setHidden(not fact.detail)  # in its card by now: never a window of its own
        self.setAccessibleName(fact.text())
        self.setAccessibleDescription(fact.explanation)
        self.setToolTip(explanation_text(fact))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) or (
                key == Qt.Key.Key_F1 and modifiers & Qt.KeyboardModifier.ShiftModifier):
            self.explainRequested.emit()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.explainRequested.emit()
        super().mouseReleaseEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()


class QuickFactsStrip(QWidget):
    """The cards of a career's quick facts, in a row that wraps.

    Signals:
        explainRequested(object): the ``Fact`` the user asked about.
    """

    explainRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickFacts")
        self.setAccessibleName(self.tr("Quick facts"))
        self.setStyleSheet(CARD_STYLE)
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.cards: list[FactCard] = []  # the cards showing, one a fact
        # Every card made, kept (the ones not needed hidden): the first is made now, so it
        # takes its place in the focus chain with the strip, where the strip shows (a card
        # made later would be put at the end of the window's chain: Tab reached the facts
        # after the profile's page); each later card is put after the one before it.
        self._made: list[FactCard] = []
        self._card()

    def _card(self) -> FactCard:
        card = FactCard(None, self)
        card.explainRequested.connect(lambda c=card: self.explainRequested.emit(c.fact))
        self.flow.addWidget(card)
        card.hide()
        if self._made:
            QWidget.setTabOrder(self._made[-1], card)
        self._made.append(card)
        return card

    def set_facts(self, facts: Sequence[Fact]) -> None:
        """Show these facts (replacing any shown); the cards already made are used again."""
        while len(self._made) < len(facts):
            self._card()
        for card, fact in zip(self._made, facts, strict=False):
            card.set_fact(fact)
            card.show()
        for card in self._made[len(facts):]:  # out of Tab's way and the screen reader's
            card.hide()
        self.cards = self._made[:len(facts)]
        self.setAccessibleDescription(" ".join(f.text() + "." for f in facts))
        self.flow.invalidate()
        self.updateGeometry()


def explanation_text(fact: Fact) -> str:
    """What a fact means and where it comes from, for its tooltip and its explanation."""
    parts = [fact.text()]
    if fact.explanation:
        parts.append(fact.explanation)
    if fact.source:
        parts.append(fact.source)
    return "\n\n".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
