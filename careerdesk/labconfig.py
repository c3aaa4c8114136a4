"""Defaults an administrator sets for every user of a computer, in ``careerdesk.ini`` (no Qt).

The first file found is used, in this order:

1. ``$CAREERDESK_LAB_CONFIG`` when set (then no other place is looked at);
2. next to the program: the folder of ``careerdesk`` / ``careerdesk.exe`` in a bundle, the
   top folder of a checkout otherwise;
3. the system's configuration folder: ``careerdesk/careerdesk.ini`` under each folder of
   ``$XDG_CONFIG_DIRS`` (default ``/etc/xdg``) on Linux,
   ``%PROGRAMDATA%\\CareerDesk\\careerdesk.ini`` on Windows,
   ``/Library/Application Support/CareerDesk/careerdesk.ini`` on macOS.

The file has one section, ``[defaults]``, with these settings (all optional)::

    [defaults]
    state = Ohio                 # wages shown for this state (a full name); empty: national
    paper = a4                   # letter or a4
    guest_only = yes             # yes/no, true/false, on/off, 1/0: keep no named profiles
    data_dir = ~/CareerDesk      # the user data folder; ~ and $VARS / %VARS% are expanded

Comments are whole lines starting with ``#`` or ``;``. Anything the reader does not
understand (an unknown section or setting, a bad value, a line that is not ``name = value``)
becomes one line in ``LabConfig.problems`` naming the file and line, and is otherwise
ignored; the app shows them in Help ▸ About. Reading never raises.
"""

from __future__ import annotations

import difflib
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from careerdesk.i18n import translate

ENV = "CAREERDESK_LAB_CONFIG"
FILE_NAME = "careerdesk.ini"
SECTION = "defaults"
SETTINGS = ("state", "paper", "guest_only", "data_dir")  # every setting of [defaults]
PAPERS = ("letter", "a4")
MAX_BYTES = 64 * 1024  # a settings file is a few lines; anything bigger is not one
_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")
_VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)"
                       r"|%([A-Za-z_][A-Za-z0-9_()]*)%")
_UNEXPANDED = re.compile(r"\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|%[A-Za-z_][A-Za-z0-9_()]*%")


@dataclass(frozen=True)
class LabConfig:
    """The administrator's defaults. ``None`` means "not set": the app's own default applies.

    ``source`` is the file that was read (``None`` when there is none); ``problems`` are
    one-line messages for Help ▸ About, e.g. "careerdesk.ini line 4: unknown setting 'colour'".
    """

    state: str | None = None
    paper: str | None = None
    guest_only: bool = False
    data_dir: Path | None = None
    source: Path | None = None
    problems: tuple[str, ...] = ()

    def describe(self) -> list[str]:
        """Plain-text lines for Help ▸ About: where the settings came from, what is set and
        every problem."""
        if self.source is None:
            lines = [translate("LabConfig",
                               "No lab settings file (careerdesk.ini) on this computer.")]
        else:
            lines = [translate("LabConfig", "Lab settings from {file}.").format(file=self.source)]
            chosen = [
                translate("LabConfig", "state: {state}").format(state=self.state)
                if self.state else "",
                translate("LabConfig", "paper: {paper}").format(paper=self.paper)
                if self.paper else "",
                translate("LabConfig", "guest only: yes") if self.guest_only else "",
                translate("LabConfig", "data folder: {folder}").format(folder=self.data_dir)
                if self.data_dir else ""]
            if any(chosen):
                lines.append(translate("LabConfig", "Set: {settings}.").format(
                    settings="; ".join(text for text in chosen if text)))
        ignored = translate("LabConfig", "Ignored: {problem}")
        lines += [ignored.format(problem=problem) for problem in self.problems]
        return lines


# ------------------------------------------------------------------ where the file is


