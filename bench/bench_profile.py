"""Opening a profile with its chart (p95 target <= 50 ms, issue 11 item 9) and memory after
50 profiles (target <= 250 MB RSS, not growing per profile)."""

from __future__ import annotations

import os
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def main() -> None:
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
    inside = window.profile.pages.index(window.profile.page(InsideTab))
    window.profile.show_tab(inside)
    codes = [c.code for c in store.careers() if store.career(c.code).tasks][::9][:60]
    window.open_career(codes[0])  # first chart: imports matplotlib
    QApplication.processEvents()
    times, memory = [], []
    for code in codes[1:51]:
        started = time.perf_counter()
        window.open_career(code)
        QApplication.processEvents()  # runs the canvas's pending draw and paints it
        # as the event loop would: delete the previous career's pages
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        chart = window.profile.page(InsideTab).chart
        assert chart.has_drawn()
        times.append((time.perf_counter() - started) * 1000)
        memory.append(rss_mb())
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"open profile + chart over {len(times)} careers: median "
          f"{statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms "
          "(target p95 <= 50 ms)")
    first, last = memory[:10], memory[-10:]
    growth = (statistics.mean(last) - statistics.mean(first)) / (len(memory) - 10)
    print(f"RSS after {len(memory)} profiles: {memory[-1]:.0f} MB (target <= 250 MB); "
          f"growth {growth * 1000:.0f} kB per profile between the first and last ten")


if __name__ == "__main__":
    main()
