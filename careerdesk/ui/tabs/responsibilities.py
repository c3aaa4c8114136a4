"""Responsibilities: the description, core tasks first, supplemental after, clearly marked
(the profile's "what" section, ``careerdesk.sections``)."""

from __future__ import annotations

from careerdesk.model import Career
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.ui.tabs.base import ProfileTab


class ResponsibilitiesTab(ProfileTab):
    """The occupation's tasks in O*NET order."""

    title = QT_TRANSLATE_NOOP("ResponsibilitiesTab", "Responsibilities")
    tab_label = QT_TRANSLATE_NOOP("ResponsibilitiesTab", "Responsibilities")
    section_keys = ("what",)

    def populate(self, career: Career) -> None:
        for section in self.tab_sections(career):
            self.add_section(section, heading=False)  # the tab's title says it
