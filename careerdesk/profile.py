"""A career profile as a JSON-ready dict and as readable text (for the command line).

The JSON keeps the sources' own values (codes, categories, ratings); the text draws the
profile's sections (``careerdesk.sections``), worded as the window and the printout word
them."""

from __future__ import annotations

import textwrap
from typing import Any

from careerdesk import sections, study, wording
from careerdesk.i18n import translate
from careerdesk.model import Career, Rating


def _names(ratings: list[Rating]) -> list[str]:
    return [r.name for r in ratings]


# BLS names "no work experience" and "no training on the job" with the bare word "None".
# In JSON that reads like a missing value (Python's None printed as text), so those two
# categories are spelled out; every other BLS category is given as BLS writes it.
_BLS_NONE = {"work_experience": "No work experience", "on_the_job_training":
             "No on-the-job training"}


def _bls_category(key: str, value: str | None) -> str | None:
    return _BLS_NONE[key] if value == "None" else value


def to_dict(c: Career) -> dict[str, Any]:
    """The whole profile; missing figures are null."""
    data_time = c.time_allocation("data")
    editorial_time = c.time_allocation("editorial")
    narrative = c.narrative
    return {
        "code": c.code,
        "title": c.title,
        "description": c.description,
        "soc_code": c.soc.code,
        "soc_title": c.soc.title,
        "bls_figures_cover_wider_soc_group": c.soc.shared,
        "bls_combined_group": {"code": c.soc.combined_code, "title": c.soc.combined_title}
        if c.soc.combined_code else None,
        "bls_figures_note": group.label if (group := wording.figures_group(c.soc, c.title))
        else None,
        "major_group": {"code": c.major_group.code, "title": c.major_group.title},
        "job_zone": c.job_zone.zone if c.job_zone else None,
        "job_zone_meaning": c.job_zone.name if c.job_zone else None,
        "tasks": [{"text": t.text, "core": t.core} for t in c.tasks],
        "also_known_as": c.also_known_as,
        "alternate_titles": [t.title for t in c.titles if t.alternate],
        "related": [{"code": r.code, "title": r.title, "tier": r.tier} for r in c.related],
        "progression": [
            {"code": s.code, "title": s.title, "more_preparation": s.more_preparation,
             "higher_pay": s.higher_pay} for s in c.progression
        ],
        "technology_skills": [
            {"name": t.name, "category": t.category, "hot": t.hot, "in_demand": t.in_demand}
            for t in c.technology
        ],
        "tools": [{"name": t.name, "category": t.category} for t in c.tools],
        "key_abilities": _names(c.abilities),
        "abilities_rated": c.abilities_rated,
        "skills": _names(c.skills),
        "knowledge": _names(c.knowledge),
        "work_styles": _names(c.work_styles),
        "interests": {r.name: r.value for r in c.interests},
        "programs": [study.to_dict(p) for p in c.programs],
        "programs_note": None if c.programs else study.no_program_reason(c),
        "education": {
            "typical_entry": c.education.typical_entry,
            "work_experience": _bls_category("work_experience", c.education.work_experience),
            "on_the_job_training": _bls_category("on_the_job_training",
                                                 c.education.on_the_job_training),
            "required_education": [
                {"level": s.label, "percent": s.percent} for s in c.education.distribution
            ],
            "time_to_enter": {
                "years_min": c.education.years_min,
                "years_max": c.education.years_max,
                "basis": c.education.entry_time_basis,
                "method": c.education.entry_time_method,
            },
        },
        "outlook": {
            "employment_2024": c.outlook.employment_2024 if c.outlook else None,
            "employment_2034": c.outlook.employment_2034 if c.outlook else None,
            "percent_change": c.outlook.percent_change if c.outlook else None,
            "annual_openings": c.outlook.annual_openings if c.outlook else None,
            "category": c.outlook.category if c.outlook else None,
            "handbook_url": c.outlook.handbook_url if c.outlook else None,
        },
        "wages": {
            "employment": c.wages.employment if c.wages else None,
            "median_annual": c.wages.median_annual if c.wages else None,
            "median_hourly": c.wages.median_hourly if c.wages else None,
            "annual": c.wages.annual if c.wages else None,
            "hourly": c.wages.hourly if c.wages else None,
            "top_coded": sorted(c.wages.top_coded) if c.wages else [],
            "by_state": {
                name: {"annual_median": s.annual_median, "hourly_median": s.hourly_median,
                       "employment": s.employment, "top_coded": sorted(s.top_coded)}
                for name, s in c.wages.by_state.items()
            } if c.wages else {},
        },
        "ai": {
            "exposure": c.ai.exposure if c.ai else None,
            "exposure_percentile": c.ai.exposure_percentile if c.ai else None,
            "exposure_level": c.ai.exposure_level if c.ai else None,
            "replace_vs_assist": c.ai.automation_index if c.ai else None,
            "replace_vs_assist_meaning": c.ai.replace_vs_assist if c.ai else None,
            "human_capabilities": c.ai.human_index if c.ai else None,
            "human_capabilities_level": c.ai.human_level if c.ai else None,
            "ai_applicability": c.ai.applicability if c.ai else None,
            "conversation_share": c.ai.conversation_share if c.ai else None,
            "conversation_share_tasks": {
                "matched": c.ai.conversation_tasks_matched, "of": c.ai.conversation_tasks,
            } if c.ai and c.ai.conversation_tasks is not None else None,
            "label": c.ai.label.label if c.ai and c.ai.label else None,
            "explanation": c.ai.label.sentence if c.ai and c.ai.label else None,
            "methods": c.ai.methods if c.ai else {},
        },
        "time_allocation": [
            {"activity": s.label, "percent": s.percent,
             "work_activities": [{"name": n, "percent": p} for n, p in s.details]}
            for s in (data_time.shares if data_time else [])
        ],
        "time_allocation_method": data_time.method if data_time else None,
        "time_allocation_editorial": [
            {"activity": s.label, "percent": s.percent}
            for s in (editorial_time.shares if editorial_time else [])
        ],
        "time_allocation_editorial_source": editorial_time.method if editorial_time else None,
        "narrative": {"text": narrative.text, "kind": narrative.kind} if narrative else None,
        "narratives": [{"text": n.text, "kind": n.kind} for n in c.narratives],
        "sources": sorted({str(s) for items in c.sources.values() for s in items}),
    }


