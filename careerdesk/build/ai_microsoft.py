"""Tomlinson et al., "Working with AI" (``ai-microsoft-working-with-ai/``): the AI
applicability score of each SOC occupation, from observed Copilot conversations.

The file scores SOC occupations as BLS publishes them, so a SOC code BLS counts only inside
a combined line (``careerdesk.build.bls_groups``) takes that line's score, found the same
way: the one scored line in its broad group whose code is not an O*NET occupation.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

from careerdesk.build import bls_groups
from careerdesk.build.readers import read_csv
from careerdesk.build.schema import insert

FOLDER = "ai-microsoft-working-with-ai"
FILE = "soc_ai_applicability_scores.csv"


def load(src: Path, soc_codes: Iterable[str] = (),
         combined: dict[str, str] | None = None) -> dict[str, float]:
    """AI applicability score (0-1) per SOC code, and per O*NET SOC code in ``soc_codes``
    that the file scores only inside a combined line (``combined`` receives those lines)."""
    scores = {}
    path = src / FOLDER / FILE
    for row in read_csv(path, ["SOC Code", "ai_applicability_score"]):
        value = row.required_number("ai_applicability_score")
        if not 0.0 <= value <= 1.0:
            raise row.fail("ai_applicability_score", f"{value} is outside 0-1")
        scores[row.soc_code("SOC Code")] = value
    covering = bls_groups.covering_lines(scores, soc_codes)
    if combined is not None:
        combined.update(covering)
    return {**scores, **{soc: scores[line] for soc, line in covering.items()}}


def fill_untasked(conn: sqlite3.Connection, careers: Mapping[str, str],
                  scores: Mapping[str, float]) -> int:
    """Give careers with no AI assessment row (O*NET lists no tasks for them, so the
    task-based measures are missing) the score of their SOC occupation, where the file has
    one. ``careers``: O*NET-SOC code -> SOC code. Returns how many were filled."""
    assessed = {code for (code,) in conn.execute("SELECT code FROM ai_assessment")}
    rows = sorted((code, scores[soc]) for code, soc in careers.items()
                  if code not in assessed and soc in scores)
    insert(conn, "ai_assessment", rows, ["code", "applicability"])
    return len(rows)
