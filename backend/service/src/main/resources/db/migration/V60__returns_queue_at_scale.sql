-- The returns queue at a million returns (see README "Speed"). Under FORCEd row-level security
-- PostgreSQL may use a condition as an index condition only when its functions and operators are
-- LEAKPROOF: otherwise it would run them on other tenants' rows before the policy filtered them.
-- Comparisons (=, <, >=, = any) of text, numbers and timestamps are leakproof; lower(), LIKE and
-- pg_trgm's operators are not, and marking them so needs a superuser. So the queue's conditions are
-- written with plain comparisons on stored values, and the one substring search (the customer's
-- name) reads a narrow covering index instead of the table (V62).

-- Case-insensitive e-mail as a stored value: "customer_email_key = ?" can use an index under RLS,
-- "lower(customer_email) = ?" could not (the index below replaces return_request_email_idx).
alter table return_request
    add column customer_email_key varchar(254) generated always as (lower(customer_email)) stored;
create index return_request_email_key_idx on return_request (shop_id, customer_email_key, created_at);
drop index return_request_email_idx;

-- The queue's order (newest first, id as tie-breaker): the first page and the next pages walk this
-- index and stop, instead of sorting every request of the shop.
create index return_request_queue_idx on return_request (shop_id, created_at desc, id desc);
-- "Received today" and other receipt-date ranges.
create index return_request_received_idx on return_request (shop_id, received_at desc) where received_at is not null;
-- Refunds overdue: few rows, found without visiting the closed ones.
create index return_request_open_refund_idx on return_request (shop_id, refund_due_at)
    where completed_at is null and refund_due_at is not null;

-- Reason and resolution filters probe a request's lines: answered from the index alone.
create index return_line_return_cover_idx on return_line (return_id) include (shop_id, reason_code, resolution);
drop index return_line_return_idx;
