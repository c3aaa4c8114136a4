"""Charts drawn by the command line's helper process are the very images drawn in-process,
and a helper that fails or dies costs nothing but time: the charts are drawn here then."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from careerdesk.chart_worker import ChartImages, ChartWorker

SCRIPT = textwrap.dedent('''
    import os, signal, sys
    from careerdesk.chart_worker import ChartWorker
    from careerdesk.store import CareerStore
    from careerdesk import printouts, time_views

    def fails_in_the_helper(parent):
        if os.getpid() != parent:
            raise RuntimeError("helper")
        return b"drawn here"

    def charts(worker):
        store = CareerStore()
        got = []
        for code in ("43-6013.00", "29-1141.00", "47-2111.00"):
            allocation = time_views.lead(store.career(code))
            png, height = printouts._time_chart(allocation, 2.5, 100.0, 7.75, worker=worker)
            got.append((png, height))
        return got

    mode = sys.argv[1]
    worker = ChartWorker.start()
    assert worker is not None, "no helper process"
    assert "matplotlib" not in sys.modules
    drawn = charts(worker)
    failing = worker.submit(fails_in_the_helper, os.getpid())
    if mode == "killed":
        os.kill(worker._pid, signal.SIGKILL)
    results = [(png(), height) for png, height in drawn]
    assert failing() == b"drawn here"
    worker.close()
    here = [(png, height) for png, height in charts(None)]
    assert results == here, "the helper's images differ"
    for png, height in here:
        assert printouts.png_height_px(png) == round(height * printouts.CHART_DPI)
    print("same", len(results))
''')


def run(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True,
                          text=True, timeout=120, check=False)


def test_the_helper_draws_the_same_images():
    result = run("normal")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "same 3"


def test_a_dead_helper_leaves_the_charts_to_this_process():
    result = run("killed")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "same 3"


def test_no_helper_once_qt_is_loaded():
    import PySide6.QtCore  # noqa: F401 - as in the app and this test run

    assert ChartWorker.start() is None


def test_chart_images_are_drawn_once_when_first_needed():
    calls = []
    images = ChartImages()
    images["a.png"] = b"ready"
    images["b.png"] = lambda: calls.append(1) or b"drawn"
    assert calls == []
    assert dict(images) == {"a.png": b"ready", "b.png": b"drawn"}
    assert images["b.png"] == b"drawn" and calls == [1]
