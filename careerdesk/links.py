"""Public web pages about a career. CareerDesk never opens them by itself: they open in the
system browser only when the user clicks one, and they are marked as needing the internet."""

from __future__ import annotations

from careerdesk.i18n import translate
from careerdesk.model import Career


def public_pages(career: Career) -> list[tuple[str, str]]:
    """(label, address) of pages about this career on public sites."""
    soc = career.soc.code.replace("-", "")
    pages = [
        ("My Next Move", f"https://www.mynextmove.org/profile/summary/{career.code}"),
        ("O*NET OnLine", f"https://www.onetonline.org/link/summary/{career.code}"),
    ]
    if career.outlook is not None and career.outlook.handbook_url:
        # the page BLS itself links this occupation to (several may share one page)
        pages.append((translate("Links", "Occupational Outlook Handbook (BLS)"),
                      career.outlook.handbook_url))
    if career.wages is not None:
        pages.append((translate("Links", "BLS wages (OEWS)"),
                      f"https://www.bls.gov/oes/current/oes{soc}.htm"))
    return pages
