"""How figures read, the same in the app, the command line, printouts and narratives.

A missing figure always reads "not available", never 0.
"""

from __future__ import annotations

from careerdesk.i18n import QT_TRANSLATE_NOOP, translate

# The English text; shown through not_available(), which translates it.
NOT_AVAILABLE = QT_TRANSLATE_NOOP("Formatting", "not available")


def not_available() -> str:
    """"not available" in the user's language (English without a running app)."""
    return translate("Formatting", NOT_AVAILABLE)


def money(value: float | None, *, top_coded: bool = False, cents: bool = False) -> str:
    if value is None:
        return not_available()
    text = f"${value:,.2f}" if cents else f"${round(value):,}"
    return translate("Formatting", "{money} or more").format(money=text) if top_coded else text


def count(value: int | None) -> str:
    return not_available() if value is None else f"{value:,}"


# BLS publishes openings in thousands with one decimal: 0.0 thousand is fewer than 50.
OPENINGS_ROUNDED_AWAY = 50


def openings(value: int | None) -> str:
    """Job openings a year: "12,300"; a figure BLS rounds to 0.0 thousand is "fewer than
    50", never 0."""
    if value is None:
        return not_available()
    if value < OPENINGS_ROUNDED_AWAY:
        return translate("Formatting", "fewer than {count}").format(
            count=OPENINGS_ROUNDED_AWAY)
    return f"{value:,}"


def signed_percent(value: float | None) -> str:
    return not_available() if value is None else f"{value:+.1f}%"


def percent(value: float | None, digits: int = 0) -> str:
    return not_available() if value is None else f"{value:.{digits}f}%"


def years_range(low: float | None, high: float | None) -> str:
    """Preparation time in words: 'a few months to a year', '4 to 6 years' ..."""
    if low is None or high is None:
        return not_available()
    if high <= 0:
        return translate("Formatting", "little or no preparation after high school")
    if high <= 0.1:
        return translate("Formatting", "about a month or less")
    if high <= 0.25:
        return translate("Formatting", "up to about three months")
    if high <= 1:
        return translate("Formatting", "a few months to a year")

    def years(value: float) -> str:
        return f"{value:g}" if value != int(value) else str(int(value))

    if low == high:
        return translate("Formatting", "about {high} years").format(high=years(high))
    if low < 1:
        return translate("Formatting", "less than a year to {high} years").format(
            high=years(high))
    return translate("Formatting", "{low} to {high} years").format(low=years(low),
                                                                   high=years(high))


def lower_first(text: str) -> str:
    """'Answer telephones.' -> 'answer telephones' (keeps acronyms such as 'CPR')."""
    text = text.strip().rstrip(".")
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def whole_percent(share: float) -> int:
    """A share (0-1) in whole percent, where only all of it is 100: 99.9 % is 99, never a
    rounded 100 ("99% of its jobs with government employers": not every one)."""
    return 100 if share >= 1 else min(round(share * 100), 99)


def share_of_all(share: float) -> str:
    """A share (0-1) as people read it: "62%", "less than 1%" for a share that rounds to 0
    (some jobs are there), "99%" for 99.9 % (not all of them)."""
    if 0 < share < 0.005:
        return translate("Formatting", "less than 1%")
    return translate("Formatting", "{percent}%").format(percent=whole_percent(share))
