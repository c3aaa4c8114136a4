"""Plain words for the terms CareerDesk takes from its sources (O*NET, BLS, the AI studies).

Only what people read changes: the source values stay in the data (``careerdesk.model``,
the JSON output of ``careerdesk show --json``, a details or sources area). The reviewed list
of terms, where each is shown and what is shown instead, is ``docs/plain-words.md``.

Every function returns a ``Plain``:

``source``
    the value as the source publishes it ("Postsecondary nondegree award", "Job Zone Two:
    Some Preparation Needed"), for a sources area or the last line of a tooltip; None when
    the figure is not available.
``label``
    what to show instead, short enough for a result row, a table cell or a quick-facts strip
    ("Certificate after high school"); "not available" when the value is missing.
``explanation``
    one to three short sentences saying what it means, for a tooltip that the keyboard
    reaches or a "what does this mean?" line. Written to read at grade 9 or below
    (Flesch-Kincaid, checked per explanation by ``tests/test_wording.py``); "" when there is
    nothing to explain.

The functions, by where the term comes from:

* O*NET job zones: ``preparation(zone)`` ("Preparation needed: some (2 of 5)"),
  ``preparation_level(zone)`` ("some"), ``preparation_choice(zone)`` (the quiz's picker);
* BLS entry requirements: ``entry_education(category)``, ``work_experience(category)``,
  ``training(category)``; the derived ``time_to_enter(years_min, years_max, basis)``;
* O*NET's education levels (what workers say the job needs): ``education_level(label)``;
* BLS projections: ``outlook(category, percent_change)`` ("Growing fast (+12.3%)");
* O*NET ratings: ``importance(value)`` ("Very important (4.1 of 5)"),
  ``interest_rating(area, value)``, ``ability(name)`` ("Near Vision" → "Seeing details up
  close");
* O*NET technology marks: ``hot_technology()`` ("(hot)" → "in demand"), ``in_demand()``;
* the AI measures: ``ai_measure(key)``, with the keys of ``AiAssessment.methods``
  ("exposure", "replace_vs_assist", "human_capabilities") and "applicability",
  "conversation_share";
* everything else by key: ``term(key)`` (median pay, pay range, SOC code, Bright Outlook,
  core tasks ...; ``TERMS`` lists the keys), and ``soc_group(code, title)``;
* a career at a glance (result rows; meant for the quick-facts strip too):
  ``glance(median_wage=..., wage_top_coded=..., entry_education=..., outlook_category=...,
  percent_change=..., annual_openings=...)``, a list of ``Plain`` (Bright Outlook badge
  when it applies, "$45,930 a year", "High school diploma", "Growing like most jobs
  (+4.2%)"); show ``" · ".join(p.label for p in facts)`` and the explanations in the
  tooltip or a "what does this mean?" text.

For a tooltip, ``tooltip(plain)`` gives "label: explanation" plus, where the label differs
from the source, the source's own term on its own line ("BLS: Postsecondary nondegree
award").

``explanations()`` returns every explanation this module can write, for the readability test
and for anyone checking the wording.

Texts are marked with ``QT_TRANSLATE_NOOP("Wording", ...)`` and translated when looked up
(``careerdesk.i18n.translate``): English without a running app.
"""

from __future__ import annotations

from dataclasses import dataclass

from careerdesk import formatting as fmt
from careerdesk.i18n import QT_TRANSLATE_NOOP, translate
from careerdesk.model import SocGroup

CONTEXT = "Wording"


@dataclass(frozen=True)
class Plain:
    """A source's term or value in plain words (see the module's docstring)."""

    source: str | None
    label: str
    explanation: str = ""


def _t(text: str) -> str:
    return translate("Wording", text)


def _missing(source: str | None = None) -> Plain:
    return Plain(source, fmt.not_available())


# ------------------------------------------------------------------ O*NET job zones

# zone: (level word, the quiz picker's label, what it means)
_ZONES = {
    1: (QT_TRANSLATE_NOOP("Wording", "little or none"),
        QT_TRANSLATE_NOOP("Wording", "Little or no preparation"),
        QT_TRANSLATE_NOOP("Wording", "A few days to a few months of training on the job. "
                          "Some of these jobs ask for a high school diploma.")),
    2: (QT_TRANSLATE_NOOP("Wording", "some"),
        QT_TRANSLATE_NOOP("Wording", "Some preparation"),
        QT_TRANSLATE_NOOP("Wording", "Usually a high school diploma. You may also need "
                          "some training on the job or a little work experience.")),
    3: (QT_TRANSLATE_NOOP("Wording", "medium"),
        QT_TRANSLATE_NOOP("Wording", "Medium preparation"),
        QT_TRANSLATE_NOOP("Wording", "Usually a trade school, an apprenticeship or a "
                          "two-year college degree. You often need some work experience too.")),
    4: (QT_TRANSLATE_NOOP("Wording", "a lot"),
        QT_TRANSLATE_NOOP("Wording", "A lot of preparation"),
        QT_TRANSLATE_NOOP("Wording", "Usually a four-year college (bachelor's) degree. You "
                          "often need a few years of work experience too.")),
    5: (QT_TRANSLATE_NOOP("Wording", "a great deal"),
        QT_TRANSLATE_NOOP("Wording", "Extensive preparation"),
        QT_TRANSLATE_NOOP("Wording", "Usually more school after a four-year degree, such as "
                          "a master's, law or medical degree. Many also need years of work.")),
}
ZONES = tuple(_ZONES)
_ZONE_SCALE = QT_TRANSLATE_NOOP(
    "Wording", "O*NET sorts jobs into five levels by how much school, training and "
    "experience they need: 1 is the least and 5 the most.")


