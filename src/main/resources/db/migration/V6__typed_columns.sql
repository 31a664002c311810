-- Typed columns: the sources become rows (source) linked to the figures they back by rows of one
-- link table per figure table (<table>_sources: figure, position, source, label), dates become DATE
-- with their precision, and the ' | '-joined lists become text[]. Every existing row is converted
-- in place, so what curators wrote through the API survives; the seed migration (repeatable, run
-- after this one) then rewrites what the data files say.

create table source (
    id                     bigint generated always as identity primary key,
    url                    text not null unique,
    title                  text,
    publisher              text,
    published_on_first_day date,
    published_on_precision text,
    accessed_on            date
);
create trigger source_changed after insert or update or delete or truncate on source
    for each statement execute function bump_data_revision();

-- A partial date is two columns: the first day of its period (<name>_first_day) and the period's
-- unit as date_trunc names it (<name>_precision): 2017-11 is ('2017-11-01', 'month'). Its text is the
-- form the API serves and the data files write.
create function partial_date_text(day date, unit text) returns text language sql immutable
    return to_char(day, case unit when 'year' then 'YYYY' when 'month' then 'YYYY-MM' else 'YYYY-MM-DD' end);

do $$
declare
    f record;
begin
    -- A single-column key for the figure tables that had none, for their links (and their entities).
    for f in select * from (values ('program_year', 'program_slug, year'),
                                   ('program_criterion', 'program_slug, year, certification_code'),
                                   ('consumption_tax', 'country, effective_from'),
                                   ('recertification', 'renewing, also_renews')) v (tab, natural_key) loop
        execute format('alter table %I add column id bigint generated always as identity', f.tab);
        execute format('alter table %I drop constraint %I cascade', f.tab, f.tab || '_pkey');
        execute format('alter table %I add primary key (id), add unique (%s)', f.tab, f.natural_key);
    end loop;

    for f in select * from (values ('certification', 'code', 'text'), ('exam_version', 'exam_code', 'text'),
                                   ('program', 'slug', 'text'), ('program_year', 'id', 'bigint'),
                                   ('program_criterion', 'id', 'bigint'), ('population', 'slug', 'text'),
                                   ('exam_fee', 'id', 'integer'), ('consumption_tax', 'id', 'bigint'),
                                   ('certification_benefit', 'benefit', 'text'),
                                   ('recertification', 'id', 'bigint')) v (tab, id, id_type) loop
        execute format($sql$
            create table %1$I (
                figure_id %3$s    not null references %2$I (%4$I) on delete cascade on update cascade,
                position  integer not null check (position >= 0),
                source_id bigint  not null references source (id),
                label     text,
                primary key (figure_id, position))$sql$, f.tab || '_sources', f.tab, f.id_type, f.id);
        execute format('create index on %I (source_id)', f.tab || '_sources');
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function bump_data_revision()',
                       f.tab || '_sources_changed', f.tab || '_sources');
        -- The joined text was 'url (label) | url': each part becomes a link, each new URL a source.
        execute format($sql$
            create temporary table parts as
            select t.%2$I as figure_id, p.n,
                   coalesce((regexp_match(btrim(p.part), '^(\S+)(?:\s+\((.*)\))?$'))[1], btrim(p.part)) as url,
                   (regexp_match(btrim(p.part), '^(\S+)(?:\s+\((.*)\))?$'))[2] as label
            from %1$I t cross join lateral regexp_split_to_table(t.source_urls, '\s\|\s') with ordinality p (part, n)
            where btrim(p.part) <> ''$sql$, f.tab, f.id);
        insert into source (url) select distinct url from parts order by url on conflict (url) do nothing;
        execute format($sql$
            insert into %I (figure_id, position, source_id, label)
            select p.figure_id, row_number() over (partition by p.figure_id order by p.n) - 1, s.id, nullif(p.label, '')
            from parts p join source s on s.url = p.url$sql$, f.tab || '_sources');
        drop table parts;
        execute format('alter table %I drop column source_urls', f.tab);
    end loop;

    -- Dates as DATE and their precision; the text's length told it (2015, 2017-11, 2024-04-08).
    for f in select * from (values ('certification', 'launched_on'), ('certification', 'retired_on'),
                                   ('exam_version', 'live_from'), ('exam_version', 'live_until'),
                                   ('exam_version', 'observed_live_on'), ('program_year', 'published_on'),
                                   ('population', 'as_of')) v (tab, col) loop
        execute format('alter table %I drop constraint %I, add column %I text',
                       f.tab, f.tab || '_' || f.col || '_check', f.col || '_precision');
        execute format($sql$update %I set %I = case length(%I) when 4 then 'year' when 7 then 'month' else 'day' end
                            where %3$I is not null$sql$, f.tab, f.col || '_precision', f.col);
        execute format($sql$
            alter table %1$I alter column %2$I type date using (%2$I || substr('-01-01', 1, 10 - length(%2$I)))::date,
                add check ((%2$I is null and %3$I is null)
                           or (%3$I in ('day', 'month', 'year') and date_trunc(%3$I, %2$I::timestamp)::date = %2$I))$sql$,
                       f.tab, f.col, f.col || '_precision');
        execute format('alter table %I rename column %I to %I', f.tab, f.col, f.col || '_first_day');
    end loop;
