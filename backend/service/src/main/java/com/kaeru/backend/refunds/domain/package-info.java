/**
 * The refund entity (born by {@code Refund.request}), what a return pays back per method
 * ({@code Payout}, which also names the idempotency keys and the holds), the refund methods, the
 * repository, the provider interface with its refusal ({@code RefundNotPaidException}), and the
 * order's payment a card refund goes back against ({@code OriginalPayments}).
 */
package com.kaeru.backend.refunds.domain;
