"""The printed profile (handout) of many careers, measured from the PDFs: pages (target at
most 2), how full each page is (no half-empty page but the last), the smallest type on any
page and the body text's size (targets: nothing below 7 pt, body 9 pt), how many of
``report.PROFILE_CUTS`` each needed, and the time per handout.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_profile_print.py [--all]``;
without ``--all`` it prints every 8th career plus the 25 with the most text. Type sizes are
read with ``pdftotext -bbox``: a word's box is its font's ascent plus descent, 1.164 em in
DejaVu Sans, the only font the printouts use.
"""

from __future__ import annotations

import collections
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EM_BOX = 1.164  # DejaVu Sans: ascent 0.928 + descent 0.236 of the font size
WORD = re.compile(r'xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<')


def measure(path: Path) -> list[dict[str, float]]:
    """Per page: the fill of the body (0-1), the smallest type and the commonest type (pt)."""
    raw = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    pages = []
    for chunk in raw.split("<page ")[1:]:
        height = float(re.search(r'height="([\d.]+)"', chunk).group(1))
        words = [(float(a), float(b), w) for a, b, w in WORD.findall(chunk)]
        footer = min(a for a, _, w in words if w == "Page")  # the footer's line
        body = [(a, b) for a, b, _ in words if b < footer - 4]
        top = min(a for a, _ in body)
        sizes = collections.Counter(round((b - a) / EM_BOX, 1) for a, b, _ in words)
        pages.append({"fill": (max(b for _, b in body) - top) / (footer - 8 - top),
                      "smallest": min(sizes), "body": sizes.most_common(1)[0][0],
                      "height": height})
    return pages


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    from careerdesk.printouts import profile_printout
    from careerdesk.report import PROFILE_CUTS
    from careerdesk.store import CareerStore
    from careerdesk.ui.print_document import fitted, write_pdf

    QGuiApplication(sys.argv[:1])
    store = CareerStore()
    meta = dict(store.meta)
    codes = [c.code for c in store.careers()]
    if "--all" not in sys.argv:
        def size(code: str) -> int:
            c = store.career(code)
            return len(c.description) + sum(len(n.text) for n in c.narratives) + sum(
                len(t.text) for t in c.tasks) + 20 * len(c.technology)

        longest = sorted(codes, key=size)[-25:]
        codes = sorted(set(codes[::8]) | set(longest))
    folder = Path(tempfile.mkdtemp())
    found = []
    for code in codes:
        started = time.perf_counter()
        career = store.career(code)
        printout = fitted(profile_printout(career, meta))
        cuts = next(k for k in range(len(PROFILE_CUTS) + 1)
                    if profile_printout(career, meta, cuts=k).html == printout.html)
        path = folder / f"{code}.pdf"
        write_pdf(printout, path)
        seconds = time.perf_counter() - started
        pages = measure(path)
        found.append((code, len(pages), cuts, pages, seconds))
        path.unlink()
    under = [(c, round(pages[-1]["fill"], 2)) for c, n, _, pages, _ in found
             if n > 1 and pages[-1]["fill"] < 0.5]
    counts = collections.Counter(n for _, n, _, _, _ in found)
    print(f"profile handouts of {len(found)} careers: pages {dict(sorted(counts.items()))}; "
          f"over 2 pages: {[c for c, n, _, _, _ in found if n > 2]}")
    print("cuts needed: " + str(dict(sorted(collections.Counter(
        k for _, _, k, _, _ in found).items()))))
    inner = [p["fill"] for _, _, _, pages, _ in found for p in pages[:-1]]
    last = [pages[-1]["fill"] for _, n, _, pages, _ in found if n > 1]
    if inner:
        print(f"fill of pages before the last: min {min(inner):.0%}, median "
              f"{statistics.median(inner):.0%}")
    if last:
        print(f"fill of the last page (2-page handouts): min {min(last):.0%}, median "
              f"{statistics.median(last):.0%}; under half: "
              f"{len(under)} of {len(last)} {under}")
    smallest = min(p["smallest"] for _, _, _, pages, _ in found for p in pages)
    bodies = collections.Counter(p["body"] for _, _, _, pages, _ in found for p in pages)
    print(f"smallest type on any page: {smallest} pt; commonest type per page: "
          f"{dict(bodies)}")
    times = sorted(s for *_, s in found)
    print(f"per handout (fitting, charts, PDF): median {statistics.median(times):.2f} s, "
          f"max {times[-1]:.2f} s")


if __name__ == "__main__":
    main()
