"""The interest quiz's questions: one activity at a time, rated Like / Not sure / Dislike.

The view only shows and asks: it emits each rating as it is given (``answered``), and the
controller (``careerdesk.ui.interests_controller``) saves it at once, so stopping, closing
the app or a crash loses nothing. Opened again, the quiz resumes at the first activity not
yet rated.

Keyboard: L, N, D (or 1, 2, 3) rate the activity shown and move on; Backspace goes back;
Tab / arrow keys move between the three choices and Enter or Space picks one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.widgets.text_label import HeadingLabel, WrappedLabel

if TYPE_CHECKING:
    from careerdesk.interests import Question

# The answers, their button texts and keys, in the order the buttons are shown.
CHOICES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("like", QT_TRANSLATE_NOOP("QuizView", "Like"), ("L", "1")),
    ("unsure", QT_TRANSLATE_NOOP("QuizView", "Not sure"), ("N", "2")),
    ("dislike", QT_TRANSLATE_NOOP("QuizView", "Dislike"), ("D", "3")),
)
CHECK = "✓"  # marks the answer already given, beside the button's pressed look
ACTIVITY_SCALE = 1.8  # the activity's text, times the window's font
CHOICE_SCALE = 1.3  # the three choices' text
FOCUS_STYLE = "QPushButton#quizChoice:focus { border: 3px solid palette(highlight); " \
    "border-radius: 4px; padding: 0.3em; }"


class EnterClicks(QObject):
    """Enter (or Return) on a focused push button clicks it, as Space does (outside dialogs
    Qt's buttons take only Space)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and isinstance(watched, QPushButton) and watched.isEnabled()):
            watched.click()
            return True
        return super().eventFilter(watched, event)


class QuizView(QWidget):
    """Asks the quiz's activities one by one.

    Signals:
        answered(str, str): an activity (its id) was rated "like", "unsure" or "dislike".
        finished(): every activity is rated and the student asked for the results.
        stopRequested(): "Stop and finish later" (the answers are already saved).
        restartRequested(): "Start over" (the controller asks before clearing).
    """

    answered = Signal(str, str)
    finished = Signal()
    stopRequested = Signal()
    restartRequested = Signal()

    def __init__(self, questions: Sequence[Question],
                 answers: Mapping[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Interest quiz"))
        self._questions = list(questions)
        self._answers: dict[str, str] = {}
        self._index = 0
        self.title = HeadingLabel(self.tr("<h2>What would you enjoy?</h2>"))
        self.heading = WrappedLabel(self.tr("<p>Rate each activity: would you enjoy doing it? "
                                            "There are no right or wrong answers, and you "
                                            "don't need to know how to do it.</p>"))
        self.position = QLabel()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(True)
        self.activity = WrappedLabel(text_format=Qt.TextFormat.PlainText)
        self.activity.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.activity.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.ask = QLabel(self.tr("Would you enjoy this?"))
        self.ask.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choices: dict[str, QPushButton] = {}
        for answer, text, keys in CHOICES:
            button = QPushButton()
            button.setObjectName("quizChoice")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolTip(self.tr("{answer} (key {key} or {number})").format(
                answer=self.tr(text), key=keys[0], number=keys[1]))
            button.clicked.connect(lambda _=False, a=answer: self.rate(a))
            button.installEventFilter(self)
            self.choices[answer] = button
        self.keys_hint = WrappedLabel(self.tr(
            "Keys: <b>L</b> like, <b>N</b> not sure, <b>D</b> dislike (or 1, 2, 3). "
            "<b>Backspace</b> goes back."))
        self.keys_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button = QPushButton(self.tr("← &Back"))
        self.back_button.setToolTip(self.tr("The activity before (Backspace)"))
        self.next_button = QPushButton(self.tr("&Next →"))
        self.next_button.setToolTip(self.tr("The next activity (once this one is rated)"))
        self.results_button = QPushButton(self.tr("See my &results"))
        self.results_button.setToolTip(self.tr("Show your scores and matching careers"))
        self.stop_button = QPushButton(self.tr("&Stop and finish later"))
        self.stop_button.setToolTip(self.tr(
            "Your answers are saved as you go: come back to finish any time"))
        self.restart_button = QPushButton(self.tr("Start &over…"))
        self.restart_button.setToolTip(self.tr("Clear your answers and start again"))
        self.saved_note = WrappedLabel(self.tr("Your answers are saved as you go."),
                                       text_format=Qt.TextFormat.PlainText)
        self._build()
        self._connect()
        self._scale_fonts()
        self.set_answers(answers or {})

    def _build(self) -> None:
        choices = QHBoxLayout()
        for button in self.choices.values():
            choices.addWidget(button)
        steps = QHBoxLayout()
        steps.addWidget(self.back_button)
        steps.addWidget(self.next_button)
        steps.addStretch(1)
        steps.addWidget(self.results_button)
        leave = QHBoxLayout()
        leave.addWidget(self.saved_note, 1)
        leave.addWidget(self.stop_button)
        leave.addWidget(self.restart_button)
        spacing = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(spacing, spacing // 2, spacing, spacing // 2)
        layout.addWidget(self.title)
        layout.addWidget(self.heading)
        layout.addWidget(self.position)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.activity)
        layout.addSpacing(spacing)
        layout.addWidget(self.ask)
        layout.addLayout(choices)
        layout.addWidget(self.keys_hint)
        layout.addStretch(2)
        layout.addLayout(steps)
        layout.addLayout(leave)
        self.setStyleSheet(FOCUS_STYLE)

    def _connect(self) -> None:
        self.enter_clicks = EnterClicks(self)
        for button in (self.back_button, self.next_button, self.results_button,
                       self.stop_button, self.restart_button):
            button.installEventFilter(self.enter_clicks)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.results_button.clicked.connect(self._finish)
        self.stop_button.clicked.connect(self.stopRequested)
        self.restart_button.clicked.connect(self.restartRequested)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.shortcuts: list[QShortcut] = []
        for answer, _, keys in CHOICES:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(context)
                shortcut.activated.connect(lambda a=answer: self.rate(a))
                self.shortcuts.append(shortcut)
        back = QShortcut(QKeySequence(Qt.Key.Key_Backspace), self)
        back.setContext(context)
        back.activated.connect(self.go_back)
        self.shortcuts.append(back)

    def _scale_fonts(self) -> None:
        big = self.font()
        big.setPointSizeF(big.pointSizeF() * ACTIVITY_SCALE)
        big.setBold(True)
        self.activity.setFont(big)
        medium = self.font()
        medium.setPointSizeF(medium.pointSizeF() * CHOICE_SCALE)
        self.ask.setFont(medium)
        for button in self.choices.values():
            button.setFont(medium)
            button.setMinimumHeight(round(button.fontMetrics().height() * 2.4))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the app was zoomed
            self._scale_fonts()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a choice: Left / Right move between the choices, Enter picks one."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            buttons = list(self.choices.values())
            if watched in buttons:
                here = buttons.index(watched)  # type: ignore[arg-type]
                key = event.key()
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    buttons[here].click()
                    return True
                if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                    step = -1 if key == Qt.Key.Key_Left else 1
                    buttons[(here + step) % len(buttons)].setFocus(
                        Qt.FocusReason.TabFocusReason)
                    return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------- state

    def questions(self) -> list[Question]:
        return list(self._questions)

    def answers(self) -> dict[str, str]:
        """The ratings given so far, by activity id."""
        return dict(self._answers)

    def current_index(self) -> int:
        return self._index

    def current_question(self) -> Question | None:
        return self._questions[self._index] if self._questions else None

    def answered_count(self) -> int:
        return sum(1 for q in self._questions if q.id in self._answers)

    def complete(self) -> bool:
        return bool(self._questions) and self.answered_count() == len(self._questions)

    def first_unanswered(self) -> int:
        """The first activity not yet rated (the last one when all are rated)."""
        return next((i for i, q in enumerate(self._questions) if q.id not in self._answers),
                    max(len(self._questions) - 1, 0))

    def set_answers(self, answers: Mapping[str, str]) -> None:
        """Start from these ratings (those of known activities), at the first activity not
        yet rated."""
        known = {q.id for q in self._questions}
        self._answers = {k: v for k, v in answers.items() if k in known}
        self.go_to(self.first_unanswered())

    # ------------------------------------------------------------- actions

    def go_to(self, index: int) -> None:
        if not self._questions:
            self._index = 0
        else:
            self._index = min(max(index, 0), len(self._questions) - 1)
        self._show()

    def go_back(self) -> None:
        if self._index > 0:
            self.go_to(self._index - 1)

    def go_next(self) -> None:
        question = self.current_question()
        if question is not None and question.id in self._answers \
                and self._index + 1 < len(self._questions):
            self.go_to(self._index + 1)

    def rate(self, answer: str) -> None:
        """Record the rating of the activity shown and move on: to the next activity, to
        the first one skipped, or to the results when every one is rated."""
        question = self.current_question()
        if question is None or answer not in self.choices:
            return
        self._answers[question.id] = answer
        self.answered.emit(question.id, answer)
        if self._index + 1 < len(self._questions):
            self.go_to(self._index + 1)
        elif self.complete():
            self._show()
            self.finished.emit()
        else:
            self.go_to(self.first_unanswered())

    def _finish(self) -> None:
        if self.complete():
            self.finished.emit()

    def show_saved(self, saved: bool) -> None:
        """Say whether the last answer was saved."""
        self.saved_note.setText(self.tr("Your answers are saved as you go.") if saved else
                                self.tr("Your last answer could not be saved: your answers "
                                        "stay here until CareerDesk closes."))

    def focus_choice(self) -> None:
        """Focus the current rating's button, or Like when the activity is not rated yet."""
        question = self.current_question()
        answer = self._answers.get(question.id, "like") if question else "like"
        self.choices[answer].setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------- showing

    def _show(self) -> None:
        total = len(self._questions)
        done = self.answered_count()
        question = self.current_question()
        number = self._index + 1 if total else 0
        self.position.setText(self.tr("Activity {number} of {total}").format(
            number=number, total=total))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("{done} of {total} rated").format(
            done=done, total=total))
        self.progress.setAccessibleDescription(self.tr(
            "{done} of {total} activities rated").format(done=done, total=total))
        text = question.text if question else self.tr("No activities to rate.")
        self.activity.setText(text)
        given = self._answers.get(question.id) if question else None
        for answer, label, keys in CHOICES:
            button = self.choices[answer]
            shown = self.tr(label)
            button.setChecked(answer == given)
            button.setText(f"{CHECK} {shown}" if answer == given else shown)
            button.setAccessibleName(shown)
            button.setAccessibleDescription(self.tr(
                "Activity {number} of {total}: {activity}. Key {key}.").format(
                number=number, total=total, activity=text, key=keys[0])
                + (" " + self.tr("Your answer.") if answer == given else ""))
            button.setEnabled(question is not None)
        self.back_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(question is not None and question.id in self._answers
                                    and self._index + 1 < total)
        self.results_button.setVisible(self.complete())  # shown once there are results
        for button, description in (
                (self.back_button, self.tr("Go back to the activity before")),
                (self.next_button, self.tr("Go to the next activity")),
                (self.results_button, self.tr("Your scores and matching careers")),
                (self.stop_button, self.tr("Leave the quiz; your answers stay saved")),
                (self.restart_button, self.tr("Clear every answer and begin again"))):
            button.setAccessibleDescription(description)
