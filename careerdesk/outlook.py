"""Outlook categories: BLS 2024-34 projected growth compared with the all-occupation average.

This is the one place the bands are defined; the importer stores each occupation's
category and the app explains the bands from ``describe_bands``.
"""

from __future__ import annotations

from careerdesk.i18n import translate

# BLS Employment Projections 2024-34, Table 1.2, "Total, all occupations".
ALL_OCCUPATIONS_CHANGE = 3.1

# Where the band names come from: BLS's Occupational Outlook Handbook says how an
# occupation's projected employment change compares with the average for all occupations
# with these six phrases, and prints the change as a whole percent.
HANDBOOK_BANDS_URL = "https://www.bls.gov/ooh/about/occupational-information-included-in-the-ooh.htm"

# Band edges, in percentage points above or below the all-occupation average (BLS's
# figures have one decimal). Growth bands sit around the average: "about as fast" is
# within 1.5 points of it, "faster" up to 4 points above it and "much faster" beyond.
# The bottom bands are fixed around zero, as the Handbook words them: a change that rounds
# to 0 % is "little or no change", a loss that rounds to 1 % or more is a "decline", and
# growth between those and "about as fast" is "slower than average". So a career with
# fewer jobs in 2034 than in 2024 is never "slower than average".
LITTLE_OR_NO_CHANGE = 0.4  # a change of at most 0.4 % either way rounds to 0 %
# (lowest percent change relative to the average, category, trend for the AI label)
_BANDS: list[tuple[float, str, str]] = [
    (4.0, "Much faster than average", "growing"),
    (1.5, "Faster than average", "growing"),
    (-1.5, "About as fast as average", "stable"),
    (round(LITTLE_OR_NO_CHANGE + 0.1 - ALL_OCCUPATIONS_CHANGE, 1), "Slower than average",
     "stable"),
    (round(-LITTLE_OR_NO_CHANGE - ALL_OCCUPATIONS_CHANGE, 1), "Little or no change", "flat"),
    (float("-inf"), "Decline", "declining"),
]

CATEGORIES = [category for _, category, _ in _BANDS]


def category(percent_change: float | None, average: float = ALL_OCCUPATIONS_CHANGE) -> str | None:
    """The outlook category for a projected percent change, or None when there is none."""
    if percent_change is None:
        return None
    difference = round(percent_change - average, 1)  # BLS publishes one decimal
    for lowest, name, _ in _BANDS:
        if difference >= lowest:
            return name
    raise AssertionError("unreachable: the last band has no lower bound")


def trend(category_name: str | None) -> str:
    """Collapse a category to growing, stable (growing about as fast as or slower than
    average), flat (little or no change) or declining ('unknown' when missing)."""
    for _, name, direction in _BANDS:
        if name == category_name:
            return direction
    return "unknown"


def describe_bands(average: float = ALL_OCCUPATIONS_CHANGE) -> str:
    """The bands in words, with the percent changes they cover and where they come from (one
    paragraph: screens and printouts show it as running text)."""
    bands = []
    upper: float | None = None
    for lowest, name, _ in _BANDS:
        low = round(average + lowest, 1)
        if upper is None:
            bands.append(f"{name}: {low:+.1f}% or more")
        elif lowest == float("-inf"):
            bands.append(f"{name}: {upper - 0.1:+.1f}% or lower (fewer jobs in 2034)")
        else:
            bands.append(f"{name}: {low:+.1f}% to {upper - 0.1:+.1f}%")
        upper = low
    return (
        f"BLS's outlook phrases compare the projected change from 2024 to 2034 with the "
        f"average for all occupations ({average:+.1f}%). {'; '.join(bands)}. The phrases are "
        f"those of BLS's Occupational Outlook Handbook ({HANDBOOK_BANDS_URL}), which prints "
        "each change as a whole percent. Around zero CareerDesk follows that rounding: a "
        "change that rounds to 0% is little or no change, a loss that rounds to 1% or more is "
        "a decline. The edges between the growth phrases are CareerDesk's reading of the "
        "Handbook around the average, so a career close to an edge may be worded differently "
        "on the Handbook's page.")


