"""Where CareerDesk finds its careers database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DB_ENV = "CAREERDESK_DB"


def default_database() -> Path:
    """``$CAREERDESK_DB``, else ``data/careers.db`` beside the package (or the bundle)."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "data" / "careers.db"
    return Path(__file__).resolve().parent.parent / "data" / "careers.db"
