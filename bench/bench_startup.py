"""Start-up to a window ready for typing: CareerDesk beside a bare PySide6 window.

Each run is a fresh process (cold interpreter, warm disk cache); the two kinds alternate so
they see the same machine state. CareerDesk starts as the ``careerdesk`` command does
(``careerdesk.cli.main([])``), from compiled bytecode as an installed copy does, on a lab
set-up that is guest-only (so no "who is using" question is waiting) with fresh settings and
user data.

Two moments are timed from process start, read off the child's clock
(``time.perf_counter`` is the same clock in both processes):

- **ready for typing**: the window has been painted and the search box has the keyboard
  focus; this is the figure compared with the bare window (target: at most 1.3x);
- **loaded**: the careers are listed, user data is open and every command works.

Prints medians, the ratio of the medians, and the ratio within each bare/CareerDesk pair
(median and middle half), which is steadier on a noisy machine.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "21"))

BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); box = QLineEdit(); w.setCentralWidget(box); w.show(); box.setFocus()
app.processEvents()
assert box.hasFocus()
print(time.perf_counter())
"""

CAREERDESK = """
import time, sys
from PySide6.QtWidgets import QApplication
import careerdesk.ui.app as app_module
marks = {}
real_start = app_module.start

def start(*args, **kwargs):  # the real start(), with two marks on the window it makes
    window = real_start(*args, **kwargs)

    def ready():
        assert window.search.box.hasFocus()
        marks["ready"] = time.perf_counter()

    def loaded():
        assert window.search.model.rowCount() > 0
        marks["loaded"] = time.perf_counter()
        QApplication.quit()

    window.firstPainted.connect(ready)  # start() loads on the next event-loop turn
    window.attached.connect(loaded)
    return window

app_module.start = start
from careerdesk.cli import main
main([])  # what the careerdesk command runs
print(marks["ready"], marks["loaded"], "matplotlib" in sys.modules)
"""


def once(code: str, env: dict[str, str]) -> list[str]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=ROOT, check=True)
    fields = done.stdout.split()
    # perf_counter is CLOCK_MONOTONIC on Linux: the child's readings are on our clock.
    return [str(float(f) - started) if f[0].isdigit() else f for f in fields]


def main() -> None:
    # An installed CareerDesk runs from bytecode (pip compiles it; so does the bundle), but
    # with PYTHONDONTWRITEBYTECODE a checkout would compile every module on every start.
    import compileall

    compileall.compile_dir(ROOT / "careerdesk", quiet=1)
    work = Path(tempfile.mkdtemp())
    lab = work / "careerdesk.ini"
    lab.write_text("[defaults]\nguest_only = yes\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CAREERDESK_LAB_CONFIG=str(lab),
               CAREERDESK_DATA_DIR=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"))
    bare, desk = [], []
    once(BARE, env)
    once(CAREERDESK, env)  # warm the disk cache
    for _ in range(RUNS):
        bare.append(float(once(BARE, env)[0]))
        desk.append(once(CAREERDESK, env))
    ready = [float(r[0]) for r in desk]
    loaded = [float(r[1]) for r in desk]
    print(f"bare PySide6 window      process start to ready for typing: median "
          f"{statistics.median(bare) * 1000:4.0f} ms")
    print(f"CareerDesk main window   process start to ready for typing: median "
          f"{statistics.median(ready) * 1000:4.0f} ms; careers listed and every command "
          f"working: median {statistics.median(loaded) * 1000:4.0f} ms")
    ratio = statistics.median(ready) / statistics.median(bare)
    # Each CareerDesk run follows a bare run, so the two share the machine's state; the
    # ratio within each pair is steadier than the ratio of the medians on a noisy machine.
    pairs = sorted(r / b for r, b in zip(ready, bare, strict=True))
    quartiles = statistics.quantiles(pairs, n=4)
    fully = statistics.median(loaded) / statistics.median(bare)
    print(f"ratio CareerDesk / bare (target <= 1.30x): {ratio:.2f}x of the medians; per pair "
          f"median {statistics.median(pairs):.2f}x, middle half {quartiles[0]:.2f}-"
          f"{quartiles[2]:.2f}x; fully loaded {fully:.2f}x; matplotlib imported at start-up: "
          f"{desk[0][2]}")

if __name__ == "__main__":
    main()
