"""The quiz's list of matching careers passes Qt's own model checks with real results."""

from __future__ import annotations

from careerdesk import interests
from careerdesk.ui.user_session import UserSession
from careerdesk.userdata import open_user_data


def test_the_matches_model_keeps_qt_model_rules(qtmodeltester, qtbot, store, tmp_path):
    from careerdesk.ui.main_window import MainWindow

    data = open_user_data(tmp_path)
    session = UserSession(data, data.ensure_profile("Sam"))
    window = MainWindow(store, session=session)
    qtbot.addWidget(window)
    window.show()
    liked = ("Realistic", "Social")
    answers = {q.id: "like" if q.area in liked else "dislike" for q in interests.questions(store)}
    data.save_interest_answers(session.profile, answers, completed=True)
    window.show_interests()
    matches = window.interests.results.list.matches
    assert matches.rowCount() > 0
    qtmodeltester.check(matches)
    window.toggle_bookmark(matches.career_at(0).code)  # a star: dataChanged over the rows
    assert matches.title(0).startswith("★")
    qtmodeltester.check(matches)
