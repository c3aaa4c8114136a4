"""``careerdesk --selftest``: open the window offscreen, search, open a profile, visit every
tab, draw the chart, and exit 0 — or print what failed and exit 1. Packaging runs it."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

QUERY = "medical secretary"
EXPECTED = "43-6013.00"


def run(db: Path | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="careerdesk-selftest-") as folder:
        from careerdesk.ui.settings import use_settings_path

        use_settings_path(folder)
        try:
            steps = _walk(db)
        except Exception as exc:  # report any failure in one line
            print(f"careerdesk selftest: FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    print(f"careerdesk selftest: ok ({steps} checks, {time.perf_counter() - started:.1f} s)")
    return 0


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def _walk(db: Path | None) -> int:
    from PySide6.QtGui import QFontMetricsF

    from careerdesk.store import CareerStore
    from careerdesk.ui.app import application
    from careerdesk.ui.main_window import MainWindow
    from careerdesk.widgets.chart_canvas import ChartView

    app = application()
    _check(QFontMetricsF(app.font()).inFont("A"), "no usable font: text would be empty boxes")
    checks = 1
    with CareerStore(db) as store:
        window = MainWindow(store)
        window.show()
        app.processEvents()
        window.search.box.setText(QUERY)
        window.search.run_search()
        _check(window.search.model.rowCount() > 0, f"no results for {QUERY!r}")
        first = window.search.model.result(0)
        _check(first.code == EXPECTED, f"first result for {QUERY!r} is {first.code}")
        checks += 2
        window.search.careerActivated.emit(first.code)
        app.processEvents()
        _check(window.current_page() is window.profile, "the profile did not open")
        checks += 1
        for index in range(window.profile.tabs.count()):
            window.profile.show_tab(index)
            app.processEvents()
            page = window.profile.pages[index]
            _check(page.career is not None and page.career.code == EXPECTED,
                   f"tab {page.title!r} was not filled")
            image = page.grab()
            _check(not image.isNull() and image.width() > 0, f"tab {page.title!r} did not draw")
            checks += 2
        charts = window.profile.findChildren(ChartView)
        _check(any(chart.has_drawn() for chart in charts), "the time chart was not drawn")
        checks += 1
        window.close()
    return checks
