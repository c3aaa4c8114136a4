"""How long comparisons take: the model of four careers, and the four-career PDF command.

Run: .venv/bin/python bench/bench_compare.py   (prints figures; asserts nothing)
Targets: model of four careers <= 150 ms (issue 4); whole `careerdesk compare` process
writing the four-career PDF <= 2 s on the review machine (issue 11; it timed 2.1-2.5 s where
this machine times 1.0 s, so about 2.2 times slower: <= 0.9 s here).
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careerdesk.comparison import build_comparison  # noqa: E402
from careerdesk.store import CareerStore  # noqa: E402

DB = ROOT / "data" / "careers.db"
FOUR = ["43-6013.00", "15-1252.00", "29-1141.00", "47-2111.00"]


def summary(label: str, seconds: list[float], unit: float = 1000, suffix: str = "ms") -> None:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{label:44} min {ordered[0] * unit:8.2f} {suffix}  "
          f"median {statistics.median(ordered) * unit:8.2f} {suffix}  "
          f"p95 {p95 * unit:8.2f} {suffix}  (n={len(ordered)})")


def bench_model(runs: int = 50) -> None:
    with CareerStore(DB) as store:
        careers = [store.career(code) for code in FOUR]
        build, load_and_build = [], []
        for _ in range(runs):
            start = time.perf_counter()
            build_comparison(careers, state="California")
            build.append(time.perf_counter() - start)
        for _ in range(runs):
            start = time.perf_counter()
            build_comparison([store.career(code) for code in FOUR], state="California")
            load_and_build.append(time.perf_counter() - start)
    summary("comparison model, 4 careers (build)", build)
    summary("comparison model, 4 careers (load + build)", load_and_build)


def bench_view(runs: int = 10) -> None:
    """The comparison view in the window: shown (model, table, first paint), then with its
    four charts drawn (they are drawn one per event-loop turn after the table shows)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from careerdesk.ui.settings import use_settings_path

    use_settings_path(tempfile.mkdtemp())
    from PySide6.QtWidgets import QApplication

    import careerdesk.ui.compare_model as compare_model
    from careerdesk.ui.app import application
    from careerdesk.ui.main_window import MainWindow

    application()
    with CareerStore(DB) as store:
        window = MainWindow(store)
        window.show()
        window.show_comparison(FOUR[2:])  # first use: imports matplotlib
        QApplication.processEvents()
        shown, complete, cached = [], [], []
        for number in range(runs):
            if number < runs - 1:
                compare_model._CHART_CACHE.clear()  # new careers: charts to draw
            start = time.perf_counter()
            window.show_comparison(FOUR)
            window.compare_view.repaint()  # laid out and painted now; charts still to come
            shown.append(time.perf_counter() - start)
            while window.compare_view.model.charts_pending():
                QApplication.processEvents()
            (complete if number < runs - 1 else cached).append(time.perf_counter() - start)
        window.close()
    summary("comparison view, 4 careers, table shown", shown)
    summary("comparison view, 4 careers, charts drawn", complete)
    summary("  again, charts already drawn", cached)


def bench_pdf(runs: int = 5) -> None:
    walls, inside, pages = [], [], set()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "four.pdf"
        command = [sys.executable, "-m", "careerdesk", "--db", str(DB), "compare", *FOUR,
                   "--pdf", str(target), "--prepared-for", "Bench", "--state", "California"]
        for _ in range(runs):
            start = time.perf_counter()
            result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT,
                                    check=True)
            walls.append(time.perf_counter() - start)
            found = re.search(r": (\d+) pages? in ([\d.]+) s", result.stdout)
            if found is None:
                raise SystemExit(f"unexpected output: {result.stdout!r}")
            pages.add(int(found.group(1)))
            inside.append(float(found.group(2)))
    summary("careerdesk compare, 4-career PDF (wall)", walls, 1, "s ")
    summary("  time reported inside the process", inside, 1, "s ")
    print(f"{'  pages':44} {sorted(pages)}")


if __name__ == "__main__":
    bench_model()
    bench_view()
    bench_pdf()
