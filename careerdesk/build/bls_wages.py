"""BLS Occupational Employment and Wage Statistics, May 2025 (``bls-oews-may-2025/``):
national wages and employment from the national CSV extract, and each state's median and
the nation's jobs with government employers from the full OEWS SQLite file (gzip).
Top-coded wages keep their "or more" meaning. An O*NET SOC code OEWS publishes only inside a
combined line (``careerdesk.build.bls_groups``) is stored with that line's figures,
national and by state.
"""

from __future__ import annotations

import gzip
import re
import shutil
import sqlite3
import tempfile
from pathlib import Path

from careerdesk.build import bls_groups
from careerdesk.build.errors import SourceError
from careerdesk.build.readers import Row, read_csv
from careerdesk.build.schema import insert

FOLDER = "bls-oews-may-2025"
NATIONAL = "oews_may2025_national_cross_industry.csv"
FULL = "oews-2025.sqlite.gz"
NATION = "00"
# OEWS's "Federal, State, and Local Government, including State and Local Schools and
# Hospitals and USPS": every job with a government employer.
GOVERNMENT = "999001"
TOP_CODE_FOOTNOTE = "5"
# The published ceiling of top-coded wages (footnote 5 of the release).
TOP_ANNUAL = 239_200
TOP_HOURLY = 115.0

MEASURES = {  # stored column -> national CSV column
    "employment": "Employment",
    "annual_p10": "Annual 10th percentile wage",
    "annual_p25": "Annual 25th percentile wage",
    "annual_median": "Annual median wage",
    "annual_p75": "Annual 75th percentile wage",
    "annual_p90": "Annual 90th percentile wage",
    "hourly_p10": "Hourly 10th percentile wage",
    "hourly_p25": "Hourly 25th percentile wage",
    "hourly_median": "Hourly median wage",
    "hourly_p75": "Hourly 75th percentile wage",
    "hourly_p90": "Hourly 90th percentile wage",
}
# Datatype codes of the same measures in the full file (cell.vNN / cell.fNN).
DATATYPES = {"employment": "01", "hourly_median": "08", "annual_median": "13"}


def _value(measure: str, value: float | None, footnote: str) -> tuple[float | None, bool]:
    """The stored value and whether it is top-coded."""
    if value is None and footnote == TOP_CODE_FOOTNOTE and measure != "employment":
        return (TOP_HOURLY if measure.startswith("hourly") else TOP_ANNUAL), True
    if value is not None and measure != "employment" and not measure.startswith("hourly"):
        value = round(value)
    if measure == "employment" and value is not None:
        value = round(value)
    return value, False


def _national_row(row: Row, soc: str) -> tuple:
    values: list[float | None] = []
    top: list[str] = []
    for measure, column in MEASURES.items():
        value, capped = _value(measure, row.number(column, optional=True),
                               row.text("footnote_" + column, optional=True))
        values.append(value)
        if capped:
            top.append(measure)
    return (soc, NATION, *values, ",".join(top))


def load(
    src: Path, conn: sqlite3.Connection, soc_codes: set[str], titles: dict[str, str],
    combined: dict[str, str] | None = None, combined_titles: dict[str, str] | None = None,
) -> None:
    """Write national and state wages for the SOC codes O*NET uses.

    ``titles`` receives the OEWS title of each SOC occupation with national figures;
    ``combined`` the combined line covering each SOC code OEWS publishes no line for,
    ``combined_titles`` those lines' titles.
    """
    base = src / FOLDER
    required = ["soc_code", "occupation_name", "display_level"]
    required += list(MEASURES.values()) + ["footnote_" + c for c in MEASURES.values()]
    lines: dict[str, tuple] = {}
    line_titles: dict[str, str] = {}
    for row in read_csv(base / NATIONAL, required):
        if row.text("display_level") == "3":  # detailed occupations
            soc = row.soc_code("soc_code")
            lines[soc] = _national_row(row, soc)
            line_titles[soc] = row.text("occupation_name")
    covering = bls_groups.covering_lines(lines, soc_codes)
    national = [lines[soc] for soc in soc_codes & lines.keys()]
    national += [(soc, *lines[line][1:]) for soc, line in covering.items()]
    if not national:
        raise SourceError(base / NATIONAL, "no detailed occupations", column="soc_code")
    titles.update({soc: line_titles[soc] for soc in soc_codes & lines.keys()})
    if combined is not None:
        combined.update(covering)
    if combined_titles is not None:
        combined_titles.update({line: line_titles[line] for line in covering.values()})
    insert(conn, "wage", sorted(national), ["soc_code", "area", *MEASURES, "top_coded"])
    stored: dict[str, list[str]] = {}  # OEWS line -> the SOC codes stored with its figures
    for soc in soc_codes & lines.keys():
        stored.setdefault(soc, []).append(soc)
    for soc, line in covering.items():
        stored.setdefault(line, []).append(soc)
    _from_full_file(base / FULL, conn, stored)


