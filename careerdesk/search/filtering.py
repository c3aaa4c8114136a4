"""The filters and sort orders applied to careers: whether a career passes the filters
(``passes``) and its place in a sort order (``sort_key``)."""

from __future__ import annotations

from careerdesk.formatting import whole_percent
from careerdesk.search.hits import Career
from careerdesk.search.records import ENTRY_EDUCATION, Filters, Sort

MOSTLY_GOVERNMENT = 0.5  # of a career's jobs with government employers: most of them


def passes(career: Career, f: Filters) -> bool:
    c = career.figures
    chosen = ((f.major_group, c.major_group.code), (f.entry_education, c.entry_education),
              (f.job_zone, c.job_zone), (f.outlook, c.outlook),
              (f.exposure_level, c.exposure_level))
    if any(wanted is not None and wanted != value for wanted, value in chosen):
        return False
    if f.max_entry_education is not None and (
            c.entry_education not in ENTRY_EDUCATION
            or f.max_entry_education not in ENTRY_EDUCATION
            or ENTRY_EDUCATION.index(c.entry_education)
            > ENTRY_EDUCATION.index(f.max_entry_education)):
        return False
    if f.outlooks is not None and c.outlook not in f.outlooks:
        return False
    if f.wage_min is None and f.wage_max is None:
        return True
    wage = c.median_wage
    return wage is not None and (f.wage_min is None or wage >= f.wage_min) \
        and (f.wage_max is None or wage <= f.wage_max)


def sort_key(career: Career, score: float, sort: Sort) -> tuple:
    """Sort key: the chosen figure (highest first, missing last), then score, then title.
    For the share of jobs with government employers, those where most are come first, each
    part by score, then by the share in whole percent, then the most common first: a wish
    for benefits beside an interest keeps its order within each part ("medical jobs with
    good benefits"); alone, the Postal Service's carriers come before its postmasters."""
    c = career.figures
    if sort is Sort.RELEVANCE:
        return (-score, c.title, c.code)
    if sort is Sort.GOVERNMENT:
        share = career.government_share
        return (share is None or share < MOSTLY_GOVERNMENT, -score,
                -whole_percent(share or 0.0),
                -career.popularity, c.title, c.code)
    figure = c.median_wage if sort is Sort.PAY else c.percent_change \
        if sort is Sort.GROWTH else c.annual_openings
    # the specialties O*NET splits one BLS line into share its figure: the line's own
    # career first ("Registered Nurses", then "Acute Care Nurses")
    return (figure is None, -(figure or 0), -score, not c.code.endswith(".00"), c.title,
            c.code)