def _wrap(text: str, indent: str = "  ", first: str | None = None) -> list[str]:
    return textwrap.wrap(text, 88, initial_indent=indent if first is None else first,
                         subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False) or [indent]


def _block_lines(block: sections.Block) -> list[str]:
    if block.kind == sections.PARAGRAPHS:
        lines = [f"  {block.title}:"] if block.title else []
        for paragraph in block.text.split("\n\n"):
            lines += _wrap(paragraph) + [""]
        return lines[:-1]
    if block.kind == sections.NOTE:
        return _wrap(block.text)
    if block.kind == sections.STATEMENT:
        return _wrap(f"{block.title}: {block.text}")
    if block.kind == sections.FACTS:
        return [line for f in block.facts for line in _wrap(f.text())]
    if block.kind == sections.LIST and block.inline:
        return _wrap((f"{block.title}: " if block.title else "") + sections.paper_line(block))
    if block.kind == sections.LIST:
        lines = [f"  {block.title}:"] if block.title else []
        if not block.items:
            return lines + _wrap(block.missing)
        return lines + [line for item in block.items[:block.limit]
                        for line in _wrap(item.text + (f"  ({item.value})" if item.value
                                                       else ""), "    ", "  • ")]
    if block.kind == sections.LINK:
        return _wrap(f"{block.text}: {block.title}, {block.url}")
    raise ValueError(f"the text cannot show a {block.kind} block")


def to_text(c: Career, attribution: str) -> str:
    """A readable plain-text profile: the sections of ``careerdesk.sections`` as the command
    line shows them, then the sources and the attribution."""
    made = sections.profile(c)
    out = [made.title, made.identity]
    for section in made.sections:
        out += ["", section.full_heading().upper()]
        for block in section.blocks_for(sections.TEXT):
            out += _block_lines(block)
    out += ["", translate("Profile", "Sources").upper()]
    out += _wrap(made.codes)
    out += [line for source in sections.all_sources(c) for line in _wrap(source)]
    out += [""] + _wrap(attribution, "")
    return "\n".join(out)