def _from_full_file(path: Path, conn: sqlite3.Connection, known: dict[str, list[str]]) -> None:
    """The states' figures and the nation's government jobs, from the full OEWS file."""
    if not path.is_file():
        raise SourceError(path, "file not found")
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "oews.sqlite"
        try:
            with gzip.open(path) as packed, plain.open("wb") as out:
                shutil.copyfileobj(packed, out)
            full = sqlite3.connect(f"file:{plain}?mode=ro", uri=True)
        except (OSError, EOFError, sqlite3.Error) as exc:
            raise SourceError(path, f"cannot unpack the OEWS database: {exc}") from None
        try:
            _read_states(path, full, conn, known)
            _read_government(path, full, conn, known)
            _read_cities(full, conn)
        except sqlite3.Error as exc:
            raise SourceError(path, f"unexpected OEWS database layout: {exc}") from None
        finally:
            full.close()


def _read_states(
    path: Path, full: sqlite3.Connection, conn: sqlite3.Connection, known: dict[str, list[str]]
) -> None:
    states = full.execute(
        "SELECT state_code, area_name FROM area WHERE areatype_code = 'S' ORDER BY state_code"
    ).fetchall()
    if not states:
        raise SourceError(path, "no state areas", column="area.areatype_code")
    insert(conn, "state", states)
    select = ", ".join(f"v{n}, f{n}" for n in DATATYPES.values())
    rows: list[tuple[str, str, float | None, float | None, float | None, str]] = []
    # key = OEU + S + 7-digit area + 6-digit industry (000000: all industries) + 6-digit SOC
    query = (
        f"SELECT key, {select} FROM cell WHERE key LIKE 'OEUS%' "
        "AND substr(key, 12, 6) = '000000' ORDER BY key"
    )
    for line, (key, *cells) in enumerate(full.execute(query), start=1):
        raw_soc = key[-6:]
        soc = f"{raw_soc[:2]}-{raw_soc[2:]}"
        if soc not in known:
            continue
        state = key[4:6]
        values: dict[str, float | None] = {}
        top = []
        for i, measure in enumerate(DATATYPES):
            text, footnote = cells[2 * i], cells[2 * i + 1] or ""
            try:
                number = None if text in (None, "", "-", "*", "#") else float(text)
            except ValueError:
                raise SourceError(path, f"cannot read {text!r} as a number",
                                  column=f"cell.v{DATATYPES[measure]}", line=line) from None
            values[measure], capped = _value(measure, number, footnote)
            if capped:
                top.append(measure)
        if all(v is None for v in values.values()):
            continue
        rows.extend((stored, state, values["employment"], values["annual_median"],
                     values["hourly_median"], ",".join(top)) for stored in known[soc])
    insert(conn, "wage", sorted(rows), ["soc_code", "area", "employment", "annual_median",
                                        "hourly_median", "top_coded"])


def _read_government(
    path: Path, full: sqlite3.Connection, conn: sqlite3.Connection, known: dict[str, list[str]]
) -> None:
    """The nation's jobs with government employers (federal, state and local, public schools
    and hospitals, the Postal Service) in each occupation OEWS counts there."""
    employment = f"v{DATATYPES['employment']}"
    # key = OEU + N + 7-digit area (0000000: the nation) + 6-digit industry + 6-digit SOC
    query = f"SELECT key, {employment} FROM cell WHERE key LIKE ? ORDER BY key"
    rows: list[tuple[str, int]] = []
    for line, (key, text) in enumerate(full.execute(query, (f"OEUN0000000{GOVERNMENT}%",)),
                                       start=1):
        raw_soc = key[-6:]
        soc = f"{raw_soc[:2]}-{raw_soc[2:]}"
        if soc not in known or text in (None, "", "-", "*", "#"):
            continue
        try:
            jobs = round(float(text))
        except ValueError:
            raise SourceError(path, f"cannot read {text!r} as a number",
                              column=f"cell.{employment}", line=line) from None
        rows.extend((stored, jobs) for stored in known[soc])
    if not rows:
        raise SourceError(path, "no national government employment", column="cell.key")
    insert(conn, "government_jobs", sorted(rows), ["soc_code", "employment"])


def _read_cities(full: sqlite3.Connection, conn: sqlite3.Connection) -> None:
    """The cities that name OEWS's metropolitan areas ("Sierra Vista-Douglas, AZ": Sierra
    Vista and Douglas, Arizona), each with the state the area lies in, so that a student's
    "stay in sierra vista" reads as Arizona. A name that is a state's, or that names areas
    in two states ("Columbus", "Portland"), is left out: it says no one state."""
    states = {code: name for code, name in conn.execute("SELECT code, name FROM state")}
    state_names = {name.lower() for name in states.values()}
    found: dict[str, set[str]] = {}
    for name, state in full.execute(
            "SELECT area_name, state_code FROM area WHERE areatype_code = 'M'"
            " ORDER BY area_code"):
        if "nonmetropolitan" in name or state not in states or ", " not in name:
            continue
        for city in re.split(r"[-/]", name.rsplit(", ", 1)[0]):
            city = city.strip()
            if city and city.lower() not in state_names:
                found.setdefault(city, set()).add(state)
    insert(conn, "city", sorted((city, next(iter(s))) for city, s in found.items()
                                if len(s) == 1), ["name", "state_code"])
