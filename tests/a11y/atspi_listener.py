"""A screen reader's ears, run by the system ``python3`` with ``pyatspi`` (the project's
.venv cannot import ``gi``): it listens to the accessibility bus and answers requests, one
JSON object a line on standard input, one JSON answer a line on standard output.

Requests: ``{"op": "app", "name": ...}``, ``{"op": "tree", "id": ..., "depth": ...}``,
``{"op": "find", "id": ..., "role": ..., "name": ..., "showing": true}``,
``{"op": "focused", "id": app}`` (where the last focus event was), ``{"op": "mark"}``,
``{"op": "events", "since": N}``,
``{"op": "action", "id": ..., "name": ...}``, ``{"op": "extents", "ids": [...]}`` (where each
is on the screen: x, y, width, height). Accessibles are given back as ids that later
requests use. Events heard are kept in order; ``mark`` is how many were heard so far.

This file is not a test module: the tests in this folder start it (see conftest.py).
"""

from __future__ import annotations

import json
import sys
import threading
import time
import traceback

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

EVENTS = (
    "focus:",
    "object:state-changed:focused",
    "object:state-changed:selected",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:text-changed",
    "object:announcement",
    "window:activate",
)

_objects: list[object] = []  # id -> accessible (kept alive, so Python's id() stays theirs)
_ids: dict[int, int] = {}
_events: list[dict[str, object]] = []
_lock = threading.Lock()
_focus: list[object] = []  # where the last focus event was (as a screen reader tracks it)


def _id(acc: object) -> int:
    """The id of ``acc`` in requests (libatspi gives one object for one accessible)."""
    index = _ids.get(id(acc))
    if index is None:
        _objects.append(acc)
        index = _ids[id(acc)] = len(_objects) - 1
    return index


def _text(acc) -> str | None:
    try:
        text = acc.queryText()
    except NotImplementedError:
        return None
    except Exception:  # an object gone from the bus has no text
        return None
    try:
        return text.getText(0, -1)
    except Exception:
        return None


def _states(acc) -> list[str]:
    try:
        return sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())
    except Exception:
        return []


def _interfaces(acc) -> list[str]:
    try:
        return list(acc.get_interfaces())
    except Exception:
        return []


def _attributes(acc) -> dict[str, str]:
    try:
        return dict(a.split(":", 1) for a in acc.getAttributes() if ":" in a)
    except Exception:
        return {}


def describe(acc, depth: int = 0) -> dict[str, object]:
    """What a screen reader can learn of ``acc`` (and ``depth`` levels of its children)."""
    try:
        node: dict[str, object] = {
            "id": _id(acc),
            "role": acc.getRoleName(),
            "name": acc.name or "",
            "description": acc.description or "",
            "text": _text(acc),
            "states": _states(acc),
            "interfaces": _interfaces(acc),
            "attributes": _attributes(acc),
            "child_count": acc.childCount,
        }
    except Exception as exc:  # gone while we asked
        return {"id": -1, "role": "gone", "name": str(exc), "description": "", "text": None,
                "states": [], "interfaces": [], "attributes": {}, "child_count": 0,
                "children": []}
    if depth > 0:
        node["children"] = [describe(acc.getChildAtIndex(i), depth - 1)
                            for i in range(min(acc.childCount, 500))
                            if acc.getChildAtIndex(i) is not None]
    return node


def _walk(acc, showing: bool):
    """``acc`` and everything under it, in order (only what is showing when asked)."""
    stack = [acc]
    while stack:
        current = stack.pop()
        if current is None:
            continue
        try:
            states = current.getState()
            if showing and current is not acc and not states.contains(pyatspi.STATE_SHOWING):
                continue
            count = current.childCount
        except Exception:
            continue
        yield current
        stack.extend(current.getChildAtIndex(i) for i in reversed(range(min(count, 2000))))


def _application(name: str):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and (app.name or "") == name:
            return app
    return None


def _on_event(event) -> None:
    try:
        source = event.source
        entry = {
            "type": event.type,
            "detail1": event.detail1,
            "detail2": event.detail2,
            "data": event.any_data if isinstance(event.any_data, str | int | float) else None,
            "role": source.getRoleName() if source is not None else "",
            "name": (source.name or "") if source is not None else "",
            "time": time.monotonic(),
        }
        if event.type == "focus:" or (event.type == "object:state-changed:focused"
                                      and event.detail1 == 1):
            _focus[:] = [source]
    except Exception as exc:  # the source may be gone already
        entry = {"type": event.type, "error": str(exc), "time": time.monotonic()}
    with _lock:
        _events.append(entry)


def _app(request: dict) -> object:
    app = _application(request["name"])
    return None if app is None else describe(app)


def _apps(_request: dict) -> object:
    desktop = pyatspi.Registry.getDesktop(0)
    return [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)]


def _matches(acc, request: dict) -> bool:
    role, name, contains = request.get("role"), request.get("name"), request.get("contains")
    try:
        return ((not role or acc.getRoleName() == role)
                and (name is None or (acc.name or "") == name)
                and (not contains or contains in (acc.name or "") + "\n" + (_text(acc) or "")))
    except Exception:  # gone while we asked
        return False


def _find(request: dict) -> object:
    return [describe(acc) for acc in _walk(_objects[request["id"]], request.get("showing", True))
            if _matches(acc, request)]


def _focused(request: dict) -> object:
    """The last focus event's object, if it is in this application."""
    app = _objects[request["id"]]
    if not _focus or _focus[0] is None:
        return None
    try:
        return describe(_focus[0]) if _focus[0].getApplication() == app else None
    except Exception:  # gone from the bus
        return None


def _mark(_request: dict) -> object:
    with _lock:
        return len(_events)


def _events_since(request: dict) -> object:
    with _lock:
        return _events[request.get("since", 0):]


def _action(request: dict) -> object:
    action = _objects[request["id"]].queryAction()
    for i in range(action.nActions):
        if action.getName(i) == request["name"]:
            return action.doAction(i)
    return False


def _extents(request: dict) -> object:
    found = []
    for index in request["ids"]:
        try:
            box = _objects[index].queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            found.append([box.x, box.y, box.width, box.height])
        except Exception:  # no component, or gone
            found.append(None)
    return found


HANDLERS = {
    "app": _app,
    "apps": _apps,
    "tree": lambda r: describe(_objects[r["id"]], r.get("depth", 100)),
    "describe": lambda r: describe(_objects[r["id"]]),
    "find": _find,
    "focused": _focused,
    "mark": _mark,
    "events": _events_since,
    "action": _action,
    "extents": _extents,
}


def handle(request: dict) -> object:
    handler = HANDLERS.get(request["op"])
    if handler is None:
        raise ValueError(f"unknown op {request['op']!r}")
    return handler(request)


def _serve(source, _condition) -> bool:
    line = sys.stdin.readline()
    if not line:
        pyatspi.Registry.stop()
        return False
    try:
        answer = {"ok": handle(json.loads(line))}
    except Exception as exc:  # told to the test, which fails with it
        answer = {"error": f"{type(exc).__name__}: {exc}", "trace": traceback.format_exc()}
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
    return True


def main() -> None:
    pyatspi.Registry.registerEventListener(_on_event, *EVENTS)
    GLib.io_add_watch(sys.stdin, GLib.IO_IN | GLib.IO_HUP, _serve)
    sys.stdout.write(json.dumps({"ok": "ready"}) + "\n")
    sys.stdout.flush()
    pyatspi.Registry.start()


if __name__ == "__main__":
    main()
