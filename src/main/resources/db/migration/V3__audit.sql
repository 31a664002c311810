-- Every accepted write of the curation API, stored in the transaction of the write itself:
-- who (the JWT's upn or subject), when, which resource, and its JSON representation before
-- (null when the write created it) and after.

create table audit_entry (
    id         bigint generated always as identity primary key,
    written_at timestamptz not null,
    actor      text        not null,
    action     text        not null check (action in ('create', 'update')),
    resource   text        not null,                     -- the path written, e.g. /api/v1/populations/jp-it-companies
    old_value  jsonb,
    new_value  jsonb       not null
);
create index audit_entry_resource on audit_entry (resource);

-- The application's own database role (README, "Database roles"), when it exists: it reads and
-- writes the data, may add to the audit trail but not rewrite it, and owns nothing. Tables added
-- by later migrations get the same grants through the default privileges. Run by Flyway as the
-- schema's owner; without such a role (development, tests) this does nothing.
do $$
begin
    if exists (select from pg_roles where rolname = '${app_role}') then
        execute format('grant usage on schema %I to %I', current_schema(), '${app_role}');
        execute format('grant select, insert, update, delete on all tables in schema %I to %I',
                       current_schema(), '${app_role}');
        execute format('revoke insert, update, delete on %I.flyway_schema_history from %I',
                       current_schema(), '${app_role}');
        execute format('revoke update, delete on %I.audit_entry from %I', current_schema(), '${app_role}');
        execute format('grant usage on all sequences in schema %I to %I', current_schema(), '${app_role}');
        execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
                       current_schema(), '${app_role}');
        execute format('alter default privileges in schema %I grant usage on sequences to %I',
                       current_schema(), '${app_role}');
    end if;
end
$$;

-- The trigger of V2 names data_revision without a schema, so a write by a session whose
-- search_path does not hold this schema (the application's: Hibernate qualifies its own SQL)
-- failed. Pin the function to its schema, whoever calls it.
do $$
begin
    execute format('alter function bump_data_revision() set search_path = %I', current_schema());
end
$$;
