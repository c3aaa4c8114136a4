"""Eloundou et al., "GPTs are GPTs" (``ai-gpts-are-gpts/``): each occupation's exposure
to large language models (GPT-4 rated, beta measure) and the automation level (T0-T4) of
each of its tasks.

The study's repository holds two GPT-4 automation ratings of the same 19,265 tasks; they
differ on 6,321 of them. The levels come from ``automation_gpt4_human_labels.tsv``, the
file published for the automation rating with human raters' levels beside GPT-4's (100
tasks): GPT-4 agrees with them there on 65 of the 100 (mean difference 0.40 of a level)
against 62 (0.41) for the ``gpt4_automation`` column of ``full_labelset.tsv``, and it is the
file the data README's worked example counts (Medical Secretaries: T3 x11, T2 x5). Exposure
comes from ``occ_level.csv`` as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from careerdesk.build.onet import CODE, Onet
from careerdesk.build.readers import read_csv, read_tsv

FOLDER = "ai-gpts-are-gpts"
LEVELS = {"T0": 0, "T1": 1, "T2": 2, "T3": 3, "T4": 4}
AUTOMATION_FILE = "automation_gpt4_human_labels.tsv"


@dataclass(frozen=True)
class GptsData:
    """Exposure (0-1) per occupation and the T-levels of its tasks."""

    exposure: dict[str, float]
    automation: dict[str, list[int]]


def load(src: Path, onet: Onet) -> GptsData:
    base = src / FOLDER
    exposure = {}
    for row in read_csv(base / "occ_level.csv", [CODE, "dv_rating_beta"]):
        code = onet.known(row)
        value = row.required_number("dv_rating_beta")
        if not 0.0 <= value <= 1.0:
            raise row.fail("dv_rating_beta", f"{value} is outside 0-1")
        exposure[code] = value
    automation: dict[str, list[int]] = {}
    for row in read_tsv(base / AUTOMATION_FILE, [CODE, "Task ID", "gpt4_automation"]):
        code = onet.known(row)
        level = row.text("gpt4_automation")
        if level not in LEVELS:
            raise row.fail("gpt4_automation", f"unknown automation level {level!r}")
        automation.setdefault(code, []).append(LEVELS[level])
    return GptsData(exposure, automation)