end
$$;

alter table program_criterion add foreign key (program_slug, year) references program_year (program_slug, year);
alter table source add check ((published_on_first_day is null and published_on_precision is null)
    or (published_on_precision in ('day', 'month', 'year')
        and date_trunc(published_on_precision, published_on_first_day::timestamp)::date = published_on_first_day));

-- Lists as arrays: the names a program had, a certification's former names, the inferred fields.
alter table program alter column names type text[] using regexp_split_to_array(btrim(names), '\s*\|\s*');
alter table certification
    alter column former_names type text[] using regexp_split_to_array(nullif(btrim(former_names), ''), '\s\|\s'),
    alter column inferred type text[] using regexp_split_to_array(nullif(btrim(inferred), ''), '\s*[|,]\s*');
alter table exam_version
    alter column inferred type text[] using regexp_split_to_array(nullif(btrim(inferred), ''), '\s*[|,]\s*');
alter table program_year
    alter column inferred type text[] using regexp_split_to_array(nullif(btrim(inferred), ''), '\s*[|,]\s*');

-- Whether a certification could be taken on a day (GET /api/v1/certifications?activeOn), by the rule of
-- io.certstats.certification.Availability over the DATE columns: its start (its launch, else its first
-- exam code's) is widened by any day a code was seen taken, and so is the end of a retired one (its last
-- code's last day, else its retirement); an unknown bound excludes nothing. A bound known only to the
-- month covers its month: date_trunc brings the day to the bound's precision before comparing.
create function certification_offered_on(wanted text, on_day date) returns boolean language sql stable
return (
    select (b.start is null or on_day >= least(b.start, (select min(v.observed_live_on_first_day)
               from exam_version v where v.certification_code = wanted)))
       and not (b.status = 'RETIRED' and b.stop is not null and date_trunc(b.stop_unit, on_day::timestamp) > b.stop
                and not exists (select from exam_version v where v.certification_code = wanted
                                and date_trunc(v.observed_live_on_precision, on_day::timestamp)
                                    <= v.observed_live_on_first_day))
    from (select c.status, coalesce(c.launched_on_first_day, first_code.live_from_first_day) as start,
                 coalesce(last_code.live_until_first_day, c.retired_on_first_day) as stop,
                 case when last_code.live_until_first_day is null then c.retired_on_precision
                      else last_code.live_until_precision end as stop_unit
          from certification c
          left join lateral (select * from exam_version v where v.certification_code = c.code
                             order by v.exam_code limit 1) first_code on true
          left join lateral (select * from exam_version v where v.certification_code = c.code
                             order by v.exam_code desc limit 1) last_code on true
          where c.code = wanted) b);
