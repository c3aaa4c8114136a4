"""``careerdesk --selftest``: read the careers database whole (its version, its tables and
SQLite's ``quick_check``), open the window offscreen, search, open a profile, visit every
tab, draw the chart, and exit 0 — or print what failed in one line and exit 1. Packaging
runs it."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

QUERY = "medical secretary"
EXPECTED = "43-6013.00"
MEANING_QUERY = "i lowkey love spreadsheets"  # read by meaning too: the model loads and runs


def run(db: Path | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    from careerdesk.store import CareerStore, DatabaseError

    try:  # the database first: its version, its tables, then every page (quick_check)
        with CareerStore(db) as store:
            store.check_damage()
    except DatabaseError as exc:
        print(f"careerdesk selftest: FAILED: {exc}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="careerdesk-selftest-") as folder:
        from careerdesk.ui.settings import use_settings_path

        use_settings_path(folder)
        try:
            steps = _walk(db, Path(folder) / "data")
        except Exception as exc:  # report any failure in one line
            said = " ".join(str(exc).split())
            print(f"careerdesk selftest: FAILED: {type(exc).__name__}: {said}", file=sys.stderr)
            return 1
    print(f"careerdesk selftest: ok ({steps} checks, {time.perf_counter() - started:.1f} s)")
    return 0


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


class _Answers:
    """The dialogs' answers: continue as guest; a message is a failure."""

    def __init__(self, on_message: Callable[[], object]) -> None:
        self.messages: list[str] = []
        self.on_message = on_message

    def choose_profile(self, data: object) -> None:
        return None

    def error(self, title: str, text: str) -> None:
        self.messages.append(f"{title}: {text}")
        self.on_message()

    info = error


def _walk(db: Path | None, data_dir: Path) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QFontMetricsF

    from careerdesk.i18n import translate
    from careerdesk.ui.app import application, start
    from careerdesk.widgets.chart_canvas import ChartView

    app = application()
    _check(QFontMetricsF(app.font()).inFont("A"), "no usable font: text would be empty boxes")
    checks = 2  # with the database read whole (run)
    loop = QEventLoop()
    answers = _Answers(on_message=loop.quit)
    # As the app starts: the window first, then the careers and user data loaded into it.
    window = start(db, data_dir, dialogs=answers)  # type: ignore[arg-type]
    window.attached.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    if not window.is_attached():
        loop.exec()
    _check(not answers.messages, " / ".join(answers.messages))
    _check(window.is_attached(), "the careers did not load into the window")
    checks += 1
    try:
        window.search.box.setText(QUERY)
        window.search.run_search()
        _check(window.search.model.rowCount() > 0, f"no results for {QUERY!r}")
        first = window.search.model.result(0)
        _check(first.code == EXPECTED, f"first result for {QUERY!r} is {first.code}")
        checks += 2
        window.search.box.setText(MEANING_QUERY)
        window.search.run_search()
        meant = [window.search.model.result(row).matched_on
                 for row in range(min(10, window.search.model.rowCount()))]
        said = translate("Search", "close in meaning to what you typed")
        _check(any(said in why for why in meant),
               f"search by meaning found nothing for {MEANING_QUERY!r} (its model files?)")
        checks += 1
        window.search.box.setText(QUERY)
        window.search.run_search()
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
    finally:
        window.close()
        if window.search.engine is not None:
            window.search.engine.wait_preloaded()  # not reading when the database closes
        window.store.close()
    return checks
