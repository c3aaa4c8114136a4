"""The interest quiz in the main window: which page to show (the quiz, or the results once it
is finished), saving every answer as it is given, and the results' commands.

Answers go to the student's profile through ``UserData.save_interest_answers`` the moment
they are given (a guest's are wiped when the app closes, like the rest of a guest's data).
A failure to save is reported through the session's ``failed`` signal; the quiz goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from careerdesk.interests import Question, Result
    from careerdesk.ui.interests_view import InterestsView
    from careerdesk.ui.main_window import MainWindow
    from careerdesk.ui.quiz_view import QuizView


class InterestsController(QObject):
    """Builds the quiz and results pages in ``window.pages`` when first needed.

    Signals:
        printRequested(): the results' Print button (the window runs its print preview).
        startRequested(): "Stop and finish later" or "Back to start".
        pageShown(): the quiz or the results became the window's page.
    """

    printRequested = Signal()
    startRequested = Signal()
    pageShown = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._questions: list[Question] | None = None
        self.quiz: QuizView | None = None
        self.results: InterestsView | None = None
        self.result: Result | None = None
        self._preparation: int | None = None
        window.session.profileChanged.connect(self._profile_changed)
        window.session.changed.connect(self._bookmarks_changed)

    # ------------------------------------------------------------- stored answers

    def questions(self) -> list[Question]:
        if self._questions is None:
            from careerdesk.interests import questions

            self._questions = questions(self.window.store)
        return self._questions

    def _saved(self) -> tuple[dict[str, str], int | None, bool]:
        """The profile's saved answers, preparation and whether the quiz was finished."""
        from careerdesk.userdata import UserDataError

        session = self.window.session
        try:
            record = session.data.interest_answers(session.profile)
        except UserDataError as exc:
            session.failed.emit(str(exc))
            record = None
        if record is None:
            return {}, None, False
        from careerdesk.interests import usable_answers

        saved = cast("Mapping[object, object]", record.answers)  # stored JSON: check it all
        return (usable_answers(self.window.store, saved), record.preparation,
                bool(record.completed))

    def _save(self, answers: dict[str, str], completed: bool) -> bool:
        done = self._write(lambda data, profile: data.save_interest_answers(
            profile, answers, preparation=self._preparation, completed=completed))
        if self.quiz is not None:
            self.quiz.show_saved(done)
        return done

    def _write(self, action: Callable[..., object]) -> bool:
        from careerdesk.userdata import InvalidInput, UserDataError

        session = self.window.session
        try:
            action(session.data, session.profile)
        except (UserDataError, InvalidInput) as exc:
            session.failed.emit(str(exc))
            return False
        return True

    def progress(self) -> tuple[int, int]:
        """(rated, total) activities of this profile's quiz."""
        answers = self._saved()[0]
        quiz = self.questions()
        return sum(1 for q in quiz if q.id in answers), len(quiz)

    # ------------------------------------------------------------- pages

    def show(self) -> None:
        """The results when the quiz is finished, else the quiz at the first activity not
        yet rated."""
        answers, preparation, completed = self._saved()
        self._preparation = preparation
        if completed and self._show_results(answers):
            return
        self.show_quiz(answers)

    def show_quiz(self, answers: dict[str, str] | None = None) -> QuizView:
        from careerdesk.ui.quiz_view import QuizView

        if self.quiz is None:
            self.quiz = QuizView(self.questions())
            self.quiz.answered.connect(self._answered)
            self.quiz.finished.connect(self._finished)
            self.quiz.stopRequested.connect(self._stop)
            self.quiz.restartRequested.connect(self.retake)
            self.window.pages.addWidget(self.quiz)
        if answers is not None:
            self.quiz.set_answers(answers)
        self._open_page(self.quiz, self.tr("What would you enjoy? — CareerDesk — {person}"))
        self.quiz.focus_choice()
        return self.quiz

    def _results_view(self) -> InterestsView:
        if self.results is None:
            from careerdesk.interests import preparations
            from careerdesk.ui.interests_view import InterestsView

            view = InterestsView(preparations())
            view.careerRequested.connect(self.window.open_career)
            view.compareRequested.connect(self.window.add_to_comparison)
            view.bookmarkRequested.connect(self.window.toggle_bookmark)
            view.preparationChanged.connect(self._preparation_changed)
            view.retakeRequested.connect(self.retake)
            view.printRequested.connect(self.printRequested)
            view.startRequested.connect(self.startRequested)
            self.window.pages.addWidget(view)
            self.results = view
        return self.results

    def _compute(self, answers: dict[str, str]) -> Result | None:
        from careerdesk.interests import InvalidAnswers, match

        try:
            return match(self.window.store, answers, self._preparation)
        except InvalidAnswers as exc:  # answers saved by an older quiz
            self.window.statusBar().showMessage(str(exc), 8000)
            return None

    def _show_results(self, answers: dict[str, str]) -> bool:
        result = self._compute(answers)
        if result is None:
            return False
        self.result = result
        view = self._results_view()
        view.set_result(result)
        view.set_bookmarked(self.window.session.bookmarked_codes())
        self._open_page(view, self.tr("My interests — CareerDesk — {person}"))
        view.focus_first()
        return True

    def _open_page(self, page: QObject, title: str) -> None:
        from PySide6.QtWidgets import QWidget

        assert isinstance(page, QWidget)
        self.window.pages.setCurrentWidget(page)
        self.window.setWindowTitle(title.format(person=self.window.session.name))
        self.pageShown.emit()

    def showing_results(self) -> bool:
        return self.results is not None and self.window.pages.currentWidget() is self.results

    def showing(self) -> bool:
        """Whether the quiz or its results are the page shown."""
        page = self.window.pages.currentWidget()
        return page is not None and page in (self.quiz, self.results)

    def current_code(self) -> str | None:
        """The career selected in the results, when they are shown."""
        return self.results.current_code() if self.showing_results() and self.results \
            else None

    # ------------------------------------------------------------- what the student does

    def _answered(self, _question: str, _answer: str) -> None:
        assert self.quiz is not None
        self._save(self.quiz.answers(), completed=False)

    def _finished(self) -> None:
        assert self.quiz is not None
        answers = self.quiz.answers()
        self._save(answers, completed=True)
        self._show_results(answers)

    def _stop(self) -> None:
        assert self.quiz is not None
        self._save(self.quiz.answers(), completed=False)
        done, total = self.quiz.answered_count(), len(self.quiz.questions())
        self.window.statusBar().showMessage(self.tr(
            "Your {done} answers of {total} are saved. Open the quiz again (Ctrl+I) to "
            "finish.").format(done=done, total=total), 10000)
        self.startRequested.emit()

    def retake(self) -> None:
        """Ask, then clear the answers and start the quiz from the first activity."""
        if not self.window.dialogs.confirm(
                self.tr("Start over?"),
                self.tr("This clears all your quiz answers and results, and the quiz starts "
                        "again from the first activity.")):
            return
        if not self._write(lambda data, profile: data.clear_interest_answers(profile)):
            return
        self.result = None
        self._preparation = None
        self.show_quiz({})

    def _preparation_changed(self, preparation: int | None) -> None:
        answers, _, completed = self._saved()
        self._preparation = preparation
        self._save(answers, completed=completed)
        result = self._compute(answers)
        if result is not None and self.results is not None:
            self.result = result
            self.results.set_result(result)

    def _bookmarks_changed(self) -> None:
        if self.results is not None:
            self.results.set_bookmarked(self.window.session.bookmarked_codes())

    def _profile_changed(self) -> None:
        """Another student: their own answers (the pages shown are built again)."""
        was_showing = self.showing()
        self.result = None
        self._preparation = None
        if self.quiz is not None:
            self.quiz.set_answers(self._saved()[0])
        if was_showing:
            self.show()
