"""Readers for the source formats (tab-separated text, CSV, Excel) with strict checking.

Every reader checks that the columns the importer needs are present and yields ``Row``
objects whose typed accessors raise :class:`SourceError` naming the file, column and line
of any value they cannot parse.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from careerdesk.build.errors import SourceError

ONET_CODE = re.compile(r"^\d\d-\d\d\d\d\.\d\d$")
SOC_CODE = re.compile(r"^\d\d-\d\d\d\d$")

# Values the sources use for "no figure".
_BLANK = {"", "-", "—", "–", "*", "**", "n/a", "NA"}


class Row:
    """One data row of a source file, with typed access by column name."""

    __slots__ = ("path", "line", "_values", "_links")

    def __init__(self, path: Path, line: int, values: dict[str, Any],
                 links: dict[str, str] | None = None) -> None:
        self.path = path
        self.line = line
        self._values = values
        self._links = links or {}

    def link(self, column: str) -> str | None:
        """The address a spreadsheet cell links to (``read_xlsx(..., links=True)``)."""
        return self._links.get(column)

    def fail(self, column: str | None, message: str) -> SourceError:
        return SourceError(self.path, message, column=column, line=self.line)

    def raw(self, column: str) -> Any:
        return self._values.get(column)

    def text(self, column: str, *, optional: bool = False) -> str:
        value = self._values.get(column)
        text = "" if value is None else str(value).strip()
        if not text and not optional:
            raise self.fail(column, "value is empty")
        return text

    def number(self, column: str, *, optional: bool = False) -> float | None:
        value = self._values.get(column)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        text = "" if value is None else str(value).strip().replace(",", "")
        if text in _BLANK:
            if optional:
                return None
            raise self.fail(column, "value is missing")
        try:
            return float(text)
        except ValueError:
            raise self.fail(column, f"cannot read {text!r} as a number") from None

    def required_number(self, column: str) -> float:
        value = self.number(column)
        assert value is not None
        return value

    def integer(self, column: str) -> int:
        value = self.required_number(column)
        if value != int(value):
            raise self.fail(column, f"expected a whole number, found {value!r}")
        return int(value)

    def flag(self, column: str) -> bool:
        text = self.text(column).upper()
        if text in ("Y", "YES", "TRUE"):
            return True
        if text in ("N", "NO", "FALSE"):
            return False
        raise self.fail(column, f"expected Y or N, found {text!r}")

    def onet_code(self, column: str) -> str:
        code = self.text(column)
        if not ONET_CODE.match(code):
            raise self.fail(column, f"{code!r} is not an O*NET-SOC code (XX-XXXX.XX)")
        return code

    def soc_code(self, column: str) -> str:
        code = self.text(column)
        if not SOC_CODE.match(code):
            raise self.fail(column, f"{code!r} is not a SOC code (XX-XXXX)")
        return code


def _require(path: Path, header: Sequence[str], required: Iterable[str], line: int) -> None:
    present = set(header)
    for column in required:
        if column not in present:
            raise SourceError(
                path, "column not found (was it renamed?)", column=column, line=line
            )


def _check_exists(path: Path) -> None:
    if not path.is_file():
        raise SourceError(path, "file not found")


def read_delimited(
    path: Path, required: Sequence[str], *, delimiter: str = "\t", quoted: bool = False
) -> Iterator[Row]:
    """Yield the rows of a tab- or comma-separated file with a header line."""
    _check_exists(path)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(
            handle,
            delimiter=delimiter,
            quoting=csv.QUOTE_MINIMAL if quoted else csv.QUOTE_NONE,
        )
        try:
            header = next(reader)
        except StopIteration:
            raise SourceError(path, "file is empty", line=1) from None
        except (csv.Error, UnicodeDecodeError) as exc:
            raise SourceError(path, f"cannot read the header: {exc}", line=1) from None
        header = [name.strip().lstrip("\ufeff") for name in header]
        _require(path, header, required, 1)
        line = 1
        try:
            for values in reader:
                line = reader.line_num
                if not any(v.strip() for v in values):
                    continue
                if len(values) > len(header):
                    raise SourceError(
                        path, f"{len(values)} fields where the header has {len(header)}",
                        line=line,
                    )
                yield Row(path, line, dict(zip(header, values, strict=False)))
        except (csv.Error, UnicodeDecodeError) as exc:
            raise SourceError(path, f"cannot read the file: {exc}", line=line + 1) from None


def read_tsv(path: Path, required: Sequence[str]) -> Iterator[Row]:
    return read_delimited(path, required, delimiter="\t")


def read_csv(path: Path, required: Sequence[str]) -> Iterator[Row]:
    return read_delimited(path, required, delimiter=",", quoted=True)


def read_xlsx(
    path: Path, required: Sequence[str], *, sheet: str | None = None, header_row: int = 1,
    links: bool = False,
) -> Iterator[Row]:
    """Yield the rows below ``header_row`` (1-based) of one sheet of an Excel workbook.

    With ``links`` the cells' hyperlinks are read too (``Row.link``); openpyxl has them only
    when it loads the whole workbook, which is slower.
    """
    _check_exists(path)
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - depends on the install
        raise SourceError(
            path, "reading .xlsx needs openpyxl: pip install 'careerdesk[build]'"
        ) from None
    try:
        workbook = openpyxl.load_workbook(path, read_only=not links, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise SourceError(path, f"cannot open the workbook: {exc}") from None
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise SourceError(path, f"sheet {sheet!r} not found")
        worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        header: list[str] | None = None
        rows: Iterable[tuple[Any, ...]] = (
            worksheet.iter_rows() if links else worksheet.iter_rows(values_only=True))
        for number, row in enumerate(rows, start=1):
            cells = row if links else ()
            values = tuple(cell.value for cell in row) if links else row
            if number < header_row:
                continue
            if number == header_row:
                header = ["" if v is None else str(v).strip() for v in values]
                _require(path, header, required, number)
                continue
            if all(v is None or str(v).strip() == "" for v in values):
                continue
            assert header is not None
            targets = {name: cell.hyperlink.target
                       for name, cell in zip(header, cells, strict=False)
                       if cell.hyperlink is not None and cell.hyperlink.target}
            yield Row(path, number, dict(zip(header, values, strict=False)), targets)
        if header is None:
            raise SourceError(path, "no header row", line=header_row)
    except SourceError:
        raise
    except Exception as exc:  # read-only workbooks parse a damaged sheet only when read
        raise SourceError(path, f"cannot read the workbook: {exc}") from None
    finally:
        workbook.close()
