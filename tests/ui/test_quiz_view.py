"""The interest quiz in the window, as a student uses it: rating by keyboard, the progress
shown, going back, stopping and coming back, starting over, the results (chart, top areas,
careers that fit, the preparation picker), opening, comparing and bookmarking a career, the
printout, and the pages' names, focus and layout at 200 %."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from careerdesk import interests
from careerdesk.ui.print_options import PrintChoices
from tests.ui.test_accessibility import undescribed, unnamed
from tests.ui.test_bookmarks_view_window import make_window as bookmarks_window
from tests.ui.test_font_scaling import clipped

Key = Qt.Key


class Answers:
    """Dialog answers for tests: confirm says ``confirm``; printing goes to ``pdf``."""

    def __init__(self, confirm=True, pdf=None):
        self.answer, self.pdf = confirm, pdf
        self.asked: list[str] = []
        self.messages: list[str] = []
        self.printed: list[tuple[str, list]] = []

    def confirm(self, title, text):
        self.asked.append(title)
        return self.answer

    def print_choices(self, title, sections, paper):
        self.printed.append((title, sections))
        return PrintChoices(tuple(key for key, _ in sections), "letter", "Jordan Lee")

    def save_pdf_path(self, suggested):
        return self.pdf

    def info(self, title, text):
        self.messages.append(text)

    def error(self, title, text):
        self.messages.append("ERROR " + text)


def make_window(qtbot, store, data_dir, profile_name="Sam", dialogs=None):
    """The window for ``profile_name`` (a guest for None), answering dialogs with ``Answers``."""
    return bookmarks_window(qtbot, store, data_dir, profile_name, dialogs or Answers())


def saved(window):
    return window.session.data.interest_answers(window.session.profile)


def liking(store, liked):
    """Answers liking the activities of the ``liked`` areas and disliking the others."""
    return {q.id: "like" if q.area in liked else "dislike" for q in interests.questions(store)}


def rate_all(qtbot, window, answers):
    quiz = window.interests.quiz
    keys = {"like": Key.Key_L, "unsure": Key.Key_N, "dislike": Key.Key_D}
    while not quiz.complete():
        question = quiz.current_question()
        qtbot.keyClick(QApplication.focusWidget(), keys[answers[question.id]])


@pytest.fixture
def window(qtbot, store, tmp_path):
    return make_window(qtbot, store, tmp_path)


def test_the_command_opens_the_quiz_at_the_first_activity(qtbot, window):
    assert window.commands["interests"].shortcut().toString() == "Ctrl+I"
    window.commands["interests"].trigger()
    quiz = window.interests.quiz
    assert window.pages.currentWidget() is quiz
    assert quiz.position.text() == "Activity 1 of 42"
    assert quiz.progress.value() == 0 and quiz.progress.text() == "0 of 42 rated"
    assert quiz.activity.text() == interests.questions(window.store)[0].text
    assert QApplication.focusWidget() is quiz.choices["like"]  # ready for the keyboard
    assert "What would you enjoy?" in window.windowTitle()


def test_not_knowing_what_to_search_for_leads_to_the_quiz(qtbot, window):
    # "i dont know what i want to do" and Enter in the search box: the quiz, not careers
    # close in meaning to nothing
    window.search.box.setText("i dont know what i want to do")
    window.search.run_search()
    qtbot.keyClick(window.search.box, Key.Key_Return)
    assert window.pages.currentWidget() is window.interests.quiz


def test_pressing_l_records_like_saves_it_and_moves_on(qtbot, window, store):
    window.show_interests()
    quiz = window.interests.quiz
    first, second = interests.questions(store)[:2]
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_L)
    assert quiz.position.text() == "Activity 2 of 42"
    assert quiz.progress.value() == 1 and quiz.progress.text() == "1 of 42 rated"
    assert quiz.progress.accessibleDescription() == "1 of 42 activities rated"
    assert quiz.activity.text() == second.text
    assert saved(window).answers == {first.id: "like"}  # saved at once
    assert not saved(window).completed
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_3)  # 3 is dislike
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_N)
    assert [saved(window).answers[q.id] for q in interests.questions(store)[:3]] == [
        "like", "dislike", "unsure"]
    assert quiz.progress.value() == 3


def test_back_shows_the_previous_activity_with_its_answer(qtbot, window, store):
    window.show_interests()
    quiz = window.interests.quiz
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_D)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_L)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Backspace)
    assert quiz.position.text() == "Activity 2 of 42"
    assert quiz.activity.text() == interests.questions(store)[1].text
    assert quiz.choices["like"].isChecked() and quiz.choices["like"].text() == "✓ Like"
    assert not quiz.choices["dislike"].isChecked()
    assert "Your answer." in quiz.choices["like"].accessibleDescription()
    qtbot.mouseClick(quiz.back_button, Qt.MouseButton.LeftButton)
    assert quiz.position.text() == "Activity 1 of 42"
    assert quiz.choices["dislike"].text() == "✓ Dislike"
    assert not quiz.back_button.isEnabled()
    # Next goes forward over rated activities, not past the first unrated one
    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    assert quiz.position.text() == "Activity 3 of 42"
    assert not quiz.next_button.isEnabled()
    # changing an answer on the way back keeps the others
    quiz.go_to(0)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_N)
    assert saved(window).answers[interests.questions(store)[0].id] == "unsure"
    assert len(saved(window).answers) == 2


def test_arrow_keys_and_enter_choose_between_the_three(qtbot, window, store):
    window.show_interests()
    quiz = window.interests.quiz
    assert QApplication.focusWidget() is quiz.choices["like"]
    qtbot.keyClick(quiz.choices["like"], Key.Key_Right)
    assert QApplication.focusWidget() is quiz.choices["unsure"]
    qtbot.keyClick(quiz.choices["unsure"], Key.Key_Right)
    assert QApplication.focusWidget() is quiz.choices["dislike"]
    qtbot.keyClick(quiz.choices["dislike"], Key.Key_Return)
    assert saved(window).answers == {interests.questions(store)[0].id: "dislike"}
    assert quiz.position.text() == "Activity 2 of 42"


def test_stop_and_finish_later_resumes_at_the_first_unrated_activity(qtbot, store, tmp_path):
    window = make_window(qtbot, store, tmp_path)
    window.show_interests()
    for key in (Key.Key_L, Key.Key_L, Key.Key_D, Key.Key_N, Key.Key_L):
        qtbot.keyClick(QApplication.focusWidget(), key)
    quiz = window.interests.quiz
    qtbot.mouseClick(quiz.stop_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.welcome
    assert "5 answers of 42 are saved" in window.statusBar().currentMessage()
    window.close()
    # the next day: a new window on the same user data
    again = make_window(qtbot, store, tmp_path)
    again.show_interests()
    quiz = again.interests.quiz
    assert quiz.position.text() == "Activity 6 of 42"
    assert quiz.progress.value() == 5
    assert quiz.activity.text() == interests.questions(store)[5].text
    quiz.go_back()
    assert quiz.choices["like"].isChecked()


def test_finishing_shows_the_chart_top_areas_and_careers(qtbot, window, store):
    answers = liking(store, ("Realistic", "Social"))
    window.show_interests()
    rate_all(qtbot, window, answers)
    view = window.interests.results
    assert window.pages.currentWidget() is view
    assert saved(window).completed
    # the chart is drawn: pixels in the bar colour, and its scores in words
    chart = view.chart
    qtbot.waitUntil(lambda: chart.has_drawn())
    QApplication.processEvents()
    image = chart.grab().toImage()
    bars = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if _near(image.pixelColor(x, y), QColor("#0072B2")))
    assert bars > 200, "the top areas' solid bars are drawn"
    assert "Building and fixing (Realistic) 100 of 100, one of your top areas" in \
        chart.accessibleDescription()
    assert "Organizing (Conventional) 0 of 100" in chart.accessibleDescription()
    heading = view.heading.text()
    assert "Building and fixing (Realistic)" in heading and "Helping people (Social)" in heading
    assert interests.area_sentence("Social") in heading
    for area in interests.AREAS:
        assert interests.area_sentence(area) in view.areas.text()
    assert view.method.text() == interests.method()
    # the careers, best fit first, as the quiz's own matching ranks them
    expected = interests.match(store, answers)
    model = view.list.matches
    assert model.rowCount() == len(expected.matches) == 20
    assert [model.career_at(r).code for r in range(model.rowCount())] == [
        m.code for m in expected.matches]
    said = model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
    best = expected.matches[0]
    assert said.startswith(f"{best.title}, fit {best.fit:.0f} of 100.")
    assert "Shares your top interests: Building and fixing (Realistic)" in said
    assert f"${best.median_wage:,} a year" in said
    rows = sum(view.list.sizeHintForRow(r) for r in range(model.rowCount()))
    assert view.list.height() >= rows  # all shown, no inner scroll
    assert QApplication.focusWidget() is view.list


def _near(color: QColor, target: QColor) -> bool:
    return (abs(color.red() - target.red()) + abs(color.green() - target.green())
            + abs(color.blue() - target.blue())) < 24


def finished(qtbot, window, store, liked=("Realistic", "Social")):
    window.session.data.save_interest_answers(window.session.profile, liking(store, liked),
                                              completed=True)
    window.show_interests()
    return window.interests.results


def test_reopening_shows_the_saved_results(qtbot, window, store):
    view = finished(qtbot, window, store)
    assert window.pages.currentWidget() is view
    window.show_start_page()
    window.commands["interests"].trigger()
    assert window.pages.currentWidget() is view
    assert "My interests" in window.windowTitle()


def test_not_knowing_after_the_quiz_offers_its_results_not_the_quiz_again(qtbot, window, store):
    assert window.search.quiz_done() is False
    window.search.box.setText("idk")
    window.search.run_search()
    assert window.search.quiz_button.text() == "Take the interest quiz"
    view = finished(qtbot, window, store)
    window.show_start_page()
    window.search.box.setText("not sure")
    window.search.run_search()
    button = window.search.quiz_button
    assert button.isVisible() and button.text() == "See my interest results"
    assert "You have taken the interest quiz" in window.search.status.text()
    assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
    button.click()
    assert window.pages.currentWidget() is view


def test_finishing_the_quiz_turns_the_offer_shown_into_its_results(qtbot, window, store):
    """The offer beside an "idk" search says what it opens now, without searching again."""
    window.search.box.setText("idk")
    window.search.run_search()
    button = window.search.quiz_button
    assert button.text() == "Take the interest quiz"
    view = finished(qtbot, window, store)
    assert button.isVisible() and button.text() == "See my interest results"
    assert "You have taken the interest quiz" in window.search.status.text()
    button.click()
    assert window.pages.currentWidget() is view


def test_enter_opens_the_career_and_keys_compare_and_bookmark_it(qtbot, window, store):
    view = finished(qtbot, window, store)
    view.list.setFocus()
    view.list.setCurrentIndex(view.list.matches.index(1, 0))
    second = view.list.matches.career_at(1)
    qtbot.keyClick(view.list, Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert second.code in window.tray.codes()
    qtbot.keyClick(view.list, Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.session.is_bookmarked(second.code)
    assert view.list.matches.title(1).startswith("★ 2. ")
    qtbot.keyClick(view.list, Key.Key_Return)
    assert window.pages.currentWidget() is window.profile
    assert window.profile.career.code == second.code


def test_buttons_open_compare_and_bookmark_the_selected_career(qtbot, window, store):
    view = finished(qtbot, window, store)
    first = view.list.matches.career_at(0)
    qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.bookmark_button, Qt.MouseButton.LeftButton)
    assert window.tray.codes() == [first.code]
    assert window.session.is_bookmarked(first.code)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert window.profile.career.code == first.code


def test_the_preparation_picker_keeps_careers_within_it_and_is_saved(qtbot, window, store):
    view = finished(qtbot, window, store)
    labels = [view.preparation.itemText(i) for i in range(view.preparation.count())]
    assert labels[0] == "Any amount of preparation"
    assert labels[1:] == [f"Up to: {p.label}" for p in interests.preparations()]
    view.preparation.setCurrentIndex(2)  # up to job zone 2
    model = view.list.matches
    zones = [model.career_at(r).job_zone for r in range(model.rowCount())]
    assert zones and all(zone is not None and zone <= 2 for zone in zones)
    assert view.preparation_note.text() == interests.preparations()[1].description
    assert saved(window).preparation == 2 and saved(window).completed
    window.show_start_page()
    window.show_interests()
    assert view.preparation.currentIndex() == 2


def test_start_over_asks_first(qtbot, store, tmp_path):
    dialogs = Answers(confirm=False)
    window = make_window(qtbot, store, tmp_path, dialogs=dialogs)
    view = finished(qtbot, window, store)
    qtbot.mouseClick(view.retake_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked == ["Start over?"]
    assert saved(window).completed and window.pages.currentWidget() is view
    dialogs.answer = True
    qtbot.mouseClick(view.retake_button, Qt.MouseButton.LeftButton)
    assert saved(window) is None
    quiz = window.interests.quiz
    assert window.pages.currentWidget() is quiz
    assert quiz.position.text() == "Activity 1 of 42" and quiz.progress.value() == 0


def test_another_student_sees_their_own_quiz(qtbot, window, store):
    finished(qtbot, window, store)
    other = window.session.data.ensure_profile("Alex")
    window.session.switch(other)
    quiz = window.interests.quiz
    assert window.pages.currentWidget() is quiz
    assert quiz.progress.value() == 0


def test_the_print_command_prints_my_interests_on_one_page(qtbot, store, tmp_path):
    if not shutil.which("pdfinfo"):
        pytest.skip("poppler-utils is not installed")
    pdf = tmp_path / "mine.pdf"
    dialogs = Answers(pdf=pdf)
    window = make_window(qtbot, store, tmp_path, dialogs=dialogs)
    finished(qtbot, window, store)
    window.commands["pdf"].trigger()
    assert dialogs.printed and dialogs.printed[0][1][0][0] == "interests"
    assert pdf.exists(), dialogs.messages
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE), info
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "My interests" in text and "Jordan Lee" in text and "The interest quiz of Sam" in text
    best = window.interests.result.matches[0]
    assert best.title.split()[0] in text


def test_every_control_is_named_and_described(qtbot, window, store):
    window.show_interests()
    quiz = window.interests.quiz
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_L)
    assert unnamed(quiz) == [] and undescribed(quiz) == []
    view = finished(qtbot, window, store)
    QApplication.processEvents()
    assert unnamed(view) == [] and undescribed(view) == []


def test_tab_reaches_every_control_of_the_quiz(qtbot, window):
    window.show_interests()
    quiz = window.interests.quiz
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_L)  # Back becomes enabled
    seen = set()
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    wanted = {*quiz.choices.values(), quiz.back_button, quiz.next_button, quiz.stop_button,
              quiz.restart_button}
    assert wanted - {quiz.next_button} <= seen  # Next is off: this activity is not rated


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_nothing_is_clipped_at_twice_the_font_size(qtbot, store, tmp_path, scale):
    from careerdesk.ui.app import application

    app = application()
    base = app.font()
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    try:
        window = make_window(qtbot, store, tmp_path)
        window.show_interests()
        QApplication.processEvents()
        quiz = window.interests.quiz
        assert clipped(quiz) == []
        assert quiz.activity.font().pointSizeF() >= font.pointSizeF() * 1.7
        view = finished(qtbot, window, store)
        QApplication.processEvents()
        assert clipped(view) == []
    finally:
        app.setFont(base)


def test_zooming_reaches_the_quiz_and_the_results(qtbot, window, store):
    window.show_interests()
    quiz = window.interests.quiz
    view = finished(qtbot, window, store)
    before = (quiz.activity.font().pointSizeF(), quiz.keys_hint.font().pointSizeF(),
              view.areas.font().pointSizeF(), view.list.height(),
              view.chart.figure().axes[0].xaxis.label.get_fontsize())
    try:
        window.zoom.set_percent(150)
        QApplication.processEvents()
        after = (quiz.activity.font().pointSizeF(), quiz.keys_hint.font().pointSizeF(),
                 view.areas.font().pointSizeF(), view.list.height(),
                 view.chart.figure().axes[0].xaxis.label.get_fontsize())
        for which, (was, now) in enumerate(zip(before, after, strict=True)):
            if which == 3:  # the list: its rows wrap at the larger size, so at least x1.5
                assert now >= was * 1.5 * 0.9
            else:
                assert now == pytest.approx(was * 1.5, rel=0.1)
    finally:
        window.zoom.reset()


def test_a_guests_answers_go_when_the_app_closes(qtbot, store, tmp_path):
    window = make_window(qtbot, store, tmp_path, profile_name=None)
    window.show_interests()
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_L)
    assert saved(window) is not None
    window.close()
    assert saved(window) is None
    assert b"like" not in b"".join(f.read_bytes() for f in tmp_path.rglob("*") if f.is_file())


def test_printing_is_offered_for_the_results_not_the_questions(qtbot, window, store):
    window.show_interests()
    assert not window.commands["print"].isEnabled()
    finished(qtbot, window, store)
    assert window.commands["print"].isEnabled() and window.commands["pdf"].isEnabled()


def test_answers_that_cannot_rank_careers_say_why(qtbot, window, store):
    window.session.data.save_interest_answers(
        window.session.profile, {q.id: "like" for q in interests.questions(store)},
        completed=True)
    window.show_interests()
    view = window.interests.results
    assert view.list.matches.rowCount() == 0 and not view.list.isVisible()
    note = interests.match(store, {q.id: "like" for q in interests.questions(store)}).note
    assert note and note in view.matches_heading.text()
    assert not view.open_button.isEnabled() and view.retake_button.isEnabled()


def test_enter_presses_the_focused_button(qtbot, window, store):
    window.show_interests()
    quiz = window.interests.quiz
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_L)
    quiz.back_button.setFocus()
    qtbot.keyClick(quiz.back_button, Key.Key_Return)
    assert quiz.position.text() == "Activity 1 of 42"
    view = finished(qtbot, window, store)
    view.compare_button.setFocus()
    qtbot.keyClick(view.compare_button, Key.Key_Enter)
    assert window.tray.codes() == [view.list.matches.career_at(0).code]


def test_an_answer_that_cannot_be_saved_is_reported_and_the_quiz_goes_on(qtbot, window,
                                                                          monkeypatch):
    from careerdesk.userdata import UserDataError

    dialogs = window.dialogs
    window.show_interests()
    quiz = window.interests.quiz

    def broken(*_args, **_kwargs):
        raise UserDataError("the disk is full")

    monkeypatch.setattr(window.session.data, "save_interest_answers", broken)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_L)
    assert quiz.position.text() == "Activity 2 of 42"
    assert "could not be saved" in quiz.saved_note.text()
    assert any("the disk is full" in m for m in dialogs.messages)


def test_the_start_pages_quiz_tile_opens_the_quiz(qtbot, window):
    window.show_start_page()
    window.welcome.quizRequested.emit()
    assert window.pages.currentWidget() is window.interests.quiz
    qtbot.mouseClick(window.interests.quiz.stop_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.welcome


def test_moving_down_the_careers_scrolls_the_page_to_them(qtbot, window, store):
    view = finished(qtbot, window, store)
    view.list.setFocus()
    bar = view.scroller.verticalScrollBar()
    bar.setValue(0)
    for _ in range(19):
        qtbot.keyClick(view.list, Key.Key_Down)
    assert view.current_code() == view.list.matches.career_at(19).code
    rect = view.list.visualRect(view.list.currentIndex())
    bottom = view.list.viewport().mapTo(view.scroller.viewport(), rect.bottomLeft()).y()
    assert bar.value() > 0 and 0 < bottom <= view.scroller.viewport().height()


def test_see_my_results_appears_once_every_activity_is_rated(qtbot, window, store):
    # all rated but not marked finished (the app closed between the two saves)
    window.session.data.save_interest_answers(window.session.profile,
                                              liking(store, ("Artistic",)))
    window.show_interests()
    quiz = window.interests.quiz
    assert quiz.position.text() == "Activity 42 of 42" and quiz.results_button.isVisible()
    qtbot.mouseClick(quiz.results_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.interests.results
    assert saved(window).completed
    window.interests.show_quiz({})
    assert not quiz.results_button.isVisible()
