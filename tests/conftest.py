"""Shared test set-up: Qt offscreen, the shipped careers database, the source folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # a screen the size of a common lab monitor (offscreen's own is 800 x 800, smaller
    # than the window CareerDesk opens, which is kept on its screen)
    os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + str(
        Path(__file__).resolve().parent / "offscreen-1366x768.json")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("CAREERDESK_LANG", "en")  # the tests read English, whatever the system
# No lab settings from this computer's careerdesk.ini: a test that needs some writes its own.
os.environ.setdefault("CAREERDESK_LAB_CONFIG", str(
    Path(__file__).resolve().parent / "fixtures" / "no-lab-settings.ini"))

ROOT = Path(__file__).resolve().parent.parent
DB_PATH = ROOT / "data" / "careers.db"


def sources_dir() -> Path | None:
    """The public source files, where this machine has them."""
    candidates = [os.environ.get("CAREERDESK_SOURCES"), ROOT.parent / "shared" / "data",
                  "/work/shared/data"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "onet-29.3").is_dir():
            return Path(candidate)
    return None


def require_sources() -> Path:
    """The source folder, or skip (fail when CAREERDESK_REQUIRE_SOURCES=1, as in CI)."""
    found = sources_dir()
    if found is None:
        reason = "the public source files (../shared/data) are not on this machine"
        if os.environ.get("CAREERDESK_REQUIRE_SOURCES") == "1":
            pytest.fail(reason + ", and CAREERDESK_REQUIRE_SOURCES=1 requires them")
        pytest.skip(reason)
    return found


@pytest.fixture(scope="session")
def store():
    from careerdesk.store import CareerStore

    with CareerStore(DB_PATH) as opened:
        yield opened


# The suite runs on every core (pytest-xdist, ``-n auto --dist loadgroup`` in pyproject.toml).
# Tests that share something outside their own temporary folder stay on one worker, in order:
# the screen-reader tests share one desktop (Xvfb, a session bus, the accessibility bus), and
# the printing tests one CUPS queue whose PDFs land in one folder (a job is found as the PDF
# that appeared after it was sent).
SHARED = {"a11y": "screen-reader desktop", "test_print_actions.py": "print queue"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        parts = item.path.parts
        for name, group in SHARED.items():
            if name in parts:
                item.add_marker(pytest.mark.xdist_group(group))
