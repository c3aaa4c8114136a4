"""Skills & technology: key abilities, skills, knowledge, work styles, technology, tools,
interests."""

from __future__ import annotations

from careerdesk.model import Career, Rating
from careerdesk.ui.tabs.base import ProfileTab, esc

HOT = "★"


def _rated(items: list[Rating], scale: float = 5.0) -> str:
    return "<ul>" + "".join(
        f"<li><b>{esc(r.name)}</b> — importance {r.value:.1f} of {scale:.0f}"
        f"<br><small>{esc(r.description)}</small></li>" for r in items) + "</ul>"


class SkillsTab(ProfileTab):
    """What the job asks of a person, and the technology it uses."""

    title = "Skills & technology"
    tab_label = "Skills & tech"
    sections = ("abilities", "technology", "interests")

    def populate(self, career: Career) -> None:
        self.add_heading("Key abilities")
        self.add_note("Abilities are lasting talents that help a person do the work. These "
                      "are the ones O*NET rates most important for this career.")
        if career.abilities:
            self.add_text(_rated(career.abilities[:6]), name="Key abilities")
        else:
            self.add_note("O*NET has not rated this career's abilities: not available.")
        for title, items, note in [
            ("Skills", career.skills, "Skills are learned: they grow with practice."),
            ("Knowledge", career.knowledge, "Subjects the work draws on."),
            ("Work styles", career.work_styles, "Personal qualities that help on the job."),
        ]:
            self.add_heading(title)
            self.add_note(note)
            if items:
                self.add_text(_rated(items[:6]), name=title)
            else:
                self.add_note(f"O*NET has not rated this career's {title.lower()}: "
                              "not available.")
        self.add_heading("Technology skills")
        if career.technology:
            hot = sum(1 for t in career.technology if t.hot)
            self.add_note(f"{HOT} marks a “hot technology”: one employers often ask for in job "
                          f"postings ({hot} of {len(career.technology)} here).")
            self.add_text("<ul>" + "".join(
                f"<li>{esc(t.name)}{' <b>' + HOT + ' hot</b>' if t.hot else ''}"
                f"{' (in demand)' if t.in_demand else ''} <small>— {esc(t.category)}</small>"
                "</li>" for t in career.technology) + "</ul>", name="Technology skills")
        else:
            self.add_note("Not available for this career.")
        self.add_heading("Tools")
        if career.tools:
            self.add_text("<ul>" + "".join(f"<li>{esc(t.name)}</li>" for t in career.tools)
                          + "</ul>", name="Tools")
        else:
            self.add_note("Not available for this career.")
        self.add_heading("Interests")
        self.add_note("How strongly the work fits each of six interest types (RIASEC), "
                      "from 1 to 7.")
        if career.interests:
            self.add_text("<ul>" + "".join(
                f"<li><b>{esc(r.name)}</b> {r.value:.1f} — <small>{esc(r.description)}"
                "</small></li>" for r in career.interests) + "</ul>", name="Interests")
        else:
            self.add_note("Not available for this career.")
