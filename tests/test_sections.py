"""One profile, drawn once: ``careerdesk.sections`` feeds the printout's HTML and the command
line's text (the window's tabs: tests/ui/test_profile_view_sections.py), so the same headings,
labels and figures appear in each, in the same order, and a field added to the model shows
everywhere."""

from __future__ import annotations

import dataclasses
import html
import re

import pytest

from careerdesk import formatting as fmt
from careerdesk import profile, report, sections

CODES = ["43-6013.00", "29-1141.00", "29-1141.01", "55-1011.00", "15-1252.00"]


def plain(markup: str) -> str:
    """The HTML's text, as a reader sees it."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def careers(store):
    return {code: store.career(code) for code in CODES}


def test_sections_follow_the_printable_order_and_name_their_sources(careers):
    made = sections.profile(careers["43-6013.00"])
    keys = [s.key for s in made.sections]
    assert keys[:len(sections.PROFILE_KEYS)] == list(sections.PROFILE_KEYS)
    assert keys[len(sections.PROFILE_KEYS):] == ["next"]  # the text's next steps
    pay = made.section("pay")
    assert pay is not None and pay.heading == "Pay"
    assert any("Occupational Employment and Wage Statistics" in s for s in pay.sources)
    assert pay.full_heading() == "Pay (BLS OEWS, May 2025)"
    assert made.identity == "Field: Office and Administrative Support"
    assert made.codes == ("Codes: O*NET-SOC 43-6013.00; BLS figures: SOC 43-6013 Medical "
                          "Secretaries and Administrative Assistants.")


@pytest.mark.parametrize("code", CODES)
def test_every_fact_reads_the_same_on_paper_and_in_the_text(careers, code):
    career = careers[code]
    printed = plain(report.profile_html(career))
    text = flat(profile.to_text(career, "attribution"))
    facts = [f for s in sections.profile(career).sections for b in s.blocks for f in b.facts]
    assert len(facts) >= 4
    for fact in facts:
        assert f"{fact.label}: {fact.value}" in text
        if any(fact in b.facts for s in sections.profile(career).sections
               for b in s.blocks_for(sections.PRINT)):
            assert f"{fact.label} {fact.value}" in printed, fact


@pytest.mark.parametrize("code", CODES)
def test_headings_come_in_the_same_order_on_paper_and_in_the_text(careers, code):
    career = careers[code]
    printed = report.profile_html(career)
    text = profile.to_text(career, "attribution")
    made = sections.profile(career)
    printable = [s for s in made.sections if s.key in sections.PROFILE_KEYS]
    # the quick facts print as a strip of boxes without a heading, first
    # a section with nothing but "not available" is one line under "Not available for this
    # career", in the same order
    collapsed = [s for s in printable if report._only_missing(s) is not None]
    at_print = [printed.index(f"<a name='keep-{s.key}'>{html.escape(s.heading)}</a>")
                for s in printable if s.key != "quick" and s not in collapsed]
    missing = plain(printed).partition("Not available for this career ")[2]
    assert [missing.index(f"{s.heading}: ") for s in collapsed] == sorted(
        missing.index(f"{s.heading}: ") for s in collapsed)
    assert printed.index("<table") < at_print[0]
    at_text = [text.index("\n" + s.full_heading().upper() + "\n") for s in printable]
    assert at_print == sorted(at_print) and at_text == sorted(at_text)


def test_figures_match_the_database(careers):
    c = careers["43-6013.00"]
    text = profile.to_text(c, "attribution")
    printed = plain(report.profile_html(c, state="California"))
    for shown in (text, printed):
        assert "Typical pay a year" in shown and "$45,930" in shown and "$22.08" in shown
        assert "Growing like most jobs (+4.2%)" in shown and "85,900" in shown
        assert "Education to start" in shown and "High school diploma" in shown
        assert "High school diploma or equivalent" not in shown  # BLS's words: the tooltip's
        assert "https://www.bls.gov/ooh/office-and-administrative-support/" \
               "secretaries-and-administrative-assistants.htm" in shown.replace(" ", "")
    assert "Typical pay in California $54,490" in printed
    assert "Main tasks (11)" in text and "Other tasks (4)" in text
    assert "Main tasks: the top 5" in printed
    assert "CareerDesk lists 6 more main tasks and 4 other tasks." in printed


def test_missing_figures_read_not_available_everywhere(careers):
    c = careers["55-1011.00"]  # no tasks, no BLS figures
    text = profile.to_text(c, "attribution")
    printed = plain(report.profile_html(c))
    for shown in (text, printed):
        assert "$0" not in shown and " 0 " not in shown
        assert "BLS's wage survey (OEWS, May 2025) publishes no figures for this career, " \
            "so pay is not available." in " ".join(shown.split())
        assert "O*NET does not list tasks for this career: not available." in shown
        assert "not available: not rated by O*NET" in shown
    assert text.count(fmt.NOT_AVAILABLE) >= 4


def test_shared_soc_figures_say_so_everywhere(careers):
    c = careers["29-1141.01"]
    note = "Pay and job numbers are for the wider job group “Registered Nurses”."
    assert note in flat(profile.to_text(c, "attribution"))
    assert note in plain(report.profile_html(c))


def test_a_field_added_to_the_model_shows_in_the_printout_and_the_text(careers, monkeypatch):
    """The point of the model: one new Fact, and both views draw it."""
    made = sections._education

    def with_a_new_field(c):
        blocks = list(made(c))
        first = blocks[0]
        blocks[0] = dataclasses.replace(
            first, facts=(*first.facts, sections.Fact("Licence needed", "yes, in every state")))
        return tuple(blocks)

    monkeypatch.setattr(sections, "_education", with_a_new_field)
    c = careers["29-1141.00"]
    assert "Licence needed: yes, in every state" in profile.to_text(c, "attribution")
    assert "Licence needed yes, in every state" in plain(report.profile_html(c))


def test_unknown_sections_are_refused():
    with pytest.raises(ValueError, match="unknown section"):
        sections.check_sections(["pay", "salary"])
    assert sections.check_sections(["related", "pay"]) == ("pay", "related")


def test_paper_lists_are_cut_and_counted(careers):
    c = careers["43-6013.00"]
    technology = sections.profile(c).section("technology")
    assert technology is not None
    block = technology.blocks_for(sections.PRINT)[0]
    line = sections.paper_line(block)
    assert len(c.technology) > sections.TECHNOLOGY_PRINTED
    assert line.endswith(f"… and {len(c.technology) - sections.TECHNOLOGY_PRINTED} more")
    assert line.startswith("In demand: Microsoft Excel, ") and "(hot)" not in line
    # the screen gets every item
    assert len(block.items) == len(c.technology)


SOURCE_WORDS = ["Job Zone", "Job zone", "Postsecondary", "or equivalent", "(hot)", "hot)",
                "Replace vs assist", "Human capabilities", "importance ", "Conventional (",
                "Core tasks", "Supplemental tasks", "Median annual", "percentile)",
                "Near Vision", "Oral Comprehension", "Moderate-term", "About as fast as",
                "SOC 43-6013", "43-6013.00", "Employment 20"]


@pytest.mark.parametrize("code", ["43-6013.00", "29-1141.00", "15-1252.00"])
def test_the_profile_speaks_plain_words_and_keeps_codes_for_the_sources(careers, code):
    """What a student reads: no O*NET/BLS/AI-study terms; the codes only under the sources."""
    career = careers[code]
    text = profile.to_text(career, "attribution")
    body, sources = text.split("\nSOURCES\n")
    printed = plain(report.profile_html(career).split("keep-sources")[0])
    for shown in (flat(body), printed):
        for words in SOURCE_WORDS:
            assert words.replace("43-6013", career.soc.code).replace(
                "43-6013.00", career.code) not in shown, words
        assert "Preparation needed" in shown and " of 5)" in shown
        assert "How much of the work AI can do or speed up" in shown
        assert "Does AI take over tasks or help with them?" in shown
    assert career.code in sources and f"SOC {career.soc.code}" in sources
    c = careers["43-6013.00"]
    shown = flat(profile.to_text(c, "attribution"))
    for words in ["Education to start: High school diploma",
                  "Work experience: No work experience needed",
                  "Training once hired: Training on the job (1 to 12 months)",
                  "Preparation needed: some (2 of 5)",
                  "Key abilities: Understanding what people say",
                  "Organizing (Conventional): 6.7 of 7",
                  "Leans toward taking over tasks (0.67 on a scale from 0 to 1)"]:
        assert words in shown, words


def test_explanations_go_with_the_plain_words(careers):
    """Each reworded fact says what it means and keeps the source's own term."""
    made = sections.profile(careers["43-6013.00"])
    facts = {f.label: f for s in made.sections for b in s.blocks for f in b.facts}
    entry = facts["Education to start"]
    assert entry.source == "BLS: High school diploma or equivalent"
    assert "GED" in entry.explanation
    assert facts["Preparation needed"].source == "O*NET: Job Zone Two: Some Preparation Needed"
    assert "five levels" in facts["Preparation needed"].explanation
    assert facts["Job growth to 2034"].source == "BLS: About as fast as average"
    replace = facts["Does AI take over tasks or help with them?"]
    assert replace.source == "Replace vs assist (0–1)" and "0 means" in replace.explanation
    for fact in facts.values():
        if fact.label != fact.value:
            assert fact.meaning() or fact.label.startswith(("Typical pay in", "Bright")), fact


