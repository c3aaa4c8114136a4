"""Search result rows: pay, education and outlook in plain words, drawn whole (never cut off
with "…") at 100 % and 200 % font size; no line spent on a bare "title" reason; what the
words mean is one key away (Shift+F1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication, QListView, QStyleOptionViewItem

from careerdesk.widgets.lines_delegate import Line, LinesDelegate, wrap_text


def option_for(view: QListView, row: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.font = view.font()
    option.rect = view.visualRect(view.model().index(row, 0))
    option.widget = view
    option.palette = view.palette()
    return option


def ink_rows(image: QImage, rect: QRect, background: QColor) -> int:
    """How many pixel rows of ``rect`` in ``image`` hold something other than the
    background (text)."""
    found = 0
    for y in range(max(rect.top(), 0), min(rect.bottom() + 1, image.height())):
        for x in range(max(rect.left(), 0), min(rect.right() + 1, image.width()), 2):
            if abs(QColor(image.pixel(x, y)).lightness() - background.lightness()) > 60:
                found += 1
                break
    return found


@pytest.fixture
def scaled(qtbot, store, request):
    """The main window with the application font at ``request.param`` times its size."""
    from careerdesk.ui.app import application
    from careerdesk.ui.main_window import MainWindow

    app = application()
    base = app.font()
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * request.param)
    app.setFont(font)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    app.setFont(base)


@pytest.mark.parametrize("scaled", [1.0, 2.0], indirect=True)
def test_rows_draw_pay_education_and_outlook_whole(scaled, qtbot):
    from careerdesk.ui.results_model import facts, title_match

    window = scaled
    window.search.box.setText("nurse")
    window.search.run_search()
    view = window.search.results
    model = view.model()
    delegate = view.itemDelegate()
    assert isinstance(delegate, LinesDelegate)
    qtbot.wait(150)  # the list lays its rows out again after a change of width
    QApplication.processEvents()
    assert model.rowCount() > 20
    image = view.viewport().grab().toImage()
    background = view.palette().color(view.backgroundRole())
    checked = 0
    for row in range(20):
        option = option_for(view, row)
        drawn = delegate.layout(option, model.index(row, 0))
        result = model.result(row)
        assert drawn is not None
        # nothing that must stay whole is cut, and every row fits in the item's height
        assert [d.text for d in drawn if d.elided and d.line.wrap] == []
        assert max(d.rect.bottom() for d in drawn) < option.rect.height()
        glance_rows = " ".join(d.text.rstrip(" ·") for d in drawn
                               if d.line.text == model.glance(row))
        for fact in facts(result):  # the Bright Outlook badge, pay, education, outlook
            assert fact.label in glance_rows or fact.label in glance_rows.replace(" · ", " ")
        assert "Postsecondary" not in glance_rows and "than average" not in glance_rows
        titles = [d.text for d in drawn if d.line.text == model.title(row)]
        assert " ".join(titles) == model.title(row)  # the title wraps whole too
        if title_match(result):  # no line spent on saying "title"
            assert not any(d.line.muted for d in drawn)
        # and the drawn pixels: ink on every row of text that is on screen
        top = option.rect.top()
        for piece in drawn:
            rect = piece.rect.translated(option.rect.topLeft())
            if rect.bottom() < image.height() and top >= 0:
                assert ink_rows(image, rect, background) > 0, (row, piece.text)
                checked += 1
    assert checked >= 8


def test_a_title_match_spends_no_line_on_it_and_other_reasons_stay(window):
    from careerdesk.ui.results_model import title_match

    window.search.box.setText("nurse")
    window.search.run_search()
    model = window.search.model
    delegate = window.search.results.itemDelegate()
    fonts = delegate.fonts(QFont(window.search.results.font()))
    first = model.result(0)
    assert first.title == "Nurse Practitioners" and first.matched_on == "title"
    assert title_match(first)
    assert len(delegate.lines(model.index(0, 0), fonts)) == 2  # title, figures
    window.search.box.setText("answer telephones")
    window.search.run_search()
    row = next(r for r in range(model.rowCount())
               if model.result(r).matched_on.startswith("task:"))
    lines = delegate.lines(model.index(row, 0), fonts)
    assert len(lines) == 3 and lines[1].muted and lines[1].text.startswith("task:")


def test_the_check_sees_a_cut_off_row(qapp):
    font = QFont()
    metrics = QFontMetrics(font)
    text = "☀ Bright outlook · $45,930 a year · High school diploma · Growing fast (+12.3%)"
    width = metrics.horizontalAdvance(text) // 3
    rows = wrap_text(text, metrics, width)
    assert len(rows) >= 3 and all(metrics.horizontalAdvance(r) <= width for r in rows)
    assert " ".join(r.rstrip(" ·") for r in rows).replace("  ", " ") == \
        text.replace(" · ", " ")

    class OneLine(LinesDelegate):
        def lines(self, index, fonts):
            return [Line(text, font, wrap=self.wrap)]

    option = QStyleOptionViewItem()
    option.font = font
    option.rect = QRect(0, 0, width, 200)
    cut = OneLine()
    cut.wrap = False
    assert [d.elided for d in cut.layout(option, None)] == [True]  # what the old rows did
    whole = OneLine()
    whole.wrap = True
    assert not any(d.elided for d in whole.layout(option, None))


def test_shift_f1_explains_the_words_of_the_current_result(window, qtbot):
    window.search.box.setText("licensed practical nurse")
    window.search.run_search()
    model = window.search.model
    row = next(r for r in range(model.rowCount())
               if model.result(r).entry_education == "Postsecondary nondegree award")
    view = window.search.results
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    view.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    box = window.search.explanation_box
    assert box.isVisible()
    text = box.text()
    assert "Certificate after high school: You usually need a certificate from a program " \
        "after high school" in text
    assert "BLS: Postsecondary nondegree award" in text  # the source's own words, kept
    assert "Preparation needed:" in text
    tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "Certificate after high school:" in tip
    box.close()


# ------------------------------------------------------------------ the quiz's careers


@pytest.mark.parametrize("scaled", [1.0, 2.0], indirect=True)
def test_the_quiz_rows_draw_their_figures_whole(scaled, qtbot, store):
    from careerdesk import interests
    from careerdesk.ui.interests_view import match_facts

    window = scaled
    answers = {q.id: "like" if q.area in ("Realistic", "Social") else "dislike"
               for q in interests.questions(store)}
    window.session.data.save_interest_answers(window.session.profile, answers, completed=True)
    window.show_interests()
    view = window.interests.results
    qtbot.wait(150)
    QApplication.processEvents()
    matches = view.list
    model = matches.matches
    delegate = matches.itemDelegate()
    assert model.rowCount() == 20
    heights = 0
    for row in range(model.rowCount()):
        option = option_for(matches, row)
        drawn = delegate.layout(option, model.index(row, 0))
        assert [d.text for d in drawn if d.elided and d.line.wrap] == []
        assert max(d.rect.bottom() for d in drawn) < option.rect.height()
        shown = " ".join(d.text.rstrip(" ·") for d in drawn)
        for fact in match_facts(model.career_at(row)):
            assert fact.label in shown or fact.label in shown.replace(" · ", " ")
        assert "than average" not in shown and "or equivalent" not in shown
        heights += matches.sizeHintForRow(row)
    assert matches.height() >= heights  # every row shown: the page scrolls, not the list
    matches.setFocus(Qt.FocusReason.OtherFocusReason)
    matches.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(matches, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    box = view.explanation_box
    assert box.isVisible() and "Preparation needed:" in box.text()
    assert model.career_at(0).title in box.text()
    box.close()


def test_the_filters_offer_plain_choices_explained_by_keyboard(window, qtbot):
    panel = window.search
    panel.filters_button.setChecked(True)
    education = panel.education_box
    texts = [education.itemText(i) for i in range(education.count())]
    assert "Certificate after high school" in texts
    assert not any("Postsecondary" in t or "or equivalent" in t for t in texts)
    # the source's value stays the filter's data: the search filters on BLS's category
    row = education.findData("Postsecondary nondegree award")
    assert education.itemText(row) == "Certificate after high school"
    zones = [panel.zone_box.itemText(i) for i in range(1, panel.zone_box.count())]
    assert zones[1] == "Some preparation (2 of 5)" and not any("Job Zone" in z for z in zones)
    outlooks = [panel.outlook_box.itemText(i) for i in range(1, panel.outlook_box.count())]
    assert "Growing fast" in outlooks and not any("average" in o for o in outlooks)
    education.setFocus(Qt.FocusReason.OtherFocusReason)
    education.setCurrentIndex(row)
    qtbot.keyClick(education, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    box = panel.explanation_box
    assert box.isVisible() and "a certificate from a program after high school" in box.text()
    assert "BLS: Postsecondary nondegree award" in box.text()
    box.close()
    assert all(panel.model.result(r).entry_education == "Postsecondary nondegree award"
               for r in range(panel.model.rowCount()))


def test_rows_are_laid_out_again_when_zoomed_while_running(window, qtbot):
    window.search.box.setText("nurse")
    window.search.run_search()
    view = window.search.results
    model = view.model()
    delegate = view.itemDelegate()

    def rows() -> list[tuple[int, int, int]]:
        """(row height, text height needed, elided pieces) of the first 12 rows."""
        qtbot.wait(150)  # the list lays its rows out after a short delay
        QApplication.processEvents()
        found = []
        for row in range(12):
            option = option_for(view, row)
            drawn = delegate.layout(option, model.index(row, 0))
            found.append((option.rect.height(), max(d.rect.bottom() for d in drawn) + 1,
                          sum(d.elided and d.line.wrap for d in drawn)))
        return found

    before = rows()
    try:
        for percent in (200, 75):
            window.zoom.set_percent(percent)
            now = rows()
            assert all(height >= needed and cut == 0 for height, needed, cut in now), percent
            assert sum(h for h, _, _ in now) != sum(h for h, _, _ in before)
    finally:
        window.zoom.reset()
    assert rows() == before


def test_rows_in_a_list_narrower_than_forty_characters_do_not_overlap(window, qtbot):
    # A list narrower than the delegate's 40-character minimum measured its rows at 40
    # characters but painted them at the list's width: a row wrapped once more than its
    # height allowed and its last line ("Shrinking (-5.8%)") was drawn over the next title.
    window.search.box.setText("im really good at math but i dont want to teach it")
    window.search.run_search()
    view = window.search.results
    view.setFixedWidth(QFontMetrics(view.font()).averageCharWidth() * 30)
    qtbot.wait(150)
    QApplication.processEvents()
    delegate, model = view.itemDelegate(), view.model()
    assert view.viewport().width() < QFontMetrics(view.font()).averageCharWidth() * 40
    image = view.viewport().grab().toImage()
    background = view.palette().color(view.backgroundRole())
    margin = QFontMetrics(view.font()).height() // 3
    checked = 0
    for row in range(1, 12):
        option = option_for(view, row)
        if option.rect.bottom() >= image.height():
            break
        painted = delegate.layout(option, model.index(row, 0), delegate.row_width(option))
        assert max(d.rect.bottom() for d in painted) < option.rect.height(), row
        # the band above a row's title is blank: nothing of the row before spills into it
        band = QRect(option.rect.left(), option.rect.top(), option.rect.width(), margin - 1)
        if not view.selectionModel().isRowSelected(row - 1):
            assert ink_rows(image, band, background) == 0, (row, model.title(row))
            checked += 1
    assert checked >= 3
