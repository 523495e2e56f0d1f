-- What only one consumer may read of an event, kept on that consumer's delivery row and cleared once
-- delivered: the gift code of a RefundIssued event, for the customer's e-mail alone. The event itself
-- (which webhooks and reports read) carries the masked reference only.
alter table outbox_delivery add column secret text;