def preparation_level(zone: int | None) -> str:
    """The job zone as a word or two: "little or none", "some", "medium", "a lot", "a great
    deal"; "not available" without a zone."""
    if zone not in _ZONES:
        return fmt.not_available()
    return _t(_ZONES[zone][0])


def preparation(zone: int | None, source_name: str | None = None) -> Plain:
    """An O*NET job zone: label "Preparation needed: some (2 of 5)", the zone's meaning and
    the scale as the explanation. ``source_name`` is O*NET's name for the zone (the
    ``job_zone.name`` column, "Job Zone Two: Some Preparation Needed"), kept as the source."""
    if zone not in _ZONES:
        return _missing(source_name)
    label = _t("Preparation needed: {level} ({zone} of 5)").format(
        level=preparation_level(zone), zone=zone)
    return Plain(source_name or _t("Job zone {zone}").format(zone=zone), label,
                 _t(_ZONES[zone][2]) + " " + _t(_ZONE_SCALE))


def preparation_choice(zone: int) -> tuple[str, str]:
    """The quiz picker's (label, description) for a job zone: ("Some preparation", "Usually
    a high school diploma, plus ...")."""
    _, label, description = _ZONES[zone]
    return _t(label), _t(description)


# ------------------------------------------------------------------ BLS entry requirements

# BLS typical entry-level education: (label, explanation)
_EDUCATION = {
    "No formal educational credential": (
        QT_TRANSLATE_NOOP("Wording", "No diploma needed"),
        QT_TRANSLATE_NOOP("Wording", "You can usually start this job without a high school "
                          "diploma or any other diploma.")),
    "High school diploma or equivalent": (
        QT_TRANSLATE_NOOP("Wording", "High school diploma"),
        QT_TRANSLATE_NOOP("Wording", "You usually need a high school diploma or a GED to "
                          "start.")),
    "Some college, no degree": (
        QT_TRANSLATE_NOOP("Wording", "Some college classes"),
        QT_TRANSLATE_NOOP("Wording", "You usually need to take some college classes. You do "
                          "not need to finish a degree.")),
    "Postsecondary nondegree award": (
        QT_TRANSLATE_NOOP("Wording", "Certificate after high school"),
        QT_TRANSLATE_NOOP("Wording", "You usually need a certificate from a program after "
                          "high school, such as one at a community college or a trade "
                          "school. These programs last from a few weeks to two years.")),
    "Associate's degree": (
        QT_TRANSLATE_NOOP("Wording", "Associate's degree (2 years of college)"),
        QT_TRANSLATE_NOOP("Wording", "You usually need a two-year degree from a community "
                          "college or a similar school.")),
    "Bachelor's degree": (
        QT_TRANSLATE_NOOP("Wording", "Bachelor's degree (4 years of college)"),
        QT_TRANSLATE_NOOP("Wording", "You usually need a four-year college degree.")),
    "Master's degree": (
        QT_TRANSLATE_NOOP("Wording", "Master's degree (after college)"),
        QT_TRANSLATE_NOOP("Wording", "You usually need a four-year college degree and then "
                          "one or two more years of study.")),
    "Doctoral or professional degree": (
        QT_TRANSLATE_NOOP("Wording", "Doctoral or professional degree (such as medicine or "
                          "law)"),
        QT_TRANSLATE_NOOP("Wording", "You usually need a degree that takes several years "
                          "after college, such as one in medicine, law or a PhD.")),
}
_EDUCATION_NOTE = QT_TRANSLATE_NOOP(
    "Wording", "This is what most people need to get their first job in this career, "
    "according to BLS.")

# BLS work experience in a related occupation
_EXPERIENCE = {
    "None": (
        QT_TRANSLATE_NOOP("Wording", "No work experience needed"),
        QT_TRANSLATE_NOOP("Wording", "You do not need to have done a related job before.")),
    "Less than 5 years": (
        QT_TRANSLATE_NOOP("Wording", "Some work experience (under 5 years)"),
        QT_TRANSLATE_NOOP("Wording", "You usually need some time in a related job first, "
                          "up to five years.")),
    "5 years or more": (
        QT_TRANSLATE_NOOP("Wording", "5 or more years of work experience"),
        QT_TRANSLATE_NOOP("Wording", "You usually need at least five years in a related "
                          "job first.")),
}

