"""Education & training: entry requirements, job zone, required education, time to enter."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from careerdesk import formatting as fmt
from careerdesk.model import Career
from careerdesk.ui.tabs.base import ProfileTab, esc
from careerdesk.widgets.chart_canvas import ChartView


class EducationTab(ProfileTab):
    """How people get into the career."""

    title = "Education & training"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = ChartView()  # reused for every career, like the time chart
        self.chart.setAccessibleName("Required education chart")
    tab_label = "Education"
    sections = ("education",)

    def populate(self, career: Career) -> None:
        e = career.education
        na = fmt.NOT_AVAILABLE
        self.add_heading("What it takes to start (BLS)")
        self.add_text(
            "<table cellspacing='0' cellpadding='4'>"
            f"<tr><td><b>Typical entry education</b></td><td>{esc(e.typical_entry or na)}</td></tr>"
            f"<tr><td><b>Work experience</b></td><td>{esc(e.work_experience or na)}</td></tr>"
            f"<tr><td><b>On-the-job training</b></td>"
            f"<td>{esc(e.on_the_job_training or na)}</td></tr></table>",
            name="Entry requirements")
        if career.soc.shared and e.typical_entry:
            self.add_note(f"BLS gives these for the wider occupation {career.soc.code} "
                          f"{career.soc.title}.")
        self.add_heading("Time to enter (estimate)")
        self.add_text(f"<p><b>{esc(fmt.years_range(e.years_min, e.years_max))}</b> of "
                      "preparation after high school.</p>", name="Time to enter")
        self.add_note("How this is worked out: " + e.entry_time_method)
        self.add_heading("Job zone")
        zone = career.job_zone
        if zone:
            self.add_text(f"<p><b>{esc(zone.name)}</b></p><p>{esc(zone.education)}</p>"
                          f"<p>{esc(zone.training)}</p><p>{esc(zone.experience)}</p>",
                          name="Job zone")
        else:
            self.add_note("O*NET has not placed this career in a job zone: not available.")
        self.add_heading("Education that workers say the job needs (O*NET)")
        chart = self.chart
        chart.show_education(
            e.distribution,
            "Share of workers surveyed by O*NET who said each level of education is "
            "required for the job." if e.distribution else "Not available for this career.")
        self.add_widget(chart)
