-- Issue 14: ids of requests, lines and audit rows came in blocks of 50 (V191). EclipseLink fetches the next
-- block under its sequencing lock, on the fetching transaction's connection, and every other thread that needs
-- an id waits for that round trip: in the profile of the returns load 7 % of Payara's CPU samples sat in
-- ClientSessionSequencing.getNextValue (park/unpark), growing with the clients. Blocks of 500 fetch ten times
-- less often. Same rule as V191: a nextval result v is the LAST id of its block [v - 499, v]; the sequences
-- restart above every id handed out so far. (@SequenceGenerator allocationSize = 500 in the three entities.)
do $$
declare
    t text;
    s text;
begin
    foreach t in array array['return_request', 'return_line', 'audit_event'] loop
        s := pg_get_serial_sequence(t, 'id');
        execute format('alter table %I alter column id set increment by 500', t);
        perform setval(s, coalesce(pg_sequence_last_value(s::regclass), 0) + 500, true);
    end loop;
end $$;
