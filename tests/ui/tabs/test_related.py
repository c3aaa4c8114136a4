"""The Related tab: next steps and related careers, each drawn with its pay and entry
education, the rule stated in plain words, opened by click or Enter and added to the
comparison with Ctrl+K."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QApplication, QLabel

from careerdesk.ui.career_list import CareerLinesDelegate, CareerListView
from careerdesk.ui.tabs.related import RelatedTab

SECRETARY = "43-6013.00"


def related_tab(window, code: str) -> RelatedTab:
    window.open_career(code)
    page = window.profile.page(RelatedTab)
    window.profile.show_tab(window.profile.pages.index(page))
    QApplication.processEvents()
    return page


def drawn_lines(view: CareerListView) -> list[list[str]]:
    """Each row's lines as the delegate draws them (title, pay, education, note)."""
    delegate = view.itemDelegate()
    assert isinstance(delegate, CareerLinesDelegate)
    return [[text for text, _, _ in delegate.lines(view.model().index(row, 0), view.font())]
            for row in range(view.model().rowCount())]


def test_each_next_step_and_related_career_shows_its_pay_and_education(window, store):
    career = store.career(SECRETARY)
    page = related_tab(window, SECRETARY)
    steps, related = page.next_steps, page.related_list
    assert steps is not None and related is not None
    assert [steps.model().index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
            for r in range(steps.model().rowCount())] == [s.code for s in career.progression]
    for view in (steps, related):
        lines = drawn_lines(view)
        assert lines
        for row in lines:
            assert row[1].startswith("Pay: $") or row[1] == "Pay: not available"
            assert "$0 " not in row[1]
            assert row[2].startswith("Education: ")
    first_step = drawn_lines(steps)[0]
    assert first_step[:3] == ["Medical Records Specialists", "Pay: $51,140 a year",
                              "Education: Certificate after high school"]
    assert first_step[3].startswith("A bit more preparation: medium (3 of 5).")
    physician = next(row for row in drawn_lines(related)
                     if row[0] == "Emergency Medicine Physicians")
    assert physician[1] == "Pay: $335,550 a year"
    assert "Doctoral or professional degree" in physician[2]
    assert physician[3] == "Also related. Preparation: a great deal (5 of 5)."
    assert "Emergency Medicine Physicians" not in [row[0] for row in drawn_lines(steps)]
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "pay $45,930 a year, preparation some (2 of 5)" in texts  # this career, to compare


def test_the_rows_are_tall_enough_and_text_is_drawn_on_every_line(window):
    page = related_tab(window, SECRETARY)
    view = page.next_steps
    assert view is not None
    delegate = view.itemDelegate()
    assert isinstance(delegate, CareerLinesDelegate)
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    background = QColor(image.pixel(image.width() - 2, image.height() - 2))
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        rect = view.visualRect(index)
        if not rect.intersects(view.viewport().rect()):
            continue
        heights = delegate.line_heights(index, view.font(), rect.width() - 2 * (
            view.fontMetrics().height() // 3))
        assert sum(heights) <= rect.height()  # nothing cut off
        y = rect.top() + view.fontMetrics().height() // 3
        for height in heights:  # every line has ink in it
            band = QRect(rect.left(), y, rect.width(), height).intersected(
                view.viewport().rect())
            if band.isEmpty():
                break
            assert _has_ink(image, band, background), (row, y)
            y += height


def _has_ink(image: QImage, band: QRect, background: QColor) -> bool:
    for y in range(band.top(), band.bottom() + 1, 2):
        for x in range(band.left(), band.right() + 1, 2):
            color = QColor(image.pixel(x, y))
            if abs(color.lightness() - background.lightness()) > 80:
                return True
    return False


def test_long_titles_wrap_instead_of_being_cut_off_at_200_percent(window):
    page = related_tab(window, SECRETARY)
    view = page.related_list
    assert view is not None
    delegate = view.itemDelegate()
    assert isinstance(delegate, CareerLinesDelegate)
    index = next(view.model().index(r, 0) for r in range(view.model().rowCount())
                 if drawn_lines(view)[r][0].startswith("Secretaries and Administrative"))
    normal = view.visualRect(index).height()
    big = QFont(view.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    view.setFont(big)
    QApplication.processEvents()
    view.doItemsLayout()
    width = view.viewport().width() - 2 * (view.fontMetrics().height() // 3)
    heights = delegate.line_heights(index, big, width)
    assert view.visualRect(index).height() >= sum(heights) > normal
    assert view.minimumHeight() >= view.sizeHintForRow(0) * 2


def test_the_rule_is_stated_in_plain_words(window):
    page = related_tab(window, SECRETARY)
    rule = page.rule_note.text()
    for words in ("same kind of work", "one level more", "at least as much",
                  "10 careers closest", "same job family", "same main interest",
                  "at least 10% more", "at most 4 more years of school"):
        assert words in rule
    textstat = pytest.importorskip("textstat")
    plain = QLabel()
    plain.setText(rule)
    assert textstat.flesch_kincaid_grade(rule.replace("<i>", "").replace("</i>", "")) <= 9


def test_a_career_without_pay_reads_not_available(window, store):
    code = next(c.code for c in store.careers()
                if any(r.glance is not None and r.glance.median_annual is None
                       and r.glance.median_hourly is None
                       for r in store.career(c.code).related))
    page = related_tab(window, code)
    assert page.related_list is not None
    assert "Pay: not available" in [row[1] for row in drawn_lines(page.related_list)]


def test_click_and_enter_open_a_next_step_and_ctrl_k_compares_it(qtbot, window, store):
    career = store.career(SECRETARY)
    page = related_tab(window, SECRETARY)
    steps = page.next_steps
    assert steps is not None
    third = steps.model().index(2, 0)
    steps.scrollTo(third)
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton,
                     pos=steps.visualRect(third).center())
    assert window.profile.career.code == career.progression[2].code

    page = related_tab(window, SECRETARY)
    steps = page.next_steps
    assert steps is not None
    steps.setFocus()
    steps.setCurrentIndex(steps.model().index(1, 0))
    qtbot.keyClick(steps, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert career.progression[1].code in window.tray.codes()
    assert window.profile.career.code == SECRETARY  # comparing does not open it
    qtbot.keyClick(steps, Qt.Key.Key_Return)
    assert window.profile.career.code == career.progression[1].code


def test_the_related_list_compares_from_its_menu_too(qtbot, window, store):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMenu

    page = related_tab(window, SECRETARY)
    related = page.related_list
    assert related is not None
    chosen: list[str] = []

    def pick(tries: int = 40) -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            if tries:
                QTimer.singleShot(50, lambda: pick(tries - 1))
            return
        chosen.extend(action.text() for action in menu.actions())
        action = next(a for a in menu.actions() if "comparison" in a.text())
        menu.close()
        action.trigger()

    QTimer.singleShot(0, pick)
    rect = related.visualRect(related.model().index(0, 0))
    related.customContextMenuRequested.emit(QPoint(rect.center()))
    assert chosen == ["&Open", "Add to &comparison"]
    assert store.career(SECRETARY).related[0].code in window.tray.codes()


def test_a_career_without_next_steps_says_why(window, store):
    code = next(c.code for c in store.careers()
                if (career := store.career(c.code)).related and not career.progression)
    page = related_tab(window, code)
    assert page.next_steps is None
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "No next steps here" in texts
