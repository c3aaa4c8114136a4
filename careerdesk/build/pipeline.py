"""Run every import step into a temporary file and rename it into place when complete.

A failed build leaves nothing behind. When the new database holds the same content as the
one already at ``out``, the old file is kept byte for byte (its build date included).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from careerdesk.build import (
    abilities,
    ai_anthropic,
    ai_gpts,
    ai_microsoft,
    bls_groups,
    bls_projections,
    bls_wages,
    derive,
    interests,
    narrative,
    onet,
    programs,
    search_index,
    sources,
)
from careerdesk.build.errors import SourceError
from careerdesk.build.schema import SCHEMA_VERSION, create, insert
from careerdesk.outlook import describe_bands
from careerdesk.paths import usual_permissions

# Meta rows that describe a build rather than its content.
VOLATILE_META = ("build_date", "content_sha256")


@dataclass(frozen=True)
class BuildResult:
    """What a build did: the file, whether it changed, its size and row counts."""

    path: Path
    changed: bool
    seconds: float
    size: int
    counts: dict[str, int]


def build(src: Path, out: Path) -> BuildResult:
    started = time.perf_counter()
    src = Path(src)
    out = Path(out)
    if not src.is_dir():
        raise SourceError(src, "source folder not found")
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=out.name + ".", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    usual_permissions(tmp)  # the careers database is for every user of the machine
    try:
        conn = sqlite3.connect(tmp)
        try:
            _fill(conn, src)
            digest = content_hash(conn)
            insert(conn, "meta", [("content_sha256", digest)])
            conn.commit()
            conn.execute("VACUUM")
            counts = table_counts(conn)
        finally:
            conn.close()
        if out.exists() and _stored_hash(out) == digest:
            tmp.unlink()
            changed = False
        else:
            os.replace(tmp, out)
            changed = True
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BuildResult(out, changed, time.perf_counter() - started, out.stat().st_size, counts)


def _fill(conn: sqlite3.Connection, src: Path) -> None:
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    create(conn)
    with conn:
        sources.write(conn)
        groups = ai_anthropic.load_major_groups(src, conn)
        data = onet.load(src, conn, groups)
        rated = abilities.load(src, conn, data)
        interests.load(src, conn)
        onet.write_ratings(conn, data, dict(conn.execute("SELECT id, kind FROM element")))
        soc_codes = {code[:7] for code in data.occupations}
        titles: dict[str, str] = {}
        combined: dict[str, dict[str, str]] = {"projections": {}, "OEWS": {}, "Microsoft": {}}
        line_titles: dict[str, str] = {}
        bls_projections.load(src, conn, soc_codes, titles, combined["projections"],
                             line_titles)
        wage_titles: dict[str, str] = {}
        bls_wages.load(src, conn, soc_codes, wage_titles, combined["OEWS"], line_titles)
        titles.update(wage_titles)  # OEWS titles where both name the SOC occupation
        insert(conn, "soc", sorted(titles.items()))
        gpts = ai_gpts.load(src, data)
        applicability = ai_microsoft.load(src, soc_codes, combined["Microsoft"])
        try:
            merged = bls_groups.merge(combined)  # the three must agree
            bls_groups.write(conn, {soc: merged[soc] for soc in
                                    {**combined["projections"], **combined["OEWS"]}},
                             line_titles)
        except ValueError as exc:
            raise SourceError(src, f"combined BLS lines disagree: {exc}") from None
        conversations = ai_anthropic.conversation_shares(src, data.tasks)
        derive.entry_time(conn, data)
        derive.time_allocation(data, conn, src / onet.FOLDER / "text" / "DWA Reference.txt")
        derive.progression(conn, data)
        derive.ai_assessment(conn, data, gpts, rated, applicability, conversations)
        ai_microsoft.fill_untasked(
            conn, {code: code[:7] for code in data.occupations}, applicability)
        programs.write(conn, src, {code: code[:7] for code in data.occupations})
        narrative.write(conn, data)
        search_index.write(conn)
        _meta(conn, rated)


def _meta(conn: sqlite3.Connection, rated: set[str]) -> None:
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "build_date": os.environ.get("CAREERDESK_BUILD_DATE")
        or dt.datetime.now(dt.UTC).strftime("%Y-%m-%d"),
        "onet_release": "O*NET 29.3 (May 2025)",
        "onet_attribution": sources.ONET_ATTRIBUTION,
        "onet_modified": sources.ONET_MODIFIED,
        "outlook_bands": describe_bands(),
        "method.entry_time": derive.ENTRY_TIME_METHOD,
        "abilities_rated": str(len(rated)),
    }
    meta.update({f"method.ai.{k}": v for k, v in derive.AI_METHOD.items()})
    insert(conn, "meta", sorted(meta.items()))


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%search_%' ORDER BY name")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def content_hash(conn: sqlite3.Connection) -> str:
    """SHA-256 over the schema and every row of every content table (not the build date).

    The CREATE statement counts too, so a change of schema alone makes a new file.
    """
    digest = hashlib.sha256()
    for name in table_counts(conn):
        digest.update(name.encode())
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        digest.update(sql.encode())
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
        order = ", ".join(str(i) for i in range(1, len(columns) + 1))
        for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY {order}'):
            if name == "meta" and row[0] in VOLATILE_META:
                continue
            digest.update(repr(row).encode())
    return digest.hexdigest()


def _stored_hash(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'content_sha256'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None
