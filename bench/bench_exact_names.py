"""How often a query that is word for word one of O*NET's names misses its career.

Draws ``--n`` names at random (``--seed``) from every O*NET 29.3 title, alternate title and
short title in ``data/careers.db``, searches each as typed (lower case) and prints how many
do not put a career holding that exact name first, with the first ten such names. Names
several careers share count when the first is any of them. It makes no assertions. Run from
the repository root: ``.venv/bin/python bench/bench_exact_names.py [--seed 7] [--n 3000]``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careerdesk.search import SearchEngine  # noqa: E402
from careerdesk.store import CareerStore  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--db", type=Path, default=ROOT / "data" / "careers.db")
    args = parser.parse_args()
    with CareerStore(args.db) as store:
        owners: dict[str, set[str]] = {}
        connection = store.connection()
        for code, title in connection.execute("SELECT code, title FROM occupation"):
            owners.setdefault(title.lower(), set()).add(code)
        for code, title, short in connection.execute("SELECT code, title, short FROM title"):
            for name in (title, short):
                if name:
                    owners.setdefault(name.lower(), set()).add(code)
        engine = SearchEngine(store)
        engine.preload()
        names = random.Random(args.seed).sample(sorted(owners), min(args.n, len(owners)))
        missed = []
        for name in names:
            results = engine.search(name, limit=1)
            if not results or results[0].code not in owners[name]:
                missed.append((name, results[0].title if results else "(nothing)"))
    print(f"{len(missed)} of {len(names)} exact O*NET names do not find a career holding the "
          f"name first (seed {args.seed})")
    for name, first in missed[:10]:
        print(f"  {name!r}: first {first!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
