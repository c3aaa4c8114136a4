"""The comparison model: markers, "not available", filtering, columns, limits (no Qt)."""

from __future__ import annotations

import time

import pytest

from careerdesk import formatting as fmt
from careerdesk.comparison import (
    MAX_CAREERS,
    SECTION_KEYS,
    SECTION_TITLES,
    Comparison,
    ComparisonError,
    aligned_allocations,
    build_comparison,
)

SECRETARY = "43-6013.00"
DEVELOPER = "15-1252.00"
NURSE = "29-1141.00"
ELECTRICIAN = "47-2111.00"
NO_AI_NO_TIME = "11-9039.00"  # Education Administrators, All Other
NO_WAGES = "11-1031.00"  # Legislators: no OEWS wages, abilities not rated
FOUR = [SECRETARY, DEVELOPER, NURSE, ELECTRICIAN]


@pytest.fixture(scope="module")
def careers(store):
    codes = [*FOUR, NO_AI_NO_TIME, NO_WAGES, "13-2011.00"]
    return {code: store.career(code) for code in codes}


@pytest.fixture
def four(careers) -> Comparison:
    return build_comparison([careers[c] for c in FOUR], state="California")


def row(comparison: Comparison, key: str):
    return next(r for r in comparison.rows if r.key == key)


def test_rows_come_in_the_order_a_family_decides(four):
    assert [s for s in dict.fromkeys(r.section for r in four.rows)] == list(SECTION_KEYS)
    assert SECTION_KEYS[:4] == ("facts", "time", "what", "abilities")
    assert [r.key for r in four.rows[:5]] == ["facts.pay", "facts.education", "facts.time",
                                              "facts.outlook", "facts.openings"]
    assert all(len(r.cells) == 4 for r in four.rows)


def test_each_row_is_labelled_once_in_plain_words(four):
    labels = [r.label for r in four.rows]
    assert len(labels) == len(set(labels))
    for r in four.rows:  # no row repeats its section's title ("Key abilities: Key abilities")
        assert r.label != SECTION_TITLES[r.section]
    shown = " ".join(labels + [c.text for r in four.rows for c in r.cells])
    for jargon in ("Job Zone", "Replace vs assist", "(0–1)", "(0–100)",
                   "postsecondary nondegree", "Median annual"):
        assert jargon not in shown


def test_colour_is_kept_for_rows_where_more_is_plainly_better(four):
    judged = {r.key for r in four.rows if r.judged}
    assert {"facts.pay", "facts.outlook", "facts.openings"} <= judged
    for key in ("facts.time", "ai.exposure", "outlook.employment"):  # a matter of preference
        assert key not in judged
        assert {c.marker for c in row(four, key).cells} >= {"highest", "lowest"}  # ▲/▼ stay


def test_pay_marks_highest_and_lowest_from_the_stores_figures(four, careers):
    pay = row(four, "pay.annual")  # the nation's, below the state's quick fact
    expected = [careers[c].wages.median_annual for c in FOUR]
    assert [c.value for c in pay.cells] == expected
    assert [c.text for c in pay.cells] == [fmt.money(v) for v in expected]
    markers = dict(zip(FOUR, (c.marker for c in pay.cells), strict=True))
    assert markers == {SECRETARY: "lowest", DEVELOPER: "highest", NURSE: "", ELECTRICIAN: ""}
    state = row(four, "facts.pay")
    assert state.label.endswith("California")
    assert [c.value for c in state.cells] == [
        careers[c].wages.by_state["California"].annual_median for c in FOUR]
    assert state.cells[0].text == fmt.money(
        careers[SECRETARY].wages.by_state["California"].annual_median) + " a year"


@pytest.mark.parametrize(("key", "highest", "lowest"), [
    ("outlook.employment", NURSE, ELECTRICIAN),
    ("facts.outlook", DEVELOPER, SECRETARY),
    ("facts.openings", NURSE, ELECTRICIAN),
    ("ai.exposure", DEVELOPER, ELECTRICIAN),
])
def test_numeric_rows_mark_one_highest_and_one_lowest(four, key, highest, lowest):
    markers = dict(zip(FOUR, (c.marker for c in row(four, key).cells), strict=True))
    assert [code for code, m in markers.items() if m == "highest"] == [highest]
    assert [code for code, m in markers.items() if m == "lowest"] == [lowest]


