"""O*NET abilities (``onet-29-abilities/``): importance of the 52 abilities, one row per
occupation; occupations O*NET does not rate have empty cells and stay unrated.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from careerdesk.build.errors import SourceError
from careerdesk.build.onet import CODE, Onet
from careerdesk.build.readers import read_csv

FOLDER = "onet-29-abilities"
FILE = "ONET_29_Merged_Data.csv"
PREFIX = "Ability: "


def load(src: Path, conn: sqlite3.Connection, onet: Onet) -> set[str]:
    """Add ability importance to ``onet.ratings``; return the codes that are rated."""
    path = src / FOLDER / FILE
    by_name = {
        name: element
        for element, kind, name in conn.execute("SELECT id, kind, name FROM element")
        if kind == "ability"
    }
    rated: set[str] = set()
    columns: list[tuple[str, str]] | None = None
    for row in read_csv(path, [CODE]):
        if columns is None:
            columns = []
            for column in row._values:
                if column.startswith(PREFIX):
                    name = column[len(PREFIX):]
                    if name not in by_name:
                        raise SourceError(path, f"unknown ability {name!r}", column=column,
                                          line=1)
                    columns.append((column, by_name[name]))
            if len(columns) != len(by_name):
                missing = sorted(set(by_name) - {by_name_key for by_name_key in
                                                 (c[len(PREFIX):] for c, _ in columns)})
                raise SourceError(path, "column not found (was it renamed?)",
                                  column=PREFIX + missing[0], line=1)
        code = onet.known(row)
        values = [(element, row.number(column, optional=True)) for column, element in columns]
        present = [(element, value) for element, value in values if value is not None]
        if not present:
            continue
        if len(present) != len(values):
            blank = next(column for (column, _), (_, v) in zip(columns, values, strict=True)
                         if v is None)
            raise row.fail(blank, "some abilities are rated and this one is empty")
        rated.add(code)
        for element, value in present:
            onet.ratings[code][element] = value
    return rated
