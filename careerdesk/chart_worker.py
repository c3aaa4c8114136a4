"""Printout charts drawn in a second process, beside the page layout.

A command-line PDF spends about half its time importing matplotlib (and numpy) to draw a
few charts. ``ChartWorker.start()`` forks a helper process at once: it imports matplotlib
while this process reads the database, starts Qt and lays out the pages, then draws the
charts it is sent (``submit``) and hands back their PNG bytes, which are needed only when
the pages are painted (``ChartImages``). The pictures are the same bytes either way.

Only the command line uses it, and only before Qt is loaded: forking a process that runs
Qt's threads is unsafe, so ``start()`` gives None then, and where there is no ``fork``.
Should the helper fail in any way, the charts are drawn here instead, as the app does.
Nothing leaves the machine: the two processes talk through a pair of pipes.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any

_LENGTH = struct.Struct(">Q")
_OK, _FAILED = b"+", b"-"

Job = tuple[Callable[..., bytes], tuple[Any, ...], dict[str, Any]]


def _write_frame(fd: int, data: bytes) -> None:
    view = memoryview(_LENGTH.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def _read_exactly(fd: int, size: int) -> bytes | None:
    parts, left = [], size
    while left:
        part = os.read(fd, min(left, 1 << 20))
        if not part:
            return None
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _read_frame(fd: int) -> bytes | None:
    """One frame, or None at the end of the stream (or a cut one)."""
    head = _read_exactly(fd, _LENGTH.size)
    if head is None:
        return None
    return _read_exactly(fd, _LENGTH.unpack(head)[0])


def _serve(jobs: int, results: int) -> None:
    """The helper: import matplotlib, then draw every job until the jobs pipe closes, then
    send the results in order (all at once, so it never waits on a full pipe mid-way)."""
    from careerdesk import charts

    charts.preload()
    done: list[bytes] = []
    while (frame := _read_frame(jobs)) is not None:
        try:
            function, args, kwargs = pickle.loads(frame)
            done.append(_OK + function(*args, **kwargs))
        except Exception as exc:  # reported to the parent, which draws it
            done.append(_FAILED + repr(exc).encode("utf-8", "replace"))
    for result in done:
        _write_frame(results, result)


class ChartWorker:
    """A helper process drawing charts; ``submit`` a job, read its bytes when needed."""

    def __init__(self, pid: int, jobs: int, results: int) -> None:
        self._pid = pid
        self._jobs: int | None = jobs
        self._results = results
        self._submitted: list[Job] = []
        self._received: list[bytes] = []
        self._broken = False

    @classmethod
    def start(cls) -> ChartWorker | None:
        """A helper process, or None where one cannot (or must not) be had."""
        if not hasattr(os, "fork") or "PySide6.QtCore" in sys.modules:
            return None
        sys.stdout.flush()  # nothing buffered is written twice
        sys.stderr.flush()
        jobs_read, jobs_write = os.pipe()
        results_read, results_write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            for fd in (jobs_read, jobs_write, results_read, results_write):
                os.close(fd)
            return None
        if pid == 0:  # the helper: never returns into the command line's code
            code = 0
            try:
                os.close(jobs_write)
                os.close(results_read)
                _serve(jobs_read, results_write)
            except BaseException:  # the parent sees a cut stream and draws
                code = 1
            finally:
                os._exit(code)
        os.close(jobs_read)
        os.close(results_write)
        return cls(pid, jobs_write, results_read)

    def submit(self, function: Callable[..., bytes], *args: Any,
               **kwargs: Any) -> Callable[[], bytes]:
        """Send ``function(*args, **kwargs)`` (picklable, giving bytes) to the helper; the
        returned call gives its bytes (drawing it here should the helper fail)."""
        index = len(self._submitted)
        self._submitted.append((function, args, kwargs))
        if self._jobs is not None and not self._broken:
            try:
                _write_frame(self._jobs, pickle.dumps((function, args, kwargs)))
            except (OSError, pickle.PicklingError, AttributeError, TypeError):
                self._broken = True
        return lambda: self.result(index)

    def result(self, index: int) -> bytes:
        """The bytes of the ``index``-th job: the helper's, or drawn here."""
        self._finish_submitting()
        while not self._broken and len(self._received) <= index:
            frame = _read_frame(self._results)
            if frame is None or frame[:1] != _OK:
                self._broken = True
                break
            self._received.append(frame[1:])
        if index < len(self._received):
            return self._received[index]
        function, args, kwargs = self._submitted[index]
        return function(*args, **kwargs)

    def _finish_submitting(self) -> None:
        if self._jobs is not None:
            os.close(self._jobs)  # the helper draws what it has, then answers
            self._jobs = None

    def close(self) -> None:
        """Stop the helper (if still at work) and release it."""
        self._finish_submitting()
        if self._pid:
            try:
                os.kill(self._pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                os.waitpid(self._pid, 0)
            except ChildProcessError:
                pass
            self._pid = 0
        try:
            os.close(self._results)
        except OSError:
            pass

    def __enter__(self) -> ChartWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ChartImages(Mapping[str, bytes]):
    """A printout's images by resource name: bytes, or calls that give them (charts still
    being drawn by a ``ChartWorker``), called the first time they are needed."""

    def __init__(self) -> None:
        self._images: dict[str, bytes | Callable[[], bytes]] = {}

    def __setitem__(self, name: str, image: bytes | Callable[[], bytes]) -> None:
        self._images[name] = image

    def __getitem__(self, name: str) -> bytes:
        image = self._images[name]
        if callable(image):
            image = self._images[name] = image()
        return image

    def __iter__(self) -> Iterator[str]:
        return iter(self._images)

    def __len__(self) -> int:
        return len(self._images)
