"""Inside this career: the narrative (editorial or written from data) and the chart of how
the work divides."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from careerdesk.model import Career
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.ui.tabs.base import ProfileTab, esc
from careerdesk.widgets.chart_canvas import ChartView

KIND_WORDS = {
    "editorial": QT_TRANSLATE_NOOP(
        "InsideTab", "Editorial: written by the CareerDesk team in their own words from the "
        "facts of the reference career page and the data."),
    "data": QT_TRANSLATE_NOOP(
        "InsideTab", "Written from the data by CareerDesk: composed from this career's O*NET, "
        "BLS and AI-research figures."),
}


def paragraphs(text: str) -> str:
    return "".join(f"<p>{esc(p)}</p>" for p in text.split("\n\n"))


class InsideTab(ProfileTab):
    """A readable picture of the job and its time-allocation chart."""

    title = QT_TRANSLATE_NOOP("InsideTab", "Inside this career")
    tab_label = QT_TRANSLATE_NOOP("InsideTab", "Inside")
    sections = ("narrative", "time_allocation")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # One chart for every career shown: a new matplotlib canvas per career costs
        # time and memory.
        self.chart = ChartView()
        self.chart.setAccessibleName(self.tr("How the work divides chart"))

    def populate(self, career: Career) -> None:
        main = career.narrative
        if main is None:
            self.add_note(self.tr("No narrative is available for this career, because O*NET "
                                  "lists no tasks for it."))
        else:
            self.add_text(f"<p><b>{esc(self.tr(KIND_WORDS[main.kind]))}</b></p>",
                          name=self.tr("Narrative kind")).setProperty("role", "badge")
            self.add_text(paragraphs(main.text), name=self.tr("Narrative"))
        self.add_heading(self.tr("How the work divides"))
        chart = self.chart
        if career.time_allocations:
            caption = " ".join(f"{a.label}: {a.method}" for a in career.time_allocations)
        else:
            caption = self.tr("Not available: O*NET lists no tasks for this career.")
        chart.show_time_allocation(career.time_allocations, caption)
        self.add_widget(chart)
        others = [n for n in career.narratives if main is not None and n is not main]
        for other in others:
            self.add_heading(self.tr("Also: the narrative written from the data"), level=3)
            self.add_text(f"<p><i>{esc(self.tr(KIND_WORDS[other.kind]))}</i></p>"
                          + paragraphs(other.text), name=self.tr("Data narrative"))
