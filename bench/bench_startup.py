"""Start-up to a window ready for typing: CareerDesk beside a bare PySide6 window.

Each run is a fresh process (cold interpreter, warm disk cache); the two kinds alternate so
they see the same machine state. Prints medians and the ratio (target: at most 1.3x).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "7"))

BARE = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); box = QLineEdit(); w.setCentralWidget(box); w.show(); box.setFocus()
app.processEvents()
print(time.perf_counter() - t0)
"""

CAREERDESK = """
import time, sys, tempfile
t0 = time.perf_counter()
from careerdesk.ui.settings import use_settings_path
use_settings_path(tempfile.mkdtemp())
from careerdesk.ui.app import application
from careerdesk.store import CareerStore
from careerdesk.ui.main_window import MainWindow
app = application()
w = MainWindow(CareerStore()); w.show(); w.search.focus_search()
app.processEvents()
assert w.search.box.hasFocus()
print(time.perf_counter() - t0, "matplotlib" in sys.modules)
"""


def once(code: str) -> tuple[float, float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    import time

    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=ROOT, check=True)
    wall = time.perf_counter() - started
    inside, *rest = done.stdout.split()
    return wall, float(inside), " ".join(rest)


def main() -> None:
    bare, desk = [], []
    once(BARE)
    once(CAREERDESK)  # warm the disk cache
    for _ in range(RUNS):
        bare.append(once(BARE))
        desk.append(once(CAREERDESK))
    for name, runs in (("bare PySide6 window", bare), ("CareerDesk main window", desk)):
        walls = [r[0] for r in runs]
        inside = [r[1] for r in runs]
        print(f"{name:24} process to ready: median {statistics.median(walls) * 1000:6.0f} ms"
              f"  (in-process after interpreter start: {statistics.median(inside) * 1000:5.0f} ms)")
    ratio = statistics.median(r[0] for r in desk) / statistics.median(r[0] for r in bare)
    print(f"ratio CareerDesk / bare: {ratio:.2f}x (target <= 1.30x); "
          f"matplotlib imported at start-up: {desk[0][2]}")


if __name__ == "__main__":
    main()
