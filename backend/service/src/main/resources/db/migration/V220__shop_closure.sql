-- Closing a shop (issue 12, docs/data-export.md): a manager or agency admin closes the shop (the portal then shows
-- a closed page and refuses new returns), a final export is queued, and once the grace period is over a scheduled
-- job deletes every row of that shop, leaving the shop row (its slug stays taken) with the time of the deletion
-- and one audit entry that says so. Closing can be undone until the deletion.
alter table shop add column closed_at timestamptz;
alter table shop add column closed_by varchar(200);
alter table shop add column deletion_due_at timestamptz;
alter table shop add column data_deleted_at timestamptz;
alter table shop add constraint shop_closure_complete
    check ((closed_at is null) = (deletion_due_at is null) and (closed_at is null) = (closed_by is null)
           and (data_deleted_at is null or closed_at is not null));
create index shop_deletion_due_idx on shop (deletion_due_at) where data_deleted_at is null;
