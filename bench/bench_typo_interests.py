"""How well a student's typo in an interest's word still reads as that interest.

For each of three fixed seeds, takes 300 one-word interest phrases of
``careerdesk/search/synonyms.tsv`` (five letters or more), makes one typo in each as people
make them (a letter left out, two letters swapped, a letter typed wrong, a letter typed
twice; never the first or last letter), and reads "i like <word>" and "i like <typo>" with
``SearchEngine.understand``. It prints how many typos read as the same interests, as another
interest, and as none. A typo that is itself an English word ("bakers" for "beakers") counts
as missed, as a student would see it.

The words come from the reviewed data file and the typos from a seeded random generator, so
the figures move only when the reading of words does. It makes no assertions. Run from the
repository root: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_typo_interests.py
[--seeds 35 36 37] [--verbose]``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careerdesk.search import SearchEngine  # noqa: E402
from careerdesk.search.phrases import load_phrases  # noqa: E402
from careerdesk.store import CareerStore  # noqa: E402

WORDS_PER_SEED = 300
VOWELS = "aeiou"
CONSONANTS = "bcdfghklmnprst"


def typo(word: str, rng: random.Random) -> str:
    """One typo inside the word (not its first or last letter)."""
    at = rng.randrange(1, len(word) - 1)
    kind = rng.choice("dtsi")
    if kind == "d":  # a letter left out
        return word[:at] + word[at + 1:]
    if kind == "t":  # two letters swapped
        return word[:at] + word[at + 1] + word[at] + word[at + 2:]
    if kind == "s":  # a letter typed wrong, a vowel for a vowel
        return word[:at] + rng.choice(VOWELS if word[at] in VOWELS else CONSONANTS) \
            + word[at + 1:]
    return word[:at] + word[at] + word[at:]  # a letter typed twice


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[35, 36, 37])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    engine = SearchEngine(CareerStore(ROOT / "data" / "careers.db"))
    engine.preload()
    words = sorted({t[0] for g in load_phrases().concepts for t in g.triggers
                    if len(t) == 1 and len(t[0]) >= 5 and t[0].isalpha()})
    print(f"{len(words)} one-word interest phrases; {WORDS_PER_SEED} per seed")
    print(f"{'seed':>5} {'typos':>6} {'same':>6} {'other':>6} {'none':>6}")
    totals = [0, 0, 0, 0]
    for seed in args.seeds:
        rng = random.Random(seed)
        same = other = none = made = 0
        for word in rng.sample(words, WORDS_PER_SEED):
            typed = typo(word, rng)
            if typed == word:
                continue
            made += 1
            meant = [t.text for t in engine.understand(f"i like {word}").terms]
            read = [t.text for t in engine.understand(f"i like {typed}").terms]
            if read == meant:
                same += 1
                continue
            if any(t.startswith("concept:") for t in read):
                other += 1
            else:
                none += 1
            if args.verbose:
                print(f"      {word} -> {typed}: {read} (meant {meant})")
        print(f"{seed:>5} {made:>6} {same:>6} {other:>6} {none:>6}")
        for i, n in enumerate((made, same, other, none)):
            totals[i] += n
    made, same, other, none = totals
    print(f"{'all':>5} {made:>6} {same:>6} {other:>6} {none:>6}   "
          f"same {100 * same / max(made, 1):.1f} %")


if __name__ == "__main__":
    main()
