-- Staff retry of a refund the provider refused (docs/refunds.md, "The provider's idempotency key"): the
-- key sent to the provider is the refund's key for generation 0 and <key>:r<n> after the n-th staff retry
-- of a refusal, so the provider (Stripe keeps a key's answer for 24 h) tries again instead of replaying
-- the refusal. Automatic retries of one attempt (backoff, a crashed worker) keep the generation's key.
-- provider_refused: the refund is FAILED because the provider answered no (not because passing faults
-- used up the attempts, when the money may have gone out and the same key must be sent again).
alter table refund add column key_generation integer not null default 0 check (key_generation >= 0);
alter table refund add column provider_refused boolean not null default false;
