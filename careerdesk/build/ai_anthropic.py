"""Anthropic Economic Index v1 (``ai-anthropic-economic-index-v1/``): the SOC 2018 major
group titles, and the share of AI conversations that touched each occupation's tasks,
joined to O*NET 29.3 by the wording of the tasks.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from careerdesk.build.errors import SourceError
from careerdesk.build.readers import read_csv
from careerdesk.build.schema import insert

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
    insert(conn, "major_group", sorted(groups.items()))
    return set(groups)


# Matching task wording across O*NET releases. The index classified chats into the tasks of
# an older O*NET task list, filed under SOC 2010-era codes (15-1132 and 15-1133 for software
# developers where O*NET 29.3 has 15-1252), so whole occupations (every computer job among
# them) find no code to join on. The wording mostly survives. A task of O*NET 29.3 matches a
# task of the index's list when:
#  1. the two read the same ignoring capitals and spaces ("exact"); else
#  2. the same ignoring punctuation too (O*NET has moved many commas), where that finds only
#     one task of the list ("loose"); else
#  3. nearly the same: at least ``CLOSE_WORDS`` of the words of both (as sets) are shared,
#     with a task of an older occupation that steps 1-2 already link to the career (its
#     predecessor: 15-1252's exact matches sit in 15-1132/15-1133), the closest one.
# A career gets the share when at least ``MIN_MATCHED`` of its tasks match.
MIN_MATCHED = 0.5
CLOSE_WORDS = 0.8


def exact_key(text: str) -> str:
    return " ".join(text.lower().split())


def loose_key(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.lower()).split())


_NOT_WORD = re.compile(r"[^a-z0-9]+")


def words(text: str) -> frozenset[str]:
    return frozenset(loose_key(text).split())


def closeness(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over all words of two task texts (``words``)."""
    return len(a & b) / len(a | b) if a | b else 0.0


@dataclass(frozen=True)
class ConversationShare:
    """The percent of sampled Claude.ai conversations about a career's tasks (None where
    fewer than ``MIN_MATCHED`` of them match), and how many of its O*NET 29.3 tasks were
    found in the index's task list."""

    percent: float | None
    matched: int
    tasks: int


def conversation_shares(
    src: Path, tasks: Mapping[str, Iterable[tuple[int, str, bool | None]]]
) -> dict[str, ConversationShare]:
    """Per O*NET 29.3 career with tasks: the summed share of the conversations on those of
    its tasks the index lists (a task the index lists without a share had too few chats to be
    counted: 0), where at least ``MIN_MATCHED`` of its tasks are in the index's list (else
    None), with the count of matched tasks."""
    base = src / FOLDER
    share_by_task: dict[str, float] = {}
    for row in read_csv(base / "onet_task_mappings.csv", ["task_name", "pct"]):
        value = row.required_number("pct")
        if not 0.0 <= value <= 100.0:
            raise row.fail("pct", f"{value} is outside 0-100")
        key = exact_key(row.text("task_name"))
        share_by_task[key] = share_by_task.get(key, 0.0) + value
    listed = set(share_by_task)
    codes_of: dict[str, set[str]] = {}
    tasks_of: dict[str, set[str]] = {}
    for row in read_csv(base / "onet_task_statements.csv", ["O*NET-SOC Code", "Task"]):
        code = row.onet_code("O*NET-SOC Code")
        key = exact_key(row.text("Task"))
        listed.add(key)
        codes_of.setdefault(key, set()).add(code)
        tasks_of.setdefault(code, set()).add(key)
    word_sets = {key: words(key) for key in listed}
    by_loose: dict[str, set[str]] = {}
    for key in listed:
        by_loose.setdefault(loose_key(key), set()).add(key)
    result: dict[str, ConversationShare] = {}
    for code in sorted(tasks):
        keys = sorted({exact_key(text) for _, text, _ in tasks[code]})
        found: set[str] = set()
        unmatched = []
        for key in keys:
            match = {key} if key in listed else by_loose.get(loose_key(key), set())
            if len(match) == 1:
                found |= match
            else:
                unmatched.append(key)
        older = sorted({old for key in found for old in codes_of.get(key, ())})
        candidates = sorted({key for old in older for key in tasks_of[old]})
        matched = len(keys) - len(unmatched)
        for key in unmatched:
            mine = words(key)
            best = max(((closeness(mine, word_sets[other]), other) for other in candidates),
                       default=(0.0, ""))
            if best[0] >= CLOSE_WORDS:
                found.add(best[1])
                matched += 1
        enough = bool(matched) and matched >= MIN_MATCHED * len(keys)
        result[code] = ConversationShare(
            sum(share_by_task.get(key, 0.0) for key in sorted(found)) if enough else None,
            matched, len(keys))
    return result
