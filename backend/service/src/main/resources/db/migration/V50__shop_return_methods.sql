-- The return methods a shop offers. The same column as main's V8__return_logistics.sql (added there
-- with the pickup/drop-off logistics); "if not exists" so both can meet after the branches merge.
alter table shop add column if not exists return_methods varchar(60) not null default 'PREPAID_LABEL,DROP_OFF,PICKUP';