# BLS typical on-the-job training
_TRAINING = {
    "None": (
        QT_TRANSLATE_NOOP("Wording", "No long training on the job"),
        QT_TRANSLATE_NOOP("Wording", "Once hired, you do not usually need extra training "
                          "to do the job well.")),
    "Short-term on-the-job training": (
        QT_TRANSLATE_NOOP("Wording", "Short training on the job (a month or less)"),
        QT_TRANSLATE_NOOP("Wording", "Once hired, you learn the job from other workers in a "
                          "month or less.")),
    "Moderate-term on-the-job training": (
        QT_TRANSLATE_NOOP("Wording", "Training on the job (1 to 12 months)"),
        QT_TRANSLATE_NOOP("Wording", "Once hired, you learn the job from other workers over "
                          "one to twelve months.")),
    "Long-term on-the-job training": (
        QT_TRANSLATE_NOOP("Wording", "Long training on the job (over a year)"),
        QT_TRANSLATE_NOOP("Wording", "Once hired, you train on the job for more than a year. "
                          "This can include classes.")),
    "Apprenticeship": (
        QT_TRANSLATE_NOOP("Wording", "Apprenticeship (paid training with classes)"),
        QT_TRANSLATE_NOOP("Wording", "You learn the trade in a paid program that mixes work "
                          "and classes. It often lasts several years.")),
    "Internship/residency": (
        QT_TRANSLATE_NOOP("Wording", "Internship or residency (supervised training)"),
        QT_TRANSLATE_NOOP("Wording", "After school, you work under experienced people for a "
                          "while before you work on your own. Doctors do this in a "
                          "residency.")),
}


def _category(table: dict[str, tuple[str, str]], category: str | None,
              note: str = "") -> Plain:
    if not category:
        return _missing()
    if category not in table:  # a category the sources add later: shown as published
        return Plain(category, category)
    label, text = table[category]
    return Plain(category, _t(label), _t(text) + (" " + _t(note) if note else ""))


def entry_education(category: str | None) -> Plain:
    """BLS typical entry-level education: "Postsecondary nondegree award" → "Certificate
    after high school"."""
    return _category(_EDUCATION, category, _EDUCATION_NOTE)


def work_experience(category: str | None) -> Plain:
    """BLS work experience in a related occupation: "None" → "No work experience needed"."""
    return _category(_EXPERIENCE, category)


def training(category: str | None) -> Plain:
    """BLS typical on-the-job training: "Moderate-term on-the-job training" → "Training on
    the job (1 to 12 months)"."""
    return _category(_TRAINING, category)


def entry_categories() -> dict[str, list[str]]:
    """The BLS categories this module words, by kind (for documentation and tests)."""
    return {"entry_education": list(_EDUCATION), "work_experience": list(_EXPERIENCE),
            "training": list(_TRAINING)}


# O*NET's education levels (the "Required Level of Education" scale workers answered), by
# the label's short form (before " - "): the chart of what workers say the job needs.
_EDUCATION_LEVELS = {
    "Less than a High School Diploma": QT_TRANSLATE_NOOP("Wording", "No high school diploma"),
    "High School Diploma": QT_TRANSLATE_NOOP("Wording", "High school diploma"),
    "Post-Secondary Certificate": QT_TRANSLATE_NOOP("Wording",
                                                    "Certificate after high school"),
    "Some College Courses": QT_TRANSLATE_NOOP("Wording", "Some college classes"),
    "Associate's Degree (or other 2-year degree)": QT_TRANSLATE_NOOP(
        "Wording", "Associate's degree (2 years)"),
    "Bachelor's Degree": QT_TRANSLATE_NOOP("Wording", "Bachelor's degree (4 years)"),
    "Post-Baccalaureate Certificate": QT_TRANSLATE_NOOP("Wording",
                                                        "Certificate after a bachelor's"),
    "Master's Degree": QT_TRANSLATE_NOOP("Wording", "Master's degree"),
    "Post-Master's Certificate": QT_TRANSLATE_NOOP("Wording", "Certificate after a master's"),
    "First Professional Degree": QT_TRANSLATE_NOOP("Wording", "Professional degree (such as "
                                                   "medicine or law)"),
    "Doctoral Degree": QT_TRANSLATE_NOOP("Wording", "Doctoral degree (PhD)"),
    "Post-Doctoral Training": QT_TRANSLATE_NOOP("Wording", "Training after a doctorate"),
}


def education_level(label: str) -> Plain:
    """One of O*NET's education levels (its full label, or the part before " - ") in plain
    words: "Post-Baccalaureate Certificate - awarded for ..." → "Certificate after a
    bachelor's". A label not in O*NET's list of 12 keeps its short form."""
    short = label.split(" - ", 1)[0].strip()
    words = _EDUCATION_LEVELS.get(short)
    return Plain(label, short if words is None else _t(words))


def education_levels() -> list[str]:
    """O*NET's education levels this module words (short forms), least to most."""
    return list(_EDUCATION_LEVELS)


def time_to_enter(years_min: float | None, years_max: float | None,
                  basis: str | None) -> Plain:
    """The typical time to get ready, after high school, from the ``entry_time`` table:
    label "Typical time to get ready: about 4 years after high school"; the explanation
    says how it is worked out (``basis`` "bls": from BLS's categories; "job_zone": from the
    O*NET job zone)."""
    if years_min is None or years_max is None:
        return _missing()
    years = fmt.years_range(years_min, years_max)
    if years_max <= 0:
        label = _t("Typical time to get ready: none after high school")
    else:
        label = _t("Typical time to get ready: {years} after high school").format(years=years)
    how = _t("CareerDesk adds up the usual length of the schooling, work experience and "
             "job training that BLS lists as typical.") if basis == "bls" else \
        _t("This comes from the O*NET preparation level of the job.")
    return Plain(years, label, how + " " + _t("It is a typical time. Paths differ from person "
                                              "to person."))


# ------------------------------------------------------------------ BLS projections

