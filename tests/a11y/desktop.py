"""A desktop a screen reader can use, brought up for the tests: Xvfb on a free display, a
session bus, the accessibility bus (``at-spi-bus-launcher``) switched on, a window manager
(``openbox``: without one Qt never activates its window and sends no focus events), then
CareerDesk under it and the listener (``atspi_listener.py``, run by the system Python with
``pyatspi``) that hears it as Orca would.

``Reader`` is what tests use: ``tree()``, ``find(role, name)``, ``text_of(node)``,
``focused()``, ``mark()`` and ``events_since(mark)``, and ``keys(...)`` to type with
``xdotool`` as a user would.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
PROGRAMS = ("Xvfb", "dbus-daemon", "dbus-send", "openbox", "xdotool")
PACKAGES = ("at-spi2-core dbus-x11 python3-pyatspi gir1.2-atspi-2.0 xdotool openbox xvfb "
            "and Qt's xcb libraries")
APP_NAME = "CareerDesk"  # the application's name on the bus (QApplication's name)


def missing() -> list[str]:
    """What this machine lacks to run the tests (empty when it has all)."""
    lacking = [p for p in PROGRAMS if shutil.which(p) is None]
    if not Path(BUS_LAUNCHER).is_file():
        lacking.append(BUS_LAUNCHER)
    if not Path(SYSTEM_PYTHON).is_file():
        lacking.append(SYSTEM_PYTHON)
    elif subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                        check=False).returncode:
        lacking.append("pyatspi for " + SYSTEM_PYTHON)
    return lacking


class DesktopError(RuntimeError):
    pass


@dataclass
class Desktop:
    """The X server, buses and window manager, and the environment that reaches them."""

    folder: Path
    env: dict[str, str]
    processes: list[subprocess.Popen] = field(default_factory=list)

    def start(self, args: list[str], **kwargs: Any) -> subprocess.Popen:
        """Start a program in this desktop, in a process group of its own (so that stopping
        it stops what it started, e.g. the accessibility bus's own dbus-daemon)."""
        kwargs.setdefault("stdout", subprocess.DEVNULL)
        kwargs.setdefault("stderr", subprocess.DEVNULL)
        process = subprocess.Popen(args, env=kwargs.pop("env", self.env),
                                   start_new_session=True, **kwargs)
        self.processes.append(process)
        return process

    def run(self, args: list[str], timeout: float = 10) -> str:
        done = subprocess.run(args, env=self.env, capture_output=True, text=True,
                              timeout=timeout, check=False)
        if done.returncode:
            raise DesktopError(f"{args[0]} failed: {done.stderr.strip()}")
        return done.stdout

    def stop(self, process: subprocess.Popen) -> None:
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)
        if process in self.processes:
            self.processes.remove(process)

    def close(self) -> None:
        for process in reversed(list(self.processes)):
            self.stop(process)
        shutil.rmtree(self.folder, ignore_errors=True)