# ------------------------------------------------------------------ Bright Outlook
#
# O*NET's "Bright Outlook" mark, applied to the BLS 2024-34 projections in the database.
# O*NET's published criteria (https://www.onetcenter.org/initiatives.html, "Bright Outlook"):
# an occupation is Bright Outlook when it matches at least one of
#   * "projected to grow rapidly": employment growth in the Occupational Outlook Handbook's
#     fast-growth designation over the projection period;
#   * "projected to have large numbers of openings": 100,000 or more job openings over the
#     projection period (openings from growth and from replacing workers who leave);
#   * "new & emerging" occupations in high-growth industries.
# O*NET's Web Services reference for the 2024-34 projections
# (https://services.onetcenter.org/v1.9/reference/veterans/career/outlook) calls careers that
# are not Bright but grow at least 5 % "Average", so the growth threshold lies above 5 %: the
# Handbook's "much faster than average" band (+7.1 % or more against the +3.1 % average,
# ``_BANDS`` above), not "faster than average" (+4.6 %). BLS publishes openings as a yearly
# average over the ten years, so 100,000 over the period is 10,000 or more a year.
# "New & emerging" has no data in CareerDesk and is not applied.

BRIGHT_GROWTH_CATEGORY = "Much faster than average"
BRIGHT_OPENINGS_PERIOD = 100_000  # job openings over the ten projection years
PROJECTION_YEARS = 10
BRIGHT_OPENINGS_A_YEAR = BRIGHT_OPENINGS_PERIOD // PROJECTION_YEARS
BRIGHT_CRITERIA_URL = "https://www.onetcenter.org/initiatives.html"
BRIGHT_CATEGORIES_URL = "https://services.onetcenter.org/v1.9/reference/veterans/career/outlook"
BRIGHT_BADGE = "☀"  # U+2600, drawn by DejaVu Sans (checked by tests/test_outlook.py)


class BrightOutlook:
    """Whether a career's SOC occupation meets O*NET's Bright Outlook criteria (2024-34).

    ``grows_rapidly`` and ``many_openings`` are None when the figure is not available.
    """

    __slots__ = ("grows_rapidly", "many_openings", "percent_change", "annual_openings")

    def __init__(self, percent_change: float | None, annual_openings: int | None,
                 average: float = ALL_OCCUPATIONS_CHANGE) -> None:
        self.percent_change = percent_change
        self.annual_openings = annual_openings
        self.grows_rapidly: bool | None = None if percent_change is None else \
            category(percent_change, average) == BRIGHT_GROWTH_CATEGORY
        self.many_openings: bool | None = None if annual_openings is None else \
            annual_openings * PROJECTION_YEARS >= BRIGHT_OPENINGS_PERIOD

    @property
    def qualifies(self) -> bool:
        """True when at least one criterion is met."""
        return bool(self.grows_rapidly or self.many_openings)

    @property
    def known(self) -> bool:
        """False when neither figure is available (the answer is "not available")."""
        return self.grows_rapidly is not None or self.many_openings is not None

    def criteria_met(self) -> list[str]:
        """The criteria met, in two or three words each (empty when none is)."""
        return [text for met, text in (
            (self.grows_rapidly, translate("Outlook", "grows rapidly")),
            (self.many_openings, translate("Outlook", "many job openings"))) if met]

    def verdict(self) -> str | None:
        """One line for a table or a printout: the badge and the criteria met, "does not meet
        the criteria", or None when the figures are not available."""
        if self.qualifies:
            return f"{bright_badge()} ({', '.join(self.criteria_met())})"
        if not self.known:
            return None
        return translate("Outlook", "Does not meet the Bright Outlook criteria")

    def reasons(self) -> list[str]:
        """The criteria met, in words with the figures (empty when none is)."""
        found = []
        if self.grows_rapidly and self.percent_change is not None:
            found.append(translate(
                "Outlook", "projected to grow much faster than average ({change} from 2024 "
                "to 2034)").format(change=f"{self.percent_change:+.1f}%"))
        if self.many_openings and self.annual_openings is not None:
            found.append(translate(
                "Outlook", "a large number of job openings (about {openings} a year, "
                "{total} over 2024–34)").format(
                    openings=f"{self.annual_openings:,}",
                    total=f"{self.annual_openings * PROJECTION_YEARS:,}"))
        return found


def bright_outlook(percent_change: float | None, annual_openings: int | None) -> bool:
    """True when the figures meet O*NET's Bright Outlook criteria (see ``BrightOutlook``)."""
    return BrightOutlook(percent_change, annual_openings).qualifies


