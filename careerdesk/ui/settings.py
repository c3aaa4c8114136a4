"""Every user setting declared once, with its type and default, over QSettings.

Tests point QSettings at a temporary folder (``use_settings_path``) so they never touch the
real user profile.
"""

from __future__ import annotations

import builtins
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T", str, int, float, bool)


class Setting(Generic[T]):
    """One setting: its key, type and default. (A plain class: this module loads at start-up,
    before the window shows, and a dataclass costs a few milliseconds there.)"""

    __slots__ = ("key", "type", "default")

    def __init__(self, key: str, type: builtins.type[T], default: T) -> None:
        self.key = key
        self.type: builtins.type[T] = type
        self.default: T = default

    def __repr__(self) -> str:
        return f"Setting({self.key!r}, {self.type.__name__}, {self.default!r})"


WAGE_STATE = Setting("pay/state", str, "")
LAST_TAB = Setting("profile/tab", int, 0)
ZOOM = Setting("view/zoom", int, 100)  # percent of the system font size
THEME = Setting("view/theme", str, "")  # "" as the system is set; else light, dark, high-contrast
# The careers.db last read whole and found sound (path|size|mtime), not read again at start.
DATABASE_CHECKED = Setting("database/checked", str, "")


class Settings:
    """Typed access to the application's QSettings."""

    def __init__(self, qsettings: QSettings | None = None,
                 defaults: dict[str, Any] | None = None) -> None:
        self._q = qsettings or QSettings()
        # The lab administrator's defaults (careerdesk.ini), used until the user chooses.
        self._defaults = {k: v for k, v in (defaults or {}).items() if v is not None}

    def set_defaults(self, defaults: dict[str, Any]) -> None:
        """Replace the administrator's defaults (read after the window is up)."""
        self._defaults = {k: v for k, v in defaults.items() if v is not None}

    def get(self, setting: Setting[T]) -> T:
        value: Any = self._q.value(setting.key, self._defaults.get(setting.key, setting.default))
        try:
            if setting.type is bool and isinstance(value, str):
                value = value.lower() in ("1", "true", "yes")
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._q.setValue(setting.key, value)


def use_settings_path(folder: str) -> None:
    """Keep settings in ``folder`` (INI files): for tests and portable installs."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, folder)
