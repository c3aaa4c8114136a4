"""The careers database schema (written by the importer, read only by ``careerdesk.store``)."""

SCHEMA_VERSION = 4

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

-- Data sources and which sections of a profile each one feeds.
CREATE TABLE source (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, release TEXT NOT NULL,
    publisher TEXT NOT NULL, licence TEXT NOT NULL, citation TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE section_source (
    section TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (section, source_id)
) WITHOUT ROWID;

-- Reference tables.
CREATE TABLE major_group (code TEXT PRIMARY KEY, title TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE job_zone (
    zone INTEGER PRIMARY KEY, name TEXT NOT NULL, experience TEXT NOT NULL,
    education TEXT NOT NULL, training TEXT NOT NULL, examples TEXT NOT NULL,
    svp_range TEXT NOT NULL
);
CREATE TABLE element (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE commodity (code INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE education_level (category INTEGER PRIMARY KEY, label TEXT NOT NULL);
CREATE TABLE state (code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;

-- One row per O*NET occupation.
CREATE TABLE occupation (
    code TEXT PRIMARY KEY, title TEXT NOT NULL, description TEXT NOT NULL,
    soc_code TEXT NOT NULL, major_group TEXT NOT NULL REFERENCES major_group(code),
    job_zone INTEGER REFERENCES job_zone(zone)
) WITHOUT ROWID;
CREATE INDEX occupation_soc ON occupation(soc_code);

-- core: 1 core, 0 supplemental, NULL where O*NET gives no category.
CREATE TABLE task (
    code TEXT NOT NULL, seq INTEGER NOT NULL, task_id INTEGER NOT NULL,
    text TEXT NOT NULL, core INTEGER, PRIMARY KEY (code, seq)
) WITHOUT ROWID;
-- Each career's O*NET detailed work activities (DWA), through its tasks (Tasks to DWAs);
-- seq numbers them shortest first.
CREATE TABLE work_activity (
    code TEXT NOT NULL, seq INTEGER NOT NULL, dwa_id TEXT NOT NULL, title TEXT NOT NULL,
    PRIMARY KEY (code, seq)
) WITHOUT ROWID;

-- Other names: alternate titles (all) and O*NET's sample of reported titles.
CREATE TABLE title (
    code TEXT NOT NULL, title TEXT NOT NULL, short TEXT,
    reported INTEGER NOT NULL, alternate INTEGER NOT NULL,
    PRIMARY KEY (code, title)
) WITHOUT ROWID;

CREATE TABLE related (
    code TEXT NOT NULL, seq INTEGER NOT NULL, related_code TEXT NOT NULL,
    tier TEXT NOT NULL, PRIMARY KEY (code, seq)
) WITHOUT ROWID;
CREATE TABLE progression (
    code TEXT NOT NULL, seq INTEGER NOT NULL, next_code TEXT NOT NULL,
    more_preparation INTEGER NOT NULL, higher_pay INTEGER NOT NULL,
    PRIMARY KEY (code, seq)
) WITHOUT ROWID;

CREATE TABLE technology (
    code TEXT NOT NULL, name TEXT NOT NULL, commodity INTEGER NOT NULL,
    hot INTEGER NOT NULL, in_demand INTEGER NOT NULL,
    PRIMARY KEY (code, name, commodity)
) WITHOUT ROWID;
CREATE TABLE tool (
    code TEXT NOT NULL, name TEXT NOT NULL, commodity INTEGER NOT NULL,
    PRIMARY KEY (code, name, commodity)
) WITHOUT ROWID;

-- Importance ratings (abilities, skills, knowledge, work styles: 1-5; interests: 1-7).
-- Only the most important of each kind are kept (rank 1 = most important); interests all six.
CREATE TABLE rating (
    code TEXT NOT NULL, element_id TEXT NOT NULL REFERENCES element(id),
    value REAL NOT NULL, rank INTEGER NOT NULL, PRIMARY KEY (code, element_id)
) WITHOUT ROWID;

-- O*NET basic interests (1.B.3.x) and the RIASEC area or areas (element 1.B.1.a-f) of each.
CREATE TABLE basic_interest (id TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE basic_interest_area (
    basic_id TEXT NOT NULL REFERENCES basic_interest(id),
    area_id TEXT NOT NULL REFERENCES element(id), PRIMARY KEY (basic_id, area_id)
) WITHOUT ROWID;
-- O*NET's illustrative activities: element_id is an area (its General activities) or a basic
-- interest; seq numbers them A to Z within it.
CREATE TABLE interest_activity (
    element_id TEXT NOT NULL, seq INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (element_id, seq)
) WITHOUT ROWID;
-- CareerDesk's interest quiz: activities in asking order; ids ('R-01') stay from build to build.
CREATE TABLE interest_question (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL UNIQUE,
    area_id TEXT NOT NULL REFERENCES element(id),
    element_id TEXT NOT NULL, seq INTEGER NOT NULL,
    FOREIGN KEY (element_id, seq) REFERENCES interest_activity(element_id, seq)
) WITHOUT ROWID;

CREATE TABLE education_share (
    code TEXT NOT NULL, category INTEGER NOT NULL REFERENCES education_level(category),
    percent REAL NOT NULL, PRIMARY KEY (code, category)
) WITHOUT ROWID;

-- BLS figures belong to SOC occupations (XX-XXXX); several O*NET occupations may share one.
CREATE TABLE soc (code TEXT PRIMARY KEY, title TEXT NOT NULL) WITHOUT ROWID;
-- SOC codes BLS publishes only inside a combined line (21-1011 and 21-1014 in 21-1018):
-- projection, wage and the AI applicability score hold that line's figures under each
-- SOC code it covers; bls_code and title name the line.
CREATE TABLE bls_group (
    soc_code TEXT PRIMARY KEY, bls_code TEXT NOT NULL, title TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE projection (
    soc_code TEXT PRIMARY KEY,
    employment_2024 INTEGER, employment_2034 INTEGER, percent_change REAL,
    annual_openings INTEGER,
    entry_education TEXT, work_experience TEXT, on_the_job_training TEXT,
    outlook TEXT,
    handbook_url TEXT  -- the Occupational Outlook Handbook page BLS links it to, if any
) WITHOUT ROWID;
-- OEWS May 2025; area '00' is the nation, other areas are states (FIPS codes).
-- top_coded lists the measures that are at the top of the published range
-- ("$239,200 or more"), comma-separated.
CREATE TABLE wage (
    soc_code TEXT NOT NULL, area TEXT NOT NULL,
    employment INTEGER,
    annual_p10 INTEGER, annual_p25 INTEGER, annual_median INTEGER,
    annual_p75 INTEGER, annual_p90 INTEGER,
    hourly_p10 REAL, hourly_p25 REAL, hourly_median REAL, hourly_p75 REAL, hourly_p90 REAL,
    top_coded TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (soc_code, area)
) WITHOUT ROWID;

-- Derived figures.
CREATE TABLE entry_time (
    code TEXT PRIMARY KEY, years_min REAL NOT NULL, years_max REAL NOT NULL,
    basis TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE activity_group (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL
);
CREATE TABLE time_method (
    id TEXT PRIMARY KEY, label TEXT NOT NULL, kind TEXT NOT NULL, method TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE time_share (
    code TEXT NOT NULL, method TEXT NOT NULL REFERENCES time_method(id), seq INTEGER NOT NULL,
    group_id INTEGER REFERENCES activity_group(id), label TEXT NOT NULL,
    percent REAL NOT NULL, PRIMARY KEY (code, method, seq)
) WITHOUT ROWID;
CREATE TABLE time_detail (
    code TEXT NOT NULL, group_id INTEGER NOT NULL, element_id TEXT NOT NULL,
    percent REAL NOT NULL, PRIMARY KEY (code, group_id, element_id)
) WITHOUT ROWID;

CREATE TABLE ai_label (
    id TEXT PRIMARY KEY, exposure_level TEXT NOT NULL, outlook_trend TEXT NOT NULL,
    label TEXT NOT NULL, sentence TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE ai_assessment (
    code TEXT PRIMARY KEY,
    exposure REAL, exposure_percentile INTEGER, exposure_level TEXT,
    automation_index REAL, tasks_rated INTEGER, replace_vs_assist TEXT,
    human_index REAL, human_level TEXT,
    applicability REAL, conversation_share REAL, conversation_tasks_matched INTEGER,
    conversation_tasks INTEGER,
    label_id TEXT REFERENCES ai_label(id)
) WITHOUT ROWID;

CREATE TABLE narrative (
    code TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (code, kind)
) WITHOUT ROWID;
"""
