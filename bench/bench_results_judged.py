"""Read the engine's first five against the phrases judged on the results shown.

``bench/eval/results_judged_rounds*.tsv`` hold phrases written blind, the five careers an
earlier engine showed for each, and a judge's mark on each (y fair, n not). For today's
engine each phrase's first five are read against those marks: a career marked y counts as
fair, one marked n as not, and one the judge never saw as unjudged. A phrase passes (at
least 3 of 5 fair) for sure when 3 marked y are shown; it may pass when the unjudged could
make up the rest.

    .venv/bin/python bench/bench_results_judged.py            # figures per file
    .venv/bin/python bench/bench_results_judged.py --changed  # and each phrase whose five changed
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careerdesk.search import SearchEngine  # noqa: E402
from careerdesk.store import CareerStore  # noqa: E402

EVAL = ROOT / "bench" / "eval"
PASS = 3


def rows(path: Path) -> list[tuple[str, list[str], str]]:
    """(phrase, codes shown, marks) of each judged phrase of a file."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("round\t"):
            continue
        _, phrase, shown, marks, *_ = line.split("\t")
        found.append((phrase, shown.split(",") if shown else [], marks))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changed", action="store_true",
                        help="print each phrase whose first five differ from those judged")
    parser.add_argument("--db", type=Path, default=ROOT / "data" / "careers.db")
    args = parser.parse_args()
    engine = SearchEngine(CareerStore(args.db))
    print(f"{'file':38} phrases  judged pass  pass now (sure-may)  changed")
    for path in sorted(EVAL.glob("results_judged_rounds*.tsv")):
        judged = sure = may = changed = 0
        read = rows(path)
        for phrase, shown, marks in read:
            fair = {c for c, m in zip(shown, marks, strict=True) if m == "y"}
            unfair = {c for c, m in zip(shown, marks, strict=True) if m == "n"}
            now = [r.code for r in engine.search(phrase, limit=200)[:5]]
            known = sum(c in fair for c in now)
            unjudged = sum(c not in fair and c not in unfair for c in now)
            judged += marks.count("y") >= PASS
            sure += known >= PASS
            may += known + unjudged >= PASS
            if now != shown:
                changed += 1
                if args.changed:
                    print(f"  {phrase!r}: judged {marks}; now {known} fair, {unjudged} unjudged")
        total = len(read)
        print(f"{path.name:38} {total:7}  {judged:11}  {sure:8}-{may:<10}  {changed:7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
