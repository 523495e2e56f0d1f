-- Issue 13, upgrade exchanges finished (docs/payments.md): a paid price difference goes back to the customer when the
-- return is cancelled or rejected later, as a card refund of that charge (paid by the refund worker through the same
-- provider), and staff find failed collections in the queue.

-- The provider's payment a refund pays back: null for the order's own payment (every refund so far); the upgrade
-- charge's reference (Stripe: its PaymentIntent) for the refund of a paid difference.
alter table refund add column charge_reference varchar(120);

-- The refund that paid the difference back (once per payment: its key is RMA:UPGRADE-REFUND).
alter table upgrade_payment add column refund_id bigint references refund (id);

-- The queue's filter "upgrade payment FAILED" (few rows per shop; looked up from the payments' side).
create index upgrade_payment_status_idx on upgrade_payment (shop_id, status) where status in ('FAILED', 'REQUESTED');