# BLS outlook band: (label, explanation)
_OUTLOOK = {
    "Much faster than average": (
        QT_TRANSLATE_NOOP("Wording", "Growing fast"),
        QT_TRANSLATE_NOOP("Wording", "BLS expects the number of these jobs to grow much "
                          "faster than for jobs overall, from 2024 to 2034.")),
    "Faster than average": (
        QT_TRANSLATE_NOOP("Wording", "Growing"),
        QT_TRANSLATE_NOOP("Wording", "BLS expects the number of these jobs to grow faster "
                          "than for jobs overall, from 2024 to 2034.")),
    "About as fast as average": (
        QT_TRANSLATE_NOOP("Wording", "Growing like most jobs"),
        QT_TRANSLATE_NOOP("Wording", "BLS expects the number of these jobs to grow about as "
                          "fast as for jobs overall, from 2024 to 2034.")),
    "Slower than average": (
        QT_TRANSLATE_NOOP("Wording", "Growing slowly"),
        QT_TRANSLATE_NOOP("Wording", "BLS expects the number of these jobs to grow, but more "
                          "slowly than for jobs overall, from 2024 to 2034.")),
    "Little or no change": (
        QT_TRANSLATE_NOOP("Wording", "Little or no change"),
        QT_TRANSLATE_NOOP("Wording", "BLS expects about as many of these jobs in 2034 as in "
                          "2024: the change is less than half of one percent.")),
    "Decline": (
        QT_TRANSLATE_NOOP("Wording", "Shrinking"),
        QT_TRANSLATE_NOOP("Wording", "BLS expects fewer of these jobs in 2034 than in "
                          "2024.")),
}


def outlook(category: str | None, percent_change: float | None = None) -> Plain:
    """A BLS outlook band in plain words, with the projected change when given:
    "Much faster than average", +12.3 → "Growing fast (+12.3%)"."""
    plain = _category(_OUTLOOK, category)
    if category and percent_change is not None:
        label = _t("{outlook} ({change})").format(outlook=plain.label,
                                                   change=fmt.signed_percent(percent_change))
        return Plain(plain.source, label, plain.explanation)
    return plain


def outlook_categories() -> list[str]:
    """The BLS outlook bands this module words, fastest growth first."""
    return list(_OUTLOOK)


# ------------------------------------------------------------------ O*NET ratings

# O*NET's importance scale anchors, 1 to 5.
_IMPORTANCE = [
    QT_TRANSLATE_NOOP("Wording", "Not important"),
    QT_TRANSLATE_NOOP("Wording", "Somewhat important"),
    QT_TRANSLATE_NOOP("Wording", "Important"),
    QT_TRANSLATE_NOOP("Wording", "Very important"),
    QT_TRANSLATE_NOOP("Wording", "Extremely important"),
]
_IMPORTANCE_SCALE = QT_TRANSLATE_NOOP(
    "Wording", "O*NET asked workers and experts how important this is for the job. It runs "
    "from 1 (not important) to 5 (extremely important).")


def importance(value: float | None) -> Plain:
    """An O*NET importance rating (1-5) in O*NET's own scale words: 4.1 → "Very important
    (4.1 of 5)"."""
    if value is None:
        return _missing()
    anchor = _IMPORTANCE[min(max(round(value), 1), 5) - 1]
    source = _t("importance {value} of 5").format(value=f"{value:.1f}")
    return Plain(source, _t("{words} ({value} of 5)").format(words=_t(anchor),
                                                              value=f"{value:.1f}"),
                 _t(_IMPORTANCE_SCALE))


_INTEREST_SCALE = QT_TRANSLATE_NOOP(
    "Wording", "O*NET rates how well each interest area fits the work, from 1 (not at all) "
    "to 7 (very well).")


def interest_rating(area: str, value: float | None) -> Plain:
    """An O*NET interest rating (1-7) of a RIASEC area: "Conventional", 6.7 → "Keeping
    things in order (Conventional): 6.7 of 7"."""
    from careerdesk.interests import AREAS, area_label

    name = area_label(area) if area in AREAS else area
    if value is None:
        return Plain(area, _t("{area}: {value}").format(area=name, value=fmt.not_available()))
    return Plain(_t("{area} ({value} of 7)").format(area=area, value=f"{value:.1f}"),
                 _t("{area}: {value} of 7").format(area=name, value=f"{value:.1f}"),
                 _t(_INTEREST_SCALE))