def test_missing_figures_read_not_available_and_are_never_marked(careers):
    comparison = build_comparison([careers[NO_WAGES], careers[NO_AI_NO_TIME],
                                   careers[SECRETARY]])
    for key in ("facts.pay", "pay.hourly"):
        cell = row(comparison, key).cells[0]
        assert (cell.text, cell.value, cell.marker) == (fmt.NOT_AVAILABLE, None, "")
    exposure = row(comparison, "ai.exposure").cells[1]
    assert (exposure.text, exposure.value, exposure.marker) == (fmt.NOT_AVAILABLE, None, "")
    assert row(comparison, "time.split").cells[1].chart is None
    assert row(comparison, "abilities.top").cells[0].text == "not rated by O*NET"
    for r in comparison.rows:
        for cell in r.cells:
            assert cell.text not in {"0", "$0", "0%", "+0.0%", ""}, (r.key, cell)


def test_no_marks_with_fewer_than_two_figures(careers):
    # Only the secretary has a human capabilities index among these two.
    comparison = build_comparison([careers[SECRETARY], careers[DEVELOPER]])
    human = row(comparison, "ai.human")
    assert [c.value is not None for c in human.cells] == [True, False]
    assert [c.marker for c in human.cells] == ["", ""]


def test_equal_figures_are_not_marked_and_do_not_differ(careers, store):
    # Two O*NET careers in one SOC occupation share its BLS pay and outlook figures.
    sibling = next(c.code for c in store.careers()
                   if c.code.startswith("29-1141.") and c.code != NURSE)
    comparison = build_comparison([careers[NURSE], store.career(sibling)])
    pay = row(comparison, "facts.pay")
    assert pay.cells[0].value == pay.cells[1].value
    assert [c.marker for c in pay.cells] == ["", ""]
    assert not pay.differs
    assert pay not in comparison.rows_for(only_differences=True)


def test_text_rows_shared_by_all_are_marked(four, careers):
    experience = row(four, "education.experience")
    assert {careers[c].education.work_experience for c in FOUR} == {"None"}
    assert [c.text for c in experience.cells] == ["No work experience needed"] * 4
    assert [c.marker for c in experience.cells] == ["shared"] * 4
    assert not experience.differs
    entry = row(four, "facts.education")
    assert entry.differs and all(c.marker == "" for c in entry.cells)


def test_lists_every_career_shares_collapse_into_one_row(four, careers):
    everyone = [{t.name for t in careers[c].technology} for c in FOUR]
    common = set.intersection(*everyone)
    assert "Microsoft Excel" in common
    shared = row(four, "technology.top.shared")
    assert shared.label == "All four use"
    assert {c.text for c in shared.cells} == {shared.cells[0].text}  # said once for all
    assert set(shared.cells[0].text.split("; ")) <= common
    assert "Microsoft Excel" in shared.cells[0].text
    technology = row(four, "technology.top")
    for cell, career in zip(technology.cells, FOUR, strict=True):
        assert 0 < len(cell.items) <= 10
        names = [name for name, _ in cell.items]
        assert set(names) <= {t.name for t in careers[career].technology} - common
    two = build_comparison([careers[SECRETARY], careers[NURSE]])
    assert row(two, "technology.top.shared").label == "Both use"
    interests = row(four, "interests.top")
    tops = [{r.name for r in careers[c].interests[:3]} for c in FOUR]
    for cell in interests.cells:
        assert len(cell.items) == 3
        assert all(shared == (name in set.intersection(*tops)) for name, shared in cell.items)
    tasks = row(four, "what.tasks")
    assert all(len(c.items) == 5 for c in tasks.cells)
    assert tasks.cells[0].items[0][0] == careers[SECRETARY].tasks[0].text


