"""The start page: every way in works from the keyboard and does what it says; its counts and
lists follow the person's data; the Bright Outlook badge marks qualifying careers in the
results, the profile and the comparison, with its rule."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from careerdesk.outlook import BRIGHT_CRITERIA_URL, BrightOutlook
from careerdesk.ui.results_model import GLANCE_ROLE
from careerdesk.ui.start_page import NO_COLLEGE, StartPage, Tile
from careerdesk.ui.user_session import UserSession
from careerdesk.userdata import open_user_data

NURSE = "29-1141.00"  # Bright Outlook: many job openings
ELECTRICIAN = "47-2111.00"  # Bright Outlook: grows rapidly and many openings
KEYERS = "43-9021.00"  # Data Entry Keyers: declining, few openings
ACTORS = "27-2011.00"


class Answers:
    """Dialog answers for tests: records what was shown."""

    def __init__(self):
        self.shown: list[tuple[str, str]] = []

    def info(self, title, text):
        self.shown.append((title, text))

    def error(self, title, text):
        self.shown.append((title, text))

    def ask_text(self, title, label, text=""):
        return text


@pytest.fixture
def home(qtbot, store, tmp_path):
    from careerdesk.ui.main_window import MainWindow

    data = open_user_data(tmp_path / "data")
    session = UserSession(data, data.ensure_profile("Sam"))
    window = MainWindow(store, dialogs=Answers(), session=session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.show_start_page()
    return window


def page(window) -> StartPage:
    assert isinstance(window.welcome, StartPage)
    return window.welcome


def press(qtbot, widget, key=Qt.Key.Key_Return):
    widget.setFocus()
    qtbot.keyClick(widget, key)


def count_in(tile: Tile) -> int:
    return int(tile.description().split()[0])


def test_the_ways_in_are_big_named_buttons_in_tab_order(home, qtbot):
    start = page(home)
    assert home.pages.currentWidget() is start and start.quiz.hasFocus()
    tiles = [start.quiz, start.field, start.no_college, start.growing, start.bookmarks,
             start.print_tile]
    for tile in tiles:
        assert tile.isEnabled() and tile.accessibleName() == tile.title()
        assert tile.accessibleDescription() == tile.description() != ""
    seen = [QApplication.focusWidget()]
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    # top to bottom down the first column, then the second (hidden lists are skipped)
    assert seen == [start.quiz, start.field, start.no_college, start.growing,
                    start.bright_help, start.bookmarks, start.print_tile]
    # the old welcome's keyboard help is still there
    assert "Ctrl+F" in start.keys.text() and "Alt+Home" in start.keys.text()


def test_careers_without_college_by_keyboard(home, qtbot):
    start = page(home)
    press(qtbot, start.no_college)
    model = home.search.model
    assert model.rowCount() == count_in(start.no_college) > 300
    educations = {model.result(row).entry_education for row in range(model.rowCount())}
    assert educations <= set(NO_COLLEGE) and len(educations) == 2
    growth = [model.result(r).percent_change for r in range(model.rowCount())
              if model.result(r).percent_change is not None]
    assert growth == sorted(growth, reverse=True)  # the fastest-growing first
    assert home.search.status.text().startswith("Careers you can start without college: ")
    assert home.search.results.hasFocus()
    assert home.search.box.text() == ""


def test_a_preset_filter_without_a_control_lasts_until_the_filters_change(home, qtbot):
    start = page(home)
    press(qtbot, start.no_college)
    search = home.search
    assert search.current_filters().max_entry_education == NO_COLLEGE[-1]
    assert "1 active" in search.filters_button.text()
    search.box.setText("nurse")  # typing keeps the selection
    search.run_search()
    assert {search.model.result(r).entry_education for r in range(search.model.rowCount())} \
        <= set(NO_COLLEGE)
    search.box.clear()
    search.group_box.setCurrentIndex(search.group_box.findData("29-0000"))
    assert search.current_filters().max_entry_education is None
    assert any(search.model.result(r).entry_education not in NO_COLLEGE
               for r in range(search.model.rowCount()))


def test_fast_growing_careers_by_keyboard_show_the_badge(home, qtbot):
    start = page(home)
    press(qtbot, start.growing, Qt.Key.Key_Space)
    model = home.search.model
    assert model.rowCount() == count_in(start.growing) == 144  # much faster than average
    first = model.result(0)
    assert {model.result(r).outlook for r in range(model.rowCount())} == \
        {"Much faster than average"}
    assert first.percent_change == max(model.result(r).percent_change
                                       for r in range(model.rowCount()))
    assert model.index(0, 0).data(GLANCE_ROLE).startswith("☀ Bright outlook · ")


def test_browse_by_field_by_keyboard(home, qtbot):
    start = page(home)
    assert not start.fields.isVisible()
    press(qtbot, start.field)
    assert start.fields.isVisible() and start.fields.hasFocus()
    assert start.fields.count() == 23  # the SOC major groups
    qtbot.keyClick(start.fields, Qt.Key.Key_Down)
    chosen = start.fields.currentItem().text()
    assert chosen.startswith("Business and Financial Operations (")
    qtbot.keyClick(start.fields, Qt.Key.Key_Return)
    model = home.search.model
    groups = {model.result(r).major_group.code for r in range(model.rowCount())}
    assert groups == {"13-0000"}
    assert f"({model.rowCount()} careers)" in chosen
    assert home.search.status.text().startswith("Careers in Business and Financial Operations")
    # Escape closes the list and gives the keyboard back to its button
    press(qtbot, start.field)
    qtbot.keyClick(start.fields, Qt.Key.Key_Escape)
    assert not start.fields.isVisible() and start.field.hasFocus()


def test_recently_viewed_lists_the_careers_just_opened(home, qtbot):
    start = page(home)
    assert start.recent_empty.isVisible() and not start.recent.isVisible()
    home.open_career(NURSE)
    home.open_career(ELECTRICIAN)
    home.commands["home"].trigger()  # Go > Start page, Alt+Home
    assert home.pages.currentWidget() is start
    titles = [start.recent.model().index(r, 0).data() for r in range(start.recent.model()
                                                                       .rowCount())]
    assert titles == ["Electricians", "Registered Nurses"]
    start.recent.setFocus()
    start.recent.setCurrentIndex(start.recent.model().index(1, 0))
    qtbot.keyClick(start.recent, Qt.Key.Key_Return)
    assert home.pages.currentWidget() is home.profile
    assert home.profile.career.code == NURSE


def test_bookmarks_count_follows_and_the_tile_opens_them(home, qtbot):
    start = page(home)
    assert start.bookmarks.title() == "My bookmarks (0)"
    home.session.toggle_bookmark(NURSE)
    home.session.toggle_bookmark(ACTORS)
    assert start.bookmarks.title() == "My bookmarks (2)"
    assert "Sam" in start.bookmarks.description()
    press(qtbot, start.bookmarks)
    assert home.pages.currentWidget() is home.bookmarks_view


def test_a_saved_comparison_opens_from_the_start_page(home, qtbot):
    start = page(home)
    assert start.saved_empty.isVisible() and not start.saved.isVisible()
    home.session.save_comparison("Health or building", [NURSE, ELECTRICIAN])
    assert start.saved.isVisible() and start.saved.count() == 1
    assert start.saved.item(0).text() == \
        "Health or building — Registered Nurses, Electricians"
    start.saved.setFocus()
    start.saved.setCurrentRow(0)
    qtbot.keyClick(start.saved, Qt.Key.Key_Return)
    assert home.pages.currentWidget() is home.compare_view
    assert home.compare_view.comparison.codes == [NURSE, ELECTRICIAN]


def test_print_a_comparison_explains_then_opens_the_picked_careers(home, qtbot):
    start = page(home)
    press(qtbot, start.print_tile)
    assert "Ctrl+K" in home.statusBar().currentMessage()
    assert home.search.box.hasFocus()
    for code in (NURSE, KEYERS):
        home.tray.add(code, code)
    home.show_start_page()
    press(qtbot, start.print_tile, Qt.Key.Key_Space)
    assert home.pages.currentWidget() is home.compare_view
    assert "Ctrl+P" in home.statusBar().currentMessage()
    assert home.commands["print"].isEnabled()


def test_the_data_follow_the_person(qtbot, store, tmp_path):
    from careerdesk.ui.main_window import MainWindow

    data = open_user_data(tmp_path / "data")
    data.add_bookmark(data.ensure_profile("Ana"), NURSE)
    session = UserSession(data, data.ensure_profile("Sam"))
    window = MainWindow(store, dialogs=Answers(), session=session)
    qtbot.addWidget(window)
    start = page(window)
    assert start.bookmarks.title() == "My bookmarks (0)"
    session.switch(data.ensure_profile("Ana"))
    assert start.bookmarks.title() == "My bookmarks (1)"
    assert "Ana" in start.bookmarks.description()


def test_the_quiz_tile_takes_the_quiz(home, qtbot):
    start = page(home)
    assert start.quiz.title() == "What would you enjoy? Take the interest quiz"
    press(qtbot, start.quiz)
    assert home.pages.currentWidget() is home.interests.quiz


def test_the_quiz_tile_follows_the_saved_quiz(home, qtbot):
    start = page(home)
    questions = home.interests.questions()
    data, profile = home.session.data, home.session.profile
    data.save_interest_answers(profile, {q.id: "like" for q in questions[:5]})
    home.show_start_page()
    assert start.quiz.title() == "Finish the interest quiz"
    assert "5 activities" in start.quiz.description()
    data.save_interest_answers(profile, {q.id: "like" if q.area == "Social" else "dislike"
                                         for q in questions}, completed=True)
    home.show_start_page()
    assert start.quiz.title() == "See my interest results" and start.has_quiz_results()
    press(qtbot, start.quiz, Qt.Key.Key_Space)
    assert home.interests.showing_results()


def test_the_quiz_tile_counts_only_activities_this_quiz_asks(home):
    """Answers carried in from another computer's file may name activities this quiz does not
    ask; the tile counts the ones the student can see rated."""
    start = page(home)
    questions = home.interests.questions()
    answers = {q.id: "like" for q in questions[:3]} | {"Z-99": "like", "Q-01": "dislike"}
    home.session.data.save_interest_answers(home.session.profile, answers)
    home.show_start_page()
    assert start.quiz.title() == "Finish the interest quiz"
    assert "You rated 3 activities so far" in start.quiz.description()


def test_what_is_bright_outlook_from_the_start_page_and_the_help_menu(home, qtbot):
    start = page(home)
    press(qtbot, start.bright_help)
    title, text = home.dialogs.shown[-1]
    assert title == "What is Bright Outlook?"
    for words in ("+7.1% or more", "100,000 or more job openings", BRIGHT_CRITERIA_URL,
                  "new and emerging"):
        assert words in text
    home.commands["bright_help"].trigger()
    assert len(home.dialogs.shown) == 2


def test_the_badge_on_results(home):
    home.search.box.setText("registered nurses")
    home.search.run_search()
    model = home.search.model
    nurse = next(r for r in range(model.rowCount()) if model.result(r).code == NURSE)
    assert model.index(nurse, 0).data(GLANCE_ROLE).startswith("☀ Bright outlook · ")
    assert "☀ Bright outlook" in model.index(nurse, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "+7.1% or more" in model.index(nurse, 0).data(Qt.ItemDataRole.ToolTipRole)
    home.search.box.setText("data entry keyers")
    home.search.run_search()
    keyers = next(r for r in range(model.rowCount()) if model.result(r).code == KEYERS)
    assert "Bright" not in model.index(keyers, 0).data(GLANCE_ROLE)
    assert "Bright" not in model.index(keyers, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_the_badge_on_profiles_explains_itself(home, qtbot):
    home.open_career(ELECTRICIAN)
    badge = home.profile.header.bright
    assert badge.isVisible() and badge.text() == "☀ Bright outlook"
    assert "+9.5% from 2024 to 2034" in badge.toolTip()
    assert "81,000 a year" in badge.toolTip() and "+7.1% or more" in badge.toolTip()
    assert badge.accessibleName() == "Bright Outlook career"
    press(qtbot, badge, Qt.Key.Key_Space)
    assert home.dialogs.shown[-1][0] == "What is Bright Outlook?"
    home.open_career(KEYERS)
    assert not badge.isVisible()
    home.open_career("11-1011.03")  # shares SOC 11-1011 with Chief Executives: said so
    assert badge.isVisible() and "SOC occupation 11-1011" in badge.toolTip()


def test_the_badge_in_the_comparison(home):
    for code in (ELECTRICIAN, KEYERS, ACTORS):
        home.tray.add(code, code)
    assert home.show_comparison(home.tray.codes())
    model = home.compare_view.model
    row = next(r for r in range(model.rowCount()) if model.row(r).key == "facts.bright")
    cells = [model.index(row, c).data() for c in range(model.columnCount())]
    assert cells == ["☀ Bright outlook (grows rapidly, many job openings)",
                     "Does not meet the Bright Outlook criteria",
                     "Does not meet the Bright Outlook criteria"]
    assert BrightOutlook(-25.9, 9500).verdict() == cells[1]
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "+7.1% or more" in tip and "100,000 or more job openings" in tip


@pytest.mark.parametrize(("scale", "narrow", "columns"), [
    (1.0, False, "LeftToRight"), (2.0, False, "TopToBottom"), (2.0, True, "TopToBottom")])
def test_the_page_keeps_its_words_at_200_percent(qtbot, store, scale, narrow, columns):
    """Nothing clipped at twice the font size; in a narrow window, one column. (At 200 %
    the window, kept on the tests' 1366 x 768 screen, has room for one column only.)"""
    from careerdesk.ui.app import application
    from careerdesk.ui.main_window import MainWindow
    from tests.ui.test_font_scaling import clipped

    app = application()
    base = app.font()
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    try:
        window = MainWindow(store, dialogs=Answers())
        qtbot.addWidget(window)
        if narrow:
            window.resize(window.width() // 2, window.height())
        window.session.save_comparison("Health or building", [NURSE, ELECTRICIAN])
        window.open_career(NURSE)
        window.show()
        qtbot.waitExposed(window)
        window.show_start_page()
        start = page(window)
        start.show_fields()
        QApplication.processEvents()
        assert start.columns.direction().name == columns
        assert start.left_column.width() == start.right_column.width()
        assert start.left_column.width() <= start.viewport().width()
        assert clipped(start) == []
        for tile in start.findChildren(Tile):
            assert tile.height() >= tile.layout().totalHeightForWidth(tile.width()), \
                tile.title()
    finally:
        app.setFont(base)


def zoom(window, percent):
    """Zoom as View > Zoom does, then have Qt resolve the fonts of widgets already styled by
    the application's style sheet again (with a style sheet set, QApplication.setFont alone
    leaves existing child widgets at their old size)."""
    window.zoom.set_percent(percent)
    app = QApplication.instance()
    app.setStyleSheet(app.styleSheet())


def test_a_font_change_rearranges_the_open_page(home, qtbot):
    from tests.ui.test_font_scaling import clipped

    start = page(home)
    qtbot.waitUntil(lambda: start.columns.direction().name == "LeftToRight", timeout=3000)
    try:
        zoom(home, 200)  # the window keeps its size: no longer room for two columns
        qtbot.waitUntil(lambda: start.columns.direction().name == "TopToBottom", timeout=3000)
        QApplication.processEvents()
        assert clipped(start) == []
        assert start.quiz.title_label.font().pointSizeF() == pytest.approx(
            1.15 * start.quiz.font().pointSizeF())
        assert start.quiz.font().pointSizeF() == pytest.approx(2 * home.zoom.base_points)
    finally:
        zoom(home, 100)
    qtbot.waitUntil(lambda: start.columns.direction().name == "LeftToRight", timeout=3000)