# O*NET's 52 abilities, named in plain words (O*NET's name stays the source).
_ABILITIES = {
    "Oral Comprehension": QT_TRANSLATE_NOOP("Wording", "Understanding what people say"),
    "Written Comprehension": QT_TRANSLATE_NOOP("Wording", "Understanding what you read"),
    "Oral Expression": QT_TRANSLATE_NOOP("Wording", "Explaining things out loud"),
    "Written Expression": QT_TRANSLATE_NOOP("Wording", "Explaining things in writing"),
    "Fluency of Ideas": QT_TRANSLATE_NOOP("Wording", "Coming up with many ideas"),
    "Originality": QT_TRANSLATE_NOOP("Wording", "Coming up with new ideas"),
    "Problem Sensitivity": QT_TRANSLATE_NOOP("Wording", "Noticing when something is wrong"),
    "Deductive Reasoning": QT_TRANSLATE_NOOP("Wording", "Using rules to solve problems"),
    "Inductive Reasoning": QT_TRANSLATE_NOOP("Wording", "Finding patterns and causes"),
    "Information Ordering": QT_TRANSLATE_NOOP("Wording", "Putting steps in the right order"),
    "Category Flexibility": QT_TRANSLATE_NOOP("Wording", "Sorting things in different ways"),
    "Mathematical Reasoning": QT_TRANSLATE_NOOP("Wording", "Picking the right math for a "
                                                "problem"),
    "Number Facility": QT_TRANSLATE_NOOP("Wording", "Doing math quickly and correctly"),
    "Memorization": QT_TRANSLATE_NOOP("Wording", "Remembering things"),
    "Speed of Closure": QT_TRANSLATE_NOOP("Wording", "Making sense of things quickly"),
    "Flexibility of Closure": QT_TRANSLATE_NOOP("Wording", "Spotting something hidden among "
                                                "other things"),
    "Perceptual Speed": QT_TRANSLATE_NOOP("Wording", "Comparing things quickly"),
    "Spatial Orientation": QT_TRANSLATE_NOOP("Wording", "Knowing where you are and where "
                                             "things are"),
    "Visualization": QT_TRANSLATE_NOOP("Wording", "Picturing how things look when moved"),
    "Selective Attention": QT_TRANSLATE_NOOP("Wording", "Staying focused despite "
                                             "distractions"),
    "Time Sharing": QT_TRANSLATE_NOOP("Wording", "Switching between tasks"),
    "Arm-Hand Steadiness": QT_TRANSLATE_NOOP("Wording", "Keeping your hand and arm steady"),
    "Manual Dexterity": QT_TRANSLATE_NOOP("Wording", "Skilled use of your hands"),
    "Finger Dexterity": QT_TRANSLATE_NOOP("Wording", "Small, exact finger movements"),
    "Control Precision": QT_TRANSLATE_NOOP("Wording", "Moving controls quickly and exactly"),
    "Multilimb Coordination": QT_TRANSLATE_NOOP("Wording", "Moving arms and legs together"),
    "Response Orientation": QT_TRANSLATE_NOOP("Wording", "Reacting fast with the right "
                                              "move"),
    "Rate Control": QT_TRANSLATE_NOOP("Wording", "Timing your moves to something moving"),
    "Reaction Time": QT_TRANSLATE_NOOP("Wording", "Reacting quickly"),
    "Wrist-Finger Speed": QT_TRANSLATE_NOOP("Wording", "Fast, simple hand movements"),
    "Speed of Limb Movement": QT_TRANSLATE_NOOP("Wording", "Moving arms and legs quickly"),
    "Static Strength": QT_TRANSLATE_NOOP("Wording", "Lifting, pushing or pulling heavy "
                                         "things"),
    "Explosive Strength": QT_TRANSLATE_NOOP("Wording", "Quick bursts of strength, such as "
                                            "jumping"),
    "Dynamic Strength": QT_TRANSLATE_NOOP("Wording", "Using your muscles again and again"),
    "Trunk Strength": QT_TRANSLATE_NOOP("Wording", "A strong back and stomach"),
    "Stamina": QT_TRANSLATE_NOOP("Wording", "Keeping up hard physical work"),
    "Extent Flexibility": QT_TRANSLATE_NOOP("Wording", "Bending, stretching and reaching"),
    "Dynamic Flexibility": QT_TRANSLATE_NOOP("Wording", "Bending and stretching quickly, "
                                             "again and again"),
    "Gross Body Coordination": QT_TRANSLATE_NOOP("Wording", "Moving your whole body "
                                                 "smoothly"),
    "Gross Body Equilibrium": QT_TRANSLATE_NOOP("Wording", "Keeping your balance"),
    "Near Vision": QT_TRANSLATE_NOOP("Wording", "Seeing details up close"),
    "Far Vision": QT_TRANSLATE_NOOP("Wording", "Seeing details far away"),
    "Visual Color Discrimination": QT_TRANSLATE_NOOP("Wording", "Telling colors apart"),
    "Night Vision": QT_TRANSLATE_NOOP("Wording", "Seeing in low light"),
    "Peripheral Vision": QT_TRANSLATE_NOOP("Wording", "Seeing to the side while looking "
                                           "ahead"),
    "Depth Perception": QT_TRANSLATE_NOOP("Wording", "Judging how far away things are"),
    "Glare Sensitivity": QT_TRANSLATE_NOOP("Wording", "Seeing well in glare or bright "
                                           "light"),
    "Hearing Sensitivity": QT_TRANSLATE_NOOP("Wording", "Hearing small differences in "
                                             "sounds"),
    "Auditory Attention": QT_TRANSLATE_NOOP("Wording", "Picking out one sound among "
                                            "others"),
    "Sound Localization": QT_TRANSLATE_NOOP("Wording", "Telling where a sound comes from"),
    "Speech Recognition": QT_TRANSLATE_NOOP("Wording", "Understanding how people speak"),
    "Speech Clarity": QT_TRANSLATE_NOOP("Wording", "Speaking clearly"),
}


def ability(name: str) -> Plain:
    """An O*NET ability in plain words: "Near Vision" → "Seeing details up close" (O*NET's
    name stays the source; the explanation is O*NET's description, in the data). A name not
    in O*NET's list of 52 is returned as it is."""
    words = _ABILITIES.get(name)
    return Plain(name, name if words is None else _t(words))


def ability_names() -> list[str]:
    """O*NET's ability names this module words, in O*NET's order."""
    return list(_ABILITIES)


# ------------------------------------------------------------------ the AI measures

