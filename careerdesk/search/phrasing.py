"""The reviewed data file ``phrasing.tsv``: the phrases said around what a student wants
(lead-ins, tails, filler, soft words, wishes and the words wishes are said in), one list
each. Its header describes the form; ``careerdesk.search.phrases`` builds its lists from
what ``load_phrasing`` returns.
"""

from __future__ import annotations

from pathlib import Path

from careerdesk.search.text import words

PHRASING_FILE = Path(__file__).with_name("phrasing.tsv")
# The lists of the file, in the order they stand there.
LISTS = ("lead-in", "lead-out", "filler-word", "filler-phrase", "soft", "weak-verb",
         "wish:short-training", "wish:certificate", "wish:trade-school", "wish:two-year",
         "wish:four-year",
         "wish:no-college", "wish:pay", "wish:growth", "wish:nearby", "wish:benefits",
         "wish:good-job",
         "place-state", "place-code", "place-city", "place-lead", "region-word", "town-lead",
         "money-word", "much-word", "good-word", "no-word", "unsure-word", "hedge-word",
         "college-word", "negation", "watch-word", "media-word", "making-word", "wish:quick-pay",
         "self-word", "person-word", "place-phrase", "heard-word", "opposite-word", "it-word",
         "unsure", "aversion",
         "training-word", "class-kind-word", "kin-tail")
# The lists of single words.
WORD_LISTS = frozenset(n for n in LISTS if n.endswith("-word")) | {"soft", "weak-verb"}


def load_phrasing(path: Path = PHRASING_FILE) -> dict[str, tuple[str, ...]]:
    """Each list's phrases in the order written. A malformed line, a phrase already in its
    list (a reviewer adding it would not see it was there), or a list with no phrase
    raises ValueError."""
    found: dict[str, list[str]] = {name: [] for name in LISTS}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] not in found:
            raise ValueError(f"{path.name}:{number}: expected list<TAB>phrase, the list one "
                             f"of {', '.join(LISTS)}")
        name, phrase = parts
        if words(phrase) != phrase.split(" "):  # as a query is read: "dont", not "don't"
            raise ValueError(f"{path.name}:{number}: a phrase is folded words (lower case "
                             f"letters and digits) one space apart: {phrase!r}")
        if name in WORD_LISTS and " " in phrase:
            raise ValueError(f"{path.name}:{number}: {name} takes one word a line: {phrase!r}")
        if phrase in found[name]:
            raise ValueError(f"{path.name}:{number}: {phrase!r} is already in {name}")
        found[name].append(phrase)
    empty = [name for name in LISTS if not found[name]]
    if empty:
        raise ValueError(f"{path.name}: no phrase for {', '.join(empty)}")
    return {name: tuple(phrases) for name, phrases in found.items()}
