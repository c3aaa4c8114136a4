"""The bookmarks list's model passes Qt's own model checks while bookmarks come and go."""

from __future__ import annotations

from careerdesk.ui.user_session import UserSession
from careerdesk.userdata import open_user_data


def test_the_bookmarks_model_keeps_qt_model_rules(qtmodeltester, qtbot, store, tmp_path):
    from careerdesk.ui.main_window import MainWindow

    data = open_user_data(tmp_path)
    session = UserSession(data, data.ensure_profile("Sam"))
    window = MainWindow(store, session=session)
    qtbot.addWidget(window)
    window.show()
    for code in ("43-6013.00", "29-1141.00"):
        window.toggle_bookmark(code)
    window.show_bookmarks()
    view = window.bookmarks_view
    assert view is not None and view.model.rowCount() == 2
    qtmodeltester.check(view.model)
    window.toggle_bookmark("47-2111.00")
    window.toggle_bookmark("43-6013.00")  # removed again
    assert view.model.rowCount() == 2
    qtmodeltester.check(view.model)
