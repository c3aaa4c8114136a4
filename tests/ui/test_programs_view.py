"""What to study (issue 15 item 3): from a program to the careers it leads to, by field or
by typing, sortable, opened or added to the comparison; reached from the start page and
the Go menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def open_dialog(qtbot, window):
    window.show_start_page()
    qtbot.mouseClick(window.welcome.study, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(window, "programs_dialog", None) is not None
                    and window.programs_dialog.isVisible(), timeout=3000)
    return window.programs_dialog


def careers(dialog):
    return [dialog.careers.item(r, 0).text() for r in range(dialog.careers.rowCount())]


def test_typing_a_program_shows_the_careers_it_leads_to(qtbot, window):
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.query, "nursing degree")
    assert dialog.programs.item(0).text() == "Registered Nursing"
    assert "Registered Nurses" in careers(dialog)
    assert "Registered Nursing/Registered Nurse" in dialog.definition.text()  # NCES's title
    pay = [dialog.careers.item(r, 1).text() for r in range(dialog.careers.rowCount())]
    assert all(p.startswith("$") for p in pay)
    dialog.query.clear()
    qtbot.keyClicks(dialog.query, "zzqxv")
    assert dialog.programs.count() == 0 and "No program matches" in dialog.status.text()


def test_fields_list_their_programs_and_columns_sort_by_value(qtbot, window):
    dialog = open_dialog(qtbot, window)
    row = next(r for r in range(dialog.fields.count())
               if dialog.fields.item(r).text() == "Construction trades")
    dialog.fields.setCurrentRow(row)
    names = [dialog.programs.item(r).text() for r in range(dialog.programs.count())]
    assert "Electrician" in names and names == sorted(names, key=str.lower)
    dialog.show_program("51.3801")  # registered nursing: six careers
    dialog.careers.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    top = dialog.careers.item(0, 1).text()
    bottom = dialog.careers.item(dialog.careers.rowCount() - 1, 1).text()
    assert int(top.strip("$").replace(",", "")) >= int(bottom.strip("$").replace(",", ""))


def test_a_career_is_opened_or_added_to_the_comparison(qtbot, window):
    dialog = open_dialog(qtbot, window)
    dialog.show_program("46.0302")  # electrician
    dialog.careers.setCurrentCell(0, 0)
    code = dialog.chosen_code()
    dialog.compare_button.click()
    assert window.tray.codes() == [code]
    dialog.open_button.click()
    assert window.profile.career.code == code and not dialog.isVisible()


def test_the_go_menu_opens_it_and_tab_leaves_the_table(qtbot, window):
    window.commands["programs"].trigger()
    dialog = window.programs_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.show_program("51.3801")
    dialog.careers.setFocus()
    qtbot.keyClick(dialog.careers, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dialog.careers


def test_a_profile_opens_each_of_its_programs(qtbot, window):
    """From a profile's 'What to study': every program of the career, each with what it is
    and the careers it leads to."""
    from careerdesk.ui.tabs.education import EducationTab

    window.open_career("29-1141.00")
    tab = window.profile.page(EducationTab)
    window.profile.show_tab(window.profile.pages.index(tab))
    assert tab.explore.isVisible()
    qtbot.mouseClick(tab.explore, Qt.MouseButton.LeftButton)
    dialog = window.programs_dialog
    qtbot.waitExposed(dialog)
    names = [dialog.programs.item(r).text() for r in range(dialog.programs.count())]
    assert names[0] == "Registered Nursing" and len(names) == len(
        window.profile.career.programs)
    assert "lead to Registered Nurses" in dialog.status.text()
    dialog.programs.setCurrentRow(1)
    assert names[1] in dialog.definition.text() and dialog.careers.rowCount() > 0
    dialog.close()
    window.open_career("41-2011.00")  # cashiers: no program, no button
    assert not tab.explore.isVisible()


def test_careers_are_listed_a_to_z_until_a_column_is_sorted(qtbot, window):
    dialog = open_dialog(qtbot, window)
    dialog.show_program("51.3801")
    names = careers(dialog)
    assert names == sorted(names)
