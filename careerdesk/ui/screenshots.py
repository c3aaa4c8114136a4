"""``careerdesk screenshots DIR``: PNGs of the main views, at normal and 200 % font size,
in the light and a dark palette — for the README and for looking at layouts.

Each PNG is written as every file CareerDesk makes (``careerdesk.file_output``): whole or
not at all, an old picture kept until the new one is complete; a full disk stops the run
with ``OutputError`` ("the disk is full"). A DIR that is not a folder is refused first.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

    from careerdesk.ui.main_window import MainWindow

CAREER = "43-6013.00"
COMPARE = ["43-6013.00", "29-1141.00", "47-2111.00", "15-1252.00"]
QUERY = "nurse"
PHRASE = "i like animals no college"
MEANING_PHRASE = "i lowkey love spreadsheets"  # no concept: read by meaning too
LIKE_PHRASE = "i want to be a zookeeper"


def run(folder: Path, db: Path | None = None, scales: tuple[float, ...] = (1.0, 2.0),
        dark: bool = True) -> list[Path]:
    """Write the screenshots into ``folder`` (made if missing); the files written. Raises
    ``OutputError`` (one line) when ``folder`` is not a folder or a PNG cannot be written."""
    from careerdesk.file_output import OutputError, reason

    if folder.exists() and not folder.is_dir():
        raise OutputError(f"cannot write screenshots to {folder}: it is not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write screenshots to {folder}: {reason(exc)}") from None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from careerdesk.ui.settings import use_settings_path

    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="careerdesk-shots-") as settings_dir:
        use_settings_path(settings_dir)
        _wide_offscreen_screen(Path(settings_dir))
        for scale in scales:
            written += _shoot(folder, db, scale, dark=False)
        if dark:
            written += _shoot(folder, db, 1.0, dark=True)
    return written


SCREEN = (1920, 1080)  # the offscreen screen the pictures are taken on


def write_png(path: Path, picture: QPixmap) -> None:
    """Write ``picture`` to ``path`` as a PNG, whole or not at all (``OutputError``)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from careerdesk.file_output import OutputError, write_file

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not picture.save(buffer, "PNG"):
        raise OutputError(f"cannot write {path}: the picture could not be made")
    write_file(path, bytes(data.data()))


def _wide_offscreen_screen(folder: Path) -> None:
    """Offscreen, Qt's screen is 800 x 800 and the window is kept on its screen: before the
    application starts, give it a 1920 x 1080 screen instead."""
    from PySide6.QtWidgets import QApplication

    if os.environ.get("QT_QPA_PLATFORM") != "offscreen" or QApplication.instance():
        return
    config = folder / "offscreen-screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "shots", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def _shoot(folder: Path, db: Path | None, scale: float, *, dark: bool) -> list[Path]:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from careerdesk.store import CareerStore
    from careerdesk.ui import theme
    from careerdesk.ui.app import application
    from careerdesk.ui.main_window import MainWindow
    from careerdesk.widgets.chart_canvas import ChartView

    app = application()
    base_font = app.font()
    base_palette = app.palette()
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    if dark:
        app.setPalette(theme.dark_palette())
    suffix = ("-dark" if dark else "") + (f"-{int(scale * 100)}" if scale != 1.0 else "")
    written: list[Path] = []
    try:
        with CareerStore(db) as store:
            window = MainWindow(store)
            try:
                window.show()
                QApplication.processEvents()

                def save(name: str) -> None:
                    QApplication.processEvents()
                    path = folder / f"{name}{suffix}.png"
                    write_png(path, window.grab())
                    written.append(path)

                window.open_career(CAREER)  # so that the start page lists one recently viewed
                window.session.save_comparison("Health or building", COMPARE[1:3])
                window.show_start_page()
                save("start")
                window.session.delete_comparison(window.session.comparisons()[0].id)
                save("browse")
                window.search.box.setText(QUERY)
                window.search.run_search()
                save("search")
                window.search.box.setText(PHRASE)  # what it understood, as chips
                window.search.run_search()
                save("search-phrase")
                window.search.box.setText(MEANING_PHRASE)
                window.search.run_search()
                save("search-meaning")
                window.search.box.setText(LIKE_PHRASE)  # one career by name, then its like
                window.search.run_search()
                save("search-like")
                window.open_career(CAREER)
                for index, page in enumerate(window.profile.pages):
                    window.profile.show_tab(index)
                    slug = page.title.lower().replace(" & ", "-").replace(" ", "-")
                    save(f"profile-{index + 1}-{slug}")
                    chart, inner = getattr(page, "chart", None), page.widget()
                    if isinstance(chart, ChartView) and inner is not None:
                        # and the chart, scrolled to its top
                        top = chart.mapTo(inner, QPoint(0, 0)).y()
                        page.verticalScrollBar().setValue(top - page.fontMetrics().height() * 3)
                        save(f"profile-{index + 1}-{slug}-chart")
                        page.verticalScrollBar().setValue(0)
                _shoot_study(window, save)
                for code in COMPARE:
                    window.tray.add(code, store.summary(code).title)
                window.show_comparison(window.tray.codes())
                view = window.compare_view
                while view is not None and view.model.charts_pending():
                    QApplication.processEvents()
                save("compare")  # the quick facts, at the top
                if view is not None:  # the charts row
                    chart_row = next((r for r in range(view.model.rowCount())
                                      if view.model.row(r).kind == "chart"), 0)
                    view.table.scrollTo(view.model.index(chart_row, 0),
                                        QAbstractItemView.ScrollHint.PositionAtTop)
                    save("compare-charts")
                if view is not None:  # the outlook rows, with the Bright Outlook badge
                    bright = next((r for r in range(view.model.rowCount())
                                   if view.model.row(r).key == "facts.bright"), 0)
                    view.table.scrollTo(view.model.index(bright, 0),
                                        QAbstractItemView.ScrollHint.PositionAtCenter)
                    save("compare-outlook")
                for code in COMPARE[:3]:
                    window.session.toggle_bookmark(code)
                window.session.set_note(COMPARE[1], "Ask Ms. Ortiz about the nursing program at "
                                        "the community college.\nShadow day: March 12.")
                window.show_bookmarks()
                save("bookmarks")
                _shoot_interests(window, save)
                _shoot_programs(window, folder, suffix, written)
            finally:
                window.close()
    finally:
        app.setFont(base_font)
        app.setPalette(base_palette)
    return written


