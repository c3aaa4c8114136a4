"""BLS Employment Projections 2024-34 (``bls-employment-projections-2024-34/``), Table 1.2:
employment 2024 and 2034, change, annual openings, typical entry requirements and the link
to the Occupational Outlook Handbook page, per SOC occupation. Employment and openings are
published in thousands and stored in jobs.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from careerdesk import outlook
from careerdesk.build import bls_groups
from careerdesk.build.errors import SourceError
from careerdesk.build.readers import Row, read_xlsx
from careerdesk.build.schema import insert

FOLDER = "bls-employment-projections-2024-34"
FILE = "occupation_2024-34.xlsx"
SHEET = "Table 1.2"
TITLE = "2024 National Employment Matrix title"
CODE = "2024 National Employment Matrix code"
TYPE = "Occupation type"
EMP_2024 = "Employment, 2024"
EMP_2034 = "Employment, 2034"
PERCENT = "Employment change, percent, 2024–34"
OPENINGS = "Occupational openings, 2024–34 annual average"
EDUCATION = "Typical education needed for entry"
EXPERIENCE = "Work experience in a related occupation"
TRAINING = "Typical on-the-job training needed to attain competency in the occupation"
COLUMNS = [TITLE, CODE, TYPE, EMP_2024, EMP_2034, PERCENT, OPENINGS, EDUCATION, EXPERIENCE,
           TRAINING]
# Optional: the cell says "OOH Content" and links to the Handbook's page (none: "—").
HANDBOOK = "Related Occupational Outlook Handbook (OOH) content xlsx"
HANDBOOK_PAGES = "https://www.bls.gov/ooh/"


def _jobs(thousands: float | None) -> int | None:
    return None if thousands is None else round(thousands * 1000)


def load(
    src: Path, conn: sqlite3.Connection, soc_codes: set[str], titles: dict[str, str],
    combined: dict[str, str] | None = None, combined_titles: dict[str, str] | None = None,
) -> float:
    """Write projections for the SOC codes O*NET uses; return the all-occupation change.

    ``titles`` receives the BLS title of each SOC occupation; ``combined`` the combined
    line covering each SOC code BLS publishes no line for, ``combined_titles`` those lines'
    titles.
    """
    path = src / FOLDER / FILE
    average: float | None = None
    rows = {}
    line_titles: dict[str, str] = {}
    for row in read_xlsx(path, COLUMNS, sheet=SHEET, header_row=2, links=True):
        code = row.text(CODE, optional=True)
        if not code:
            continue  # footnotes below the table
        if code == "00-0000":
            average = row.required_number(PERCENT)
            continue
        if row.text(TYPE) != "Line item":
            continue
        code = row.soc_code(CODE)
        change = row.number(PERCENT, optional=True)
        line_titles[code] = row.text(TITLE).strip()
        rows[code] = (
            code, _jobs(row.number(EMP_2024, optional=True)),
            _jobs(row.number(EMP_2034, optional=True)), change,
            _jobs(row.number(OPENINGS, optional=True)),
            _requirement(row.text(EDUCATION, optional=True)),
            _requirement(row.text(EXPERIENCE, optional=True)),
            _requirement(row.text(TRAINING, optional=True)),
            _handbook(row),
        )
    if average is None:
        raise SourceError(path, "no 'Total, all occupations' (00-0000) row", column=CODE)
    if average != outlook.ALL_OCCUPATIONS_CHANGE:
        raise SourceError(
            path, f"the all-occupation change is {average}% but careerdesk/outlook.py "
            f"describes the bands around {outlook.ALL_OCCUPATIONS_CHANGE}%: update it",
            column=PERCENT)
    covering = bls_groups.covering_lines(rows, soc_codes)
    if combined is not None:
        combined.update(covering)
    if combined_titles is not None:
        combined_titles.update({line: line_titles[line] for line in covering.values()})
    titles.update({code: line_titles[code] for code in rows if code in soc_codes})
    kept = [rows[code] for code in sorted(soc_codes & rows.keys())]
    kept += [(soc, *rows[line][1:]) for soc, line in sorted(covering.items())]
    insert(
        conn, "projection",
        sorted((*r[:8], outlook.category(r[3], average), r[8]) for r in kept),
    )
    return average


def _handbook(row: Row) -> str | None:
    """The Handbook page this row links to; a link elsewhere is a source error."""
    url = row.link(HANDBOOK)
    if url is None:
        return None
    if not url.startswith(HANDBOOK_PAGES) or any(c.isspace() for c in url):
        raise row.fail(HANDBOOK, f"links to {url!r}, not to a page under {HANDBOOK_PAGES}")
    return url


def _requirement(text: str) -> str | None:
    return None if text in ("", "—", "-", "n/a") else text