def _wait(what: str, check: Callable[[], object], timeout: float = 15.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise DesktopError(f"timed out waiting for {what}")
        time.sleep(0.05)


def start_desktop() -> Desktop:
    folder = Path(tempfile.mkdtemp(prefix="careerdesk-atspi-"))
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    for sub in ("home", "config", "data", "cache", "config-dirs"):
        (folder / sub).mkdir()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QT_", "DBUS_", "AT_SPI", "XDG_")) and k not in (
               "DISPLAY", "WAYLAND_DISPLAY", "NO_AT_BRIDGE", "GTK_MODULES")}
    env.update(HOME=str(folder / "home"), XDG_RUNTIME_DIR=str(runtime),
               XDG_CONFIG_HOME=str(folder / "config"), XDG_DATA_HOME=str(folder / "data"),
               XDG_CACHE_HOME=str(folder / "cache"), XDG_CONFIG_DIRS=str(folder / "config-dirs"),
               LANG="C.UTF-8")
    desktop = Desktop(folder, env)
    try:
        read, write = os.pipe()
        desktop.start(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                       "-nolisten", "tcp", "-noreset"], pass_fds=(write,))
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise DesktopError("Xvfb did not start")
        env["DISPLAY"] = f":{number}"
        bus = desktop.start(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, text=True)
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        desktop.start([BUS_LAUNCHER, "--launch-immediately"])
        _wait("the accessibility bus", lambda: _try(desktop, [
            "dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
            "org.a11y.Bus.GetAddress"]))
        desktop.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                     "/org/a11y/bus", "org.freedesktop.DBus.Properties.Set",
                     "string:org.a11y.Status", "string:IsEnabled", "variant:boolean:true"])
        desktop.start(["openbox", "--sm-disable"])
        _wait("the window manager", lambda: "_NET_SUPPORTING_WM_CHECK" in _try(
            desktop, ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"]) if shutil.which(
            "xprop") else True, timeout=10)
    except BaseException:
        desktop.close()
        raise
    return desktop


def _try(desktop: Desktop, args: list[str]) -> str:
    try:
        return desktop.run(args, timeout=5)
    except (DesktopError, subprocess.TimeoutExpired):
        return ""


# ----------------------------------------------------------------------------- the reader


@dataclass(frozen=True)
class Node:
    """One accessible object as the screen reader gets it."""

    id: int
    role: str
    name: str
    description: str
    text: str | None  # from the text interface; None without one
    states: tuple[str, ...]
    interfaces: tuple[str, ...]
    attributes: dict[str, str]
    child_count: int
    children: tuple[Node, ...] = ()

    @classmethod
    def of(cls, data: dict[str, Any]) -> Node:
        return cls(data["id"], data["role"], data["name"], data["description"], data["text"],
                   tuple(data["states"]), tuple(data["interfaces"]), data["attributes"],
                   data["child_count"], tuple(cls.of(c) for c in data.get("children", ())))

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    @property
    def said(self) -> str:
        """What a screen reader can read of it: its name, description and text."""
        return "\n".join(part for part in (self.name, self.description, self.text or "")
                         if part)

    def __repr__(self) -> str:
        return f"<{self.role} {self.name!r}>"


