"""The search panel shows what it understood as chips above the results; each chip is
reachable with the keyboard and removing it (Enter) searches again without it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from careerdesk.search import ENTRY_EDUCATION, SearchEngine
from careerdesk.ui.results_model import MATCH_ROLE


@pytest.fixture
def panel(qtbot, store):
    from careerdesk.ui.search_panel import SearchPanel

    widget = SearchPanel(SearchEngine(store))
    qtbot.addWidget(widget)
    widget.resize(500, 700)
    widget.show()
    return widget


def codes(panel):
    return [panel.model.result(i).code for i in range(panel.model.rowCount())]


def test_chips_show_what_was_understood_and_enter_removes_one(qtbot, panel):
    panel.box.setText("no college animals")
    panel.run_search()
    texts = panel.understood.items()
    assert panel.understood.isVisible()
    assert any("no college degree needed" in t for t in texts)
    assert any("animals" in t for t in texts)
    before = codes(panel)
    assert all(panel.model.result(i).entry_education in ENTRY_EDUCATION[:2]
               for i in range(panel.model.rowCount()))
    chip = next(c for c in panel.understood.chips() if "college" in c.accessibleName())
    assert chip.focusPolicy() != Qt.FocusPolicy.NoFocus
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Return)
    assert codes(panel) != before
    assert not any("college" in t for t in panel.understood.items())
    assert any("animals" in t for t in panel.understood.items())
    # the keyboard stays in the chip row
    qtbot.waitUntil(lambda: panel.window().focusWidget() is panel.understood.chips()[0])


def test_a_title_shows_no_chips(panel):
    panel.box.setText("registered nurse")
    panel.run_search()
    assert not panel.understood.isVisible()
    assert panel.model.result(0).code == "29-1141.00"


def test_partial_matches_say_so(panel):
    panel.box.setText("Butcher Apprentice")
    panel.run_search()
    assert panel.model.rowCount() > 0
    assert "all your words" in panel.status.text()
    assert panel.model.result(0).matched_on.startswith("matched 1 of 2 words")


def test_careers_found_by_meaning_alone_say_so(panel):
    panel.box.setText("penguins")  # in no career's text: the list was empty
    panel.run_search()
    assert panel.model.rowCount() == 10
    assert panel.status.text() == ("No career's names or work use these words; showing the 10 "
                                   "closest in meaning.")
    panel.box.setText("zzqx")
    panel.run_search()
    assert panel.model.rowCount() == 0
    assert panel.status.text().startswith("No careers match.")


def test_a_place_of_work_no_career_names_asks_for_the_work_itself(panel):
    # gate 144: "my dad works at pantex" showed nothing and said only to check the spelling
    panel.box.setText("my dad works at zorbax")
    panel.run_search()
    assert panel.model.rowCount() == 0
    assert panel.status.text() == (
        "CareerDesk does not know what work is done at \u201czorbax\u201d. Type the work "
        "itself, such as \u201cfixes machines\u201d or \u201cdrives a truck\u201d.")
    panel.box.setText("my dad works at zorbax fixing machines")  # the work said: found
    panel.run_search()
    assert panel.model.rowCount() > 0


def test_the_status_never_says_no_career_holds_every_word_when_one_does(panel):
    panel.box.setText("Academic Administrator")  # ranked with some careers holding one word
    panel.run_search()
    held = [panel.model.result(i).words_matched is None for i in range(panel.model.rowCount())]
    assert any(held) and not all(held)
    assert "all your words" not in panel.status.text()


def test_tab_reaches_the_chips_between_the_filters_and_the_results(qtbot, panel):
    panel.box.setText("i like animals")
    panel.run_search()
    chip = panel.understood.chips()[0]
    assert next_tab_stop(panel.filters_button) is chip
    assert next_tab_stop(chip) is panel.results
    panel.filters_button.setChecked(True)  # the filters shown: they come before the chips
    assert next_tab_stop(panel.filters_button) is panel.group_box
    assert next_tab_stop(panel.sort_box) is chip


def next_tab_stop(widget):
    """The widget Tab moves to from ``widget``: the next one in the chain that takes Tab."""
    candidate = widget.nextInFocusChain()
    while candidate is not widget:
        if candidate.isVisible() and candidate.isEnabled() \
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return candidate
        candidate = candidate.nextInFocusChain()
    return None


def test_a_wish_alone_lists_every_career_that_fits_it(panel):
    panel.box.setText("no college")
    panel.run_search()
    count = panel.model.rowCount()
    assert count > 200  # not cut at the 200 a text search shows
    assert panel.status.text() == (f"Showing the {count} careers that fit what you asked "
                                   "for, the fastest growing first.")
    assert all(panel.model.result(i).entry_education in ENTRY_EDUCATION[:2]
               for i in range(count))
    growth = [panel.model.result(i).percent_change for i in range(10)]
    assert growth == sorted(growth, reverse=True)  # as the status says


def test_a_state_named_says_how_its_careers_are_chosen(panel):
    panel.box.setText("jobs where i can live in alaska")
    panel.run_search()
    assert any("careers common in Alaska" in t for t in panel.understood.items())
    assert "larger share of Alaska's jobs than of all US jobs come first" in panel.status.text()
    first = panel.model.result(0)
    assert "times as common in Alaska" in first.matched_on


def test_a_wish_to_stay_close_to_home_lists_the_work_every_town_needs(panel):
    # stop 68: ordered by openings alone, fast food, baristas and retail came first, judged
    # no career to stay home for (gates 226-284); the chip says what is listed instead
    panel.box.setText("jobs close to home")
    panel.run_search()
    chips = list(panel.understood.items())
    assert chips == ["Understood: close to home: jobs every town needs ×"], chips
    shown = codes(panel)
    assert 20 < len(shown) < 200
    assert {"47-2111.00", "47-2152.00", "49-3023.00"} <= set(shown[:5]), shown[:5]
    assert not {"35-3023.00", "35-3023.01", "41-2031.00"} & set(shown[:20]), shown[:20]


def test_good_pay_close_to_home_lists_the_top_quarter_hiring_most_and_says_so(panel):
    panel.box.setText("stay close to home and get paid good")
    panel.run_search()
    count = panel.model.rowCount()
    assert 100 < count < 400  # the top quarter of pay, not every career
    assert panel.status.text() == (
        f"Showing the {count} careers in the top quarter of pay, those with the most job "
        "openings a year first, as they are hired for in most towns.")
    chips = list(panel.understood.items())
    assert "Understood: well paid (the top quarter) ×" in chips, chips
    assert not any("highest pay first" in c for c in chips), chips
    shown = [panel.model.result(i) for i in range(10)]
    openings = [r.annual_openings or 0 for r in shown]
    assert openings == sorted(openings, reverse=True)  # as the status says
    lowest = min(panel.model.result(i).median_wage or 0 for i in range(count))
    assert lowest >= 90_000, lowest


def test_a_good_job_close_to_home_leaves_out_the_lowest_paid_and_says_so(panel):
    # gate 154 (stop 60): baristas, fast food and retail came first for "good job close to
    # home", judged unfair for a good job
    panel.box.setText("good job close to home")
    panel.run_search()
    count = panel.model.rowCount()
    chips = list(panel.understood.items())
    assert "Understood: a good job (not among the lowest-paid quarter of careers) ×" in chips
    assert "Understood: most job openings first ×" in chips, chips
    assert panel.status.text() == (
        f"Showing the {count} careers that fit what you asked for, those with the most job "
        "openings a year first, as they are hired for in most towns.")
    shown = [panel.model.result(i) for i in range(count)]
    assert min(r.median_wage or 0 for r in shown) >= 45_000
    assert not {"35-3023.01", "35-3023.00", "41-2031.00", "41-2011.00"} & {
        r.code for r in shown}
    openings = [r.annual_openings or 0 for r in shown[:10]]
    assert openings == sorted(openings, reverse=True)  # as the status says


def test_a_wish_for_good_benefits_says_no_source_has_them_and_what_comes_first(panel):
    panel.box.setText("jobs with good benefits")
    panel.run_search()
    count = panel.model.rowCount()
    status = panel.status.text()
    assert status.startswith(f"Showing the {count} careers that fit what you asked for, "
                             "those where most jobs are with government employers first.")
    assert "CareerDesk's sources have no figures on benefits;" in status
    assert status.count("government employers") == 1  # said once
    assert panel.model.result(0).matched_on.endswith("of its jobs with government employers")
    panel.box.setText("police jobs with good benefits")  # beside an interest: said so
    panel.run_search()
    assert "Of these, the careers where most jobs are with government employers come first." \
        in panel.status.text()
    panel.box.setText("good pay and benefits")  # another order asked for: that order
    panel.run_search()
    assert "so they don't change the order you asked for" in panel.status.text()
    assert "government employers" not in panel.status.text()


@pytest.mark.parametrize(("query", "order", "first", "label"), [
    ("paid on the job training", "the fastest growing first",
     "Those learned in an apprenticeship or on the job come first.",
     "learned in an apprenticeship"),
    ("certificates that pay well", "the best paid first",
     "Those that usually start with a certificate come first.", "starts with a certificate"),
    ("trade school but good money", "the best paid first",
     "Those that usually start with a certificate, and the trades learned in an "
     "apprenticeship, come first.", "starts with a certificate"),
    ("a 2 year degree", "", "Those that usually start with an associate's degree come first.",
     "starts with an associate's degree"),
    ("no grad school", "", "Those that usually start with a bachelor's degree come first.",
     "starts with a bachelor's degree"),
])
def test_a_wish_that_lists_some_careers_first_says_which(panel, query, order, first, label):
    # "paid on the job training" said "the fastest growing first" over electricians,
    # elevator installers and carpenters, all apprenticeships, none of them the fastest
    panel.box.setText(query)
    panel.run_search()
    count = panel.model.rowCount()
    said = f"Showing the {count} careers that fit what you asked for"
    assert panel.status.text() == (f"{said}, {order}. {first}" if order else f"{said}. {first}")
    first_row = panel.model.index(0, 0)  # what is drawn under the title, and read out
    assert panel.model.data(first_row, MATCH_ROLE) == label
    assert label in panel.model.data(first_row, Qt.ItemDataRole.AccessibleTextRole)


def test_a_preset_filter_without_a_control_lasts_until_any_filter_changes(panel):
    from careerdesk.search import Filters, Sort

    panel.show_preset(Filters(max_entry_education=ENTRY_EDUCATION[1]), Sort.PAY.value,
                      "Careers you can start without college")
    count = panel.model.rowCount()
    assert 0 < count < 1016
    assert all(panel.model.result(i).entry_education in ENTRY_EDUCATION[:2]
               for i in range(count))
    assert panel.status.text().startswith(f"Careers you can start without college: {count} ")
    panel.box.setText("nurse")  # typing keeps the preset
    panel.run_search()
    assert all(panel.model.result(i).entry_education in ENTRY_EDUCATION[:2]
               for i in range(panel.model.rowCount()))
    panel.box.clear()
    panel.wage_min.setValue(20_000)  # a change of filters, the wage too, ends it
    panel.run_search()
    assert any(panel.model.result(i).entry_education not in ENTRY_EDUCATION[:2]
               for i in range(panel.model.rowCount()))


def test_a_preset_filter_without_a_control_shows_as_a_chip_the_keyboard_removes(qtbot, panel):
    """The start page's "without college" choice has no control in the filters: while it is on,
    a chip says so, also once the student types, and removing the chip ends it."""
    from careerdesk.search import Filters, Sort

    panel.show_preset(Filters(max_entry_education=ENTRY_EDUCATION[1]), Sort.GROWTH.value,
                      "Careers you can start without college")
    assert panel.understood.isVisible()
    assert panel.understood.items() == ["Careers you can start without college ×"]
    panel.box.setText("nurse")
    panel.run_search()
    assert "Careers you can start without college ×" in panel.understood.items()
    assert "Registered Nurses" not in [panel.model.result(i).title
                                       for i in range(panel.model.rowCount())]
    chip = next(c for c in panel.understood.chips() if "college" in c.accessibleName())
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Return)
    assert not any("college" in t for t in panel.understood.items())
    assert "Registered Nurses" in [panel.model.result(i).title
                                   for i in range(panel.model.rowCount())]


def test_a_program_of_study_shows_as_a_chip(qtbot, panel, store):
    """Issue 15: "welding certificate" is read as a program; the chip says so and the list
    holds the careers it leads to."""
    panel.box.setText("welding certificate")
    panel.run_search()
    assert any("Program of study: Welding Technology" in t for t in panel.understood.items())
    assert "51-4121.00" in codes(panel)
    assert set(codes(panel)) == {code for code, *_ in store.program_careers("48.0508")}


def test_tab_reaches_the_filters_where_they_show_in_the_window(qtbot, window):
    """In the window (the filters are made after it, when the careers are loaded), Tab goes
    from the filters button through the filters to the results, not to the page."""
    search = window.search
    search.filters_button.setChecked(True)
    reached = [search.filters_button]
    while len(reached) < 12 and reached[-1] is not search.results:
        reached.append(next_tab_stop(reached[-1]))
    stops: list = []
    for w in reached:  # (a spin box and its line edit are one stop)
        w = w.parent() if w.parent() in (search.wage_min, search.wage_max) else w
        if not stops or stops[-1] is not w:
            stops.append(w)
    assert stops == [search.filters_button, search.group_box, search.education_box,
                     search.zone_box, search.outlook_box, search.exposure_box, search.wage_min,
                     search.wage_max, search.sort_box, search.results]


def test_a_wish_says_which_close_matches_it_leaves_out_for_lack_of_a_figure(qtbot, panel):
    # BLS gives the military no entry-education figure, so "no college" cannot keep it: the
    # status names what was left out and how to see it, rather than showing police silently
    panel.box.setText("i wanna enlist after graduation")
    panel.run_search()
    assert not any(code.startswith("55-") for code in codes(panel))
    status = panel.status.text()
    assert "left out" in status and "Infantry" in status and "entry-education" in status
    chip = next(c for c in panel.understood.chips() if "college" in c.accessibleName())
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Return)
    assert any(code.startswith("55-") for code in codes(panel)[:5])
    assert "left out" not in panel.status.text()
    # a wish that leaves nothing out for lack of a figure says nothing more
    panel.box.setText("cooking no college")
    panel.run_search()
    assert "left out" not in panel.status.text()


@pytest.mark.parametrize("query", ["idk", "i dont know what i want to do", "i like",
                                   "i dont know what im good at"])
def test_a_student_who_does_not_know_yet_is_offered_the_interest_quiz(qtbot, panel, query):
    # "i dont know" listed Financial Examiners ("Know Your Customer Analyst") and "i like"
    # Sailors and Gambling Dealers, the careers closest in meaning to nothing
    panel.box.setText(query)
    panel.run_search()
    assert panel.model.rowCount() == 0
    assert panel.quiz_button.isVisible()
    assert "interest quiz" in panel.status.text()
    # drawn where the student looks, under the status and whole: its words fit the button
    button = panel.quiz_button
    assert button.geometry().top() >= panel.status.geometry().bottom()
    assert panel.rect().contains(button.geometry())
    assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
    with qtbot.waitSignal(panel.quizRequested, timeout=1000):  # Enter in the box takes it
        qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert panel.quiz_button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable by Tab
    panel.quiz_button.setFocus()  # and Space takes it
    with qtbot.waitSignal(panel.quizRequested, timeout=1000):
        qtbot.keyClick(panel.quiz_button, Qt.Key.Key_Space)
    panel.box.setText("i like animals")  # something to search: the offer goes
    panel.run_search()
    assert not panel.quiz_button.isVisible() and panel.model.rowCount() > 0


def test_no_college_says_the_least_schooling_when_no_close_match_starts_at_high_school(panel):
    # the gate of stop 43: "computer jobs without a degree" (no computer career starts with
    # high school at most in BLS's figures); the status names the shortest way in
    panel.box.setText("computer jobs no college")
    panel.run_search()
    text = panel.status.text()
    assert "None of the closest matches starts with high school at most" in text
    assert "Computer User Support Specialists" in text
    panel.box.setText("animals no college")
    panel.run_search()
    assert "None of the closest matches" not in panel.status.text()


def test_no_degree_says_why_careers_starting_with_a_certificate_are_shown(panel):
    # "computer jobs without a degree" (stop 43's gate, and again in stop 44's batch 59): a
    # certificate or some college is no degree either, and no computer career starts at
    # high school, so those are listed; the status says why beside the shown schooling
    panel.box.setText("computer jobs without a degree")
    panel.run_search()
    assert "careers that usually start there are shown" in panel.status.text()
    shown = [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]
    assert "Computer User Support Specialists" in shown[:5]
    panel.box.setText("computer jobs no college")  # no college stays at high school
    panel.run_search()
    assert "careers that usually start there" not in panel.status.text()


def test_good_money_fixing_cars_leads_with_the_well_paid_work_beside_car_repair(panel):
    # judged 0 of 5 in five batches: car repair pays $38,000-62,000; the well-paid careers
    # beside it (synonyms.tsv, "paid") come first, and not the logistics managers whose other
    # name "Automotive Services Manager" was judged unfair twice
    panel.box.setText("make good money fixing cars")
    panel.run_search()
    shown = [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]
    assert shown[0] == "Automotive Engineers"
    assert any(t.startswith("Transportation Vehicle, Equipment") for t in shown[:5])
    assert not any(t.startswith("Transportation, Storage") for t in shown)
    assert "None of these pays in the top quarter" not in panel.status.text()
    panel.box.setText("fix cars")  # without the wish: the mechanics, not the engineers
    panel.run_search()
    shown = [panel.model.index(row, 0).data() for row in range(5)]
    assert "Automotive Engineers" not in shown
    assert "Automotive Service Technicians and Mechanics" in shown


def test_a_pay_wish_in_a_field_that_pays_little_says_none_is_in_the_top_quarter(panel):
    # the gate of stop 44: "make alot of money fixing cars" (0 of 5: mechanics at
    # $47,000-62,000 read as well paid); where nothing beside the field pays well either
    # (cooking: chefs at about $62,000, cooks less), the status says so
    panel.box.setText("cooking jobs that pay good")
    panel.run_search()
    text = panel.status.text()
    assert "None of these pays in the top quarter of US careers" in text
    panel.box.setText("medical jobs that pay well")  # surgeons: in the top quarter
    panel.run_search()
    assert "None of these pays in the top quarter" not in panel.status.text()
