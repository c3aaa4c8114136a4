"""Responsibilities: core tasks first, supplemental after, clearly marked."""

from __future__ import annotations

from careerdesk.model import Career
from careerdesk.ui.tabs.base import ProfileTab, bullet_list, esc


class ResponsibilitiesTab(ProfileTab):
    """The occupation's tasks in O*NET order."""

    title = "Responsibilities"
    tab_label = "Responsibilities"
    sections = ("tasks",)

    def populate(self, career: Career) -> None:
        self.add_text(f"<p>{esc(career.description)}</p>", name="Description")
        core = [t.text for t in career.tasks if t.core is True]
        other = [t.text for t in career.tasks if t.core is None]
        extra = [t.text for t in career.tasks if t.core is False]
        if not career.tasks:
            self.add_note("O*NET does not list tasks for this career: not available.")
            return
        if core:
            self.add_heading(f"Core tasks ({len(core)})")
            self.add_note("Core tasks are the ones O*NET found most important and most "
                          "often done in this job.")
            self.add_text(bullet_list(core), name="Core tasks")
        if other:
            self.add_heading(f"Tasks ({len(other)})")
            self.add_text(bullet_list(other), name="Tasks")
        if extra:
            self.add_heading(f"Supplemental tasks ({len(extra)})")
            self.add_note("Supplemental tasks are done by some workers or less often.")
            self.add_text(bullet_list(extra), name="Supplemental tasks")
