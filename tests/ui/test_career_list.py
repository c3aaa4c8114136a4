"""The career lists (a profile's next steps and related careers, the start page's recent
careers) pass Qt's own model checks with real careers."""

from __future__ import annotations

from careerdesk.ui.tabs.related import RelatedTab


def test_the_related_careers_model_keeps_qt_model_rules(qtmodeltester, qtbot, window):
    window.open_career("29-1141.00")
    page = window.profile.page(RelatedTab)
    window.profile.tabs.setCurrentWidget(page)
    model = page.related_list.list_model
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    before = model.item(0).code
    window.open_career("47-2111.00")  # the list is filled again for another career
    page = window.profile.page(RelatedTab)
    assert page.related_list.list_model.rowCount() > 0
    assert page.related_list.list_model.item(0).code != before
    qtmodeltester.check(page.related_list.list_model)
