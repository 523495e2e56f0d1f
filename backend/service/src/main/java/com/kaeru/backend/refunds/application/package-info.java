/**
 * Requesting, approving, declining and retrying refunds ({@code RefundService}, takes the order's row lock
 * for the limit), and paying card refunds outside those transactions ({@code RefundWorker},
 * {@code RefundSteps}, {@code RefundScheduler}; docs/refunds.md).
 */
package com.kaeru.backend.refunds.application;
