"""Responsibilities: core tasks first, supplemental after, clearly marked."""

from __future__ import annotations

from careerdesk.model import Career
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.ui.tabs.base import ProfileTab, bullet_list, esc


class ResponsibilitiesTab(ProfileTab):
    """The occupation's tasks in O*NET order."""

    title = QT_TRANSLATE_NOOP("ResponsibilitiesTab", "Responsibilities")
    tab_label = QT_TRANSLATE_NOOP("ResponsibilitiesTab", "Responsibilities")
    sections = ("tasks",)

    def populate(self, career: Career) -> None:
        self.add_text(f"<p>{esc(career.description)}</p>", name=self.tr("Description"))
        core = [t.text for t in career.tasks if t.core is True]
        other = [t.text for t in career.tasks if t.core is None]
        extra = [t.text for t in career.tasks if t.core is False]
        if not career.tasks:
            self.add_note(self.tr("O*NET does not list tasks for this career: not available."))
            return
        if core:
            self.add_heading(self.tr("Core tasks ({count})").format(count=len(core)))
            self.add_note(self.tr("Core tasks are the ones O*NET found most important and most "
                                  "often done in this job."))
            self.add_text(bullet_list(core), name=self.tr("Core tasks"))
        if other:
            self.add_heading(self.tr("Tasks ({count})").format(count=len(other)))
            self.add_text(bullet_list(other), name=self.tr("Tasks"))
        if extra:
            self.add_heading(self.tr("Supplemental tasks ({count})").format(count=len(extra)))
            self.add_note(self.tr("Supplemental tasks are done by some workers or less often."))
            self.add_text(bullet_list(extra), name=self.tr("Supplemental tasks"))