# key: (the source's name, the plain question, explanation)
_AI = {
    "exposure": (
        QT_TRANSLATE_NOOP("Wording", "Exposure to AI (share of tasks)"),
        QT_TRANSLATE_NOOP("Wording", "How much of the work AI can do or speed up"),
        QT_TRANSLATE_NOOP("Wording", "Researchers looked at each task of the job. This is "
                          "the share of tasks that AI tools could do or make much faster.")),
    "replace_vs_assist": (
        QT_TRANSLATE_NOOP("Wording", "Replace vs assist (0–1)"),
        QT_TRANSLATE_NOOP("Wording", "Does AI take over tasks or help with them?"),
        QT_TRANSLATE_NOOP("Wording", "0 means AI only helps the worker. 1 means AI could do "
                          "the tasks alone. Most jobs are in between.")),
    "human_capabilities": (
        QT_TRANSLATE_NOOP("Wording", "Human capabilities (0–100)"),
        QT_TRANSLATE_NOOP("Wording", "How much the job needs human strengths"),
        QT_TRANSLATE_NOOP("Wording", "A higher number means the job needs more care for "
                          "people, leading, new ideas or hands-on work. CareerDesk works it "
                          "out from O*NET ratings.")),
    "applicability": (
        QT_TRANSLATE_NOOP("Wording", "AI applicability score (Microsoft Research)"),
        QT_TRANSLATE_NOOP("Wording", "How much people already use an AI helper for this "
                          "work"),
        QT_TRANSLATE_NOOP("Wording", "A Microsoft study looked at what people asked an AI "
                          "helper to do. The score, from 0 to 1, is higher when people often "
                          "asked for help with this job's work and the AI did it well.")),
    "conversation_share": (
        QT_TRANSLATE_NOOP("Wording", "Share of Claude.ai conversations"),
        QT_TRANSLATE_NOOP("Wording", "Share of AI chats about this job's tasks"),
        QT_TRANSLATE_NOOP("Wording", "Out of a sample of chats with the Claude AI, the "
                          "percent that were about this job's tasks.")),
}
AI_KEYS = tuple(_AI)


def ai_measure(key: str) -> Plain:
    """One of the AI measures by its key (``AI_KEYS``): the source's name ("Replace vs
    assist (0–1)"), the plain question as the label, and what it means."""
    source, label, text = _AI[key]
    return Plain(_t(source), _t(label), _t(text))


# ------------------------------------------------------------------ other terms

