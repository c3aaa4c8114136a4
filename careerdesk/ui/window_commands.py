"""The main window's commands: each one a QAction with its shortcuts and tip, listed in one
of the window's menus.

The table below says which commands exist, how to reach them and where they are listed;
the window supplies what each one does (``slots``), and enables or disables them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from careerdesk.ui.i18n import QT_TRANSLATE_NOOP

Std = QKeySequence.StandardKey
Keys = list[QKeySequence.StandardKey | str]


# name, menu, shortcuts, text, tip; a None row is a separator. The texts keep the
# window's translation context.
COMMANDS: list[tuple[str, str, Keys, str, str] | None] = [
    ("print", "file", [Std.Print],
     QT_TRANSLATE_NOOP("MainWindow", "&Print…"),
     QT_TRANSLATE_NOOP("MainWindow", "Print the open profile or comparison")),
    ("preview", "file", ["Ctrl+Shift+P"],
     QT_TRANSLATE_NOOP("MainWindow", "Print pre&view…"),
     QT_TRANSLATE_NOOP("MainWindow", "See the printout before printing")),
    ("pdf", "file", ["Ctrl+Shift+S"],
     QT_TRANSLATE_NOOP("MainWindow", "Save as P&DF…"),
     QT_TRANSLATE_NOOP("MainWindow", "Save the open profile or comparison as a PDF")),
    None,
    ("quit", "file", [Std.Quit],
     QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
     QT_TRANSLATE_NOOP("MainWindow", "Close CareerDesk")),
    ("zoom_in", "view", ["Ctrl+=", "Ctrl++"],
     QT_TRANSLATE_NOOP("MainWindow", "Zoom &in"),
     QT_TRANSLATE_NOOP("MainWindow", "Make all text bigger (up to 200%)")),
    ("zoom_out", "view", ["Ctrl+-"],
     QT_TRANSLATE_NOOP("MainWindow", "Zoom &out"),
     QT_TRANSLATE_NOOP("MainWindow", "Make all text smaller (down to 75%)")),
    ("zoom_reset", "view", ["Ctrl+0"],
     QT_TRANSLATE_NOOP("MainWindow", "&Actual size"),
     QT_TRANSLATE_NOOP("MainWindow", "Text at the system's size")),
    None,
    ("theme_system", "view", [],
     QT_TRANSLATE_NOOP("MainWindow", "&System colours"),
     QT_TRANSLATE_NOOP("MainWindow", "Light or dark colours, as this computer is set")),
    ("theme_light", "view", [],
     QT_TRANSLATE_NOOP("MainWindow", "&Light colours"),
     QT_TRANSLATE_NOOP("MainWindow", "Dark text on light backgrounds")),
    ("theme_dark", "view", [],
     QT_TRANSLATE_NOOP("MainWindow", "&Dark colours"),
     QT_TRANSLATE_NOOP("MainWindow", "Light text on dark backgrounds")),
    ("theme_contrast", "view", [],
     QT_TRANSLATE_NOOP("MainWindow", "&High contrast"),
     QT_TRANSLATE_NOOP("MainWindow", "White text on black, with yellow selection and focus")),
    ("add_compare", "compare", ["Ctrl+K"],
     QT_TRANSLATE_NOOP("MainWindow", "&Add to comparison"),
     QT_TRANSLATE_NOOP("MainWindow", "Add the open career, or the selected result, to the comparison")),  # noqa: E501
    ("compare", "compare", ["Ctrl+Shift+K"],
     QT_TRANSLATE_NOOP("MainWindow", "&Compare picked careers"),
     QT_TRANSLATE_NOOP("MainWindow", "Show the picked careers side by side")),
    ("save_comparison", "compare", ["Ctrl+Shift+D"],
     QT_TRANSLATE_NOOP("MainWindow", "&Save comparison…"),
     QT_TRANSLATE_NOOP("MainWindow", "Keep this comparison under a name")),
    ("bookmark", "user", ["Ctrl+D"],
     QT_TRANSLATE_NOOP("MainWindow", "&Bookmark"),
     QT_TRANSLATE_NOOP("MainWindow", "Bookmark the open career or the selected result")),
    ("bookmarks", "user", ["Ctrl+B"],
     QT_TRANSLATE_NOOP("MainWindow", "Show &bookmarks"),
     QT_TRANSLATE_NOOP("MainWindow", "Your bookmarked careers, notes and saved comparisons")),
    ("print_bookmarks", "user", [],
     QT_TRANSLATE_NOOP("MainWindow", "&Print bookmarks with notes…"),
     QT_TRANSLATE_NOOP("MainWindow", "Print your bookmark list with your notes")),
    ("export", "user", [],
     QT_TRANSLATE_NOOP("MainWindow", "&Export my data…"),
     QT_TRANSLATE_NOOP("MainWindow", "Save your bookmarks, notes and comparisons to one file")),
    ("import", "user", [],
     QT_TRANSLATE_NOOP("MainWindow", "&Import data…"),
     QT_TRANSLATE_NOOP("MainWindow", "Add bookmarks, notes and comparisons from an export file")),
    ("switch_user", "user", [],
     QT_TRANSLATE_NOOP("MainWindow", "&Switch person…"),
     QT_TRANSLATE_NOOP("MainWindow", "Choose who is using CareerDesk")),
    ("remove_data", "user", [],
     QT_TRANSLATE_NOOP("MainWindow", "&Remove my data from this computer…"),
     QT_TRANSLATE_NOOP("MainWindow", "Delete your profile and everything in it")),
    ("home", "go", ["Alt+Home"],
     QT_TRANSLATE_NOOP("MainWindow", "S&tart page"),
     QT_TRANSLATE_NOOP("MainWindow", "Ways in: the interest quiz, fields, careers without college, your careers")),  # noqa: E501
    ("interests", "go", ["Ctrl+I"],
     QT_TRANSLATE_NOOP("MainWindow", "What would you enjoy? (&interest quiz)…"),
     QT_TRANSLATE_NOOP("MainWindow", "Rate activities and see careers that fit your interests, or see your saved results")),  # noqa: E501
    ("programs", "go", [],
     QT_TRANSLATE_NOOP("MainWindow", "What to stud&y (programs)…"),
     QT_TRANSLATE_NOOP("MainWindow", "Programs of study, such as nursing or welding, and the careers they lead to")),  # noqa: E501
    ("find", "go", [Std.Find],
     QT_TRANSLATE_NOOP("MainWindow", "&Search"),
     QT_TRANSLATE_NOOP("MainWindow", "Go to the search box")),
    ("back", "go", ["Alt+Left"],
     QT_TRANSLATE_NOOP("MainWindow", "&Back"),
     QT_TRANSLATE_NOOP("MainWindow", "Go back to the previous career")),
    ("forward", "go", ["Alt+Right"],
     QT_TRANSLATE_NOOP("MainWindow", "&Forward"),
     QT_TRANSLATE_NOOP("MainWindow", "Go forward again")),
    ("next_tab", "go", ["Ctrl+Tab"],
     QT_TRANSLATE_NOOP("MainWindow", "&Next section"),
     QT_TRANSLATE_NOOP("MainWindow", "Show the next profile tab")),
    ("prev_tab", "go", ["Ctrl+Shift+Tab"],
     QT_TRANSLATE_NOOP("MainWindow", "&Previous section"),
     QT_TRANSLATE_NOOP("MainWindow", "Show the previous tab")),
    ("next_region", "go", ["F6"],
     QT_TRANSLATE_NOOP("MainWindow", "Next &area"),
     QT_TRANSLATE_NOOP("MainWindow", "Move to the next part of the window: search box, results, page, comparison tray")),  # noqa: E501
    ("prev_region", "go", ["Shift+F6"],
     QT_TRANSLATE_NOOP("MainWindow", "Previous a&rea"),
     QT_TRANSLATE_NOOP("MainWindow", "Move to the previous part of the window")),
    ("bright_help", "help", [],
     QT_TRANSLATE_NOOP("MainWindow", "What is &Bright Outlook?"),
     QT_TRANSLATE_NOOP("MainWindow", "Which careers are marked with a bright outlook, and why")),
    ("about", "help", ["F1"],
     QT_TRANSLATE_NOOP("MainWindow", "&About CareerDesk"),
     QT_TRANSLATE_NOOP("MainWindow", "Version, data sources and the O*NET attribution")),
]


class WindowCommands:
    """The window's QActions by name (``commands["print"]``), each connected to its slot,
    added to the window (so its shortcuts work anywhere in it) and to its menu."""

    def __init__(self, window: QWidget, menus: Mapping[str, QMenu],
                 slots: Mapping[str, Callable[[], object]]) -> None:
        self._actions: dict[str, QAction] = {}
        last_menu = ""
        for row in COMMANDS:
            if row is None:
                menus[last_menu].addSeparator()
                continue
            name, menu, keys, text, tip = row
            item = QAction(QCoreApplication.translate("MainWindow", text), window)
            item.setShortcuts([QKeySequence(key) for key in keys])
            tip = QCoreApplication.translate("MainWindow", tip)
            item.setStatusTip(tip)
            item.setToolTip(tip)
            item.triggered.connect(slots[name])
            window.addAction(item)
            menus[menu].addAction(item)
            self._actions[name] = item
            last_menu = menu
        unknown = set(slots) - set(self._actions)
        assert not unknown, f"slots for commands that do not exist: {unknown}"

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def names(self) -> list[str]:
        return list(self._actions)
