-- The resources a curator wrote through the API. The seed migration leaves them as the curator
-- wrote them: it compares what the data files say with the curated values, records a
-- disagreement in the audit trail ('keep-curated'), and hands a resource back to the files
-- ('hand-back', its mark removed) once the files say exactly what the curator wrote.

create table curated_resource (
    resource   text   primary key,                       -- the path written, as in audit_entry.resource
    last_write bigint not null references audit_entry (id)
);

-- Writes accepted before this migration are curated too: without their marks, the first seed run
-- after it would overwrite them, as every run before it could.
insert into curated_resource (resource, last_write)
select resource, max(id) from audit_entry group by resource;

-- The seed migration now adds entries of its own (actor 'seed: <data file>').
alter table audit_entry drop constraint audit_entry_action_check;
alter table audit_entry add constraint audit_entry_action_check
    check (action in ('create', 'update', 'keep-curated', 'hand-back'));
