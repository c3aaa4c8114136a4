"""Driving the main window as a student would: search, open, every tab, related, back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from careerdesk import formatting as fmt
from careerdesk.ui.tabs.ai import AiTab
from careerdesk.ui.tabs.education import EducationTab
from careerdesk.ui.tabs.inside import InsideTab
from careerdesk.ui.tabs.pay import PayTab
from careerdesk.ui.tabs.related import RelatedTab
from careerdesk.ui.tabs.responsibilities import ResponsibilitiesTab
from careerdesk.ui.tabs.skills import SkillsTab


def page_text(page) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def type_search(qtbot, window, text):
    window.search.box.clear()
    qtbot.keyClicks(window.search.box, text)
    qtbot.waitUntil(lambda: not window.search.timer.isActive(), timeout=2000)


def test_keyboard_search_to_profile_to_related_and_back(qtbot, window, store):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.hasFocus()
    type_search(qtbot, window, "medical secretary")
    assert window.search.model.result(0).code == "43-6013.00"
    qtbot.keyClick(window.search.box, Qt.Key.Key_Down)
    assert window.search.results.hasFocus()
    qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    career = store.career("43-6013.00")
    assert window.profile.career.code == "43-6013.00"
    assert window.profile.header.title.text() == career.title
    assert career.title in window.windowTitle()

    # every tab, by keyboard, each shows what the database holds
    tabs = window.profile.tabs
    tabs.setCurrentIndex(0)
    seen = []
    for _ in range(tabs.count()):
        page = window.profile.pages[tabs.currentIndex()]
        assert page.career.code == "43-6013.00"
        seen.append(type(page))
        qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert set(seen) == {ResponsibilitiesTab, InsideTab, EducationTab, AiTab, PayTab, SkillsTab,
                         RelatedTab}

    responsibilities = window.profile.page(ResponsibilitiesTab)
    text = page_text(responsibilities)
    for task in career.tasks:
        assert task.text.replace("'", "&#x27;") in text
    assert "Main tasks (11)" in text and "Other tasks (4)" in text

    pay = page_text(window.profile.page(PayTab))
    assert "$45,930" in pay and "$22.08" in pay and "+4.2%" in pay and "85,900" in pay

    # a related career opens with a click, then Alt+Left goes back
    window.profile.show_tab(window.profile.pages.index(window.profile.page(RelatedTab)))
    related = window.profile.page(RelatedTab).related_list
    first = related.model().index(0, 0)
    rect = related.visualRect(first)
    qtbot.mouseClick(related.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.profile.career.code == career.related[0].code == "29-2072.00"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.profile.career.code == "43-6013.00"
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.profile.career.code == "29-2072.00"


def test_mouse_opens_a_result(qtbot, window):
    type_search(qtbot, window, "electrician")
    view = window.search.results
    rect = view.visualRect(window.search.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.profile.career.code == "47-2111.00"


def test_empty_box_browses_by_field(qtbot, window, store):
    type_search(qtbot, window, "")
    assert window.search.model.rowCount() == len(store.careers())
    assert "Browsing" in window.search.status.text()


def test_no_match_says_so(qtbot, window):
    type_search(qtbot, window, "zzqxv qqqzz")
    assert window.search.model.rowCount() == 0
    assert "No careers match" in window.search.status.text()


def test_slash_focuses_search_but_types_in_text_fields(qtbot, window):
    window.profile.setFocus()
    window.open_career("43-6013.00")
    window.profile.tabs.setFocus()
    qtbot.keyClick(window.profile.tabs, Qt.Key.Key_Slash)
    assert window.search.box.hasFocus()
    qtbot.keyClick(window.search.box, Qt.Key.Key_Slash)
    assert window.search.box.text().endswith("/")


def test_ai_tab_meters_and_method(qtbot, window, store):
    window.open_career("43-6013.00")
    window.profile.show_tab(window.profile.pages.index(window.profile.page(AiTab)))
    tab = window.profile.page(AiTab)
    ai = store.career("43-6013.00").ai
    text = page_text(tab)
    assert ai.label.label in text and "How this is worked out" in text
    assert "67%" in tab.exposure.accessibleDescription()
    assert "GPTs are GPTs" in text


def test_state_picker_is_remembered(qtbot, window):
    window.open_career("43-6013.00")
    window.profile.show_tab(window.profile.pages.index(window.profile.page(PayTab)))
    pay = window.profile.page(PayTab)
    pay.state_box.setCurrentIndex(pay.state_box.findData("California"))
    assert "$54,490" in pay.state_value.text()
    window.open_career("29-1141.00")
    pay = window.profile.page(PayTab)
    assert pay.state_box.currentData() == "California"


def test_missing_figures_read_not_available(qtbot, window):
    window.open_career("55-1011.00")  # no tasks, no BLS figures
    for index in range(window.profile.tabs.count()):
        window.profile.show_tab(index)
    pay = page_text(window.profile.page(PayTab))
    assert fmt.NOT_AVAILABLE in pay and "$0" not in pay


def test_about_has_the_attribution(window):
    from careerdesk.ui.about import about_html

    html = about_html(window.store)
    assert "O*NET 29.3 Database" in html and "USDOL/ETA has not approved" in html
    # how search orders what it finds: the language model and the job-title model
    assert "all-MiniLM-L6-v2" in html and "3,300 job titles" in html


def test_lab_settings_set_defaults_and_problems_show_in_about(qtbot, store, tmp_path):
    from careerdesk import labconfig
    from careerdesk.ui.about import about_html
    from careerdesk.ui.main_window import MainWindow
    from careerdesk.ui.settings import WAGE_STATE, Settings

    ini = tmp_path / "careerdesk.ini"
    ini.write_text("[defaults]\nstate = Ohio\npaper = a4\ncolour = blue\n", encoding="utf-8")
    lab = labconfig.load(states=[name for _, name in store.states()], paths=[ini])
    settings = Settings(defaults={WAGE_STATE.key: lab.state})
    window = MainWindow(store, settings=settings, lab=lab)
    qtbot.addWidget(window)
    assert settings.get(WAGE_STATE) == "Ohio"
    assert window.printing.paper == "a4"
    html = about_html(store, lab)
    assert "colour" in html and "Ohio" in html
    window.open_career("43-6013.00")
    pay = window.profile.page(PayTab)
    window.profile.show_tab(window.profile.pages.index(pay))
    assert pay.state_box.currentData() == "Ohio"
