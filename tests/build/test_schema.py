"""The tables sqlite-utils creates are the ones the store reads, keyed and compact."""

from __future__ import annotations

import sqlite3

import pytest

from careerdesk.build.schema import TABLES, create, insert
from tests.conftest import DB_PATH


@pytest.fixture()
def conn():
    conn = sqlite3.connect(":memory:")
    create(conn)
    yield conn
    conn.close()


def test_shipped_database_has_every_table_as_declared():
    conn = sqlite3.connect(f"file:{DB_PATH}?mode=ro", uri=True)
    try:
        for name, spec in TABLES.items():
            columns = [(r[1], r[2], bool(r[3]))
                       for r in conn.execute(f'PRAGMA table_info("{name}")')]
            assert [c[0] for c in columns] == list(spec.columns), name
            (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                  (name,)).fetchone()
            assert sql.endswith("WITHOUT ROWID") == spec.without_rowid, name
            for column, _, not_null in columns:
                if column not in spec.nullable and spec.pk != column:
                    assert not_null, f"{name}.{column} may be NULL"
    finally:
        conn.close()


def test_keys_and_constraints_hold(conn):
    insert(conn, "major_group", [("11-0000", "Management")])
    with pytest.raises(sqlite3.IntegrityError):
        insert(conn, "major_group", [("11-0000", "Management again")])
    with pytest.raises(sqlite3.IntegrityError):
        insert(conn, "state", [("06", None)])  # names are NOT NULL
    insert(conn, "wage", [("15-1252", "00", 1000)], ["soc_code", "area", "employment"])
    assert conn.execute("SELECT top_coded, annual_median FROM wage").fetchone() == ("", None)


def test_rows_go_in_as_given(conn):
    rows = [("15-1252.00", 1, 101, "Write code.", 1), ("15-1252.00", 2, 102, "Test it.", None)]
    insert(conn, "task", rows)
    assert conn.execute("SELECT * FROM task ORDER BY seq").fetchall() == rows
