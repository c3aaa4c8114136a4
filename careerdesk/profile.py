"""A career profile as a JSON-ready dict and as readable text (for the command line)."""

from __future__ import annotations

import textwrap
from typing import Any

from careerdesk import formatting as fmt
from careerdesk.model import Career, Rating


def _names(ratings: list[Rating]) -> list[str]:
    return [r.name for r in ratings]


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
        "education": {
            "typical_entry": c.education.typical_entry,
            "work_experience": c.education.work_experience,
            "on_the_job_training": c.education.on_the_job_training,
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


def _section(title: str, lines: list[str]) -> list[str]:
    return ["", title.upper(), *lines]


def _wrap(text: str, indent: str = "  ") -> list[str]:
    return textwrap.wrap(text, 88, initial_indent=indent, subsequent_indent=indent) or [indent]


def to_text(c: Career, attribution: str) -> str:
    """A readable plain-text profile."""
    out = [f"{c.title} ({c.code})", f"{c.major_group.title} · SOC {c.soc.code}"]
    if c.also_known_as:
        out += _wrap("Also known as: " + ", ".join(c.also_known_as), "")
    out += [""] + _wrap(c.description, "")
    core = [t for t in c.tasks if t.core is not False]
    extra = [t for t in c.tasks if t.core is False]
    out += _section("Responsibilities", [line for t in core for line in _wrap("• " + t.text)])
    if extra:
        out += ["  Supplemental:"] + [line for t in extra for line in _wrap("◦ " + t.text, "    ")]
    if not c.tasks:
        out.append("  not available")
    narrative = c.narrative
    if narrative:
        kind = "editorial, written by the CareerDesk team" if narrative.kind == "editorial" \
            else "written from the data"
        lines = [f"  ({kind})"]
        for paragraph in narrative.text.split("\n\n"):
            lines += _wrap(paragraph) + [""]
        out += _section("Inside this career", lines[:-1])
    for allocation in c.time_allocations:
        out += _section(f"How the work divides — {allocation.label}",
                        [f"  {s.percent:5.1f}%  {s.label}" for s in allocation.shares]
                        + _wrap("Method: " + allocation.method))
    e = c.education
    out += _section("Education and training", [
        f"  Typical entry education: {e.typical_entry or fmt.NOT_AVAILABLE}",
        f"  Work experience: {e.work_experience or fmt.NOT_AVAILABLE}",
        f"  On-the-job training: {e.on_the_job_training or fmt.NOT_AVAILABLE}",
        f"  Job zone: {c.job_zone.name if c.job_zone else fmt.NOT_AVAILABLE}",
        f"  Time to enter: {fmt.years_range(e.years_min, e.years_max)} (estimate)",
    ])
    w = c.wages
    shared = (f"  (figures for the SOC occupation {c.soc.code} {c.soc.title})"
              if c.soc.shared else None)
    pay = [f"  Median annual wage: "
           f"{fmt.money(w.median_annual, top_coded='annual_median' in w.top_coded)}",
           f"  Median hourly wage: "
           f"{fmt.money(w.median_hourly, cents=True, top_coded='hourly_median' in w.top_coded)}",
           f"  Range (10th-90th percentile): {fmt.money(w.annual['p10'])} – "
           f"{fmt.money(w.annual['p90'], top_coded='annual_p90' in w.top_coded)}",
           f"  Employment: {fmt.count(w.employment)}"] if w else ["  not available"]
    out += _section("Pay (BLS OEWS, May 2025)", pay + ([shared] if shared else []))
    o = c.outlook
    out += _section("Outlook (BLS projections 2024-34)", [
        f"  Employment 2024: {fmt.count(o.employment_2024)}",
        f"  Employment 2034: {fmt.count(o.employment_2034)}",
        f"  Change: {fmt.signed_percent(o.percent_change)} ({o.category})",
        f"  Openings each year: {fmt.count(o.annual_openings)}",
    ] + ([f"  More in the Occupational Outlook Handbook: {o.handbook_url}"]
         if o.handbook_url else []) if o else ["  not available"])
    a = c.ai
    out += _section("AI assessment", [
        f"  {a.label.label}: {a.label.sentence}" if a.label else "  label not available",
        f"  Exposure: {fmt.percent(a.exposure * 100 if a.exposure is not None else None)}"
        f" of tasks (percentile {a.exposure_percentile})",
        f"  Replace vs assist: {a.automation_index if a.automation_index is not None else 'n/a'}"
        f" ({a.replace_vs_assist or fmt.NOT_AVAILABLE})",
        f"  Human capabilities index: "
        f"{a.human_index if a.human_index is not None else fmt.NOT_AVAILABLE}",
    ] if a else ["  not available"])
    out += _section("Skills and technology", [
        "  Key abilities: " + (", ".join(_names(c.abilities)) or "not rated by O*NET"),
        "  Skills: " + (", ".join(_names(c.skills[:6])) or fmt.NOT_AVAILABLE),
        "  Technology: " + (", ".join(
            t.name + (" (hot)" if t.hot else "") for t in c.technology[:12]) or fmt.NOT_AVAILABLE),
    ])
    out += _section("Related careers", [f"  {r.code}  {r.title}" for r in c.related]
                    or ["  not available"])
    if c.progression:
        out += _section("Next steps", [f"  {s.code}  {s.title}" for s in c.progression])
    out += _section("Sources", [line for s in sorted({str(s) for v in c.sources.values()
                                                      for s in v}) for line in _wrap(s)])
    out += [""] + _wrap(attribution, "")
    return "\n".join(out)
