"""Careers the engine still shows that counselors judged unfair for the same phrases.

Every judged round (``eval/results_judged_rounds*.tsv``) and every tuning row with a fair
list (``eval/student_phrases*.tsv``) holds marks: a phrase, a career shown for it, y or n.
This script searches each distinct phrase once with the engine of this checkout, reads which
interests it understood (its ``concept:`` chips, or "(words)" when none) and whether it wished
for pay ("+pay": the careers are then sorted by pay, and a career can be marked unfair only
for its pay), and for every career in the top five adds that phrase's marks for it to the
pair (interest, career). It prints the pairs marked unfair at least N times (default 6) and
fair at most a quarter of the time: the careers an interest reaches through another sense of
its words, which ``synonyms.tsv`` can leave out with ``!code`` (a concept said alone).

It makes no assertions and changes nothing: it prints figures. A pair marked in a "+pay" line
is about pay, not about the interest: leave such a career out only of the interest's pay
list (a ``paid`` line), never of the interest. Run from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/mine_unfair.py [N]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careerdesk.search import SearchEngine  # noqa: E402
from careerdesk.store import CareerStore  # noqa: E402

EVAL = ROOT / "bench" / "eval"
UNFAIR_SHARE = 0.25  # at most this share of a pair's marks fair


def judged_marks() -> dict[tuple[str, str], list[int]]:
    """(phrase, code) -> [times marked fair, times marked unfair], over every judged file."""
    marks: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    files = sorted(EVAL.glob("results_judged_rounds*.tsv")) + sorted(
        EVAL.glob("student_phrases*.tsv"))
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(("#", "round\t")):
                continue
            parts = line.split("\t")
            if len(parts) < 4 or len(parts[2].split(",")) != len(parts[3]):
                continue  # a tuning row's fair list, not five marks
            for code, mark in zip(parts[2].split(","), parts[3], strict=True):
                marks[(parts[1].strip().lower(), code)][0 if mark == "y" else 1] += 1
    return marks


def mine(engine: SearchEngine, marks: dict[tuple[str, str], list[int]]
         ) -> dict[tuple[str, str], tuple[int, int, set[str]]]:
    """(interest, code) -> (fair, unfair, phrases) for the careers now in each top five."""
    pairs: dict[tuple[str, str], tuple[int, int, set[str]]] = {}
    for phrase in sorted({p for p, _ in marks}):
        understood = engine.understand(phrase)
        pay = "+pay" if any(c.key == "wish:pay" for c in understood.chips) else ""
        interests = [c.key for c in understood.chips if c.key.startswith("concept:")]
        for result in engine.search(phrase, limit=200)[:5]:
            fair, unfair = marks.get((phrase, result.code), (0, 0))
            if fair + unfair == 0:
                continue
            for interest in interests or ["(words)"]:
                had = pairs.get((interest + pay, result.code), (0, 0, set()))
                pairs[(interest + pay, result.code)] = (
                    had[0] + fair, had[1] + unfair, had[2] | {phrase})
    return pairs


def main() -> None:
    least = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    store = CareerStore(ROOT / "data" / "careers.db")
    engine = SearchEngine(store)
    titles = {c.code: c.title for c in store.careers()}
    pairs = mine(engine, judged_marks())
    rows = [(interest, code, fair, unfair, phrases)
            for (interest, code), (fair, unfair, phrases) in pairs.items()
            if unfair >= least and fair <= UNFAIR_SHARE * (fair + unfair)]
    print(f"{len(rows)} pairs (interest, career) marked unfair {least}+ times and fair at most "
          f"{UNFAIR_SHARE:.0%} of the time, among the careers now in the top five:")
    for interest, code, fair, unfair, phrases in sorted(rows, key=lambda r: -r[3]):
        print(f"{unfair:4d} n {fair:3d} y  {interest[:42]:42s} {code} {titles[code][:44]}"
              f"  e.g. {', '.join(sorted(phrases)[:2])}")


if __name__ == "__main__":
    main()
