"""Skills & technology: key abilities, skills, knowledge, work styles, technology, tools,
interests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from careerdesk.model import Career, Rating
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.ui.tabs.base import ProfileTab, esc

HOT = "★"


def _rated(items: list[Rating], scale: float = 5.0) -> str:
    importance = QCoreApplication.translate("SkillsTab", "importance {value} of {scale}")
    return "<ul>" + "".join(
        f"<li><b>{esc(r.name)}</b> — "
        + esc(importance.format(value=f"{r.value:.1f}", scale=f"{scale:.0f}"))
        + f"<br><small>{esc(r.description)}</small></li>" for r in items) + "</ul>"


class SkillsTab(ProfileTab):
    """What the job asks of a person, and the technology it uses."""

    title = QT_TRANSLATE_NOOP("SkillsTab", "Skills & technology")
    tab_label = QT_TRANSLATE_NOOP("SkillsTab", "Skills & tech")
    sections = ("abilities", "technology", "interests")

    def populate(self, career: Career) -> None:
        self.add_heading(self.tr("Key abilities"))
        self.add_note(self.tr("Abilities are lasting talents that help a person do the work. "
                              "These are the ones O*NET rates most important for this career."))
        if career.abilities:
            self.add_text(_rated(career.abilities[:6]), name=self.tr("Key abilities"))
        else:
            self.add_note(self.tr("O*NET has not rated this career's abilities: not available."))
        for title, items, note, missing in [
            (self.tr("Skills"), career.skills,
             self.tr("Skills are learned: they grow with practice."),
             self.tr("O*NET has not rated this career's skills: not available.")),
            (self.tr("Knowledge"), career.knowledge,
             self.tr("Subjects the work draws on."),
             self.tr("O*NET has not rated this career's knowledge: not available.")),
            (self.tr("Work styles"), career.work_styles,
             self.tr("Personal qualities that help on the job."),
             self.tr("O*NET has not rated this career's work styles: not available.")),
        ]:
            self.add_heading(title)
            self.add_note(note)
            if items:
                self.add_text(_rated(items[:6]), name=title)
            else:
                self.add_note(missing)
        self.add_heading(self.tr("Technology skills"))
        not_available = self.tr("Not available for this career.")
        if career.technology:
            hot = sum(1 for t in career.technology if t.hot)
            self.add_note(self.tr("{star} marks a “hot technology”: one employers often ask for "
                                  "in job postings ({hot} of {total} here).").format(
                star=HOT, hot=hot, total=len(career.technology)))
            hot_words = " <b>" + esc(self.tr("{star} hot").format(star=HOT)) + "</b>"
            in_demand = esc(self.tr(" (in demand)"))
            self.add_text("<ul>" + "".join(
                f"<li>{esc(t.name)}{hot_words if t.hot else ''}"
                f"{in_demand if t.in_demand else ''} <small>— {esc(t.category)}</small>"
                "</li>" for t in career.technology) + "</ul>",
                name=self.tr("Technology skills"))
        else:
            self.add_note(not_available)
        self.add_heading(self.tr("Tools"))
        if career.tools:
            self.add_text("<ul>" + "".join(f"<li>{esc(t.name)}</li>" for t in career.tools)
                          + "</ul>", name=self.tr("Tools"))
        else:
            self.add_note(not_available)
        self.add_heading(self.tr("Interests"))
        self.add_note(self.tr("How strongly the work fits each of six interest types (RIASEC), "
                              "from 1 to 7."))
        if career.interests:
            self.add_text("<ul>" + "".join(
                f"<li><b>{esc(r.name)}</b> {r.value:.1f} — <small>{esc(r.description)}"
                "</small></li>" for r in career.interests) + "</ul>",
                name=self.tr("Interests"))
        else:
            self.add_note(not_available)
