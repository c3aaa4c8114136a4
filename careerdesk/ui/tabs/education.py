"""Education & training: entry requirements, time to enter, job zone, required education,
and what to study (the profile's "education" and "study" sections, ``careerdesk.sections``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from careerdesk import sections, study
from careerdesk.model import Career
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.ui.tabs.base import ProfileTab
from careerdesk.widgets.chart_canvas import ChartView


class EducationTab(ProfileTab):
    """How people get into the career.

    Signals:
        programsRequested(str): explore the programs of study of this career (by code).
    """

    programsRequested = Signal(str)

    title = QT_TRANSLATE_NOOP("EducationTab", "Education & training")
    tab_label = QT_TRANSLATE_NOOP("EducationTab", "Education")
    section_keys = ("education", "study")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = ChartView()  # reused for every career, like the time chart
        self.chart.setAccessibleName(self.tr("Required education chart"))
        self.path_chart = ChartView()
        self.path_chart.setAccessibleName(self.tr("How to get there"))
        self.explore = QPushButton(self.tr("Explore these programs…"))
        self.explore.setAccessibleName(self.tr(
            "Explore these programs: what each one is and every career it leads to"))
        self.explore.setToolTip(self.explore.accessibleName())
        self.explore.clicked.connect(self._explore)

    def populate(self, career: Career) -> None:
        for section in self.tab_sections(career):
            # the tab's title names the first; "What to study" gets its own heading
            self.add_section(section, heading=section.key != "education")

    def _explore(self) -> None:
        if self.career is not None:
            self.programsRequested.emit(self.career.code)

    def add_special(self, block: sections.Block) -> bool:
        if block.kind != sections.CHART:
            return False
        assert self.career is not None
        if block.chart == "path":  # after the programs: each one, what it is, its careers
            self.add_widget(self.explore)  # in the page first: shown alone it is a window
            self.explore.setVisible(bool(self.career.programs))
        self.add_heading(block.title)
        if block.chart == "path":
            steps = study.path(self.career)
            mine = next((i for i, s in enumerate(steps) if s.title == self.career.title), None)
            self.path_chart.show_path(steps, mine, block.text)
            self.add_widget(self.path_chart)
            return True
        self.chart.show_education(self.career.education.distribution, block.text)
        self.add_widget(self.chart)
        return True
