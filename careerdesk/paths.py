"""Where CareerDesk finds its careers database and the other files of its data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DB_ENV = "CAREERDESK_DB"


def data_folder() -> Path:
    """``data/`` beside the package, or inside the bundle (the database, the sentence model)."""
    bundle = getattr(sys, "_MEIPASS", None)
    return (Path(bundle) if bundle else Path(__file__).resolve().parent.parent) / "data"


def default_database() -> Path:
    """``$CAREERDESK_DB``, else ``data/careers.db`` beside the package (or the bundle)."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return data_folder() / "careers.db"


def usual_permissions(path: Path) -> None:
    """Give a file made with ``tempfile.mkstemp`` (private, 0600) the permissions a newly
    created file would have under the user's umask."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)
