"""How figures read, the same in the app, the command line, printouts and narratives.

A missing figure always reads "not available", never 0.
"""

from __future__ import annotations

NOT_AVAILABLE = "not available"


def money(value: float | None, *, top_coded: bool = False, cents: bool = False) -> str:
    if value is None:
        return NOT_AVAILABLE
    text = f"${value:,.2f}" if cents else f"${round(value):,}"
    return f"{text} or more" if top_coded else text


def count(value: int | None) -> str:
    return NOT_AVAILABLE if value is None else f"{value:,}"


def signed_percent(value: float | None) -> str:
    return NOT_AVAILABLE if value is None else f"{value:+.1f}%"


def percent(value: float | None, digits: int = 0) -> str:
    return NOT_AVAILABLE if value is None else f"{value:.{digits}f}%"


def years_range(low: float | None, high: float | None) -> str:
    """Preparation time in words: 'a few months to a year', '4 to 6 years' ..."""
    if low is None or high is None:
        return NOT_AVAILABLE
    if high <= 0:
        return "little or no preparation after high school"
    if high <= 0.1:
        return "about a month or less"
    if high <= 0.25:
        return "up to about three months"
    if high <= 1:
        return "a few months to a year"

    def years(value: float) -> str:
        return f"{value:g}" if value != int(value) else str(int(value))

    if low == high:
        return f"about {years(high)} years"
    if low < 1:
        return f"less than a year to {years(high)} years"
    return f"{years(low)} to {years(high)} years"


def lower_first(text: str) -> str:
    """'Answer telephones.' -> 'answer telephones' (keeps acronyms such as 'CPR')."""
    text = text.strip().rstrip(".")
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]
