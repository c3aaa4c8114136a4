"""Related careers and realistic next steps, each with its pay and entry education, one click
(or Enter) away and one Ctrl+K from the comparison."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from careerdesk import formatting as fmt
from careerdesk import wording
from careerdesk.links import public_pages
from careerdesk.model import Career, Glance, NextStep
from careerdesk.ui.career_list import CareerItem, CareerListView
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.ui.tabs.base import ProfileTab, esc

TIER_WORDS = {"Primary-Short": QT_TRANSLATE_NOOP("RelatedTab", "Very close to this career"),
              "Primary-Long": QT_TRANSLATE_NOOP("RelatedTab", "Close to this career"),
              "Supplemental": QT_TRANSLATE_NOOP("RelatedTab", "Also related")}


def money_words(glance: Glance | None) -> str:
    """'$51,140 a year' (national median), the hourly median where BLS publishes only that,
    or 'not available'."""
    translate = QCoreApplication.translate
    if glance is not None and glance.median_annual is not None:
        money = fmt.money(glance.median_annual,
                          top_coded="annual_median" in glance.top_coded)
        return translate("RelatedTab", "{money} a year").format(money=money)
    if glance is not None and glance.median_hourly is not None:
        money = fmt.money(glance.median_hourly, cents=True,
                          top_coded="hourly_median" in glance.top_coded)
        return translate("RelatedTab", "{money} an hour").format(money=money)
    return fmt.not_available()


def pay_words(glance: Glance | None) -> str:
    """'Pay: $51,140 a year', or 'Pay: not available'."""
    return QCoreApplication.translate("RelatedTab", "Pay: {money}").format(
        money=money_words(glance))


def education_words(glance: Glance | None) -> str:
    """'Education: Bachelor's degree (4 years of college)' (careerdesk.wording's plain words
    for BLS's typical entry education), or 'Education: not available'."""
    plain = wording.entry_education(glance.entry_education if glance is not None else None)
    return QCoreApplication.translate("RelatedTab", "Education: {words}").format(
        words=plain.label)


def preparation_words(zone: int | None) -> str:
    """'medium (3 of 5)' for job zone 3; 'not available' without a job zone."""
    if zone not in wording.ZONES:
        return fmt.not_available()
    return QCoreApplication.translate("RelatedTab", "{level} ({zone} of 5)").format(
        level=wording.preparation_level(zone), zone=zone)


def step_note(step: NextStep, own_pay_known: bool) -> str:
    """Why ``step`` is a step up, in plain words."""
    translate = QCoreApplication.translate
    level = preparation_words(step.glance.job_zone if step.glance is not None else None)
    if step.more_preparation and step.higher_pay:
        text = translate("RelatedTab", "A bit more preparation: {level}. Pays more.")
    elif step.more_preparation and own_pay_known and step.glance is not None \
            and step.glance.median_annual is not None:
        text = translate("RelatedTab", "A bit more preparation: {level}. Pays about the "
                                       "same or a little more.")
    elif step.more_preparation:
        text = translate("RelatedTab", "A bit more preparation: {level}.")
    else:
        text = translate("RelatedTab", "Same preparation: {level}. Pays at least 10% more.")
    return text.format(level=level)


class RelatedTab(ProfileTab):
    """Next steps (the importer's progression rule) and O*NET's related careers in its
    order, each with pay and entry education."""

    title = QT_TRANSLATE_NOOP("RelatedTab", "Related careers")
    tab_label = QT_TRANSLATE_NOOP("RelatedTab", "Related")
    sections = ("related", "progression")

    def populate(self, career: Career) -> None:
        self.next_steps: CareerListView | None = None
        self.related_list: CareerListView | None = None
        own_pay = career.wages.median_annual if career.wages is not None else None
        self.add_heading(self.tr("Next steps"))
        self.rule_note = self.add_note(self.tr(
            "How we pick next steps: each one is a related career that is the same kind of "
            "work. It needs the same preparation or one level more, never a big jump. It "
            "needs at most 4 more years of school, so not medical school after nursing. It "
            "also pays at least as much. Same kind of work means O*NET puts it among the 10 "
            "careers closest to this one, or it is in the same job family, or it fits the "
            "same main interest. If it needs no more preparation, it must pay at least 10% "
            "more."))
        own = Glance(career.job_zone.zone if career.job_zone else None,
                     career.education.typical_entry, own_pay,
                     career.wages.median_hourly if career.wages is not None else None,
                     frozenset(career.wages.top_coded) if career.wages is not None
                     else frozenset())
        self.own_line = self.add_text("<p>" + esc(self.tr(
            "For comparison, this career: pay {money}, preparation {level}.").format(
                money=money_words(own), level=preparation_words(own.job_zone)))
            + "</p>")
        if career.progression:
            steps = self._list(self.tr("Next steps"), [
                CareerItem(s.code, s.title, step_note(s, own_pay is not None),
                           (pay_words(s.glance), education_words(s.glance)))
                for s in career.progression])
            self.next_steps = steps
        else:
            self.add_note(self.tr(
                "No next steps here. None of the related careers fits the rule above: they "
                "need much more preparation or school, pay less, are a different kind of "
                "work, or their figures are not available."))
        self.add_heading(self.tr("Related careers"))
        if career.related:
            self.add_note(self.tr("O*NET's list of careers like this one, the closest first."))
            self.related_list = self._list(self.tr("Related careers"), [
                CareerItem(r.code, r.title, self._related_note(r.tier, r.glance),
                           (pay_words(r.glance), education_words(r.glance)))
                for r in career.related])
        else:
            self.add_note(self.tr("O*NET lists no related careers for this one: not available."))
        self.add_note(self.tr(
            "Pay is the median for the whole country: half of workers earn more, half earn "
            "less (BLS, May 2025). Education is what most people need to start (BLS). "
            "Preparation is O*NET's job zone, from 1 (little or none) to 5 (a great deal). "
            "Press Enter or click to open a career; Ctrl+K or right-click adds it to the "
            "comparison."))
        self.add_heading(self.tr("On the web (needs the internet)"), level=3)
        links = " · ".join(f"<a href='{esc(url)}'>{esc(label)}</a>"
                           for label, url in public_pages(career))
        self.web_links = self.add_web_links(
            f"<p>{links}</p><p><small>"
            + self.tr("These open in your web browser, only when you click one. CareerDesk "
                      "itself never goes online.")
            + "</small></p>")

    def _list(self, name: str, items: list[CareerItem]) -> CareerListView:
        view = CareerListView(name)
        view.set_items(items)
        view.careerActivated.connect(self.careerRequested)
        view.compareRequested.connect(self.compareRequested)
        self.add_widget(view)
        return view

    def _related_note(self, tier: str, glance: Glance | None) -> str:
        closeness = self.tr(TIER_WORDS[tier]) if tier in TIER_WORDS else tier
        level = preparation_words(glance.job_zone if glance is not None else None)
        return self.tr("{closeness}. Preparation: {level}.").format(closeness=closeness,
                                                                   level=level)
