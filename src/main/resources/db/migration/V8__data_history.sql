-- History: every version of every served row, so that any read can answer as it would have on a past
-- day (asOf, io.certstats.vintage) and a figure's values can be listed over time.
--
-- A row of data_history is one version of one row of a served table, as JSON (to_jsonb of the row),
-- in force from valid_from until valid_until (null: still in force). Each change is recorded by a
-- trigger on the table itself, so writes by the seed migration, the curation API and SQL by hand are
-- all kept, each with who made it: the setting certstats.actor of the writing transaction ('seed:
-- <data file>' from the seed migration, 'curator: <name>' from the curation API), else 'database: <role>'.
-- A transaction's changes share one time: the data revision's changed_at as the transaction leaves it (the
-- time every read's Last-Modified gives), set when it commits (date_data_history), so a Last-Modified
-- names exactly the vintage that holds the data it was given for.
create table data_history (
    id           bigint generated always as identity primary key,
    table_name   text        not null,
    row_value    jsonb       not null,
    valid_from   timestamptz not null,
    valid_until  timestamptz check (valid_until >= valid_from),
    recorded_by  text        not null,
    ended_by     text,
    recorded_tx  bigint      not null,    -- the writing transactions: a row deleted and written again
    ended_tx     bigint                   -- in one transaction keeps its version (see the trigger)
);
create index data_history_open on data_history (table_name) where valid_until is null;
create index data_history_ended_tx on data_history (ended_tx) where ended_tx is not null;
create index data_history_recorded_tx on data_history (recorded_tx);
create index data_history_times on data_history (valid_from, valid_until);
create index data_history_until on data_history (valid_until); -- the last change: max(valid_from), max(valid_until)

create function record_data_history() returns trigger language plpgsql security definer
    set search_path from current as $$
declare
    actor text := coalesce(nullif(current_setting('certstats.actor', true), ''), 'database: ' || session_user);
    at    timestamptz := date_trunc('second', clock_timestamp()); -- until date_data_history sets it at commit
    tx    bigint := txid_current();
begin
    if tg_op = 'UPDATE' and to_jsonb(old) = to_jsonb(new) then
        return null; -- an upsert that changes nothing is no new version
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        -- A version begun in this same transaction never was in force: it goes. Any other ends now.
        delete from data_history
        where table_name = tg_table_name and valid_until is null and recorded_tx = tx and row_value = to_jsonb(old);
        if not found then
            update data_history set valid_until = at, ended_by = actor, ended_tx = tx
            where table_name = tg_table_name and valid_until is null and row_value = to_jsonb(old);
        end if;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        -- The seed migration replaces a row's links by deleting and writing them again: the same row
        -- written back in the transaction that ended it is the version it was, not a new one.
        update data_history set valid_until = null, ended_by = null, ended_tx = null
        where id = (select id from data_history
                    where ended_tx = tx and table_name = tg_table_name and row_value = to_jsonb(new) limit 1);
        if not found then
            insert into data_history (table_name, row_value, valid_from, recorded_by, recorded_tx)
            values (tg_table_name, to_jsonb(new), at, actor, tx);
        end if;
    end if;
    return null;
end
$$;

-- At commit, the versions the transaction began and ended take the data revision's time as it leaves it;
-- until then they hold the time of the change. Deferred: it runs once per bump, and after the first finds
-- nothing left to date.
create function date_data_history() returns trigger language plpgsql security definer
    set search_path from current as $$
declare
    at timestamptz := (select changed_at from data_revision);
    tx bigint := txid_current();
begin
    update data_history set valid_from = at where recorded_tx = tx and valid_from <> at;
    update data_history set valid_until = at where ended_tx = tx and valid_until <> at;
    return null;
end
$$;
create constraint trigger data_revision_dates_history after update on data_revision
    deferrable initially deferred for each row execute function date_data_history();

create function record_data_history_truncate() returns trigger language plpgsql security definer
    set search_path from current as $$
begin
    update data_history
    set valid_until = date_trunc('second', clock_timestamp()), ended_tx = txid_current(),
        ended_by = coalesce(nullif(current_setting('certstats.actor', true), ''), 'database: ' || session_user)
    where table_name = tg_table_name and valid_until is null;
    return null;
end
$$;

-- Every table whose changes bump the data revision is served: its history is kept, starting with the
-- rows it holds now, in force since the current revision (the earliest time known for them).
do $$
declare
    t text;
begin
    for t in select distinct c.relname from pg_trigger g join pg_class c on c.oid = g.tgrelid
             where g.tgfoid = 'bump_data_revision'::regproc and c.relnamespace = current_schema()::regnamespace
             order by 1 loop
        execute format('insert into data_history (table_name, row_value, valid_from, recorded_by, recorded_tx) '
                       'select %L, to_jsonb(t), (select changed_at from data_revision), '
                       '''database: rows present before history was kept'', txid_current() from %I t', t, t);
        execute format('create trigger %I after insert or update or delete on %I '
                       'for each row execute function record_data_history()', t || '_history', t);
        execute format('create trigger %I after truncate on %I '
                       'for each statement execute function record_data_history_truncate()', t || '_history_truncate', t);
    end loop;
end
$$;

-- The served tables as they were at a time: a temporary table of each, named as it and holding the
-- versions in force then, dropped when the transaction ends; the search_path of the transaction then
-- looks in pg_temp first, so the application's own queries read the past unchanged. Naming the
-- schema again (set_config, not the default order) makes PostgreSQL plan statements prepared on the
-- connection afresh instead of reusing plans bound to the live tables.
-- Returns the time of the last change at or before that time, or null when there was no data yet.
-- Not pinned to a search_path: it creates the tables of the schema it is called in.
create function vintage_tables(at timestamptz) returns timestamptz language plpgsql as $$
declare
    schema_name text := current_schema();
    t           text;
    last_change timestamptz;
begin
    select max(c) into last_change
    from (select max(valid_from) as c from data_history where valid_from <= at
          union all select max(valid_until) from data_history where valid_until <= at) changes;
    if last_change is null then
        return null;
    end if;
    for t in select distinct c.relname from pg_trigger g join pg_class c on c.oid = g.tgrelid
             where g.tgfoid = 'record_data_history'::regproc and c.relnamespace = schema_name::regnamespace loop
        execute format('create temporary table %I (like %I.%I) on commit drop', t, schema_name, t);
        execute format('insert into pg_temp.%I select (jsonb_populate_record(null::%I.%I, row_value)).* '
                       'from %I.data_history where table_name = %L and valid_from <= $1 '
                       'and (valid_until is null or valid_until > $1)', t, schema_name, t, schema_name, t)
            using at;
    end loop;
    perform set_config('search_path', 'pg_temp, ' || quote_ident(schema_name), true);
    return last_change;
end
$$;

-- V7's function, with its body as text: a body written as SQL (return ...) is bound to the live tables
-- when created, so a vintage would read today's rows through it; text is resolved when it runs.
drop function certification_offered_on(text, date); -- replaced by certification_availability in V7
create or replace function certification_availability(wanted text, on_day date) returns text language sql stable
as $body$
    select case
               when on_day < b.start_first or on_day > b.end_last then 'UNAVAILABLE'
               when on_day between b.evidence_from and b.evidence_until then 'AVAILABLE'
               else 'UNKNOWN'
           end
    from (select case when s.start_first is not null then least(s.start_first, e.min_first) end as start_first,
                 case when s.retired and s.end_first is not null
                      then greatest(partial_date_last_day(s.end_first, s.end_unit), e.max_last) end as end_last,
                 least(partial_date_last_day(s.launch_first, s.launch_unit),
                       case when s.retired then partial_date_last_day(s.end_first, s.end_unit) end,
                       e.min_last) as evidence_from,
                 case when not s.retired
                      then case when coalesce(s.launch_first, e.min_last) is not null then 'infinity'::date end
                      else greatest(s.launch_first, s.end_first, e.max_first) end as evidence_until
          from (select c.status = 'RETIRED' as retired, c.launched_on_first_day as launch_first,
                       c.launched_on_precision as launch_unit,
                       coalesce(c.launched_on_first_day, first_code.live_from_first_day) as start_first,
                       case when last_code.live_until_first_day is null then c.retired_on_first_day
                            else last_code.live_until_first_day end as end_first,
                       case when last_code.live_until_first_day is null then c.retired_on_precision
                            else last_code.live_until_precision end as end_unit
                from certification c
                left join lateral (select * from exam_version v where v.certification_code = c.code
                                   order by v.exam_code limit 1) first_code on true
                left join lateral (select * from exam_version v where v.certification_code = c.code
                                   order by v.exam_code desc limit 1) last_code on true
                where c.code = wanted) s
          -- Every day one of its codes is known to have been live, each as its period.
          cross join (select min(d.first_day) as min_first, max(d.first_day) as max_first,
                             min(partial_date_last_day(d.first_day, d.unit)) as min_last,
                             max(partial_date_last_day(d.first_day, d.unit)) as max_last
                      from exam_version v
                      cross join lateral (values (v.live_from_first_day, v.live_from_precision),
                                                 (v.live_until_first_day, v.live_until_precision),
                                                 (v.observed_live_on_first_day, v.observed_live_on_precision))
                          d (first_day, unit)
                      where v.certification_code = wanted and d.first_day is not null) e) b
$body$;

-- The application's role reads the history; only the triggers (run as the schema's owner) write it.
do $$
begin
    if exists (select from pg_roles where rolname = '${app_role}') then
        execute format('revoke insert, update, delete, truncate on %I.data_history from %I', current_schema(), '${app_role}');
    end if;
end
$$;
