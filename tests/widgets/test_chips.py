"""ChipList and FlowLayout with pytest-qt (offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from careerdesk.widgets.chips import ChipList, FlowLayout


def layout_rows(chips: ChipList, width: int) -> set[int]:
    chips.resize(width, chips.heightForWidth(width))
    layout = chips.layout()
    assert layout is not None
    layout.activate()
    return {chip.geometry().y() for chip in chips.chips()}


def test_chip_list_lays_out_and_wraps(qtbot):
    chips = ChipList("Also known as")
    qtbot.addWidget(chips)
    items = ["Medical Secretary", "Medical Office Specialist", "Clinic Clerk",
             "Patient Coordinator", "Unit Secretary"]
    chips.set_items(items)
    chips.show()
    assert len(chips.chips()) == len(items)
    assert chips.items() == items
    assert chips.accessibleName() == "Also known as"
    wide = chips.layout().sizeHint().width() + 10
    assert len(layout_rows(chips, wide)) == 1
    narrow = max(chip.sizeHint().width() for chip in chips.chips())
    assert len(layout_rows(chips, narrow)) == len(items)
    assert chips.heightForWidth(narrow) > chips.heightForWidth(wide)
    chips.set_items(["one"])
    assert len(chips.chips()) == 1


def test_clickable_chips_take_focus_and_activate(qtbot):
    chips = ChipList("Related", clickable=True)
    qtbot.addWidget(chips)
    chips.set_items(["Dental Assistants", "Receptionists"])
    chips.show()
    first, second = chips.chips()
    assert first.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert first.accessibleName() == "Dental Assistants"
    with qtbot.waitSignal(chips.chipActivated) as blocker:
        qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    assert blocker.args == ["Receptionists"]
    with qtbot.waitSignal(chips.chipActivated) as blocker:
        qtbot.keyClick(first, Qt.Key.Key_Return)
    assert blocker.args == ["Dental Assistants"]


def test_plain_chips_are_not_in_the_tab_order(qtbot):
    chips = ChipList("Tags", empty_text="None listed")
    qtbot.addWidget(chips)
    chips.set_items(["<b>not html</b>"])
    (chip,) = chips.chips()
    assert chip.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert isinstance(chip, QLabel) and chip.textFormat() == Qt.TextFormat.PlainText
    chips.set_items([])
    assert chips.chips() == [] and chips.accessibleDescription() == "None listed"


def test_flow_layout_height_grows_when_narrower(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host)
    for text in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]:
        layout.addWidget(QLabel(text))
    assert layout.hasHeightForWidth()
    one_row = layout.sizeHint().width()
    heights = [layout.heightForWidth(w) for w in (one_row, one_row // 2, one_row // 4)]
    assert heights[0] < heights[1] < heights[2]
    assert layout.count() == 6 and layout.itemAt(6) is None


def test_flow_layout_heights_follow_its_items_and_font(qtbot):
    chips = ChipList("Tags")
    qtbot.addWidget(chips)
    chips.set_items(["alpha", "beta", "gamma", "delta"])
    chips.show()
    width = chips.layout().sizeHint().width() // 2
    two_rows = chips.heightForWidth(width)
    assert chips.heightForWidth(width) == two_rows  # remembered
    chips.set_items(["alpha"])
    qtbot.waitUntil(lambda: chips.chips()[0].isVisible())  # a new chip shows on the next turn
    one_row = chips.heightForWidth(width)
    assert 0 < one_row < two_rows
    (chip,) = chips.chips()
    font = chip.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    chip.setFont(font)  # a bigger chip
    assert chips.heightForWidth(width) > one_row
    chip.hide()
    assert chips.heightForWidth(width) == 0
