-- The blocklist gets managed (API and console): who added an entry (created_at says when), and
-- one entry per contact. Values are stored as the policy compares them (CustomerContact): the
-- e-mail trimmed and in lower case, the phone as its ASCII digits, so "090-1234-5678" and
-- "09012345678" are one entry and the lookup can use the unique indexes.
alter table customer_blocklist add column created_by varchar(200);

update customer_blocklist set email = lower(btrim(email)) where email is not null;
update customer_blocklist set phone = nullif(regexp_replace(phone, '[^0-9]', '', 'g'), '') where phone is not null;
delete from customer_blocklist where email is null and phone is null;
-- Rows that normalised to the same contact: keep the oldest.
delete from customer_blocklist b using customer_blocklist older
where b.shop_id = older.shop_id and b.id > older.id
  and (b.email = older.email or b.phone = older.phone);

create unique index customer_blocklist_email_uq on customer_blocklist (shop_id, email) where email is not null;
create unique index customer_blocklist_phone_uq on customer_blocklist (shop_id, phone) where phone is not null;
