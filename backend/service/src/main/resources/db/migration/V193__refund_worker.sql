-- Issue 13, "Refunds paid by a worker" (docs/refunds.md): the columns the refund worker needs to pay
-- outside the grading transaction. Additive only: today's inline payment ignores them.
-- attempts/next_attempt_at: retry schedule (RefundBackoff); lease_until: a claimed row is kept off other
-- instances while the provider is called, an expired lease (crashed worker) makes it claimable again;
-- last_error/failed_at: why and when a refund became FAILED, for staff to check and retry.
alter table refund add column attempts integer not null default 0 check (attempts >= 0);
alter table refund add column next_attempt_at timestamptz;
alter table refund add column lease_until timestamptz;
alter table refund add column last_error varchar(500);
alter table refund add column failed_at timestamptz;

-- PROVIDER_PENDING: the provider accepted but has not settled (Stripe "pending"); the worker polls it.
alter table refund drop constraint refund_status_check;
alter table refund add constraint refund_status_check
    check (status in ('REQUESTED', 'PROVIDER_PENDING', 'PENDING_APPROVAL', 'ISSUED', 'FAILED', 'DECLINED'));

-- The worker's claim: due refunds only (a small fraction of the table).
create index refund_due_idx on refund (next_attempt_at) where status in ('REQUESTED', 'PROVIDER_PENDING');
