"""Entry script of the PyInstaller bundle: the same program as the ``careerdesk`` command.

With no arguments it opens the window; ``--selftest``, ``show``, ``compare`` and the other
subcommands work as in a checkout (see ``careerdesk --help``).
"""

import os
import sys
from pathlib import Path


def _keep_matplotlib_cache() -> None:
    """matplotlib's font list in the user's cache folder, kept between runs.

    PyInstaller's run-time hook gives matplotlib a new, empty configuration folder at each
    start, and matplotlib then lists every font on the computer again (about 0.8 s before
    the first chart). Where the cache folder cannot be made, the temporary one stays."""
    try:
        if sys.platform == "win32":
            base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
            folder = base / "CareerDesk" / "cache" / "matplotlib"
        elif sys.platform == "darwin":
            folder = Path.home() / "Library" / "Caches" / "CareerDesk" / "matplotlib"
        else:
            base = Path(os.environ.get("XDG_CACHE_HOME", ""))
            if not base.is_absolute():  # unset, or relative: the XDG spec says ignore it
                base = Path.home() / ".cache"
            folder = base / "careerdesk" / "matplotlib"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except (OSError, RuntimeError):  # no home folder, or none we may write to
        return
    if os.access(folder, os.W_OK | os.X_OK):
        os.environ["MPLCONFIGDIR"] = str(folder)


_keep_matplotlib_cache()

from careerdesk.cli import main  # noqa: E402 - after matplotlib's folder is chosen

if __name__ == "__main__":
    sys.exit(main())
