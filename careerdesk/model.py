"""Typed records of career data, as the store returns them (no Qt, no SQL)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class MajorGroup:
    code: str
    title: str


@dataclass(frozen=True)
class CareerSummary:
    """A career as listed: enough to show it in a list and open it."""

    code: str
    title: str
    major_group: MajorGroup


@dataclass(frozen=True)
class Task:
    text: str
    core: bool | None  # None: O*NET gives no category


@dataclass(frozen=True)
class AlternateTitle:
    title: str
    short: str | None
    reported: bool  # in O*NET's sample of titles reported by workers
    alternate: bool


@dataclass(frozen=True)
class Glance:
    """A career's figures at a glance, for lists of careers (None: not available)."""

    job_zone: int | None
    entry_education: str | None  # BLS typical entry education, as BLS words it
    median_annual: int | None  # national median wage, OEWS May 2025
    median_hourly: float | None
    top_coded: frozenset[str] = frozenset()  # "annual_median", "hourly_median" when top-coded


@dataclass(frozen=True)
class RelatedCareer:
    code: str
    title: str
    tier: str
    glance: Glance | None = None


@dataclass(frozen=True)
class NextStep:
    """A related career that is a realistic step up (the importer's progression rule)."""

    code: str
    title: str
    more_preparation: bool  # needs one more job zone
    higher_pay: bool  # pays at least 10% more (national median)
    glance: Glance | None = None


@dataclass(frozen=True)
class Technology:
    name: str
    category: str
    hot: bool
    in_demand: bool


@dataclass(frozen=True)
class Tool:
    name: str
    category: str


@dataclass(frozen=True)
class Rating:
    """An O*NET element rated for the occupation (importance 1-5, interests 1-7)."""

    element_id: str
    name: str
    description: str
    value: float


@dataclass(frozen=True)
class JobZone:
    zone: int
    name: str
    experience: str
    education: str
    training: str


@dataclass(frozen=True)
class EducationShare:
    label: str
    percent: float


@dataclass(frozen=True)
class Education:
    typical_entry: str | None
    work_experience: str | None
    on_the_job_training: str | None
    distribution: list[EducationShare]
    years_min: float | None
    years_max: float | None
    entry_time_basis: str | None  # "bls" or "job_zone"
    entry_time_method: str


@dataclass(frozen=True)
class Outlook:
    """BLS 2024-34 projections for the SOC occupation the career belongs to."""

    employment_2024: int | None
    employment_2034: int | None
    percent_change: float | None
    annual_openings: int | None
    category: str | None
    bands: str
    handbook_url: str | None = None  # the BLS Occupational Outlook Handbook page, if any


@dataclass(frozen=True)
class StateWage:
    state: str
    employment: int | None
    annual_median: int | None
    hourly_median: float | None
    top_coded: frozenset[str]


@dataclass(frozen=True)
class Wages:
    """OEWS May 2025 wages for the SOC occupation (national, and by state)."""

    employment: int | None
    annual: dict[str, int | None]  # p10, p25, median, p75, p90
    hourly: dict[str, float | None]
    top_coded: frozenset[str]
    by_state: dict[str, StateWage]
    # of ``employment``, the jobs with government employers (federal, state and local,
    # public schools and hospitals, the Postal Service); None where OEWS releases no count
    government_employment: int | None = None

    @property
    def government_share(self) -> float | None:
        """The share of the jobs with government employers, 0-1, or None."""
        if self.government_employment is None or not self.employment:
            return None
        return self.government_employment / self.employment

    @property
    def median_annual(self) -> int | None:
        return self.annual.get("median")

    @property
    def median_hourly(self) -> float | None:
        return self.hourly.get("median")


@dataclass(frozen=True)
class SocGroup:
    """The SOC occupation BLS figures belong to; ``shared`` when other careers share them.

    ``combined_code`` and ``combined_title`` name the combined BLS line the figures come
    from when BLS publishes the SOC occupation only together with others (None otherwise).
    """

    code: str
    title: str | None
    shared: bool
    combined_code: str | None = None
    combined_title: str | None = None

    @property
    def figures_code(self) -> str:
        """The code BLS publishes the figures under."""
        return self.combined_code or self.code

    @property
    def figures_title(self) -> str | None:
        """BLS's title of the line the figures come from."""
        return self.combined_title if self.combined_code else self.title


@dataclass(frozen=True)
class TimeShare:
    label: str
    percent: float
    group_id: int | None
    details: list[tuple[str, float]] = field(default_factory=list)  # (work activity, %)


@dataclass(frozen=True)
class TimeAllocation:
    method_id: str
    label: str
    kind: str  # "data" or "editorial"
    method: str
    shares: list[TimeShare]


@dataclass(frozen=True)
class AiLabel:
    id: str
    exposure_level: str
    outlook_trend: str
    label: str
    sentence: str


@dataclass(frozen=True)
class AiAssessment:
    exposure: float | None
    exposure_percentile: int | None
    exposure_level: str | None
    automation_index: float | None
    tasks_rated: int | None
    replace_vs_assist: str | None
    human_index: float | None
    human_level: str | None
    applicability: float | None
    conversation_share: float | None
    label: AiLabel | None
    methods: dict[str, str]
    # how many of the career's O*NET tasks were found in the Anthropic index's task list
    conversation_tasks_matched: int | None = None
    conversation_tasks: int | None = None


@dataclass(frozen=True)
class Narrative:
    text: str
    kind: str  # "editorial" or "data"


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    release: str
    publisher: str
    licence: str
    citation: str

    def __str__(self) -> str:
        return f"{self.name}, {self.release} ({self.publisher}; {self.licence})"


@dataclass(frozen=True)
class Program:
    """A program of study (NCES CIP 2020) the crosswalk links to a career."""

    cip: str  # "51.3801", text: the zeros matter
    name: str  # in plain words: "Registered Nursing"
    title: str  # as NCES writes it: "Registered Nursing/Registered Nurse."
    field: str  # its CIP family in plain words: "Health care"
    definition: str | None  # NCES's definition (for adults)
    residency: bool  # CIP 60-61: a residency or fellowship, only after a degree
    reach: int  # how many SOC occupations the crosswalk links it to


@dataclass(frozen=True)
class Career:
    """Everything a profile shows."""

    code: str
    title: str
    description: str
    major_group: MajorGroup
    soc: SocGroup
    job_zone: JobZone | None
    tasks: list[Task]
    titles: list[AlternateTitle]
    related: list[RelatedCareer]
    progression: list[NextStep]
    technology: list[Technology]
    tools: list[Tool]
    abilities: list[Rating]
    skills: list[Rating]
    knowledge: list[Rating]
    work_styles: list[Rating]
    interests: list[Rating]
    abilities_rated: bool
    education: Education
    outlook: Outlook | None
    wages: Wages | None
    time_allocations: list[TimeAllocation]
    ai: AiAssessment | None
    narratives: list[Narrative]
    sources: dict[str, list[Source]]
    # Programs of study, in the order a student would look at them (residencies last).
    programs: list[Program] = field(default_factory=list)

    @property
    def also_known_as(self) -> list[str]:
        """The titles workers report (O*NET's sample), for display."""
        return [t.title for t in self.titles if t.reported]

    @property
    def narrative(self) -> Narrative | None:
        """The editorial narrative where the team wrote one, else the data narrative."""
        for kind in ("editorial", "data"):
            for item in self.narratives:
                if item.kind == kind:
                    return item
        return None

    def time_allocation(self, kind: str = "data") -> TimeAllocation | None:
        return next((t for t in self.time_allocations if t.kind == kind), None)