def screen_explanations(career) -> list[tuple[str, str]]:
    """The explanations the profile writes for the screen (the grade-9 check's input)."""
    found = []
    for section in sections.profile(career).sections:
        for block in section.blocks_for(sections.SCREEN):
            found += [(f"{section.key}: {f.label}", f.explanation) for f in block.facts
                      if f.explanation]
    return found


@pytest.mark.parametrize("code", CODES)
def test_the_printout_and_the_text_start_with_the_same_quick_facts(careers, code):
    from careerdesk.quick_facts import quick_facts

    career = careers[code]
    facts = quick_facts(career)
    text = profile.to_text(career, "attribution")
    printed = plain(report.profile_html(career))
    in_state = plain(report.profile_html(career, state="California")).split("What they do")[0]
    pay = quick_facts(career, "California")[0]
    assert f"{pay.heading} {pay.value}" in in_state
    head = text.split("\nQUICK FACTS\n")[1].split("\n\n")[0]
    assert text.index("QUICK FACTS") < text.index("WHAT THEY DO")
    assert [line.strip() for line in head.splitlines()] == [f.text() for f in facts]
    strip = printed.split("What they do")[0]
    for fact in facts:
        assert f"{fact.heading} {fact.value}" in strip, fact
    assert [strip.index(f.heading) for f in facts] == sorted(strip.index(f.heading)
                                                             for f in facts)


@pytest.mark.parametrize(("code", "shown"), [
    ("33-3051.00", "99%"),  # 663,800 of 670,520 police officers: not all of them
    ("43-5052.00", "100%"),  # every mail carrier works for the Postal Service
    ("41-3031.00", "less than 1%"),  # a few hundred of the sales agents: never "0%"
    ("43-6013.00", "6%"),
])
def test_the_pay_section_says_how_many_jobs_are_with_government_employers(store, code,
                                                                          shown):
    pay = sections.profile(store.career(code)).section("pay")
    facts = {f.label: f.value for b in pay.blocks if b.shown(sections.SCREEN) for f in b.facts}
    assert facts["Jobs with government employers"] == shown
