"""The one error the importer raises for bad source data."""

from __future__ import annotations

from pathlib import Path


class SourceError(Exception):
    """A source file is missing or holds something the importer cannot use.

    The message always names the file and, where they apply, the column and the line, so
    whoever rebuilds the database can find the problem without reading a traceback.
    """

    def __init__(
        self,
        path: Path | str,
        message: str,
        *,
        column: str | None = None,
        line: int | None = None,
    ) -> None:
        self.path = str(path)
        self.column = column
        self.line = line
        self.reason = message
        where = [self.path]
        if line is not None:
            where.append(f"line {line}")
        if column is not None:
            where.append(f"column '{column}'")
        super().__init__(f"{', '.join(where)}: {message}")