def test_time_charts_share_groups_order_and_scale(four):
    every = [c.chart for c in row(four, "time.split").cells]
    # the medical secretary's column shows its editorial estimate (tests/test_time_views_story.py)
    assert every[0] is not None and every[0].kind == "editorial"
    charts = every[1:]
    assert all(chart is not None and chart.kind == "data" for chart in charts)
    groups = [[s.group_id for s in chart.shares] for chart in charts]
    assert all(g == groups[0] for g in groups) and groups[0] == sorted(groups[0])
    top = max(s.percent for chart in every for s in chart.shares)
    assert top <= four.time_max_percent <= 100 and four.time_max_percent % 10 == 0
    for chart, career in zip(charts, four.careers[1:], strict=True):
        original = {s.group_id: s.percent for s in career.time_allocation("data").shares}
        assert {s.group_id: s.percent for s in chart.shares if s.percent} == \
            {g: p for g, p in original.items() if p}
    assert aligned_allocations([None]) == [None]


def test_only_differences(four):
    kept = four.rows_for(only_differences=True)
    assert kept == [r for r in four.rows if r.differs]
    assert len(kept) < len(four.rows)
    assert four.rows_for() == four.rows


def test_remove_and_move_rebuild_the_marks(four):
    four.remove(DEVELOPER)
    assert four.codes == [SECRETARY, NURSE, ELECTRICIAN]
    pay = row(four, "facts.pay")
    assert [c.marker for c in pay.cells] == ["lowest", "highest", ""]
    four.move(ELECTRICIAN, 0)
    assert four.codes == [ELECTRICIAN, SECRETARY, NURSE]
    assert [c.marker for c in row(four, "facts.pay").cells] == ["", "lowest", "highest"]
    four.move(ELECTRICIAN, 99)
    assert four.codes[-1] == ELECTRICIAN
    four.remove(NURSE)
    with pytest.raises(ComparisonError):
        four.remove(SECRETARY)  # a comparison keeps two careers
    with pytest.raises(ComparisonError):
        four.move("00-0000.00", 0)


def test_a_fifth_career_is_refused_and_repeats_ignored(careers):
    five = [careers[c] for c in [*FOUR, NO_WAGES]]
    with pytest.raises(ComparisonError) as error:
        build_comparison(five)
    assert "\n" not in str(error.value) and str(MAX_CAREERS) in str(error.value)
    comparison = build_comparison([careers[SECRETARY], careers[SECRETARY], careers[NURSE]])
    assert comparison.codes == [SECRETARY, NURSE]
    comparison.add(careers[NURSE])  # already there: ignored
    comparison.add(careers[DEVELOPER])
    comparison.add(careers[ELECTRICIAN])
    with pytest.raises(ComparisonError):
        comparison.add(careers[NO_WAGES])
    with pytest.raises(ComparisonError) as error:
        build_comparison([careers[SECRETARY], careers[SECRETARY]])
    assert "at least 2" in str(error.value)


def test_sections_choose_rows_and_unknown_ones_are_refused(careers):
    comparison = build_comparison([careers[SECRETARY], careers[NURSE]],
                                  sections=["pay", "what"])
    assert {r.section for r in comparison.rows} == {"pay", "what"}
    assert comparison.rows[0].section == "what"  # the profile's order, not the caller's
    assert not any(r.key == "pay.annual" for r in comparison.rows)  # no state chosen: the
    # nation's yearly pay is a quick fact
    with pytest.raises(ComparisonError, match="unknown section salary"):
        build_comparison([careers[SECRETARY], careers[NURSE]], sections=["salary"])
    comparison.set_state("Texas")
    comparison.set_sections(["pay"])
    assert [r.key for r in comparison.rows] == ["pay.annual", "pay.hourly", "pay.range"]


def test_building_four_is_fast(careers):
    chosen = [careers[c] for c in FOUR]
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        build_comparison(chosen, state="Texas")
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.150


def test_a_what_to_study_row_names_the_first_programs(store):
    """Issue 15 item 5: the comparison's 'What to study' row: the top three programs of
    study, how many more, or that the career is learned on the job."""
    from careerdesk.comparison import build_comparison

    c = build_comparison([store.career(x) for x in ("29-1141.00", "41-2011.00", "47-2111.00")])
    row = next(r for r in c.rows if r.key == "education.study")
    nurse, cashier, electrician = (cell.text for cell in row.cells)
    assert nurse.startswith("Registered Nursing; ") and nurse.endswith("more)")
    assert nurse.count(";") == 2
    assert cashier == "No program: learned on the job"
    assert electrician == "Electrician"