def program_folder() -> Path:
    """The folder "next to the program": the bundle's folder, or the checkout's top folder."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def system_paths(platform: str | None = None,
                 environ: Mapping[str, str] | None = None) -> list[Path]:
    """The system-wide places for ``careerdesk.ini`` on ``platform`` (default: this one)."""
    platform = platform or sys.platform
    env = os.environ if environ is None else environ
    if platform.startswith("win"):
        base = env.get("PROGRAMDATA") or env.get("ALLUSERSPROFILE") or r"C:\ProgramData"
        return [Path(base) / "CareerDesk" / FILE_NAME]
    if platform == "darwin":
        return [Path("/Library/Application Support/CareerDesk") / FILE_NAME]
    dirs = [d for d in (env.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(":") if d]
    return [Path(d) / "careerdesk" / FILE_NAME for d in dirs]


def candidate_paths(environ: Mapping[str, str] | None = None,
                    platform: str | None = None) -> list[Path]:
    """Every place looked at, in order; the first file that exists is used."""
    env = os.environ if environ is None else environ
    override = env.get(ENV)
    if override:
        return [Path(override).expanduser()]
    return [program_folder() / FILE_NAME, *system_paths(platform, env)]


def load(states: Iterable[str] | None = None, *, paths: Sequence[Path] | None = None,
         environ: Mapping[str, str] | None = None) -> LabConfig:
    """The administrator's defaults from the first ``careerdesk.ini`` found.

    ``states``: the state names the careers database knows (``name`` of
    ``CareerStore.states()``); a ``state`` setting is matched to one of them ignoring case.
    Without it the value is kept as written. ``paths`` replaces ``candidate_paths()``.
    No file: the defaults, with no problems. Never raises.
    """
    env = os.environ if environ is None else environ
    try:
        places = list(paths) if paths is not None else candidate_paths(env)
        for place in places:
            if place.exists():
                return read(place, states, environ=env)
        if paths is None and env.get(ENV):
            return LabConfig(problems=(translate(
                "LabConfig", "{variable} names {file}, which does not exist").format(
                    variable=ENV, file=places[0]),))
    except Exception as exc:  # an odd path or file system: report, never stop the app
        return LabConfig(problems=(translate("LabConfig", "lab settings not read: {error}")
                                   .format(error=f"{type(exc).__name__}: {exc}"),))
    return LabConfig()


# ------------------------------------------------------------------ reading one file


def read(path: Path, states: Iterable[str] | None = None, *,
         environ: Mapping[str, str] | None = None) -> LabConfig:
    """The settings in the file ``path`` (see the module's documentation). Never raises."""
    name = path.name
    try:
        text = _decode(path)
    except (OSError, UnicodeError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return LabConfig(source=path, problems=(translate(
            "LabConfig", "{file}: not read ({reason}); no lab settings used").format(
                file=name, reason=reason),))
    known_states = None if states is None else {s.strip().lower(): s for s in states}
    reader = _Reader(name, known_states, os.environ if environ is None else environ)
    for number, line in enumerate(text.splitlines(), start=1):
        reader.line(number, line)
    values = reader.values
    state, paper = values.get("state"), values.get("paper")
    data_dir = values.get("data_dir")
    return LabConfig(state=state if isinstance(state, str) else None,
                     paper=paper if isinstance(paper, str) else None,
                     guest_only=values.get("guest_only") is True,
                     data_dir=data_dir if isinstance(data_dir, Path) else None,
                     source=path, problems=tuple(reader.problems))


def _decode(path: Path) -> str:
    """The file's text: UTF-8 (with or without the BOM Notepad writes), or UTF-16 with a
    BOM (Notepad's "Unicode"). Only an ordinary file is read: a FIFO or a device named
    careerdesk.ini is opened without waiting (O_NONBLOCK) and refused, never read."""
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(handle, "rb") as opened:
        if not stat.S_ISREG(os.fstat(opened.fileno()).st_mode):
            raise ValueError(translate("LabConfig", "not an ordinary file"))
        data = opened.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError(translate("LabConfig", "larger than {size} KB: not a settings file")
                         .format(size=MAX_BYTES // 1024))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(translate("LabConfig", "not UTF-8 text: byte {number} cannot be read")
                         .format(number=exc.start + 1)) from None
    if "\x00" in text:
        raise ValueError(translate("LabConfig", "not a text file"))
    return text


class _Reader:
    """Reads the lines of one file, keeping good values and collecting problems."""

    def __init__(self, name: str, states: dict[str, str] | None,
                 environ: Mapping[str, str]) -> None:
        self.name = name
        self.states = states
        self.environ = environ
        self.section: str | None = None  # the current section's name, lower case
        self.values: dict[str, object] = {}
        self.seen: dict[str, int] = {}  # setting -> line it was first given on
        self.problems: list[str] = []
        self.parsers: dict[str, Callable[[str], object]] = {
            name: getattr(self, f"_{name}") for name in SETTINGS}

    def problem(self, number: int, message: str) -> None:
        self.problems.append(translate("LabConfig", "{file} line {number}: {message}").format(
            file=self.name, number=number, message=message))

    def line(self, number: int, raw: str) -> None:
        line = raw.strip()
        if not line or line[0] in "#;":
            return
        if line.startswith("["):
            if not line.endswith("]"):
                self.problem(number, translate(
                    "LabConfig", "not a section header: {line}; the settings after it are "
                    "ignored").format(line=_short(line)))
                self.section = ""  # what follows belongs to no known section
                return
            self.section = line[1:-1].strip().lower()
            if self.section != SECTION:
                self.problem(number, translate(
                    "LabConfig", "unknown section [{section}] (the settings go in "
                    "[{expected}]); its settings are ignored").format(
                        section=_short(line[1:-1].strip()), expected=SECTION))
            return
        key, sep, value = _split(line)
        if not sep or not key:
            self.problem(number, translate(
                "LabConfig", "not a setting (expected: name = value): {line}").format(
                    line=_short(line)))
            return
        if self.section is None:
            self.problem(number, translate(
                "LabConfig", "setting {key} comes before [{section}]; ignored").format(
                    key=repr(key), section=SECTION))
            return
        if self.section != SECTION:
            return  # reported once, on the section's header
        self.setting(number, key.lower(), key, value)

    def setting(self, number: int, key: str, written: str, value: str) -> None:
        parse = self.parsers.get(key)
        if parse is None:
            close = difflib.get_close_matches(key.replace("-", "_").replace(" ", "_"),
                                              list(self.parsers), n=1, cutoff=0.6)
            if close:
                message = translate(
                    "LabConfig", "unknown setting {key} (did you mean {suggestion}?)").format(
                        key=repr(written), suggestion=repr(close[0]))
            else:
                message = translate("LabConfig", "unknown setting {key}").format(
                    key=repr(written))
            self.problem(number, message)
            return
        if key in self.seen:
            self.problem(number, translate(
                "LabConfig", "{key} is already set on line {line}; this line is ignored").format(
                    key=repr(key), line=self.seen[key]))
            return
        self.seen[key] = number
        try:
            parsed = parse(value)
        except ValueError as exc:
            self.problem(number, translate("LabConfig", "{key}: {reason}; ignored").format(
                key=key, reason=exc))
            return
        if parsed is not None:
            self.values[key] = parsed

    # one parser per setting: the value, None for "not set", or ValueError saying why

    def _state(self, value: str) -> str | None:
        if not value:
            return None
        if self.states is None:
            return value
        found = self.states.get(" ".join(value.split()).lower())
        if found is None:
            raise ValueError(translate(
                "LabConfig", "{value} is not a state this database has wages for (write the "
                "full name, e.g. Ohio)").format(value=repr(_short(value))))
        return found

    def _paper(self, value: str) -> str | None:
        if not value:
            return None
        if value.lower() not in PAPERS:
            raise ValueError(translate("LabConfig", "{value} is not {first} or {last}").format(
                value=repr(_short(value)), first=", ".join(PAPERS[:-1]), last=PAPERS[-1]))
        return value.lower()

    def _guest_only(self, value: str) -> bool | None:
        if not value:
            return None
        if value.lower() in _TRUE:
            return True
        if value.lower() in _FALSE:
            return False
        raise ValueError(translate(
            "LabConfig", "{value} is not yes or no (or true/false, on/off, 1/0)").format(
                value=repr(_short(value))))

    def _data_dir(self, value: str) -> Path | None:
        if not value:
            return None
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        expanded = _expand_vars(value, self.environ)
        left = _UNEXPANDED.search(expanded)
        if left:
            raise ValueError(translate("LabConfig", "{variable} is not set in the environment")
                             .format(variable=left.group(0)))
        path = Path(os.path.expanduser(expanded))
        if not path.is_absolute():
            raise ValueError(translate(
                "LabConfig", "{value} is not a full path (start it with / or a drive letter, "
                "or ~ for the user's home folder)").format(value=repr(_short(value))))
        return path


def _split(line: str) -> tuple[str, str, str]:
    """``name = value`` or ``name: value`` (whichever comes first), stripped."""
    positions = [i for i in (line.find("="), line.find(":")) if i > 0]
    if not positions:
        return line, "", ""
    cut = min(positions)
    return line[:cut].strip(), line[cut], line[cut + 1:].strip()


def _expand_vars(value: str, environ: Mapping[str, str]) -> str:
    """``$NAME``, ``${NAME}`` and ``%NAME%`` replaced from ``environ`` where set."""
    def lookup(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2) or match.group(3)
        return environ.get(name, match.group(0))

    return _VARIABLE.sub(lookup, value)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
