"""Translatable text for the modules that do not depend on Qt (formatting, comparison, ...).

``translate(context, text)`` hands the text to ``QCoreApplication.translate`` when the app is
running — PySide6.QtCore already imported *and* a ``QCoreApplication`` instance exists — and
otherwise returns ``text`` unchanged. So:

* the window, its printouts and PDFs show the texts in the user's language;
* the command line without a window, and the importer (``careerdesk/build``, which writes
  narratives into the database through ``careerdesk.formatting``), never load Qt for it and
  always get the English source text: the database stays English and byte-stable.

``QT_TRANSLATE_NOOP(context, text)`` marks a text in a constant table for extraction; it is
translated where it is shown, with ``translate`` and the same context.

Extraction: ``pyside6-lupdate``'s Python parser recognises a call by its *name*, whatever was
imported: ``translate("Ctx", "...")``, ``i18n.translate(...)`` and
``QCoreApplication.translate(...)`` are all extracted (any call whose name is ``translate``
with a literal context and source text), and so is ``QT_TRANSLATE_NOOP("Ctx", "...")``.
Hence the plain names here; do not rename them (``_`` or ``tr_`` would not be extracted).
The context must be a string literal at the call site, and the text a constant: never an
f-string — translate a text with ``{fields}`` and ``.format()`` it afterwards.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping


def translate(context: str, text: str) -> str:
    """``text`` in the user's language when the app runs; unchanged without Qt or an app."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return text
    application = qtcore.QCoreApplication.instance()
    if application is None:
        return text
    return str(qtcore.QCoreApplication.translate(context, text))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction under ``context``; returns it unchanged (English)."""
    del context
    return text


class TranslatedTable(Mapping[str, str]):
    """A read-only key → text table whose texts are translated when looked up.

    The English texts are marked with ``QT_TRANSLATE_NOOP(context, ...)`` where the table is
    written; ``table[key]`` and ``table.get(key)`` return them through ``translate``, so code
    that shows them (also in the window) needs no change.
    """

    def __init__(self, context: str, texts: Mapping[str, str]) -> None:
        self.context = context
        self.source = dict(texts)

    def __getitem__(self, key: str) -> str:
        return translate(self.context, self.source[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.source)

    def __len__(self) -> int:
        return len(self.source)
