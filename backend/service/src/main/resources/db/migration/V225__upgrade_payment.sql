-- Issue 13, "The price difference of an upgrade exchange is collected through the same provider before the
-- exchange ships" (docs/payments.md). An exchange into a dearer variant of the same product now records the
-- difference the customer accepted (return_line.price_difference_minor > 0, return_request.upgrade_due_minor)
-- and the payment worker collects it through the card provider, outside any row lock, as refunds are paid.

-- What the customer owes for the return's upgrades (sum of its lines' positive differences), and when it was
-- collected. An exchange replacement is not shipped while a difference is due and unpaid.
alter table return_request add column upgrade_due_minor bigint not null default 0 check (upgrade_due_minor >= 0);
alter table return_request add column upgrade_paid_at timestamptz;
alter table exchange_fulfilment add column payment_due boolean not null default false;

-- One collection per return (idempotency key RMA:UPGRADE, staff-retry generations after a refusal as for
-- refunds). REQUESTED rows are the worker's: claimed under a lease (SKIP LOCKED), charged with no transaction
-- open under the provider key, recorded if the lease is still the claim's.
create table upgrade_payment (
    id                 bigint generated always as identity primary key,
    shop_id            bigint       not null references shop (id),
    return_id          bigint       not null references return_request (id),
    idempotency_key    varchar(120) not null,
    amount_minor       bigint       not null check (amount_minor > 0),
    currency           char(3)      not null,
    status             varchar(16)  not null check (status in ('REQUESTED', 'PAID', 'FAILED', 'CANCELLED')),
    provider_reference varchar(120),
    requested_by       varchar(120) not null,
    created_at         timestamptz  not null default now(),
    paid_at            timestamptz,
    attempts           integer      not null default 0 check (attempts >= 0),
    next_attempt_at    timestamptz,
    lease_until        timestamptz,
    last_error         varchar(500),
    failed_at          timestamptz,
    key_generation     integer      not null default 0 check (key_generation >= 0),
    provider_refused   boolean      not null default false,
    version            bigint       not null default 0,
    check ((status = 'PAID') = (paid_at is not null)),
    unique (shop_id, idempotency_key)
);
create index upgrade_payment_return_idx on upgrade_payment (return_id);
-- The worker's claim: due collections only.
create index upgrade_payment_due_idx on upgrade_payment (shop_id, next_attempt_at) where status = 'REQUESTED';

alter table upgrade_payment enable row level security;
alter table upgrade_payment force row level security;
create policy tenant_isolation on upgrade_payment
    using (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint)
    with check (shop_id = nullif(current_setting('app.tenant_id', true), '')::bigint);
grant select, insert, update on upgrade_payment to ${appRole};
