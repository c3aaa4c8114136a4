"""Handouts are fitted to their pages by measuring them with blank stand-ins for the charts
(which the command line may still be drawing in its helper process): the measured pages
must be the printed pages, page count and how full the last one is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter

from careerdesk.comparison import build_comparison
from careerdesk.printouts import comparison_printout, profile_printout
from careerdesk.ui.print_document import (
    LAYOUT_DPI,
    document_source,
    page_count,
    paint_pages,
    printout_layout,
)

COMPARISONS = [["43-6013.00", "15-1252.00"], ["29-1141.00", "47-2111.00", "11-1011.00"],
               ["43-6013.00", "15-1252.00", "29-1141.00", "47-2111.00"]]


def printed_pages(printout) -> tuple[int, list[float]]:
    """Pages and last-page fill painted with the real chart images."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(LAYOUT_DPI)
    writer.setPageLayout(printout_layout(printout))
    fill: list[float] = []
    pages = paint_pages(writer, document_source(printout), printout.footer,
                        printout.footer_pt, fill)
    return pages, fill


def printouts(store):
    meta = dict(store.meta)
    for codes in COMPARISONS:
        careers = [store.career(code) for code in codes]
        yield comparison_printout(build_comparison(careers), meta)
    for code in ("43-6013.00", "29-1141.00"):
        yield profile_printout(store.career(code), meta)


def test_pages_measured_with_blank_charts_are_the_printed_pages(qapp, store):
    for printout in printouts(store):
        assert printout.images  # each has charts to stand in for
        fill: list[float] = []
        measured = page_count(printout, "letter", fill)
        assert (measured, pytest.approx(fill)) == printed_pages(printout), printout.title
