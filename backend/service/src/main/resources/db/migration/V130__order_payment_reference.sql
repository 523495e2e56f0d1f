-- The payment service's id of the order's payment (a Stripe PaymentIntent, pi_...): a card refund
-- through a real provider goes back against it. Null for orders imported without one (the
-- simulated provider needs none).
alter table customer_order add column payment_reference varchar(255);
