"""WrappedLabel answers heights as QLabel does, and forgets them when they change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from careerdesk.widgets.text_label import WrappedLabel

TEXT = ("<p><b>Editorial:</b> written in their own words.</p>"
        + "<p>" + "A long sentence that needs several lines at a narrow width. " * 12 + "</p>")
WIDTHS = [120, 300, 640, 1200]


def plain_label(text: str, text_format: Qt.TextFormat) -> QLabel:
    label = QLabel()
    label.setTextFormat(text_format)
    label.setWordWrap(True)
    label.setText(text)
    return label


@pytest.mark.parametrize("text_format", [Qt.TextFormat.RichText, Qt.TextFormat.PlainText])
def test_heights_are_qlabels(qtbot, text_format):
    ours = WrappedLabel(TEXT, text_format=text_format)
    theirs = plain_label(TEXT, text_format)
    for label in (ours, theirs):
        qtbot.addWidget(label)
    assert ours.wordWrap() and ours.textFormat() == text_format
    for width in WIDTHS + WIDTHS:  # the second time from memory
        assert ours.heightForWidth(width) == theirs.heightForWidth(width)


@pytest.mark.parametrize("text", [
    TEXT,
    "<h2>Responsibilities and Electroencephalographic work</h2>",
    "<b>Also known as:</b> Registered&nbsp;Nurse&nbsp;(RN) · Nurse &nbsp;<a href='#m'>8 more…</a>",
    "Short.",
])
def test_sizes_from_the_words_never_squeeze_the_text(qtbot, text):
    """The minimum width holds the widest word (as QLabel lays it out, bold or heading
    sized); the preferred width is at most 80 characters and at least that minimum."""
    ours = WrappedLabel(text)
    theirs = plain_label(text, Qt.TextFormat.RichText)
    for label in (ours, theirs):
        qtbot.addWidget(label)
    widest_word = theirs.minimumSizeHint().width()
    least, preferred = ours.minimumSizeHint(), ours.sizeHint()
    assert widest_word <= least.width() <= widest_word * 1.6 + 10
    assert least.width() <= preferred.width() <= ours.fontMetrics().averageCharWidth() * 80 + 2
    # at its minimum width every line still fits: drawn no wider than it is given
    assert theirs.heightForWidth(least.width()) == ours.heightForWidth(least.width())
    assert least.height() >= ours.fontMetrics().height()


def test_sizes_follow_the_text_and_font(qtbot):
    label = WrappedLabel("Short.")
    qtbot.addWidget(label)
    short = label.sizeHint()
    label.setText(TEXT)
    assert label.sizeHint().width() > short.width()
    wide = label.minimumSizeHint()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.minimumSizeHint().width() > wide.width() * 1.5


def test_heights_follow_text_font_and_margins(qtbot):
    label = WrappedLabel(TEXT)
    qtbot.addWidget(label)
    long = label.heightForWidth(300)
    label.setText("<p>Short.</p>")
    short = label.heightForWidth(300)
    assert short < long
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 3)
    label.setFont(font)
    assert label.heightForWidth(300) > short
    bigger = label.heightForWidth(300)
    label.setContentsMargins(0, 20, 0, 20)
    assert label.heightForWidth(300) == bigger + 40
    label.setMargin(10)
    assert label.heightForWidth(300) == bigger + 60
    label.setStyleSheet("QLabel { padding: 5px; }")
    assert label.heightForWidth(300) == QLabel.heightForWidth(label, 300)


def test_a_buddy_label_is_named_without_its_mnemonic(qtbot):
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

    from careerdesk.widgets.text_label import BuddyLabel

    form_holder = QWidget()
    qtbot.addWidget(form_holder)
    box = QComboBox()
    label = BuddyLabel("&State:", box)
    QFormLayout(form_holder).addRow(label, box)
    assert label.text() == "&State:" and label.buddy() is box  # Alt+S still reaches the box
    assert label.accessibleName() == "State:"
    label.setText("&Note about Tom && Jerry:")
    assert label.accessibleName() == "Note about Tom & Jerry:"
    said = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
    assert said == "Note about Tom & Jerry:"


def test_a_list_label_is_a_list_of_items_for_screen_readers(qtbot):
    from PySide6.QtGui import QAccessible

    from careerdesk.widgets.text_label import ListLabel

    words = ["Record patients' medical information.", "Administer medications — 4.5 of 5",
             "Teach patients\nhow to manage their illness"]
    html = "<ul>" + "".join(f"<li>{w.replace(chr(10), '<br>')}</li>" for w in words) + "</ul>"
    label = ListLabel(html)
    label.set_items(words, "Main tasks")
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    qtbot.addWidget(label)
    label.resize(400, 300)
    label.show()
    qtbot.waitExposed(label)
    iface = QAccessible.queryAccessibleInterface(label)
    assert iface.role() == QAccessible.Role.List
    assert iface.text(QAccessible.Text.Name) == "Main tasks"
    assert iface.childCount() == 3
    items = [iface.child(i) for i in range(3)]
    assert [i.role() for i in items] == [QAccessible.Role.ListItem] * 3
    assert [i.text(QAccessible.Text.Name) for i in items] == words
    assert [iface.indexOfChild(i) for i in items] == [0, 1, 2]
    assert all(i.parent().object() is label for i in items)
    rects = [i.rect() for i in items]  # where each is drawn, top to bottom, in the label
    shown = label.rect().translated(label.mapToGlobal(label.rect().topLeft()))
    assert all(shown.contains(r) for r in rects)
    assert rects[0].bottom() < rects[1].top() and rects[2].height() > rects[1].height()
    # the keyboard moves from item to item; the item with the focus says so
    label.activateWindow()
    label.setFocus()
    qtbot.waitUntil(label.hasFocus, timeout=2000)
    qtbot.keyClick(label, Qt.Key.Key_Down)
    qtbot.keyClick(label, Qt.Key.Key_Down)
    qtbot.keyClick(label, Qt.Key.Key_Down)  # stays on the last
    assert label.current_item() == 2
    assert items[2].state().focused and not items[0].state().focused
    qtbot.keyClick(label, Qt.Key.Key_Home)
    assert label.current_item() == 0
    # another list in the same label: the old items are gone
    label.set_items(["One"], "Skills")
    assert iface.childCount() == 1 and iface.text(QAccessible.Text.Name) == "Skills"
    assert iface.child(0).text(QAccessible.Text.Name) == "One"
