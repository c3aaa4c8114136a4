"""O*NET 29.3 (``onet-29.3/``): occupations, tasks, titles, related careers, technology,
tools, skills, knowledge, work styles, interests, job zones and education.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from careerdesk.build.errors import SourceError
from careerdesk.build.readers import Row, read_tsv, read_xlsx
from careerdesk.build.schema import insert

FOLDER = "onet-29.3"
CODE = "O*NET-SOC Code"
TOP_RATED = 10  # how many of each kind of rating a profile keeps


@dataclass
class Onet:
    """What the later steps need from O*NET, kept in memory during a build."""

    occupations: dict[str, tuple[str, str]] = field(default_factory=dict)
    job_zones: dict[str, int] = field(default_factory=dict)
    tasks: dict[str, list[tuple[int, str, bool | None]]] = field(default_factory=dict)
    task_dwas: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    dwa_gwa: dict[str, str] = field(default_factory=dict)
    dwa_iwa: dict[str, str] = field(default_factory=dict)  # detailed -> intermediate activity
    element_names: dict[str, str] = field(default_factory=dict)
    # code -> element id -> importance (skills, knowledge, work styles: 1-5; interests: 1-7)
    ratings: dict[str, dict[str, float]] = field(default_factory=lambda: defaultdict(dict))
    related: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def known(self, row: Row, column: str = CODE) -> str:
        """The occupation code in ``column``, which must be one O*NET describes."""
        code = row.onet_code(column)
        if code not in self.occupations:
            raise row.fail(column, f"unknown O*NET-SOC code {code!r}")
        return code


def load(src: Path, conn: sqlite3.Connection, major_groups: set[str]) -> Onet:
    """Read every O*NET file the database uses and write its tables."""
    base = src / FOLDER
    text = base / "text"
    excel = base / "excel"
    onet = Onet()
    _elements(text / "Content Model Reference.txt", onet, conn)
    _occupations(text / "Occupation Data.txt", onet, conn, major_groups)
    _job_zones(text / "Job Zone Reference.txt", text / "Job Zones.txt", onet, conn)
    _tasks(text / "Task Statements.txt", onet, conn)
    _dwas(text / "DWA Reference.txt", excel / "Tasks to DWAs.xlsx", onet, conn)
    _titles(excel / "Alternate Titles.xlsx", text / "Sample of Reported Titles.txt", onet, conn)
    _related(text / "Related Occupations.txt", onet, conn)
    _technology(text / "Technology Skills.txt", text / "Tools Used.txt", onet, conn)
    _importance_xlsx(excel / "Skills.xlsx", onet)
    _importance_xlsx(excel / "Knowledge.xlsx", onet)
    _importance_tsv(text / "Work Styles.txt", onet)
    _interests(text / "Interests.txt", onet)
    _education(
        text / "Education, Training, and Experience Categories.txt",
        excel / "Education, Training, and Experience.xlsx",
        onet,
        conn,
    )
    return onet


def _elements(path: Path, onet: Onet, conn: sqlite3.Connection) -> None:
    kinds = {
        "1.A": "ability", "2.A": "skill", "2.B": "skill", "2.C": "knowledge",
        "1.C": "work_style", "1.B.1": "interest", "4.A": "work_activity",
    }
    rows = []
    for row in read_tsv(path, ["Element ID", "Element Name", "Description"]):
        element = row.text("Element ID")
        name = row.text("Element Name")
        onet.element_names[element] = name
        kind = next((k for p, k in kinds.items() if element.startswith(p + ".")), None)
        depth = element.count(".")
        leaf = (
            (kind == "ability" and depth == 4)
            or (kind == "skill" and depth == 3)
            or (kind == "knowledge" and depth == 3)
            or (kind == "work_style" and (depth == 3 or element in ("1.C.6",)))
            or (kind == "interest" and depth == 3 and element[-1] in "abcdef")
            or (kind == "work_activity" and depth == 4)
        )
        if kind and leaf:
            rows.append((element, kind, name, row.text("Description")))
    insert(conn, "element", sorted(rows))


def _occupations(
    path: Path, onet: Onet, conn: sqlite3.Connection, major_groups: set[str]
) -> None:
    rows = []
    for row in read_tsv(path, [CODE, "Title", "Description"]):
        code = row.onet_code(CODE)
        if code in onet.occupations:
            raise row.fail(CODE, f"occupation {code} listed twice")
        group = code[:2] + "-0000"
        if group not in major_groups:
            raise row.fail(CODE, f"no SOC major group {group} for {code}")
        title, description = row.text("Title"), row.text("Description")
        onet.occupations[code] = (title, description)
        rows.append((code, title, description, code[:7], group))
    if not rows:
        raise SourceError(path, "no occupations")
    insert(conn, "occupation", sorted(rows),
           ["code", "title", "description", "soc_code", "major_group"])


def _job_zones(reference: Path, path: Path, onet: Onet, conn: sqlite3.Connection) -> None:
    columns = ["Job Zone", "Name", "Experience", "Education", "Job Training", "Examples",
               "SVP Range"]
    zones = []
    for row in read_tsv(reference, columns):
        zones.append((row.integer("Job Zone"), row.text("Name"), row.text("Experience"),
                      row.text("Education"), row.text("Job Training"), row.text("Examples"),
                      row.text("SVP Range")))
    insert(conn, "job_zone", sorted(zones))
    known = {z[0] for z in zones}
    for row in read_tsv(path, [CODE, "Job Zone"]):
        code = onet.known(row)
        zone = row.integer("Job Zone")
        if zone not in known:
            raise row.fail("Job Zone", f"unknown job zone {zone}")
        onet.job_zones[code] = zone
    conn.executemany(
        "UPDATE occupation SET job_zone = ? WHERE code = ?",
        [(z, c) for c, z in sorted(onet.job_zones.items())],
    )


def _tasks(path: Path, onet: Onet, conn: sqlite3.Connection) -> None:
    types = {"Core": True, "Supplemental": False, "": None, "n/a": None}
    for row in read_tsv(path, [CODE, "Task ID", "Task", "Task Type"]):
        code = onet.known(row)
        kind = row.text("Task Type", optional=True)
        if kind not in types:
            raise row.fail("Task Type", f"unknown task type {kind!r}")
        onet.tasks.setdefault(code, []).append((row.integer("Task ID"), row.text("Task"),
                                                types[kind]))
    insert(
        conn, "task",
        [
            (code, seq, task_id, text, None if core is None else int(core))
            for code in sorted(onet.tasks)
            for seq, (task_id, text, core) in enumerate(onet.tasks[code], start=1)
        ],
    )


def _dwas(reference: Path, path: Path, onet: Onet, conn: sqlite3.Connection) -> None:
    titles: dict[str, str] = {}
    for row in read_tsv(reference, ["Element ID", "IWA ID", "DWA ID", "DWA Title"]):
        onet.dwa_gwa[row.text("DWA ID")] = row.text("Element ID")
        onet.dwa_iwa[row.text("DWA ID")] = row.text("IWA ID")
        titles[row.text("DWA ID")] = row.text("DWA Title")
    for row in read_xlsx(path, [CODE, "Task ID", "DWA ID"]):
        code = onet.known(row)
        dwa = row.text("DWA ID")
        if dwa not in onet.dwa_gwa:
            raise row.fail("DWA ID", f"unknown detailed work activity {dwa!r}")
        onet.task_dwas.setdefault((code, row.integer("Task ID")), []).append(dwa)
    by_career: dict[str, set[str]] = defaultdict(set)
    for (code, _), dwas in onet.task_dwas.items():
        by_career[code].update(dwas)
    insert(conn, "work_activity", [
        (code, seq, dwa, titles[dwa])
        for code in sorted(by_career)
        for seq, dwa in enumerate(sorted(by_career[code],
                                         key=lambda d: (len(titles[d]), titles[d], d)))
    ])


def _titles(alternate: Path, reported: Path, onet: Onet, conn: sqlite3.Connection) -> None:
    # (code, title) -> [short, reported, alternate]
    titles: dict[tuple[str, str], list] = {}
    for row in read_xlsx(alternate, [CODE, "Alternate Title", "Short Title"]):
        key = (onet.known(row), row.text("Alternate Title"))
        entry = titles.setdefault(key, [None, 0, 1])
        entry[0] = entry[0] or row.text("Short Title", optional=True) or None
    for row in read_tsv(reported, [CODE, "Reported Job Title", "Shown in My Next Move"]):
        row.flag("Shown in My Next Move")
        key = (onet.known(row), row.text("Reported Job Title"))
        titles.setdefault(key, [None, 0, 0])[1] = 1
    insert(
        conn, "title",
        [(code, title, *values) for (code, title), values in sorted(titles.items())],
    )


def _related(path: Path, onet: Onet, conn: sqlite3.Connection) -> None:
    rows = []
    for row in read_tsv(path, [CODE, "Related O*NET-SOC Code", "Relatedness Tier", "Index"]):
        code = onet.known(row)
        other = onet.known(row, "Related O*NET-SOC Code")
        rows.append((code, row.integer("Index"), other, row.text("Relatedness Tier")))
    rows.sort()
    for code, _, other, tier in rows:
        onet.related.setdefault(code, []).append((other, tier))
    insert(
        conn, "related",
        [(code, seq, other, tier) for code, items in sorted(onet.related.items())
         for seq, (other, tier) in enumerate(items, start=1)],
    )


def _technology(tech: Path, tools: Path, onet: Onet, conn: sqlite3.Connection) -> None:
    commodities: dict[int, str] = {}

    def commodity(row: Row) -> int:
        number = row.integer("Commodity Code")
        commodities.setdefault(number, row.text("Commodity Title"))
        return number

    tech_rows = {}
    columns = [CODE, "Example", "Commodity Code", "Commodity Title"]
    for row in read_tsv(tech, [*columns, "Hot Technology", "In Demand"]):
        key = (onet.known(row), row.text("Example"), commodity(row))
        tech_rows[key] = (int(row.flag("Hot Technology")), int(row.flag("In Demand")))
    tool_rows = set()
    for row in read_tsv(tools, columns):
        tool_rows.add((onet.known(row), row.text("Example"), commodity(row)))
    insert(conn, "commodity", sorted(commodities.items()))
    insert(conn, "technology",
           [(*k, *v) for k, v in sorted(tech_rows.items())])
    insert(conn, "tool", sorted(tool_rows))


def _store_importance(onet: Onet, row: Row, scale: str = "IM") -> None:
    if row.text("Scale ID") != scale:
        return
    code = onet.known(row)
    element = row.text("Element ID")
    if element not in onet.element_names:
        raise row.fail("Element ID", f"unknown element {element!r}")
    onet.ratings[code][element] = row.required_number("Data Value")


def _importance_xlsx(path: Path, onet: Onet) -> None:
    for row in read_xlsx(path, [CODE, "Element ID", "Scale ID", "Data Value"]):
        _store_importance(onet, row)


def _importance_tsv(path: Path, onet: Onet) -> None:
    for row in read_tsv(path, [CODE, "Element ID", "Scale ID", "Data Value"]):
        _store_importance(onet, row)


def _interests(path: Path, onet: Onet) -> None:
    for row in read_tsv(path, [CODE, "Element ID", "Scale ID", "Data Value"]):
        _store_importance(onet, row, "OI")


def _education(categories: Path, path: Path, onet: Onet, conn: sqlite3.Connection) -> None:
    levels = {}
    for row in read_tsv(categories, ["Scale ID", "Category", "Category Description"]):
        if row.text("Scale ID") == "RL":
            levels[row.integer("Category")] = row.text("Category Description")
    insert(conn, "education_level", sorted(levels.items()))
    shares = {}
    for row in read_xlsx(path, [CODE, "Scale ID", "Category", "Data Value"]):
        if row.text("Scale ID") != "RL":
            continue
        category = row.integer("Category")
        if category not in levels:
            raise row.fail("Category", f"unknown education category {category}")
        shares[(onet.known(row), category)] = row.required_number("Data Value")
    insert(conn, "education_share",
           [(c, k, v) for (c, k), v in sorted(shares.items())])


def write_ratings(conn: sqlite3.Connection, onet: Onet, kinds: dict[str, str]) -> None:
    """Keep each occupation's most important elements of each kind (all six interests)."""
    rows: list[tuple[str, str, float, int]] = []
    for code in sorted(onet.ratings):
        by_kind: dict[str, list[tuple[float, str]]] = defaultdict(list)
        for element, value in onet.ratings[code].items():
            kind = kinds.get(element)
            if kind:
                by_kind[kind].append((value, element))
        for kind, values in by_kind.items():
            values.sort(key=lambda item: (-item[0], item[1]))
            keep = values if kind == "interest" else values[:TOP_RATED]
            rows.extend((code, element, value, rank)
                        for rank, (value, element) in enumerate(keep, start=1))
    insert(conn, "rating", sorted(rows))
