"""Education & training: entry requirements, job zone, required education, time to enter."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from careerdesk import formatting as fmt
from careerdesk.model import Career
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.ui.tabs.base import ProfileTab, esc
from careerdesk.widgets.chart_canvas import ChartView


class EducationTab(ProfileTab):
    """How people get into the career."""

    title = QT_TRANSLATE_NOOP("EducationTab", "Education & training")
    tab_label = QT_TRANSLATE_NOOP("EducationTab", "Education")
    sections = ("education",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = ChartView()  # reused for every career, like the time chart
        self.chart.setAccessibleName(self.tr("Required education chart"))

    def populate(self, career: Career) -> None:
        e = career.education
        na = fmt.not_available()
        self.add_heading(self.tr("What it takes to start (BLS)"))
        rows = [(self.tr("Typical entry education"), e.typical_entry),
                (self.tr("Work experience"), e.work_experience),
                (self.tr("On-the-job training"), e.on_the_job_training)]
        self.add_text(
            "<table cellspacing='0' cellpadding='4'>"
            + "".join(f"<tr><td><b>{esc(label)}</b></td><td>{esc(value or na)}</td></tr>"
                      for label, value in rows)
            + "</table>",
            name=self.tr("Entry requirements"))
        if career.soc.shared and e.typical_entry:
            self.add_note(self.tr("BLS gives these for the wider occupation {code} {title}.")
                          .format(code=career.soc.code, title=career.soc.title))
        self.add_heading(self.tr("Time to enter (estimate)"))
        self.add_text(
            "<p>" + self.tr("<b>{years}</b> of preparation after high school.").format(
                years=esc(fmt.years_range(e.years_min, e.years_max))) + "</p>",
            name=self.tr("Time to enter"))
        self.add_note(self.tr("How this is worked out: {method}").format(
            method=e.entry_time_method))
        self.add_heading(self.tr("Job zone"))
        zone = career.job_zone
        if zone:
            self.add_text(f"<p><b>{esc(zone.name)}</b></p><p>{esc(zone.education)}</p>"
                          f"<p>{esc(zone.training)}</p><p>{esc(zone.experience)}</p>",
                          name=self.tr("Job zone"))
        else:
            self.add_note(self.tr("O*NET has not placed this career in a job zone: "
                                  "not available."))
        self.add_heading(self.tr("Education that workers say the job needs (O*NET)"))
        chart = self.chart
        chart.show_education(
            e.distribution,
            self.tr("Share of workers surveyed by O*NET who said each level of education is "
                    "required for the job.") if e.distribution
            else self.tr("Not available for this career."))
        self.add_widget(chart)
