/**
 * The refund entity (born by {@code Refund.request}), what a return pays back per method
 * ({@code Payout}, which also names the idempotency keys and the holds), the refund methods, the
 * repository and the provider interface.
 */
package com.kaeru.backend.refunds.domain;
