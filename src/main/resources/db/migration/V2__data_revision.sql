-- One row that changes whenever any served data changes, however it changes (seed migration,
-- curation API, or SQL by hand): the base of Last-Modified and of every cache's freshness.
-- Each change also notifies channel certstats_data, so running instances can refresh at once.

create table data_revision (
    id         boolean primary key default true check (id),
    revision   bigint      not null,
    changed_at timestamptz not null
);
insert into data_revision (revision, changed_at) values (1, date_trunc('second', now()));

-- SET search_path FROM CURRENT binds the function to this schema, so a write from a session with
-- another search_path (a curator's psql, say) still finds data_revision.
create function bump_data_revision() returns trigger language plpgsql set search_path from current as $$
begin
    update data_revision set revision = revision + 1, changed_at = date_trunc('second', clock_timestamp());
    perform pg_notify('certstats_data', (select revision::text from data_revision));
    return null;
end
$$;

create trigger certification_changed after insert or update or delete or truncate on certification
    for each statement execute function bump_data_revision();
create trigger exam_version_changed after insert or update or delete or truncate on exam_version
    for each statement execute function bump_data_revision();
create trigger program_changed after insert or update or delete or truncate on program
    for each statement execute function bump_data_revision();
create trigger program_year_changed after insert or update or delete or truncate on program_year
    for each statement execute function bump_data_revision();
create trigger program_criterion_changed after insert or update or delete or truncate on program_criterion
    for each statement execute function bump_data_revision();
create trigger population_changed after insert or update or delete or truncate on population
    for each statement execute function bump_data_revision();
