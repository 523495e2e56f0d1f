/** Requesting, approving, declining and paying refunds ({@code RefundService}); takes the order's row lock for the limit. */
package com.kaeru.backend.refunds.application;
