"""Who supervises whose work: the first-line supervisors of the reviewed data file
``supervisors.tsv`` (from the SOC's definitions), for job titles that name a supervisor of
some work. "Transit Supervisor" names the supervisor of what transit bus drivers do, whose
O*NET career ("First-Line Supervisors of Material-Moving Machine and Vehicle Operators") holds
neither word; ``careerdesk.search.title_ranker`` brings it in beside the careers doing the
work the title names."""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

DATA_FILE = Path(__file__).with_name("supervisors.tsv")

# A query word naming someone who supervises others' work on the spot. Narrower than
# roles.ROLE_WORDS: a "Planning Director" or "Chief of Police" is not a first-line supervisor.
SUPERVISING_WORDS = frozenset({
    "supervisor", "supervisors", "supervising", "foreman", "forewoman", "foreperson", "foremen",
    "forelady", "leadworker", "leadman", "boss", "overseer", "crewleader", "supervisory"})
# ... and these as the title's last word only: a "Shipping Lead" or "Crew Leader" supervises,
# a "Lead Carpenter" or "Lead Team Assembler" is the most senior of the workers
LAST_WORD_SUPERVISING = frozenset({"lead", "leader"})
# ... and a rank, of police, corrections and fire work only (SOC 33): a "Corrections
# Lieutenant" supervises correctional officers; a "Staff Sergeant" is the military's
RANK_WORDS = frozenset({"sergeant", "lieutenant", "captain", "sgt", "lt", "capt"})
RANKED_WORK = "33-"


class Supervisors:
    """The supervisors of each kind of work, read from ``path`` once; an unreadable file
    leaves none (said once in the log)."""

    def __init__(self, path: Path = DATA_FILE) -> None:
        self._path = path
        self._prefixes: list[tuple[str, str]] | None = None  # (work's prefix, supervisor)
        self._of: dict[str, tuple[str, ...]] = {}

    def of(self, code: str) -> tuple[str, ...]:
        """The O*NET-SOC codes of the careers that supervise the work of career ``code``
        (none for a supervisor's own code)."""
        known = self._of.get(code)
        if known is None:
            matching = [(len(prefix), boss) for prefix, boss in self._loaded()
                        if code.startswith(prefix) and boss != code]
            longest = max((n for n, _ in matching), default=0)
            known = tuple(sorted(boss for n, boss in matching if n == longest))
            self._of[code] = known
        return known

    def _loaded(self) -> list[tuple[str, str]]:
        if self._prefixes is None:
            prefixes = []
            try:
                for line in self._path.read_text(encoding="utf-8").splitlines():
                    if not line.strip() or line.startswith("#"):
                        continue
                    boss, work = line.split("\t")
                    prefixes += [(p.strip(), boss.strip()) for p in work.split(",") if p.strip()]
            except (OSError, UnicodeError, ValueError) as error:
                log.warning("no supervisors for job titles: %s: %s", self._path, error)
                prefixes = []
            self._prefixes = prefixes
        return self._prefixes
