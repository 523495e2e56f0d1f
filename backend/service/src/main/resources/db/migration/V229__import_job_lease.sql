-- CSV import jobs left COMMITTING by an instance that died (issue 12, docs/imports.md). The background
-- commit runs in one transaction, so a crash rolls all of it back; only the job row would stay
-- COMMITTING for ever. Each job now carries a lease: set when the request moves it to COMMITTING and
-- extended by the worker at its start and after every chunk (its heartbeat). While it runs, the worker
-- also holds a transaction-scoped advisory lock on the job id (single bigint key), which PostgreSQL
-- releases when the connection dies. A sweeper on every instance fails a job whose lease ran out and
-- whose lock nobody holds: it goes back to PREVIEWED with failure_key 'problem.import.interrupted'
-- (nothing was imported; it can be committed again).
alter table import_job add column lease_until timestamptz;
create index import_job_committing_idx on import_job (shop_id, lease_until) where status = 'COMMITTING';

-- Jobs of any shop whose lease ran out, for the sweeper. The policies show one shop per setting, so the
-- function visits the shops one by one (an index probe each) and hands out ids only; the sweeper then
-- binds each job's shop before it touches the row.
create function stale_import_jobs(p_now timestamptz) returns table (shop_id bigint, job_id bigint)
    language plpgsql security definer set search_path = public as $$
declare
    s bigint;
    bound text := current_setting('app.tenant_id', true);
begin
    for s in select id from shop order by id loop
        perform set_config('app.tenant_id', s::text, true);
        return query select j.shop_id, j.id from import_job j
            where j.shop_id = s and j.status = 'COMMITTING' and j.lease_until < p_now;
    end loop;
    perform set_config('app.tenant_id', coalesce(bound, ''), true);
end $$;
revoke all on function stale_import_jobs(timestamptz) from public;
grant execute on function stale_import_jobs(timestamptz) to ${appRole};
