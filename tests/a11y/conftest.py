"""The tests in this folder listen to CareerDesk as a screen reader does, through the real
Linux accessibility bus (AT-SPI): see desktop.py. Without the packages they skip, with one
line that says what to install; with CAREERDESK_REQUIRE_ATSPI=1 (as CI sets) they fail."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.a11y.desktop import (
    APP_NAME,
    PACKAGES,
    Desktop,
    DesktopError,
    Reader,
    missing,
    start_app,
    start_desktop,
)

REQUIRE = "CAREERDESK_REQUIRE_ATSPI"
_LACKING = missing()
# Without the packages only test_bus.py is collected, and it skips: one line says why.
_SAYS_WHY = "test_bus.py"


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if (_LACKING and os.environ.get(REQUIRE) != "1" and collection_path.suffix == ".py"
            and collection_path.name.startswith("test_")
            and collection_path.name != _SAYS_WHY):
        return True
    return None


@pytest.fixture(scope="session")
def desktop() -> Iterator[Desktop]:
    lacking = _LACKING
    if lacking:
        reason = (f"AT-SPI screen-reader tests need {', '.join(lacking)} (apt-get install "
                  f"{PACKAGES})")
        if os.environ.get(REQUIRE) == "1":
            pytest.fail(reason + f"; {REQUIRE}=1 requires them")
        pytest.skip(reason)
    started = start_desktop()
    yield started
    started.close()


@pytest.fixture(scope="session")
def listener(desktop: Desktop) -> Iterator[Reader]:
    reader = Reader(desktop)
    yield reader
    reader.close()


@pytest.fixture
def reader(desktop: Desktop, listener: Reader, tmp_path: Path) -> Iterator[Reader]:
    """CareerDesk started afresh (its own data folder, default settings) and the reader
    that hears it; the screen is saved to the test's folder when the test fails."""
    app = start_app(desktop, tmp_path)
    try:
        listener.wait_for_app()
        listener.wait_until("the window to take the focus", listener.focused, timeout=20)
    except (DesktopError, AssertionError) as exc:
        log = (desktop.folder / "app.log").read_text(encoding="utf-8", errors="replace")
        desktop.stop(app)
        raise DesktopError("CareerDesk did not come up on the accessibility bus:\n" + log) from exc
    yield listener
    desktop.stop(app)
    listener.wait_until("CareerDesk to leave the bus",
                        lambda: APP_NAME not in listener.ask("apps"), timeout=10)
