-- Evidence grades, and availability with three values.
--
-- Each graded figure (a certification, an exam code, a program year, a population base) says how
-- direct its evidence is: PRIMARY (read on the publisher's own page), SECONDARY (someone quoting or
-- reporting it) or INFERRED (derived; the reasoning is in its notes). Existing rows take SECONDARY,
-- the grade a curator's write gets when it names none; the seed migration then writes the files' grade.
do $$
declare
    t text;
begin
    foreach t in array array['certification', 'exam_version', 'program_year', 'population'] loop
        execute format($sql$alter table %I add column grade text not null default 'SECONDARY'
                            check (grade in ('PRIMARY', 'SECONDARY', 'INFERRED'))$sql$, t);
    end loop;
end
$$;

-- The last day of a partial date's period: 2017-11 ends on 2017-11-30.
create function partial_date_last_day(first_day date, unit text) returns date language sql immutable
    return (first_day + ('1 ' || unit)::interval - interval '1 day')::date;

-- Whether a certification could be taken on a day: 'AVAILABLE', 'UNAVAILABLE' or 'UNKNOWN', by the rule
-- of io.certstats.certification.Availability over its own dates (its launch, its exam codes' dates, its
-- retirement), replacing V6's certification_offered_on, which answered "not known to be unavailable".
--
-- UNAVAILABLE: before its start (its launch, else its first exam code's live_from) or, once retired,
--   after its end (its last exam code's live_until, else its retirement date); each bound is widened to
--   cover any day one of its codes is known to have been live.
-- AVAILABLE: between the earliest and the latest day it is known to have been offered (launch, every
--   code's live_from, live_until and observed_live_on, the end of a retired one); an active
--   certification stays available from the earliest such day on.
-- UNKNOWN: anything else.
-- A month-precision date counts conservatively: it proves availability only from its last day (a start)
-- or up to its first day (an end), and unavailability only before its first day or after its last, so
-- the days of its month are unknown unless another date settles them.
create function certification_availability(wanted text, on_day date) returns text language sql stable
return (
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
                      where v.certification_code = wanted and d.first_day is not null) e) b);
