"""The committed database is exactly what the importer builds from the public sources."""

from __future__ import annotations

import sqlite3

import pytest

from careerdesk.build.pipeline import build, content_hash
from tests.conftest import DB_PATH, require_sources


@pytest.mark.slow
def test_committed_database_matches_a_fresh_build(tmp_path):
    src = require_sources()
    fresh = build(src, tmp_path / "careers.db")
    assert fresh.changed
    assert fresh.seconds < 120
    built = sqlite3.connect(fresh.path)
    committed = sqlite3.connect(f"file:{DB_PATH}?mode=ro", uri=True)
    try:
        differing = [
            table for table, in built.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not table.startswith(("sqlite_", "search_"))
            and sorted(built.execute(f'SELECT * FROM "{table}"'))
            != sorted(committed.execute(f'SELECT * FROM "{table}"'))
            and table != "meta"
        ]
        assert differing == [], (
            f"data/careers.db is out of date in {differing}: run `make db` and commit it")
        assert content_hash(built) == content_hash(committed)
    finally:
        built.close()
        committed.close()
