"""Anthropic Economic Index v1 (``ai-anthropic-economic-index-v1/``): the SOC 2018 major
group titles, and the share of AI conversations that touched each occupation's tasks.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from careerdesk.build.errors import SourceError
from careerdesk.build.readers import read_csv

FOLDER = "ai-anthropic-economic-index-v1"


def load_major_groups(src: Path, conn: sqlite3.Connection) -> set[str]:
    """Write the SOC major groups (``XX-0000`` and title); return their codes."""
    path = src / FOLDER / "SOC_Structure.csv"
    groups: dict[str, str] = {}
    for row in read_csv(path, ["Major Group", "SOC or O*NET-SOC 2019 Title"]):
        code = row.text("Major Group", optional=True)
        if not code:
            continue
        row.soc_code("Major Group")
        title = row.text("SOC or O*NET-SOC 2019 Title")
        groups[code] = title.removesuffix(" Occupations")
    if not groups:
        raise SourceError(path, "no major groups found", column="Major Group")
    conn.executemany("INSERT INTO major_group VALUES (?,?)", sorted(groups.items()))
    return set(groups)


def conversation_shares(src: Path, known: set[str]) -> dict[str, float]:
    """Per O*NET code: the percentage of sampled Claude.ai conversations on its tasks."""
    base = src / FOLDER
    share_by_task: dict[str, float] = {}
    for row in read_csv(base / "onet_task_mappings.csv", ["task_name", "pct"]):
        share_by_task[row.text("task_name").lower()] = row.required_number("pct")
    totals: dict[str, float] = {}
    seen: set[tuple[str, str]] = set()
    for row in read_csv(base / "onet_task_statements.csv", ["O*NET-SOC Code", "Task"]):
        code = row.onet_code("O*NET-SOC Code")
        if code not in known:
            continue  # an older task list: occupations O*NET 29.3 no longer describes
        task = row.text("Task").lower()
        if (code, task) in seen:
            continue
        seen.add((code, task))
        totals[code] = totals.get(code, 0.0) + share_by_task.get(task, 0.0)
    return totals
