"""Damaged and foreign copies of careers.db for tests: what a bad disk, a bad copy or a
wrong file looks like to CareerDesk."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

from careerdesk.store import SCHEMA_VERSION
from tests.conftest import DB_PATH


def with_random_bytes(target: Path, length: int = 64 * 1024, seed: int = 13) -> Path:
    """The issue's reproduction: the shipped database with ``length`` random bytes written
    in the middle (at half its size)."""
    shutil.copyfile(DB_PATH, target)
    size = target.stat().st_size
    with target.open("r+b") as out:
        out.seek(size // 2)
        out.write(random.Random(seed).randbytes(length))
    return target


def with_damaged_table(target: Path, table: str, share: tuple[float, float] = (0.4, 0.6),
                       seed: int = 13) -> Path:
    """The shipped database with the pages of ``table`` between ``share`` of the way through
    them overwritten with random bytes (its first page kept: the table is still there)."""
    shutil.copyfile(DB_PATH, target)
    with sqlite3.connect(f"file:{DB_PATH}?mode=ro&immutable=1", uri=True) as db:
        size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                          (table,)).fetchone()[0]
        pages = [n for (n,) in db.execute(
            "SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (table,)) if n != root]
    low, high = int(len(pages) * share[0]), max(int(len(pages) * share[1]), 1)
    noise = random.Random(seed)
    with target.open("r+b") as out:
        for page in pages[low:high]:
            out.seek((page - 1) * size)
            out.write(noise.randbytes(size))
    return target


def foreign_files(folder: Path) -> dict[str, Path]:
    """Files that are not careers databases, by what they are."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {}
    old = made["schema version 2"] = folder / "old.db"
    with sqlite3.connect(old) as db:
        db.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    db.close()
    tables = made["no tables"] = folder / "empty-sqlite.db"
    with sqlite3.connect(tables) as db:
        db.execute("PRAGMA user_version = 1")  # a real SQLite file with nothing in it
    db.close()
    lacking = made["tables missing"] = folder / "lacking.db"
    with sqlite3.connect(lacking) as db:
        db.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
    db.close()
    text = made["text"] = folder / "text.db"
    text.write_text("These are my notes, not a database.\n" * 50, encoding="utf-8")
    empty = made["0 bytes"] = folder / "zero.db"
    empty.write_bytes(b"")
    made["folder"] = folder / "a-folder.db"
    made["folder"].mkdir(exist_ok=True)
    return made
