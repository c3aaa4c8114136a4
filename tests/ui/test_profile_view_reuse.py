"""A profile tab uses the last career's text widgets again (it opens faster); what the
student meets must not show it: the next career's page reads top to bottom for Tab and for
a screen reader, and nothing of the last career is left on it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from careerdesk.ui.tabs.pay import PayTab
from careerdesk.ui.tabs.related import RelatedTab

# a career with a next step and state pay, then one without next steps, and back
CAREERS = ["29-1141.00", "11-1011.00", "43-6013.00"]


def page_top(page, widget: QWidget) -> int:
    return widget.mapTo(page.widget(), QPoint(0, 0)).y()


def focus_chain(page) -> list[QWidget]:
    """The page's widgets that Tab reaches, in the order Tab goes, from the page itself."""
    found, widget = [], page.nextInFocusChain()
    while widget is not page and len(found) < 500:
        if page.widget().isAncestorOf(widget) and widget.isVisible() \
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def test_tab_and_screen_readers_go_top_to_bottom_after_each_career(window, qtbot):
    for tab_type in (PayTab, RelatedTab):
        page = window.profile.page(tab_type)
        window.profile.show_tab(window.profile.pages.index(page))
        for code in CAREERS:
            window.open_career(code)
            qtbot.waitUntil(lambda p=page: p.widget() is not None and p.widget().isVisible())
            QApplication.processEvents()  # laid out
            chain = focus_chain(page)
            assert chain, f"nothing to Tab to on {tab_type.__name__} for {code}"
            tops = [page_top(page, w) for w in chain]
            assert tops == sorted(tops), (code, [type(w).__name__ for w in chain])
            labels = [w for w in page.widget().children()
                      if isinstance(w, QLabel) and w.isVisible()]
            label_tops = [page_top(page, w) for w in labels]
            assert label_tops == sorted(label_tops), code


def test_nothing_of_the_last_career_is_left_on_the_page(window):
    page = window.profile.page(RelatedTab)
    window.profile.show_tab(window.profile.pages.index(page))
    window.open_career("29-1141.00")  # registered nurses: next steps listed
    assert page.next_steps is not None
    window.open_career("11-1011.00")  # chief executives: none, a note says why
    text = "\n".join(label.text() for label in page.findChildren(QLabel))
    assert "Registered Nurses" not in text
    assert "No next steps here" in text
    assert "29-1141" not in page.web_links.text()  # the links are the new career's
    assert "11-1011" in page.web_links.text()
