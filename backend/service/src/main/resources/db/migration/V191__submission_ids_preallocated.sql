-- Issue 14: a submission inserted its request, each line and each audit row one by one, each followed by
-- `select lastval()` (EclipseLink's IDENTITY). The entities now take ids from the same identity
-- sequences in blocks of 50 (@SequenceGenerator allocationSize = 50: one nextval per 50 rows per
-- instance), so EclipseLink batches their inserts and drops the lastval() round trips.
-- EclipseLink takes a nextval result v as the LAST id of its block [v - 49, v]: the sequences step by 50
-- and restart above every id handed out so far (read from the sequence itself: under FORCEd row-level
-- security max(id) would see no rows here). Inserts without an id (SQL, imports) still take nextval v
-- alone, which no block contains. Ids stay unique but are no longer in insertion order across instances.
do $$
declare
    t text;
    s text;
begin
    foreach t in array array['return_request', 'return_line', 'audit_event'] loop
        s := pg_get_serial_sequence(t, 'id');
        execute format('alter table %I alter column id set increment by 50', t);
        perform setval(s, coalesce(pg_sequence_last_value(s::regclass), 0) + 50, true);
    end loop;
end $$;
