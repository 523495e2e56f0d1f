-- CSV imports of the catalog (products and variants) and of stock counts (issue 12): the same job,
-- errors and history as order files, told apart by kind. Stock counts are applied through the
-- inventory ledger (SYNC movements), so this adds no stock table.
alter table import_job drop constraint import_job_kind_check;
alter table import_job add constraint import_job_kind_check check (kind in ('ORDERS', 'PRODUCTS', 'STOCK'));
