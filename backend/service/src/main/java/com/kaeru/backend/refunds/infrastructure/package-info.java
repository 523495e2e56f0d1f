/**
 * Refund persistence and the providers: store-credit ledger, gift codes, card refunds simulated
 * ({@code SimulatedCardProvider}, the default) or through Stripe ({@code StripeCardProvider} over
 * {@code StripeRefunds}), and the order's payment reference they refund against.
 */
package com.kaeru.backend.refunds.infrastructure;
