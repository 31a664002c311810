-- The schema of certstats. Reference data is loaded by the repeatable seed
-- migration (io.certstats.seed.SeedDataMigration) from src/main/resources/data/*.csv.
--
-- Dates are stored as ISO-8601 text because the sources give some only to the
-- month ('2017-11'); the API serves them with the precision they have.
-- Source URLs are kept as the data files write them: ' | '-separated, each
-- optionally followed by a label in parentheses.
-- `inferred` lists the API field names whose value is inferred rather than sourced.

create table certification (
    code                      text primary key,          -- the data files' id, e.g. SAA
    slug                      text not null unique,
    name                      text not null,
    former_names              text,
    name_ja                   text,
    level                     text not null check (level in ('FOUNDATIONAL', 'ASSOCIATE', 'PROFESSIONAL', 'SPECIALTY')),
    status                    text not null check (status in ('ACTIVE', 'RETIRED')),
    status_note               text,
    launched_on               text check (launched_on ~ '^\d{4}-\d{2}(-\d{2})?$'),
    retired_on                text check (retired_on ~ '^\d{4}-\d{2}(-\d{2})?$'),
    fee_usd                   integer check (fee_usd >= 0),
    fee_jpy                   integer check (fee_jpy >= 0),
    fee_jpy_before_2024_04_01 integer check (fee_jpy_before_2024_04_01 >= 0),
    duration_minutes          integer check (duration_minutes > 0),
    question_count            integer check (question_count > 0),
    passing_score             integer,
    unscored_questions        integer,
    validity_years            integer,
    inferred                  text,
    notes                     text,
    source_urls               text
);

create table exam_version (
    exam_code          text primary key,                 -- e.g. SAA-C03
    certification_code text not null references certification (code),
    live_from          text check (live_from ~ '^\d{4}-\d{2}(-\d{2})?$'),
    live_until         text check (live_until ~ '^\d{4}-\d{2}(-\d{2})?$'),
    observed_live_on   text check (observed_live_on ~ '^\d{4}-\d{2}(-\d{2})?$'),
    inferred           text,
    notes              text,
    source_urls        text
);
create index exam_version_certification on exam_version (certification_code);

create table program (
    slug        text primary key,
    name        text not null,
    names       text not null,                           -- every name it had, ' | '-separated
    country     text not null,
    unit        text not null,                           -- what its counts count, e.g. people
    description text,
    source_urls text
);

create table program_year (
    program_slug            text    not null references program (slug),
    year                    integer not null check (year between 2000 and 2100),
    name                    text    not null,            -- the program's name that year
    count                   integer check (count >= 0),  -- null: no count published (or none found)
    required_certifications integer check (required_certifications > 0),
    criteria_url            text,
    source_urls             text,
    published_on            text check (published_on ~ '^\d{4}-\d{2}(-\d{2})?$'),
    inferred                text,
    notes                   text,
    primary key (program_slug, year)
);

create table program_criterion (
    program_slug       text    not null,
    year               integer not null,
    certification_code text    not null references certification (code),
    basis              text,
    source_urls        text,
    primary key (program_slug, year, certification_code),
    foreign key (program_slug, year) references program_year (program_slug, year)
);

create table population (
    slug        text primary key,                        -- the data file's key with hyphens
    description text   not null,
    value       bigint not null check (value > 0),
    unit        text   not null,
    as_of       text check (as_of ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    notes       text,
    source_urls text
);
