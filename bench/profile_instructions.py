"""Instructions per profile opening, counted by valgrind (callgrind): a figure that does not
move with the load of a shared two-core machine, where bench_profile.py's milliseconds do.

    .venv/bin/python bench/profile_instructions.py [--against OTHER_CHECKOUT] [--openings 50]

Each checkout's code runs in a child process as bench_profile.py does (a window 800 x 672
offscreen, the "Inside this career" tab with its chart, every 9th career with tasks); the
child is counted twice, opening no career and then ``--openings`` careers after the first,
with pending events and deferred deletions run before either, and the difference divided by
the openings is printed. Each count takes about three minutes. Needs ``valgrind``. Prints
figures, asserts nothing."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()


def child(openings: int) -> None:
    import time

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from careerdesk.ui.settings import use_settings_path

    use_settings_path(tempfile.mkdtemp())
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from careerdesk.store import CareerStore
    from careerdesk.ui.app import application
    from careerdesk.ui.main_window import MainWindow
    from careerdesk.ui.tabs.inside import InsideTab

    application()
    store = CareerStore()
    window = MainWindow(store)
    window.show()
    window.profile.show_tab(window.profile.pages.index(window.profile.page(InsideTab)))
    codes = [c.code for c in store.careers() if store.career(c.code).tasks][::9]
    window.open_career(codes[0])  # the first chart imports matplotlib
    for _ in range(20):  # the window's delayed layouts, once
        QApplication.processEvents()
        time.sleep(0.02)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for code in codes[1:1 + openings]:
        window.open_career(code)
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def count(checkout: Path, openings: int) -> int:
    """Instructions the child runs with this checkout's code."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callgrind.out"
        env = {**os.environ, "PYTHONPATH": str(checkout), "QT_QPA_PLATFORM": "offscreen",
               "PYTHONMALLOC": "malloc"}
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                        sys.executable, str(HERE), "--child", str(openings)],
                       env=env, cwd=checkout, check=True, capture_output=True)
        totals = re.search(r"^(?:summary|totals): (\d+)", out.read_text(errors="replace"),
                           re.MULTILINE)
        assert totals is not None, "no totals in callgrind's output"
        return int(totals.group(1))


def per_opening(checkout: Path, openings: int) -> float:
    return (count(checkout, openings) - count(checkout, 0)) / openings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="another checkout to count beside")
    parser.add_argument("--openings", type=int, default=50)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child)
        return
    here = per_opening(HERE.parent.parent, args.openings)
    print(f"this checkout: {here / 1e6:.1f} M instructions per profile opening")
    if args.against:
        there = per_opening(args.against.resolve(), args.openings)
        print(f"{args.against}: {there / 1e6:.1f} M instructions per profile opening")
        print(f"ratio (this / that): {here / there:.2f}")


if __name__ == "__main__":
    main()
