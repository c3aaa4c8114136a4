"""Related careers and next steps, each one click (or Enter) away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from careerdesk.links import public_pages
from careerdesk.model import Career
from careerdesk.ui.career_list import CareerItem, CareerListView
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.ui.tabs.base import ProfileTab, esc

TIER_WORDS = {"Primary-Short": QT_TRANSLATE_NOOP("RelatedTab", "closely related"),
              "Primary-Long": QT_TRANSLATE_NOOP("RelatedTab", "related"),
              "Supplemental": QT_TRANSLATE_NOOP("RelatedTab", "also related")}


class RelatedTab(ProfileTab):
    """O*NET's related careers in its order, and the next steps among them."""

    title = QT_TRANSLATE_NOOP("RelatedTab", "Related careers")
    tab_label = QT_TRANSLATE_NOOP("RelatedTab", "Related")
    sections = ("related", "progression")

    def populate(self, career: Career) -> None:
        self.add_heading(self.tr("Next steps"))
        if career.progression:
            self.add_note(self.tr("Related careers that need more preparation or pay at least "
                                  "10% more (national median wage) — possible moves up from "
                                  "this one."))
            steps = CareerListView(self.tr("Next steps"))
            steps.set_items([CareerItem(s.code, s.title, _step_note(s.more_preparation,
                                                                      s.higher_pay))
                             for s in career.progression])
            steps.careerActivated.connect(self.careerRequested)
            steps.compareRequested.connect(self.compareRequested)
            self.add_widget(steps)
            self.next_steps = steps
        else:
            self.add_note(self.tr("No next steps: none of the related careers needs more "
                                  "preparation or pays more, or the figures are not available."))
        self.add_heading(self.tr("Related careers"))
        if career.related:
            related = CareerListView(self.tr("Related careers"))
            related.set_items([CareerItem(r.code, r.title,
                                          self.tr(TIER_WORDS[r.tier]) if r.tier in TIER_WORDS
                                          else r.tier)
                               for r in career.related])
            related.careerActivated.connect(self.careerRequested)
            related.compareRequested.connect(self.compareRequested)
            self.add_widget(related)
            self.related_list = related
        else:
            self.add_note(self.tr("O*NET lists no related careers for this one: not available."))
        self.add_heading(self.tr("On the web (needs the internet)"), level=3)
        links = " · ".join(f"<a href='{esc(url)}'>{esc(label)}</a>"
                           for label, url in public_pages(career))
        self.web_links = self.add_web_links(
            f"<p>{links}</p><p><small>"
            + self.tr("These open in your web browser, only when you click one. CareerDesk "
                      "itself never goes online.")
            + "</small></p>", name=self.tr("Public pages about this career (need the internet)"))


def _step_note(more_preparation: bool, higher_pay: bool) -> str:
    if more_preparation and higher_pay:
        return QCoreApplication.translate("RelatedTab", "more preparation, higher pay")
    return (QCoreApplication.translate("RelatedTab", "more preparation") if more_preparation
            else QCoreApplication.translate("RelatedTab", "higher pay"))