STUDY_CAREER = "29-1141.00"  # registered nurses: programs, a path and next steps
PROGRAM_QUERY = "nursing degree"


def _shoot_study(window: MainWindow, save: Callable[[str], None]) -> None:
    """The Education tab's "What to study" and "How to get there", and search reading a
    program of study."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLabel

    from careerdesk.ui.tabs.education import EducationTab

    window.search.box.setText(PROGRAM_QUERY)
    window.search.run_search()
    save("search-program")
    window.open_career(STUDY_CAREER)
    tab = window.profile.page(EducationTab)
    window.profile.show_tab(window.profile.pages.index(tab))
    inner = tab.widget()
    heading = next((label for label in tab.findChildren(QLabel)
                    if "What to study" in label.text()), None)
    if heading is not None and inner is not None:
        top = heading.mapTo(inner, QPoint(0, 0)).y()
        tab.verticalScrollBar().setValue(top - tab.fontMetrics().height())
        save("profile-what-to-study")
    tab.verticalScrollBar().setValue(0)


def _shoot_programs(window: MainWindow, folder: Path, suffix: str,
                    written: list[Path]) -> None:
    """The program browser with a program typed in."""
    from PySide6.QtWidgets import QApplication

    window.show_programs()
    dialog = window.programs_dialog
    dialog.query.setText(PROGRAM_QUERY)
    QApplication.processEvents()
    path = folder / f"programs{suffix}.png"
    write_png(path, dialog.grab())
    written.append(path)
    dialog.close()


# The quiz's answers in the screenshots: likes building and helping, unsure about creating.
QUIZ_LIKES = {"Realistic": "like", "Social": "like", "Artistic": "unsure"}


def _shoot_interests(window: MainWindow, save: Callable[[str], None]) -> None:
    """The quiz partway through, its results, and the results scrolled to the careers."""
    from PySide6.QtCore import QPoint

    window.show_interests()
    quiz = window.interests.quiz
    assert quiz is not None
    for question in quiz.questions()[:11]:
        quiz.rate(QUIZ_LIKES.get(question.area, "dislike"))
    save("quiz")
    for question in quiz.questions()[quiz.current_index():]:
        quiz.rate(QUIZ_LIKES.get(question.area, "dislike"))
    view = window.interests.results
    assert view is not None
    save("interests")
    inner = view.scroller.widget()
    if inner is not None:
        top = view.matches_title.mapTo(inner, QPoint(0, 0)).y()
        view.scroller.verticalScrollBar().setValue(top)
        save("interests-careers")
