-- Tables of the warehouse. Created once; every asset rewrites only its own rows,
-- so re-running a stage never duplicates data.

create table if not exists raw_files (
    source_path      varchar primary key,  -- relative to the raw folder
    raw_root         varchar not null,     -- the folder it was read from
    content_sha256   varchar not null,     -- a changed file is read again
    size_bytes       bigint not null,
    n_articles       integer not null,
    n_quarantined    integer not null,
    read_at          timestamp not null
);

create table if not exists articles (
    article_id       varchar primary key,  -- stable: from the input id, else from the text
    external_id      varchar,              -- the id given in the input, if any
    title            varchar,
    text             varchar not null,
    published_at     timestamp,
    published_date   date,
    publisher        varchar,
    url              varchar,
    language         varchar,
    source_path      varchar not null,
    record_number    integer,              -- line or list position inside the file
    content_hash     varchar not null,     -- hash of the normalized text
    duplicate_of     varchar,              -- first article with the same text (wire copies)
    ingest_warnings  varchar,
    ingested_at      timestamp not null
);

create table if not exists quarantine (
    source_path      varchar not null,
    record_number    integer,
    reason           varchar not null,
    excerpt          varchar,
    quarantined_at   timestamp not null
);

create table if not exists extraction_log (
    article_id        varchar primary key,
    extractor_version varchar not null,
    n_claims          integer not null,
    error             varchar,            -- the exception, when extraction of this article failed
    extracted_at      timestamp not null
);

create table if not exists claims (
    claim_id          varchar primary key,
    article_id        varchar not null,
    incident_id       varchar,
    claim_key         integer not null,
    parent_claim_id   varchar,
    casualty_type     varchar not null,
    victim_group      varchar,
    is_child          boolean not null,
    victim_age        integer,
    reported_value    integer,
    qualifier         varchar not null,
    count_low         integer,
    count_high        integer,
    count_point       integer,
    is_summary        boolean not null,
    period_start      date,
    period_end        date,
    date_precision    varchar,
    location          varchar,
    country           varchar,
    latitude          double,
    longitude         double,
    event_type        varchar,
    attributed_source varchar,
    evidence_field    varchar not null default 'text',  -- 'text', or 'title' for headline figures
    location_basis    varchar,  -- 'sentence', 'dateline', 'before', 'after', 'title' (docs/warehouse.md)
    location_kind     varchar,  -- 'country', 'admin', 'city', 'town', 'village', 'neighbourhood', 'other'
    evidence_text     varchar not null,
    sentence_start    integer not null,
    sentence_end      integer not null,
    char_start        integer not null,
    char_end          integer not null,
    rule              varchar not null,
    extractor_version varchar not null,
    passes_row_rules  boolean not null default true
);
-- a warehouse made before the column existed gains it (its claims are re-extracted anyway:
-- the extractor version changed with it)
alter table claims add column if not exists location_basis varchar;
alter table claims add column if not exists location_kind varchar;

create table if not exists claim_issues (
    claim_id   varchar not null,
    article_id varchar not null,
    rule       varchar not null,    -- the row-level rule the claim broke
    detail     varchar
);

create table if not exists check_results (
    run_id        varchar not null,
    checked_at    timestamp not null,
    asset         varchar not null,
    check_name    varchar not null,
    severity      varchar not null,  -- ERROR blocks the run, WARN informs
    passed        boolean not null,
    n_rows        bigint,
    n_failed      bigint,
    details       varchar            -- JSON: each expectation and its unexpected count
);

-- Analyst overrides, loaded from data/overrides/overrides.csv on every run (the file is
-- versioned with the project; this table mirrors it).
create table if not exists overrides (
    override_id    varchar,
    action         varchar,   -- reject_claim | correct_value | same_incident | separate_incident
    claim_id       varchar,   -- the claim the override is about
    other_claim_id varchar,   -- same_incident: a claim of the incident to merge with
    value          varchar,   -- correct_value: the figure to use
    analyst        varchar,   -- who
    reason         varchar,   -- why
    decided_at     varchar    -- when (ISO date or datetime)
);

-- Great-circle distance in km between two points (null when one has no coordinates); the SQL models
-- compare places with it (pipeline/extract/places.distance_km is the extractor's approximation of it at city scale).
create or replace macro great_circle_km(lat1, lon1, lat2, lon2) as
    6371 * 2 * asin(sqrt(
        pow(sin(radians(lat2 - lat1) / 2), 2)
        + cos(radians(lat1)) * cos(radians(lat2)) * pow(sin(radians(lon2 - lon1) / 2), 2)
    ));
