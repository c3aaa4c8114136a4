"""Combined BLS lines: SOC occupations that BLS publishes only together with others.

BLS's projections and OEWS publish some SOC 2018 occupations only as one combined line, for
example 21-1018 "Substance abuse, behavioral disorder, and mental health counselors" for
O*NET's 21-1011 and 21-1014, or 31-1120 "Home health and personal care aides" for 31-1121 and
31-1122. The mapping is read from the sources, not typed in: an O*NET SOC code with no line
of its own is covered by the one published line in its SOC broad group (same first five
digits, ``21-101x``) whose code is not an O*NET occupation. When a broad group has no such
line, or more than one, the career keeps "not available".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping

from careerdesk.build.schema import insert


def broad_group(soc: str) -> str:
    """The SOC broad group a detailed code belongs to: its first five digits ("21-101")."""
    return soc[:6]


def covering_lines(published: Iterable[str], onet_socs: Iterable[str]) -> dict[str, str]:
    """For each O*NET SOC code without a published line, the combined line that covers it.

    ``published``: the detailed line codes a source publishes.
    """
    lines = set(published)
    ours = set(onet_socs)
    combined: dict[str, list[str]] = {}
    for code in lines - ours:
        combined.setdefault(broad_group(code), []).append(code)
    found = {}
    for soc in sorted(ours - lines):
        candidates = combined.get(broad_group(soc), [])
        if len(candidates) == 1:
            found[soc] = candidates[0]
    return found


def merge(by_source: Mapping[str, Mapping[str, str]]) -> dict[str, str]:
    """One mapping from each source's; a SOC code two sources map differently is an error
    (ValueError naming it)."""
    merged: dict[str, str] = {}
    for source, mapping in by_source.items():
        for soc, line in mapping.items():
            if merged.setdefault(soc, line) != line:
                raise ValueError(f"{source} covers SOC {soc} with {line}, another source "
                                 f"with {merged[soc]}")
    return merged


def write(conn: sqlite3.Connection, mapping: Mapping[str, str],
          titles: Mapping[str, str]) -> None:
    """Store the mapping (``titles``: the combined lines' BLS titles)."""
    insert(conn, "bls_group",
           sorted((soc, line, titles[line]) for soc, line in mapping.items()))
