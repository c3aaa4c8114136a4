"""Helpers for translatable text: marking constant tables for extraction.

Every user-visible string goes through ``self.tr()`` (inside QObject subclasses) or
``QCoreApplication.translate(context, text)``. Module-level tables keep their English source
text, marked with ``QT_TRANSLATE_NOOP(context, text)`` so that ``pyside6-lupdate`` finds it,
and are translated where they are shown, with the same context.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction under ``context``; returns it unchanged.

    PySide6.QtCore has the same function typed as returning ``object``; this one keeps the
    type ``str`` for mypy. ``pyside6-lupdate`` recognises the call by its name.
    """
    del context
    return source
