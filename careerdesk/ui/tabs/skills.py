"""Skills & technology: key abilities, skills, knowledge, work styles, technology, tools,
interests (the profile's "abilities", "technology" and "interests" sections,
``careerdesk.sections``)."""

from __future__ import annotations

from careerdesk.model import Career
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.ui.tabs.base import ProfileTab


class SkillsTab(ProfileTab):
    """What the job asks of a person, and the technology it uses."""

    title = QT_TRANSLATE_NOOP("SkillsTab", "Skills & technology")
    tab_label = QT_TRANSLATE_NOOP("SkillsTab", "Skills & tech")
    section_keys = ("abilities", "technology", "interests")

    def populate(self, career: Career) -> None:
        for section in self.tab_sections(career):
            # the abilities' lists name themselves
            self.add_section(section, heading=section.key != "abilities")
