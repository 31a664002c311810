-- Exam fees, Japan's consumption tax, the benefits of a certification, and which certification
-- renews which: the facts behind /cost, /recertification and /journeys/evaluate. Loaded by the
-- seed migration from exam-fees.csv, consumption-tax.csv, certification-benefits.csv and
-- recertification.csv. (V3 is left to another change.)

create table exam_fee (
    id              integer generated always as identity primary key, -- the natural key has a null part
    level           text    not null check (level in ('FOUNDATIONAL', 'ASSOCIATE', 'PROFESSIONAL', 'SPECIALTY')),
    currency        text    not null check (currency in ('JPY', 'USD')),
    amount          numeric(12, 2) not null check (amount >= 0),
    effective_from  date,                                -- null: since before the data knows
    effective_until date,                                -- null: still in force
    tax             text,                                -- what the amount excludes, as the source says
    source_urls     text,
    -- one price per level, currency and start; "since always" (null) counts as one start
    unique nulls not distinct (level, currency, effective_from)
);

create table consumption_tax (
    country         text    not null,
    effective_from  date    not null,
    rate_percent    integer not null check (rate_percent between 0 and 100),
    effective_until date,
    notes           text,
    source_urls     text,
    primary key (country, effective_from)
);

create table certification_benefit (
    benefit     text primary key,                        -- e.g. validity, exam discount voucher
    value       text not null,                           -- as the source gives it: '3 years', '50 %'
    rule        text,
    source_urls text
);

create table recertification (
    renewing    text not null references certification (code),
    also_renews text not null references certification (code),
    notes       text,
    source_urls text,
    primary key (renewing, also_renews)
);

create trigger exam_fee_changed after insert or update or delete or truncate on exam_fee
    for each statement execute function bump_data_revision();
create trigger consumption_tax_changed after insert or update or delete or truncate on consumption_tax
    for each statement execute function bump_data_revision();
create trigger certification_benefit_changed after insert or update or delete or truncate on certification_benefit
    for each statement execute function bump_data_revision();
create trigger recertification_changed after insert or update or delete or truncate on recertification
    for each statement execute function bump_data_revision();