class Reader:
    """Talks to the listener; ``app`` is CareerDesk's accessible application."""

    def __init__(self, desktop: Desktop) -> None:
        self.desktop = desktop
        self.process = desktop.start([SYSTEM_PYTHON, "-u", str(HERE / "atspi_listener.py")],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=None, text=True)
        if self._answer() != "ready":
            raise DesktopError("the AT-SPI listener did not start")
        self.app_id = -1

    def _answer(self) -> Any:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise DesktopError("the AT-SPI listener stopped")
        answer = json.loads(line)
        if "error" in answer:
            raise DesktopError(answer["error"] + "\n" + answer.get("trace", ""))
        return answer["ok"]

    def ask(self, op: str, **args: Any) -> Any:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"op": op, **args}) + "\n")
        self.process.stdin.flush()
        return self._answer()

    def wait_for_app(self, name: str = APP_NAME, timeout: float = 60) -> Node:
        node = Node.of(_wait(f"{name} on the accessibility bus",
                             lambda: self.ask("app", name=name), timeout))
        self.app_id = node.id
        return node

    # what tests use

    def tree(self, node: Node | None = None, depth: int = 100) -> Node:
        return Node.of(self.ask("tree", id=self.app_id if node is None else node.id,
                                depth=depth))

    def find(self, role: str | None = None, name: str | None = None, *,
             contains: str | None = None, within: Node | None = None,
             showing: bool = True) -> list[Node]:
        """Objects with this role and name (and whose name or text has ``contains``)."""
        found = self.ask("find", id=self.app_id if within is None else within.id,
                         role=role, name=name, contains=contains, showing=showing)
        return [Node.of(f) for f in found]

    def find_one(self, role: str | None = None, name: str | None = None,
                 **kwargs: Any) -> Node:
        found = self.find(role, name, **kwargs)
        assert len(found) == 1, f"{len(found)} {role} named {name!r}: {found}"
        return found[0]

    def refresh(self, node: Node) -> Node:
        return Node.of(self.ask("describe", id=node.id))

    def text_of(self, node: Node) -> str:
        """What a screen reader reads of the object: its text, else its name."""
        fresh = self.refresh(node)
        return fresh.text if fresh.text else fresh.name

    def extents(self, nodes: list[Node]) -> list[tuple[int, int, int, int] | None]:
        """Where each object is on the screen (x, y, width, height), as a screen reader's
        mouse review or magnifier finds it."""
        return [None if box is None else (box[0], box[1], box[2], box[3])
                for box in self.ask("extents", ids=[n.id for n in nodes])]

    def focused(self) -> Node | None:
        found = self.ask("focused", id=self.app_id)
        return None if found is None else Node.of(found)

    def mark(self) -> int:
        return int(self.ask("mark"))

    def events_since(self, mark: int, kind: str = "") -> list[dict[str, Any]]:
        return [e for e in self.ask("events", since=mark) if e["type"].startswith(kind)]

    def wait_for_event(self, mark: int, test: Callable[[dict[str, Any]], bool],
                       timeout: float = 20) -> dict[str, Any]:
        def check() -> dict[str, Any] | None:
            return next((e for e in self.events_since(mark) if test(e)), None)

        try:
            return _wait("an event", check, timeout)
        except DesktopError:
            heard = "\n".join(f"  {e['type']} {e.get('role')} {e.get('name', '')[:70]!r} "
                              f"{str(e.get('data'))[:70]!r}" for e in self.events_since(mark))
            raise AssertionError(f"no such event within {timeout} s; heard:\n{heard}") from None

    def wait_until(self, what: str, check: Callable[[], object], timeout: float = 20) -> Any:
        try:
            return _wait(what, check, timeout)
        except DesktopError as exc:
            raise AssertionError(str(exc)) from None

    def keys(self, *keys: str, delay_ms: int = 60) -> None:
        """Press keys as a user would (xdotool names: "ctrl+k", "Tab", "Return")."""
        self.desktop.run(["xdotool", "key", "--delay", str(delay_ms), *keys])

    def type(self, text: str) -> None:
        self.desktop.run(["xdotool", "type", "--delay", "20", text])

    def screenshot(self, path: Path) -> None:
        """The whole screen as a PNG (ImageMagick's ``import``), when it is installed."""
        if shutil.which("import"):
            self.desktop.run(["import", "-window", "root", str(path)], timeout=20)

    def close(self) -> None:
        self.desktop.stop(self.process)


def start_app(desktop: Desktop, folder: Path, *extra: str,
              guest_only: bool = True) -> subprocess.Popen:
    """CareerDesk on the desktop, with the accessibility bridge on, in English, with its
    own data and settings in ``folder`` (as a student who never changed a setting); unless
    ``guest_only``, it first asks who is using it."""
    (folder / "settings").mkdir(parents=True, exist_ok=True)
    env = dict(desktop.env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               CAREERDESK_LANG="en", QT_API="pyside6", XDG_CONFIG_HOME=str(folder / "settings"))
    config = desktop.folder / "careerdesk.ini"  # no "Who is using CareerDesk?" question
    config.write_text(f"[defaults]\nguest_only = {'yes' if guest_only else 'no'}\n",
                      encoding="utf-8")
    env["CAREERDESK_LAB_CONFIG"] = str(config)
    log = open(desktop.folder / "app.log", "w")  # closed with the process
    return desktop.start([sys.executable, "-m", "careerdesk", "--data-dir", str(folder / "data"),
                          *extra], env=env, cwd=str(ROOT), stdout=log, stderr=log)
