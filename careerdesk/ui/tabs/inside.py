"""Inside this career: the narrative (editorial or written from data) and the chart of how
the work divides (the profile's "inside" and "time" sections, ``careerdesk.sections``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from careerdesk import sections, time_views
from careerdesk.model import Career
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.ui.tabs.base import ProfileTab
from careerdesk.widgets.chart_canvas import ChartView


class InsideTab(ProfileTab):
    """A readable picture of the job and its time-allocation chart."""

    title = QT_TRANSLATE_NOOP("InsideTab", "Inside this career")
    tab_label = QT_TRANSLATE_NOOP("InsideTab", "Inside")
    section_keys = ("inside", "time")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # One chart for every career shown: a new matplotlib canvas per career costs
        # time and memory.
        self.chart = ChartView()
        self.chart.setAccessibleName(self.tr("How the work divides chart"))

    def populate(self, career: Career) -> None:
        for section in sorted(self.tab_sections(career),
                              key=lambda s: self.section_keys.index(s.key)):
            # the narrative under the tab's title; the chart under its own heading
            self.add_section(section, heading=section.key != "inside")

    def add_special(self, block: sections.Block) -> bool:
        if block.kind != sections.CHART:
            return False
        assert self.career is not None
        self.chart.show_time_allocation(time_views.views(self.career), block.text)
        self.add_widget(self.chart)
        return True
