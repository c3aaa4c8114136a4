"""Outlook categories: BLS 2024-34 projected growth compared with the all-occupation average.

This is the one place the bands are defined; the importer stores each occupation's
category and the app explains the bands from ``describe_bands``.
"""

from __future__ import annotations

# BLS Employment Projections 2024-34, Table 1.2, "Total, all occupations".
ALL_OCCUPATIONS_CHANGE = 3.1

# (lowest percent change relative to the average, category, trend for the AI label)
_BANDS: list[tuple[float, str, str]] = [
    (4.0, "Much faster than average", "growing"),
    (1.5, "Faster than average", "growing"),
    (-1.5, "About as fast as average", "stable"),
    (-(ALL_OCCUPATIONS_CHANGE + 1.0), "Slower than average", "stable"),
    (float("-inf"), "Declining", "declining"),
]

CATEGORIES = [category for _, category, _ in _BANDS]


def category(percent_change: float | None, average: float = ALL_OCCUPATIONS_CHANGE) -> str | None:
    """The outlook category for a projected percent change, or None when there is none."""
    if percent_change is None:
        return None
    difference = round(percent_change - average, 1)  # BLS publishes one decimal
    for lowest, name, _ in _BANDS:
        if difference >= lowest:
            return name
    raise AssertionError("unreachable: the last band has no lower bound")


def trend(category_name: str | None) -> str:
    """Collapse a category to growing, stable or declining ('unknown' when missing)."""
    for _, name, direction in _BANDS:
        if name == category_name:
            return direction
    return "unknown"


def describe_bands(average: float = ALL_OCCUPATIONS_CHANGE) -> str:
    """The bands in words, with the percent changes they cover."""
    lines = [f"Compared with the average projected change for all occupations ({average:+.1f}%):"]
    upper: float | None = None
    for lowest, name, _ in _BANDS:
        low = average + lowest
        if upper is None:
            lines.append(f"- {name}: {low:+.1f}% or more")
        elif lowest == float("-inf"):
            lines.append(f"- {name}: below {upper:+.1f}% (jobs are expected to shrink)")
        else:
            lines.append(f"- {name}: {low:+.1f}% up to {upper:+.1f}%")
        upper = low
    return "\n".join(lines)
