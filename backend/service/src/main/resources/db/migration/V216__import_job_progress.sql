-- CSV import progress (issue 12): a large file is committed by a background job. The request moves the
-- job PREVIEWED -> COMMITTING (under its row lock, so one commit starts); the worker's import runs in one
-- transaction (all or nothing as before) while progress counters are written in separate short
-- transactions, so the console sees them move. A worker that fails puts the job back to PREVIEWED with
-- the reason in failure_key/failure_detail (nothing was written, the file can be committed again).
alter table import_job drop constraint import_job_status_check;
alter table import_job add constraint import_job_status_check
    check (status in ('PREVIEWED', 'COMMITTING', 'COMMITTED', 'FAILED'));
alter table import_job add column progress_done  integer not null default 0;
alter table import_job add column progress_total integer not null default 0;
alter table import_job add column failure_key    varchar(80);
alter table import_job add column failure_detail varchar(1000);
