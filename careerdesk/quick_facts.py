"""A career's quick facts: the few figures a student and a family look at first, in plain
words, the same at the top of a profile, of each column of a comparison and of every
printout (no Qt).

The facts, in order:

* **pay**: BLS's median pay, for the remembered state when one is chosen and published,
  else national; a year, or an hour where BLS publishes only the hourly figure;
* **education**: the education to start (BLS's category in plain words) and the typical
  time to get ready after high school;
* **outlook**: BLS's outlook band in words with the projected change, and the job openings
  a year;
* **bright**: the Bright Outlook badge, only where the career meets the rule;
* **ai**: CareerDesk's AI label (its method is on the AI tab).

A missing figure reads "not available", never 0. Each fact keeps its source's own value
(``Fact.source``) and a plain explanation for a tooltip or a "what does this mean?" line.
"""

from __future__ import annotations

from dataclasses import dataclass

from careerdesk import formatting as fmt
from careerdesk import wording
from careerdesk.i18n import translate
from careerdesk.model import Career
from careerdesk.outlook import bright_badge, bright_outlook, bright_summary

FACT_KEYS = ("pay", "education", "outlook", "bright", "ai")


@dataclass(frozen=True)
class Fact:
    """One quick fact: ``heading`` ("Typical pay"), ``value`` ("$45,930 a year"), an
    optional second line ``detail`` ("$22.08 an hour"), what it means (``explanation``),
    where it comes from (``source``, the publisher and release) and the figure to compare
    careers by (``number``: annual pay, years to get ready, % change; None if missing)."""

    key: str
    heading: str
    value: str
    detail: str = ""
    explanation: str = ""
    source: str = ""
    number: float | None = None
    place: str | None = None  # pay: the state the figure is for; None for the nation

    def text(self) -> str:
        """Heading, value and detail on one line, for plain text and accessible names."""
        found = translate("QuickFacts", "{heading}: {value}").format(heading=self.heading,
                                                                     value=self.value)
        return f"{found}. {self.detail}" if self.detail else found


def _t(text: str) -> str:
    return translate("QuickFacts", text)


def _bls_source(career: Career, source: str) -> str:
    """``source`` with whose figures they are, when BLS publishes them for a combined or
    wider group ("…; figures for the combined BLS group “…”")."""
    group = wording.figures_group(career.soc, career.title)
    return f"{source}. {group.label}" if group is not None else source


def quick_facts(career: Career, state: str | None = None) -> list[Fact]:
    """The career's quick facts (see the module's docstring); ``state`` is the remembered
    state's code or name as ``Wages.by_state`` keys it."""
    facts = [pay(career, state), education(career), outlook(career)]
    bright = bright_fact(career)
    if bright is not None:
        facts.append(bright)
    facts.append(ai(career))
    return facts


def pay(career: Career, state: str | None = None) -> Fact:
    """Typical (median) pay: the state's when chosen and published, else national; a year,
    else an hour."""
    heading = wording.term("median_pay").label
    explanation = wording.term("median_pay").explanation
    wages = career.wages
    if wages is None:
        return Fact("pay", heading, fmt.not_available(),
                    _t("BLS's wage survey has no figures for it"), explanation)
    where, alone = _t("in the U.S."), _t("National figure")
    annual, hourly, top = wages.median_annual, wages.median_hourly, wages.top_coded
    local = wages.by_state.get(state) if state else None
    place = None
    if local is not None and (local.annual_median is not None
                              or local.hourly_median is not None):
        annual, hourly, top = local.annual_median, local.hourly_median, local.top_coded
        where = _t("in {state}").format(state=state)
        alone = _t("Figure for {state}").format(state=state)
        place = state
    source = _bls_source(career, _t("BLS Occupational Employment and Wage Statistics, "
                                    "May 2025"))
    if annual is not None:
        value = _t("{pay} a year").format(
            pay=fmt.money(annual, top_coded="annual_median" in top))
        detail = _t("{pay} an hour, {where}").format(
            pay=fmt.money(hourly, cents=True, top_coded="hourly_median" in top),
            where=where) if hourly is not None else alone
        return Fact("pay", heading, value, detail, explanation, source, float(annual), place)
    if hourly is not None:  # BLS publishes only the hourly median (actors, musicians ...)
        value = _t("{pay} an hour").format(
            pay=fmt.money(hourly, cents=True, top_coded="hourly_median" in top))
        return Fact("pay", heading, value,
                    _t("{where}; BLS publishes no yearly figure").format(where=alone),
                    explanation, source, None, place)
    return Fact("pay", heading, fmt.not_available(), alone, explanation, source)


def education(career: Career) -> Fact:
    """Education to start, and the typical time to get ready after high school."""
    e = career.education
    entry = wording.entry_education(e.typical_entry)
    ready = wording.time_to_enter(e.years_min, e.years_max, e.entry_time_basis)
    years = None if e.years_min is None or e.years_max is None \
        else (e.years_min + e.years_max) / 2
    detail = ""
    if e.years_min is not None and e.years_max is not None:
        detail = _t("No extra time after high school") if e.years_max <= 0 else \
            _t("{years} to get ready").format(years=fmt.years_range(e.years_min, e.years_max))
        detail = detail[:1].upper() + detail[1:]
    explanation = " ".join(p for p in (entry.explanation,
                                       ready.label + "." if ready.source else "",
                                       ready.explanation if ready.source else "") if p)
    return Fact("education", wording.term("entry_education").label, entry.label, detail,
                explanation, _t("BLS Employment Projections 2024–34"), years)


def outlook(career: Career) -> Fact:
    """The BLS outlook band in words with the projected change, and openings a year."""
    o = career.outlook
    heading = wording.term("outlook").label
    if o is None or o.category is None:
        return Fact("outlook", heading, fmt.not_available(),
                    explanation=wording.term("outlook").explanation)
    plain = wording.outlook(o.category, o.percent_change)
    detail = _t("{openings} job openings a year").format(openings=fmt.openings(
        o.annual_openings)) if o.annual_openings is not None else ""
    detail = detail[:1].upper() + detail[1:]
    return Fact("outlook", heading, plain.label, detail, plain.explanation,
                _bls_source(career, _t("BLS Employment Projections 2024–34")),
                o.percent_change)


def bright_fact(career: Career) -> Fact | None:
    """The Bright Outlook badge, if the career meets the rule; else None."""
    o = career.outlook
    if o is None or not bright_outlook(o.percent_change, o.annual_openings):
        return None
    return Fact("bright", _t("Chances of a job"), bright_badge(),
                explanation=bright_summary(), source=_t("O*NET's criteria, BLS 2024–34"))


def ai(career: Career) -> Fact:
    """CareerDesk's AI label, with its sentence as the explanation."""
    label = career.ai.label if career.ai else None
    heading = _t("AI and this job")
    if label is None:
        return Fact("ai", heading, fmt.not_available())
    return Fact("ai", heading, label.label, explanation=label.sentence,
                source=_t("CareerDesk's reading of three AI studies (method on the AI tab)"))