def bright_badge() -> str:
    """The badge's text: a sun and the words (the words alone say it)."""
    return BRIGHT_BADGE + " " + translate("Outlook", "Bright outlook")


def bright_summary() -> str:
    """The rule in one sentence, for a badge's tooltip or accessible description."""
    return translate(
        "Outlook", "Bright Outlook (O*NET's criteria, applied to the BLS projections "
        "2024–34): projected to grow much faster than average ({growth} or more) or to have "
        "{openings} or more job openings over the ten years ({a_year} a year).").format(
            growth=f"{ALL_OCCUPATIONS_CHANGE + _growth_margin():+.1f}%",
            openings=f"{BRIGHT_OPENINGS_PERIOD:,}", a_year=f"{BRIGHT_OPENINGS_A_YEAR:,}") \
        + " " + translate("Outlook", "The growth figure is CareerDesk's reading of O*NET's "
                          "criteria, not a number from O*NET.")


def _growth_margin() -> float:
    return next(lowest for lowest, name, _ in _BANDS if name == BRIGHT_GROWTH_CATEGORY)


def bright_rule() -> list[str]:
    """The rule in full, one paragraph per item, with its sources (plain text)."""
    growth = f"{ALL_OCCUPATIONS_CHANGE + _growth_margin():+.1f}%"
    return [
        translate("Outlook", "Bright Outlook marks careers where new job opportunities are "
                  "likely in the next several years. It is a mark of the O*NET program of the "
                  "U.S. Department of Labor; CareerDesk applies O*NET's published criteria to "
                  "the BLS Employment Projections 2024–34 in its database."),
        translate("Outlook", "A career has a bright outlook when its occupation meets at "
                  "least one of these:"),
        translate("Outlook", "Grows rapidly: employment is projected to grow much faster "
                  "than the average for all occupations, that is by {growth} or more from 2024 "
                  "to 2034 (the average is {average}). This percentage is not a number from "
                  "O*NET: CareerDesk works it out from O*NET's criteria and its job outlook "
                  "categories, which call some careers growing by 5% or more \"Average\", "
                  "not Bright. So a career close to the line may be marked differently on "
                  "O*NET's own websites.").format(
                      growth=growth, average=f"{ALL_OCCUPATIONS_CHANGE:+.1f}%"),
        translate("Outlook", "Many job openings: {openings} or more job openings are "
                  "expected from 2024 to 2034. This counts new jobs and jobs that open when "
                  "workers retire or change careers. BLS gives a yearly average, so that is "
                  "{a_year} or more a year.").format(openings=f"{BRIGHT_OPENINGS_PERIOD:,}",
                                   a_year=f"{BRIGHT_OPENINGS_A_YEAR:,}"),
        translate("Outlook", "O*NET's third criterion is for new and emerging jobs in "
                  "fast-growing industries. CareerDesk has no data for it, so it is not "
                  "applied."),
        translate("Outlook", "BLS publishes its figures for SOC occupations, the "
                  "government's groups of similar jobs. Careers that share one SOC "
                  "occupation share its figures and its badge. Careers without BLS "
                  "projections show none."),
        translate("Outlook", "Sources: O*NET Resource Center, Bright Outlook criteria, "
                  "{criteria}; O*NET Web Services, job outlook categories for 2024–34, "
                  "{categories}; U.S. Bureau of Labor Statistics, Employment Projections "
                  "2024–34, Table 1.2.").format(criteria=BRIGHT_CRITERIA_URL,
                                                 categories=BRIGHT_CATEGORIES_URL),
    ]


def bright_rule_html() -> str:
    """The rule in full as simple HTML (a heading, paragraphs, the criteria as a list)."""
    from html import escape

    intro, lead, growth, openings, emerging, shared, sources = (
        escape(p) for p in bright_rule())
    title = escape(translate("Outlook", "What is Bright Outlook?"))
    return (f"<h3>{escape(BRIGHT_BADGE)} {title}</h3><p>{intro}</p><p>{lead}</p>"
            f"<ul><li>{growth}</li><li>{openings}</li></ul><p>{emerging}</p><p>{shared}</p>"
            f"<p><small>{sources}</small></p>")
