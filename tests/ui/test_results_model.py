"""The search results model passes Qt's own model checks while a user searches and stars."""

from __future__ import annotations


def test_the_results_model_keeps_qt_model_rules_through_searches(qtmodeltester, qtbot, window):
    model = window.search.model
    qtmodeltester.check(model)  # watches every later change too
    window.search.box.setText("nurse")
    window.search.run_search()
    assert model.rowCount() > 0
    first = model.result(0).code
    window.toggle_bookmark(first)  # a star: dataChanged over the rows
    assert model.title(0).startswith("★")
    window.search.box.setText("electrician")
    window.search.run_search()
    assert model.rowCount() > 0 and model.result(0).code != first
    qtmodeltester.check(model)
