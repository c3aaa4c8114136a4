"""The AI label table: AI exposure level x BLS outlook trend -> a label and its meaning."""

from __future__ import annotations

_LEVEL_WORDS = {"high": "High exposure", "medium": "Some exposure", "low": "Low exposure"}
# The outlook trends of careerdesk.outlook: "stable" is growth about as fast as or slower
# than average; "flat" little or no change (within 0.4 % either way); "declining" fewer
# jobs. A career with fewer jobs in 2034 is "flat" or "declining", never "stable".
_TREND_WORDS = {
    "growing": "growing demand",
    "stable": "steady growth",
    "flat": "little or no change in jobs",
    "declining": "shrinking jobs",
}
_SENTENCES = {
    ("high", "growing"): "AI will change how this work is done, yet more workers are "
    "expected to be needed.",
    ("high", "stable"): "The work is changing, not disappearing: AI takes on parts of it "
    "while the number of jobs keeps growing.",
    ("high", "flat"): "AI can do much of this work, and BLS expects about as many jobs in "
    "2034 as today.",
    ("high", "declining"): "Fewer jobs are expected and AI can do much of the routine work; "
    "the skills AI cannot cover matter most here.",
    ("medium", "growing"): "AI helps with some tasks, and demand for workers is rising.",
    ("medium", "stable"): "AI touches some tasks, but the heart of the job stays with "
    "people.",
    ("medium", "flat"): "AI touches some tasks, and BLS expects about as many jobs in 2034 "
    "as today.",
    ("medium", "declining"): "Jobs are expected to shrink; AI touches some tasks and is one "
    "of several pressures to watch.",
    ("low", "growing"): "Current AI can do little of this work, and more workers are "
    "expected to be needed.",
    ("low", "stable"): "Current AI can do little of this work, and the number of jobs keeps "
    "growing.",
    ("low", "flat"): "Current AI can do little of this work; BLS expects about as many jobs "
    "in 2034 as today.",
    ("low", "declining"): "AI is not the main pressure here; jobs are expected to shrink "
    "for other reasons.",
    ("high", "unknown"): "Much of this work is exposed to AI; BLS publishes no projection "
    "for it, so the label rests on exposure alone.",
    ("medium", "unknown"): "Some of this work is exposed to AI; BLS publishes no projection "
    "for it, so the label rests on exposure alone.",
    ("low", "unknown"): "Little of this work is exposed to AI; BLS publishes no projection "
    "for it, so the label rests on exposure alone.",
}


def _label(level: str, trend: str) -> str:
    if trend == "unknown":
        return f"{_LEVEL_WORDS[level]} (outlook not available)"
    return f"{_LEVEL_WORDS[level]} + {_TREND_WORDS[trend]}"


# (id, exposure level, outlook trend, label, sentence)
AI_LABELS = [
    (f"{level}-{trend}", level, trend, _label(level, trend), sentence)
    for (level, trend), sentence in sorted(_SENTENCES.items())
]
