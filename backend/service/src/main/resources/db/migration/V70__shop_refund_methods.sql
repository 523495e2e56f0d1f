-- The refund methods a shop offers its customers, in its order of preference (comma-separated codes
-- of ORIGINAL_PAYMENT, STORE_CREDIT, GIFT_CODE). Every existing shop keeps offering all three, as
-- before this column existed. shop is the tenant root (V1): no row-level policy, and the existing
-- table grants cover the new column.
alter table shop add column refund_methods varchar(60) not null default 'ORIGINAL_PAYMENT,STORE_CREDIT,GIFT_CODE'
    check (refund_methods ~ '^(ORIGINAL_PAYMENT|STORE_CREDIT|GIFT_CODE)(,(ORIGINAL_PAYMENT|STORE_CREDIT|GIFT_CODE)){0,2}$');