# key: (the source's term, what to show instead, explanation)
_TERMS = {
    "median_pay": (
        QT_TRANSLATE_NOOP("Wording", "Median annual wage"),
        QT_TRANSLATE_NOOP("Wording", "Typical pay"),
        QT_TRANSLATE_NOOP("Wording", "The middle pay: half the workers earn more than this "
                          "and half earn less.")),
    "pay_range": (
        QT_TRANSLATE_NOOP("Wording", "10th to 90th percentile"),
        QT_TRANSLATE_NOOP("Wording", "Pay of most workers"),
        QT_TRANSLATE_NOOP("Wording", "One in ten workers earns less than the low figure, "
                          "and one in ten earns more than the high one.")),
    "top_coded": (
        QT_TRANSLATE_NOOP("Wording", "Top-coded wage"),
        QT_TRANSLATE_NOOP("Wording", "or more"),
        QT_TRANSLATE_NOOP("Wording", "BLS does not publish pay above this amount. The real "
                          "figure is this much or more.")),
    "employment": (
        QT_TRANSLATE_NOOP("Wording", "Employment"),
        QT_TRANSLATE_NOOP("Wording", "People in this job"),
        QT_TRANSLATE_NOOP("Wording", "How many people in the U.S. do this work.")),
    "openings": (
        QT_TRANSLATE_NOOP("Wording", "Annual openings"),
        QT_TRANSLATE_NOOP("Wording", "Job openings a year"),
        QT_TRANSLATE_NOOP("Wording", "About how many jobs open each year. Most open when "
                          "workers retire or change jobs, and some are new jobs.")),
    "outlook": (
        QT_TRANSLATE_NOOP("Wording", "Employment change, projected 2024–34"),
        QT_TRANSLATE_NOOP("Wording", "Job growth to 2034"),
        QT_TRANSLATE_NOOP("Wording", "BLS guesses how the number of these jobs will change "
                          "by 2034 and compares it with all jobs.")),
    "bright_outlook": (
        QT_TRANSLATE_NOOP("Wording", "Bright Outlook"),
        QT_TRANSLATE_NOOP("Wording", "Bright outlook"),
        QT_TRANSLATE_NOOP("Wording", "New jobs are likely here. The job is growing fast, or "
                          "it will have 100,000 or more openings from 2024 to 2034.")),
    "soc": (
        QT_TRANSLATE_NOOP("Wording", "SOC code"),
        QT_TRANSLATE_NOOP("Wording", "Job group"),
        QT_TRANSLATE_NOOP("Wording", "The government sorts jobs into groups, each with a "
                          "code. BLS counts pay and jobs for a whole group, which can hold "
                          "several careers.")),
    "job_zone": (
        QT_TRANSLATE_NOOP("Wording", "Job zone"),
        QT_TRANSLATE_NOOP("Wording", "Preparation needed"),
        _ZONE_SCALE),
    "entry_education": (
        QT_TRANSLATE_NOOP("Wording", "Typical education needed for entry"),
        QT_TRANSLATE_NOOP("Wording", "Education to start"),
        _EDUCATION_NOTE),
    "work_experience": (
        QT_TRANSLATE_NOOP("Wording", "Work experience in a related occupation"),
        QT_TRANSLATE_NOOP("Wording", "Work experience"),
        QT_TRANSLATE_NOOP("Wording", "Time you usually need in a related job before you can "
                          "start this one, according to BLS.")),
    "training": (
        QT_TRANSLATE_NOOP("Wording", "Typical on-the-job training"),
        QT_TRANSLATE_NOOP("Wording", "Training once hired"),
        QT_TRANSLATE_NOOP("Wording", "The training most new workers get on the job to become "
                          "good at it, according to BLS.")),
    "time_to_enter": (
        QT_TRANSLATE_NOOP("Wording", "Time to enter (estimate)"),
        QT_TRANSLATE_NOOP("Wording", "Typical time to get ready"),
        QT_TRANSLATE_NOOP("Wording", "About how long it takes after high school to be ready "
                          "for a first job in this career.")),
    "hot_technology": (
        QT_TRANSLATE_NOOP("Wording", "Hot technology"),
        QT_TRANSLATE_NOOP("Wording", "in demand"),
        QT_TRANSLATE_NOOP("Wording", "Employers often ask for this in job ads, across many "
                          "jobs.")),
    "in_demand": (
        QT_TRANSLATE_NOOP("Wording", "In demand"),
        QT_TRANSLATE_NOOP("Wording", "often asked for in this job"),
        QT_TRANSLATE_NOOP("Wording", "Job ads for this career often ask for it.")),
    "importance": (
        QT_TRANSLATE_NOOP("Wording", "Importance (1–5)"),
        QT_TRANSLATE_NOOP("Wording", "How important"),
        _IMPORTANCE_SCALE),
    "interest_rating": (
        QT_TRANSLATE_NOOP("Wording", "Occupational Interests (1–7)"),
        QT_TRANSLATE_NOOP("Wording", "How well it fits an interest"),
        _INTEREST_SCALE),
    "riasec": (
        QT_TRANSLATE_NOOP("Wording", "RIASEC"),
        QT_TRANSLATE_NOOP("Wording", "Interest areas"),
        QT_TRANSLATE_NOOP("Wording", "Six kinds of work people enjoy, such as building "
                          "things or helping people.")),
    "core_tasks": (
        QT_TRANSLATE_NOOP("Wording", "Core tasks"),
        QT_TRANSLATE_NOOP("Wording", "Main tasks"),
        QT_TRANSLATE_NOOP("Wording", "The tasks that matter most in this job and that most "
                          "workers do.")),
    "supplemental_tasks": (
        QT_TRANSLATE_NOOP("Wording", "Supplemental tasks"),
        QT_TRANSLATE_NOOP("Wording", "Other tasks"),
        QT_TRANSLATE_NOOP("Wording", "Tasks some workers in this job do, but not all.")),
    "major_group": (
        QT_TRANSLATE_NOOP("Wording", "SOC major group"),
        QT_TRANSLATE_NOOP("Wording", "Field"),
        QT_TRANSLATE_NOOP("Wording", "The broad area of work, such as health care or "
                          "building.")),
    "abilities": (
        QT_TRANSLATE_NOOP("Wording", "Abilities"),
        QT_TRANSLATE_NOOP("Wording", "Key abilities"),
        QT_TRANSLATE_NOOP("Wording", "Talents that help a person do the work.")),
    "work_styles": (
        QT_TRANSLATE_NOOP("Wording", "Work styles"),
        QT_TRANSLATE_NOOP("Wording", "Personal qualities"),
        QT_TRANSLATE_NOOP("Wording", "Ways of acting that help on the job, such as being "
                          "careful or honest.")),
}
TERMS = tuple(_TERMS)


def term(key: str) -> Plain:
    """A term by key (``TERMS``): the source's own term, what to show instead, and what it
    means. ``term("hot_technology").label`` is "in demand"."""
    source, label, text = _TERMS[key]
    return Plain(_t(source), _t(label), _t(text))


def hot_technology() -> Plain:
    """O*NET's "hot technology" mark, shown as "in demand"."""
    return term("hot_technology")


def in_demand() -> Plain:
    """O*NET's "in demand" mark (for this occupation), shown as "often asked for in this
    job"."""
    return term("in_demand")


def soc_group(code: str, title: str | None) -> Plain:
    """The SOC occupation BLS figures belong to: label "Pay and job numbers are for the
    wider job group “Registered Nurses”", the code kept as the source (for a details or
    sources area)."""
    name = title or code
    return Plain(_t("SOC {code}").format(code=code),
                 _t("Pay and job numbers are for the wider job group “{title}”.").format(
                     title=name),
                 term("soc").explanation)


