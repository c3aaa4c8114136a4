"""Tomlinson et al., "Working with AI" (``ai-microsoft-working-with-ai/``): the AI
applicability score of each SOC occupation, from observed Copilot conversations.
"""

from __future__ import annotations

from pathlib import Path

from careerdesk.build.readers import read_csv

FOLDER = "ai-microsoft-working-with-ai"


def load(src: Path) -> dict[str, float]:
    """AI applicability score (0-1) per SOC code."""
    scores = {}
    path = src / FOLDER / "soc_ai_applicability_scores.csv"
    for row in read_csv(path, ["SOC Code", "ai_applicability_score"]):
        value = row.required_number("ai_applicability_score")
        if not 0.0 <= value <= 1.0:
            raise row.fail("ai_applicability_score", f"{value} is outside 0-1")
        scores[row.soc_code("SOC Code")] = value
    return scores