def figures_group(soc: SocGroup, career_title: str, *,
                  requirements: bool = False) -> Plain | None:
    """Whose figures a career's BLS pay and job numbers (``requirements``: BLS's education
    and training needs) are, when not the career's own alone: the combined BLS group BLS
    publishes the career in ("figures for the combined BLS group “Home Health and Personal
    Care Aides”"), the wider job group it shares with other careers, or the whole of a
    group named like the career. None when the figures are the career's own or BLS
    publishes none. The source is the code BLS publishes the figures under."""
    name = soc.figures_title
    if soc.combined_code and name:
        text = _t("These are BLS figures for the combined BLS group “{title}”: BLS counts "
                  "this career together with similar jobs and has no figures for it alone.")
        return Plain(_t("SOC {code}").format(code=soc.combined_code), text.format(title=name),
                     term("soc").explanation)
    if not soc.shared or not name:
        return None
    if _same_name(name, career_title):
        text = _t("BLS gives these for all of “{title}”, including the more specialized "
                  "careers O*NET lists under it.") if requirements else \
            _t("Pay and job numbers are for all of “{title}”, including the more "
               "specialized careers O*NET lists under it.")
        return Plain(_t("SOC {code}").format(code=soc.code), text.format(title=name),
                     term("soc").explanation)
    if requirements:
        return Plain(_t("SOC {code}").format(code=soc.code),
                     _t("BLS gives these for the wider job group “{title}”, which includes "
                        "this career.").format(title=name), term("soc").explanation)
    return soc_group(soc.code, name)


def _same_name(one: str, other: str) -> bool:
    def words(text: str) -> str:
        return " ".join(text.lower().replace(",", " ").split())
    return words(one) == words(other)


# ------------------------------------------------------------------ a career at a glance


def glance(*, median_wage: int | None, wage_top_coded: bool, entry_education: str | None,
           outlook_category: str | None, percent_change: float | None,
           annual_openings: int | None, median_hourly: float | None = None) -> list[Plain]:
    """A career's figures at a glance, for a result row or a quick-facts strip: the Bright
    Outlook badge when it applies, pay a year (BLS's national median; an hour where BLS
    publishes only that), education to start, outlook; a missing one reads "Pay: not
    available" and so on."""
    from careerdesk.outlook import bright_badge, bright_outlook, bright_summary

    facts: list[Plain] = []
    if bright_outlook(percent_change, annual_openings):  # the rule, with its thresholds
        facts.append(Plain(term("bright_outlook").source, bright_badge(), bright_summary()))
    if median_wage is None and median_hourly is not None:  # actors, musicians ...
        hourly = fmt.money(median_hourly, cents=True)
        facts.append(Plain(hourly, _t("{pay} an hour").format(pay=hourly),
                           term("median_pay").explanation))
    elif median_wage is None:
        facts.append(Plain(None, _t("Pay: not available")))
    else:
        facts.append(Plain(fmt.money(median_wage, top_coded=wage_top_coded),
                           _t("{pay} a year").format(
                               pay=fmt.money(median_wage, top_coded=wage_top_coded)),
                           term("median_pay").explanation))
    facts.append(entry_education_plain(entry_education))
    plain = outlook(outlook_category, percent_change)
    facts.append(plain if outlook_category else Plain(None, _t("Outlook: not available")))
    return facts


def entry_education_plain(category: str | None) -> Plain:
    """``entry_education``, reading "Education: not available" when missing (a glance's
    item names what is missing)."""
    if not category:
        return Plain(None, _t("Education: not available"))
    return entry_education(category)


def explain(facts: list[Plain], job_zone: int | None = None) -> list[str]:
    """What each fact of a ``glance`` means (``tooltip`` of each, BLS's own term kept), and
    the preparation the job zone asks for: for a row's tooltip or its "what does this
    mean?" text."""
    found = [tooltip(fact, "BLS") for fact in facts if fact.explanation]
    if job_zone is not None:
        found.append(tooltip(preparation(job_zone), "O*NET"))
    return found


def tooltip(plain: Plain, publisher: str = "") -> str:
    """"label: explanation", and the source's own term on a second line when it differs
    ("BLS: Postsecondary nondegree award", with ``publisher`` "BLS")."""
    text = plain.label if not plain.explanation else _t("{label}: {explanation}").format(
        label=plain.label, explanation=plain.explanation)
    if plain.source and plain.source != plain.label:
        source = _t("{publisher}: {term}").format(publisher=publisher, term=plain.source) \
            if publisher else plain.source
        text += "\n" + source
    return text


# ------------------------------------------------------------------ for tests and docs


def explanations() -> list[tuple[str, str]]:
    """(where, explanation) for every explanation this module can write, with sample values
    where one has fields."""
    found: list[tuple[str, str]] = []
    for zone in ZONES:
        found.append((f"preparation({zone})", preparation(zone).explanation))
        found.append((f"preparation_choice({zone})", preparation_choice(zone)[1]))
    for kind, categories in entry_categories().items():
        function = {"entry_education": entry_education, "work_experience": work_experience,
                    "training": training}[kind]
        for category in categories:
            found.append((f"{kind}({category!r})", function(category).explanation))
    for basis in ("bls", "job_zone"):
        found.append((f"time_to_enter(basis={basis!r})",
                      time_to_enter(4.0, 4.0, basis).explanation))
    for category in outlook_categories():
        found.append((f"outlook({category!r})", outlook(category, 1.0).explanation))
    found.append(("importance", importance(4.1).explanation))
    found.append(("interest_rating", interest_rating("Conventional", 6.7).explanation))
    for key in AI_KEYS:
        found.append((f"ai_measure({key!r})", ai_measure(key).explanation))
    for key in TERMS:
        found.append((f"term({key!r})", term(key).explanation))
    found.append(("soc_group", soc_group("29-1141", "Registered Nurses").explanation))
    return found
